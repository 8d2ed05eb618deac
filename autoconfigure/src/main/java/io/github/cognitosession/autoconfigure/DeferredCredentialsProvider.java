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
package io.github.cognitosession.autoconfigure;

import java.util.function.Function;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

import org.springframework.util.Assert;

import io.github.cognitosession.credentials.CredentialsMirror;

/**
 * The application's {@link AwsCredentialsProvider} bean: the Cognito provider, looked up
 * on first use rather than when the AWS clients are created. AWS clients can be created
 * while the Cognito beans are still being set up (Spring Cloud AWS's S3 resource resolver
 * creates the {@code S3Client} as soon as a {@code Path} property such as
 * {@code cognito.session.store-path} is bound), and an eager reference would then be a
 * circular one.
 * <p>
 * A warm call is one volatile read of this object's own field: the lookup makes this
 * object the {@link CredentialsMirror} of the provider in the application scope, which
 * keeps the mirror equal to its credentials while they are fresh. Otherwise (the user
 * scope, a refresh due, an identity change) the call goes to the provider, which one
 * plain field read separates from the caller: the racy single-check idiom, safe because
 * the provider is the same singleton on every lookup and publishes its own state through
 * final and volatile fields, so a thread that misses the write merely looks it up again.
 *
 * @author Cognito Session contributors
 */
final class DeferredCredentialsProvider extends CredentialsMirror implements AwsCredentialsProvider {

	private final Function<CredentialsMirror, ? extends AwsCredentialsProvider> lookup;

	// not volatile: see the class comment
	private AwsCredentialsProvider delegate;

	/**
	 * Create a provider that looks its delegate up on first use.
	 * @param lookup returns the delegate, given this object as the mirror it may keep
	 */
	DeferredCredentialsProvider(Function<CredentialsMirror, ? extends AwsCredentialsProvider> lookup) {
		Assert.notNull(lookup, "lookup cannot be null");
		this.lookup = lookup;
	}

	@Override
	public AwsCredentials resolveCredentials() {
		AwsCredentials mirrored = mirroredCredentials();
		return (mirrored != null) ? mirrored : delegate().resolveCredentials();
	}

	/**
	 * The credentials a warm call returns without asking the delegate, if any.
	 */
	AwsCredentials mirrored() {
		return mirroredCredentials();
	}

	AwsCredentialsProvider delegate() {
		AwsCredentialsProvider provider = this.delegate;
		if (provider == null) {
			provider = this.lookup.apply(this);
			this.delegate = provider;
		}
		return provider;
	}

	@Override
	public String toString() {
		AwsCredentialsProvider provider = this.delegate;
		return "DeferredCredentialsProvider[" + ((provider != null) ? provider : "not yet looked up") + "]";
	}

}
