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
package io.github.cognitosession.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.cognitosession.store.SessionFileFormat.Purpose;

import org.springframework.util.Assert;

/**
 * Encrypts session records for stores outside the application, such as HTTP sessions that
 * Spring Session keeps in Redis or a database: AES-256-GCM in the store files' envelope
 * ({@link SessionFileFormat}, format version 2) with its own purpose, so that neither
 * store file can be passed off as such a record nor the other way round, and with the
 * session key as authenticated context, so that a record opens only under the session it
 * was written for. The plaintext is the store file's record encoding; the ciphertext
 * holds no readable token.
 * <p>
 * Records are sealed with the current key and opened with it or with one of the previous
 * keys, so that a key can be replaced without signing everybody out: configure the new
 * key and list the old one as previous until the records written under it have been
 * rewritten (at each sign-in and token refresh) or have expired. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class SessionRecordCipher {

	private final SessionKeySource key;

	private final List<SessionKeySource> previousKeys;

	private final SecureRandom random = new SecureRandom();

	/**
	 * Create a cipher.
	 * @param key the key records are sealed with (and opened with first)
	 * @param previousKeys keys records may still be sealed with (opened with, in order)
	 */
	public SessionRecordCipher(SessionKeySource key, List<SessionKeySource> previousKeys) {
		Assert.notNull(key, "key cannot be null");
		Assert.notNull(previousKeys, "previousKeys cannot be null");
		this.key = key;
		this.previousKeys = List.copyOf(previousKeys);
	}

	/**
	 * Create a cipher from base64 keys, as configured in
	 * {@code cognito.session.encryption-key} and
	 * {@code cognito.session.previous-encryption-keys}.
	 * @param base64Key the current key
	 * @param previousBase64Keys the previous keys
	 * @return the cipher
	 * @throws IllegalArgumentException if a key is not a base64 256-bit key
	 */
	public static SessionRecordCipher of(String base64Key, List<String> previousBase64Keys) {
		List<SessionKeySource> previous = new ArrayList<>();
		for (String previousKey : previousBase64Keys) {
			previous.add(new Base64SessionKeySource(previousKey));
		}
		return new SessionRecordCipher(new Base64SessionKeySource(base64Key), previous);
	}

	/**
	 * Seal a record.
	 * @param record the record
	 * @param sessionKey the key of the session it belongs to
	 * @return the sealed record
	 * @throws SessionStoreException if AES-GCM is not usable in this JVM
	 */
	public byte[] seal(SessionRecord record, String sessionKey) {
		Assert.notNull(record, "record cannot be null");
		byte[] plaintext = SessionRecordCodec.encode(record);
		try {
			return SessionFileFormat.seal(plaintext, Purpose.HTTP_SESSION_RECORD, this.key.getKey(), this.random,
					context(sessionKey));
		}
		catch (GeneralSecurityException ex) {
			throw new SessionStoreException("Cannot encrypt a session record: AES-GCM is not usable in this JVM ("
					+ ex.getClass().getSimpleName() + ")", ex);
		}
		finally {
			Arrays.fill(plaintext, (byte) 0);
		}
	}

	/**
	 * Open a sealed record with the current key or a previous one.
	 * @param sealed the sealed record
	 * @param sessionKey the key of the session it is read for
	 * @return the record
	 * @throws UnreadableRecordException if no key opens it (another key, another
	 * session's record, modified, truncated, not a session record); the message names the
	 * reason, never the content
	 */
	public SessionRecord open(byte[] sealed, String sessionKey) throws UnreadableRecordException {
		Assert.notNull(sealed, "sealed cannot be null");
		byte[] context = context(sessionKey);
		UnreadableSessionFileException failure = null;
		for (SessionKeySource candidate : keys()) {
			byte[] plaintext;
			try {
				plaintext = SessionFileFormat.open(sealed, Purpose.HTTP_SESSION_RECORD, candidate.getKey(), context)
					.plaintext();
			}
			catch (UnreadableSessionFileException ex) {
				failure = ex;
				if (!ex.getMessage().startsWith("it cannot be decrypted")) {
					// the envelope is wrong, whatever the key
					break;
				}
				continue;
			}
			catch (GeneralSecurityException ex) {
				throw new SessionStoreException("Cannot decrypt a session record: AES-GCM is not usable in this JVM ("
						+ ex.getClass().getSimpleName() + ")", ex);
			}
			try {
				return SessionRecordCodec.decode(plaintext);
			}
			catch (UnreadableSessionFileException ex) {
				throw new UnreadableRecordException(ex.getMessage());
			}
			finally {
				Arrays.fill(plaintext, (byte) 0);
			}
		}
		// never null: there is at least one key, and each attempt returns, throws or
		// fails
		String reason = "the session record " + failure.getMessage().substring("it ".length());
		throw new UnreadableRecordException(this.previousKeys.isEmpty() ? reason
				: reason + " (tried the current and " + this.previousKeys.size() + " previous key(s))");
	}

	private List<SessionKeySource> keys() {
		List<SessionKeySource> keys = new ArrayList<>(1 + this.previousKeys.size());
		keys.add(this.key);
		keys.addAll(this.previousKeys);
		return keys;
	}

	private static byte[] context(String sessionKey) {
		Assert.notNull(sessionKey, "sessionKey cannot be null");
		return sessionKey.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "SessionRecordCipher[key=[PROTECTED], previousKeys=" + this.previousKeys.size() + "]";
	}

	/**
	 * A sealed record that cannot be opened.
	 */
	public static final class UnreadableRecordException extends Exception {

		UnreadableRecordException(String message) {
			super(message);
		}

	}

}
