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
package io.github.cognitosession.benchmarks;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import io.github.cognitosession.credentials.CognitoIdentityCredentialsProvider;
import io.github.cognitosession.credentials.DefaultIdentityPoolOperations;
import io.github.cognitosession.credentials.IdentityLogins;
import io.github.cognitosession.credentials.LoginsProvider;
import io.github.cognitosession.session.DefaultCognitoSessionManager;
import io.github.cognitosession.store.InMemorySessionRepository;

/**
 * Compares {@link CognitoIdentityCredentialsProvider#resolveCredentials()} on a warm
 * cache with the SDK's {@link StaticCredentialsProvider}, single-threaded and with two
 * threads. The warm-up fetch goes to a local stub of Cognito Identity on the loopback
 * interface; the measured calls make no I/O. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar}.
 *
 * @author Cognito Session contributors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CredentialsProviderBenchmark {

	private CognitoIdentityStub cognitoIdentity;

	private CognitoIdentityClient client;

	private CognitoIdentityCredentialsProvider cognitoProvider;

	private CognitoIdentityCredentialsProvider guestProvider;

	private StaticCredentialsProvider staticProvider;

	private DefaultCognitoSessionManager guestManager;

	private DefaultCognitoSessionManager signedInManager;

	private AwsCredentialsProvider sessionGuestProvider;

	private AwsCredentialsProvider sessionSignedInProvider;

	private volatile AwsCredentials volatileCredentials;

	@Setup
	public void setUp() throws IOException {
		this.cognitoIdentity = new CognitoIdentityStub(Clock.systemUTC());
		this.client = this.cognitoIdentity.client();
		this.cognitoProvider = CognitoIdentityCredentialsProvider.builder()
			.cognitoIdentityClient(this.client)
			.identityPoolId(CognitoIdentityStub.IDENTITY_POOL_ID)
			.loginsProvider(new SignedInUser())
			.build();
		this.guestProvider = CognitoIdentityCredentialsProvider.builder()
			.cognitoIdentityClient(this.client)
			.identityPoolId(CognitoIdentityStub.IDENTITY_POOL_ID)
			.loginsProvider(LoginsProvider.guest())
			.guestAccess(true)
			.build();
		this.guestManager = guestSession();
		this.sessionGuestProvider = credentialsProvider(this.guestManager);
		this.signedInManager = guestSession();
		this.sessionSignedInProvider = credentialsProvider(this.signedInManager);
		// federated: signed in without user-pool tokens, so no token verification is
		// needed
		this.signedInManager.identityPool()
			.orElseThrow()
			.federatedSignIn("accounts.google.com", "header.payload.signature");
		this.staticProvider = StaticCredentialsProvider
			.create(AwsSessionCredentials.create("ASIASTATIC", "static-secret", "static-session"));
		this.volatileCredentials = this.staticProvider.resolveCredentials();
		// warm the cache: the only upstream call of the trial
		this.cognitoProvider.resolveCredentials();
		this.guestProvider.resolveCredentials();
		this.sessionGuestProvider.resolveCredentials();
		this.sessionSignedInProvider.resolveCredentials();
	}

	/**
	 * A session manager in state GUEST over the in-memory store, an application-wide
	 * store as the auto-configuration's encrypted file store is. Nobody signs in to the
	 * user pool, so the user-pool collaborators are unused.
	 */
	private DefaultCognitoSessionManager guestSession() {
		return DefaultCognitoSessionManager.builder()
			.authenticator(UnusedUserPool.authenticator())
			.tokenVerifier(UnusedUserPool.tokenVerifier())
			.tokenRefresher((username, refreshToken, deviceKey) -> {
				throw new UnsupportedOperationException();
			})
			.sessionRepository(new InMemorySessionRepository())
			.eventPublisher((event) -> {
			})
			.identityPool(DefaultIdentityPoolOperations
				.builder(CognitoIdentityCredentialsProvider.builder()
					.cognitoIdentityClient(this.client)
					.identityPoolId(CognitoIdentityStub.IDENTITY_POOL_ID))
				.userPoolId("eu-west-1_Benchmark")::build)
			.guestAccess(true)
			.build();
	}

	/**
	 * The session manager's credentials cache, which the auto-configuration makes the
	 * application's {@code AwsCredentialsProvider}.
	 */
	private static AwsCredentialsProvider credentialsProvider(DefaultCognitoSessionManager manager) {
		return ((DefaultIdentityPoolOperations) manager.identityPool().orElseThrow()).credentialsProvider();
	}

	@TearDown
	public void tearDown() {
		this.cognitoProvider.close();
		this.guestProvider.close();
		this.guestManager.close();
		this.signedInManager.close();
		this.client.close();
		this.cognitoIdentity.close();
	}

	/**
	 * What an application gets from the auto-configuration: a user signed in to a session
	 * manager over an application-wide store, whose identity changes the manager
	 * notifies.
	 * @return the credentials
	 */
	@Benchmark
	@Threads(1)
	public AwsCredentials sessionSignedInWarm1Thread() {
		return this.sessionSignedInProvider.resolveCredentials();
	}

	@Benchmark
	@Threads(2)
	public AwsCredentials sessionSignedInWarm2Threads() {
		return this.sessionSignedInProvider.resolveCredentials();
	}

	/**
	 * A logins provider of the application's own that does not notify identity changes:
	 * its identity key, a volatile read, is compared on every call.
	 * @return the credentials
	 */
	@Benchmark
	@Threads(1)
	public AwsCredentials comparedKeyWarm1Thread() {
		return this.cognitoProvider.resolveCredentials();
	}

	/**
	 * {@link LoginsProvider#guest()}: a constant identity, so nothing is compared.
	 * @return the credentials
	 */
	@Benchmark
	@Threads(1)
	public AwsCredentials cognitoGuestWarm1Thread() {
		return this.guestProvider.resolveCredentials();
	}

	/**
	 * A guest of a real session manager, as with the auto-configuration.
	 * @return the credentials
	 */
	@Benchmark
	@Threads(1)
	public AwsCredentials sessionGuestWarm1Thread() {
		return this.sessionGuestProvider.resolveCredentials();
	}

	@Benchmark
	@Threads(2)
	public AwsCredentials sessionGuestWarm2Threads() {
		return this.sessionGuestProvider.resolveCredentials();
	}

	@Benchmark
	@Threads(1)
	public AwsCredentials static1Thread() {
		return this.staticProvider.resolveCredentials();
	}

	/**
	 * Control: nothing but one volatile read, the least a provider whose credentials can
	 * change must do (the static provider's final field read can be hoisted out of the
	 * benchmark loop by the JIT).
	 * @return the credentials
	 */
	@Benchmark
	@Threads(1)
	public AwsCredentials volatileRead1Thread() {
		return this.volatileCredentials;
	}

	@Benchmark
	@Threads(2)
	public AwsCredentials comparedKeyWarm2Threads() {
		return this.cognitoProvider.resolveCredentials();
	}

	@Benchmark
	@Threads(2)
	public AwsCredentials static2Threads() {
		return this.staticProvider.resolveCredentials();
	}

	/**
	 * A signed-in user whose identity key is a volatile read, as the session manager's.
	 */
	static final class SignedInUser implements LoginsProvider {

		private volatile String identityKey = "user:benchmark";

		@Override
		public String currentIdentityKey() {
			return this.identityKey;
		}

		@Override
		public IdentityLogins currentLogins() {
			return IdentityLogins.userPool(this.identityKey, "eu-west-1", "eu-west-1_Benchmark",
					"header.payload.signature");
		}

	}

}
