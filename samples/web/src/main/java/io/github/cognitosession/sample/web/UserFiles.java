/*
 * Copyright 2026 the original authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.cognitosession.sample.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import io.github.cognitosession.sample.web.UserCredentials.IdentityCredentials;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * A user's files in S3, kept under {@code private/<identityId>/} of the sample's bucket
 * (the prefix an identity-pool role policy usually grants with
 * {@code ${cognito-identity.amazonaws.com:sub}}). Every request carries the user's own
 * credentials.
 *
 * @author Cognito Session contributors
 */
@Component
public final class UserFiles {

	/**
	 * The longest file name accepted.
	 */
	public static final int MAX_NAME_LENGTH = 200;

	private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._ -]+");

	private final S3Client s3;

	private final String bucket;

	UserFiles(S3Client s3, @Value("${sample.s3.bucket}") String bucket) {
		Assert.notNull(s3, "s3 cannot be null");
		Assert.hasText(bucket, "sample.s3.bucket must be set");
		this.s3 = s3;
		this.bucket = bucket;
	}

	/**
	 * Store a file under the identity's prefix.
	 * @param identity the user's identity and credentials
	 * @param name the file name chosen by the user
	 * @param content the content
	 * @param size the content length in bytes
	 * @throws IllegalArgumentException if the name is empty, too long or not a plain file
	 * name
	 * @throws IOException if the content cannot be read
	 */
	public void upload(IdentityCredentials identity, String name, InputStream content, long size) throws IOException {
		String key = prefix(identity) + checkedName(name);
		this.s3.putObject(
				(request) -> request.bucket(this.bucket)
					.key(key)
					.overrideConfiguration((override) -> override.credentialsProvider(identity.credentialsProvider())),
				RequestBody.fromInputStream(content, size));
	}

	/**
	 * The identity's files, by name.
	 * @param identity the user's identity and credentials
	 * @return the files
	 */
	public List<StoredFile> list(IdentityCredentials identity) {
		String prefix = prefix(identity);
		return this.s3
			.listObjectsV2Paginator((request) -> request.bucket(this.bucket)
				.prefix(prefix)
				.overrideConfiguration((override) -> override.credentialsProvider(identity.credentialsProvider())))
			.contents()
			.stream()
			.map((object) -> toFile(prefix, object))
			.sorted(Comparator.comparing(StoredFile::name))
			.toList();
	}

	private static StoredFile toFile(String prefix, S3Object object) {
		return new StoredFile(object.key().substring(prefix.length()), object.size(), object.lastModified());
	}

	private static String prefix(IdentityCredentials identity) {
		return "private/" + identity.identityId() + "/";
	}

	// Browsers may send a path; only its last segment is kept, and only characters that
	// cannot escape the user's prefix or confuse a listing are accepted.
	static String checkedName(String name) {
		String candidate = (name != null)
				? name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip() : "";
		if (candidate.isEmpty()) {
			throw new IllegalArgumentException("Choose a file to upload");
		}
		if (candidate.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("The file name is longer than " + MAX_NAME_LENGTH + " characters");
		}
		if (!SAFE_NAME.matcher(candidate).matches() || candidate.equals(".") || candidate.equals("..")) {
			throw new IllegalArgumentException(
					"The file name may only contain letters, digits, spaces, '.', '_' and '-'");
		}
		return candidate;
	}

	/**
	 * A stored file.
	 *
	 * @param name the file name
	 * @param size the size in bytes
	 * @param lastModified when it was stored
	 */
	public record StoredFile(String name, long size, Instant lastModified) {
	}

}
