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

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
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

import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.credentials.CognitoIdentityCredentialsProvider;
import io.github.cognitosession.credentials.DefaultIdentityPoolOperations;
import io.github.cognitosession.session.DefaultCognitoSessionManager;
import io.github.cognitosession.web.HttpSessionKeyResolver;
import io.github.cognitosession.web.HttpSessionSessionRepository;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Warm {@code resolveCredentials()} of the session manager's credentials as applications
 * get them, against the SDK's {@link StaticCredentialsProvider} in the same run:
 * <ul>
 * <li>the application scope: the {@link AwsCredentialsProvider} bean of an application
 * context built by the auto-configuration (a guest of the identity pool, one session for
 * the process), 1 and 2 threads;</li>
 * <li>the user scope's per-request path: a web application's provider resolving, on each
 * call, the session of the request bound to the thread (an {@code HttpSession}
 * attribute), that session's identity and its entry in the per-identity cache (a
 * federated user, so that no token needs verifying), 1 and 2 threads, each thread its own
 * user.</li>
 * </ul>
 * The warm-up fetches go to a stub of Cognito Identity on the loopback interface; the
 * measured calls make no I/O. Run with {@code java -jar benchmarks/target/benchmarks.jar
 * SessionManagerBenchmark}.
 *
 * @author Cognito Session contributors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SessionManagerBenchmark {

	private CognitoIdentityStub cognitoIdentity;

	private AnnotationConfigApplicationContext context;

	private AwsCredentialsProvider applicationScope;

	private CognitoIdentityClient client;

	private DefaultCognitoSessionManager userScopeManager;

	private AwsCredentialsProvider userScope;

	private StaticCredentialsProvider staticProvider;

	// The same provider as AWS SDK clients hold any provider: by its interface.
	private AwsCredentialsProvider staticAsInterface;

	private AwsCredentialsProvider volatileHolder;

	private volatile AwsCredentials volatileCredentials;

	@Setup
	public void setUp() throws Exception {
		this.cognitoIdentity = new CognitoIdentityStub(Clock.systemUTC());
		this.context = new AnnotationConfigApplicationContext();
		this.context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("benchmark",
					Map.of("cognito.user-pool.id", "eu-west-1_Benchmark", "cognito.user-pool.client-id",
							"benchmark-client", "cognito.identity-pool.id", CognitoIdentityStub.IDENTITY_POOL_ID,
							"cognito.identity-pool.endpoint", this.cognitoIdentity.endpoint(),
							"cognito.identity-pool.guest-access", "true", "cognito.session.store", "memory")));
		this.context.register(BenchmarkApplication.class);
		this.context.refresh();
		this.applicationScope = this.context.getBean(AwsCredentialsProvider.class);
		this.client = this.cognitoIdentity.client();
		this.userScopeManager = DefaultCognitoSessionManager.builder()
			.authenticator(UnusedUserPool.authenticator())
			.tokenVerifier(UnusedUserPool.tokenVerifier())
			.tokenRefresher((username, refreshToken, deviceKey) -> {
				throw new UnsupportedOperationException();
			})
			.sessionKeyResolver(new HttpSessionKeyResolver())
			.sessionRepository(new HttpSessionSessionRepository())
			.eventPublisher((event) -> {
			})
			.identityPool(DefaultIdentityPoolOperations
				.builder(CognitoIdentityCredentialsProvider.builder()
					.cognitoIdentityClient(this.client)
					.identityPoolId(CognitoIdentityStub.IDENTITY_POOL_ID))
				.userPoolId("eu-west-1_Benchmark")::build)
			.build();
		this.userScope = ((DefaultIdentityPoolOperations) this.userScopeManager.identityPool().orElseThrow())
			.credentialsProvider();
		this.staticProvider = StaticCredentialsProvider
			.create(AwsSessionCredentials.create("ASIASTATIC", "static-secret", "static-session"));
		this.staticAsInterface = this.staticProvider;
		this.volatileHolder = new VolatileHolder(this.staticProvider.resolveCredentials());
		this.volatileCredentials = this.staticProvider.resolveCredentials();
		// warm the application scope's cache: its only upstream call of the trial
		this.applicationScope.resolveCredentials();
	}

	@TearDown
	public void tearDown() {
		this.context.close();
		this.userScopeManager.close();
		this.client.close();
		this.cognitoIdentity.close();
	}

	/**
	 * One user of the web application per benchmark thread: signed in (federated) in an
	 * HTTP session of their own, with their request bound to the thread.
	 */
	@State(Scope.Thread)
	public static class UserRequest {

		@Setup(Level.Trial)
		public void bind(SessionManagerBenchmark benchmark) {
			MockHttpServletRequest request = new MockHttpServletRequest();
			request.setSession(new MockHttpSession());
			RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
			benchmark.userScopeManager.identityPool()
				.orElseThrow()
				.federatedSignIn("accounts.google.com", "token-of-" + Thread.currentThread().getName());
			// warm this user's entry
			benchmark.userScope.resolveCredentials();
		}

		@TearDown(Level.Trial)
		public void unbind() {
			RequestContextHolder.resetRequestAttributes();
		}

	}

	@Benchmark
	@Threads(1)
	public AwsCredentials applicationScope1Thread() {
		return this.applicationScope.resolveCredentials();
	}

	@Benchmark
	@Threads(2)
	public AwsCredentials applicationScope2Threads() {
		return this.applicationScope.resolveCredentials();
	}

	@Benchmark
	@Threads(1)
	public AwsCredentials userScopePerRequest1Thread(UserRequest request) {
		return this.userScope.resolveCredentials();
	}

	@Benchmark
	@Threads(2)
	public AwsCredentials userScopePerRequest2Threads(UserRequest request) {
		return this.userScope.resolveCredentials();
	}

	@Benchmark
	@Threads(1)
	public AwsCredentials static1Thread() {
		return this.staticProvider.resolveCredentials();
	}

	@Benchmark
	@Threads(2)
	public AwsCredentials static2Threads() {
		return this.staticProvider.resolveCredentials();
	}

	/**
	 * The static provider called through the interface, as an AWS SDK client calls its
	 * provider: the call then needs the type check that a call of the final class's
	 * method does not.
	 * @return the credentials
	 */
	@Benchmark
	@Threads(1)
	public AwsCredentials staticAsInterface1Thread() {
		return this.staticAsInterface.resolveCredentials();
	}

	@Benchmark
	@Threads(2)
	public AwsCredentials staticAsInterface2Threads() {
		return this.staticAsInterface.resolveCredentials();
	}

	/**
	 * Control: the least any provider whose credentials can change must do, called as SDK
	 * clients call it (one volatile read behind the interface).
	 * @return the credentials
	 */
	@Benchmark
	@Threads(1)
	public AwsCredentials volatileHolder1Thread() {
		return this.volatileHolder.resolveCredentials();
	}

	@Benchmark
	@Threads(2)
	public AwsCredentials volatileHolder2Threads() {
		return this.volatileHolder.resolveCredentials();
	}

	/**
	 * A provider that is one volatile field.
	 */
	static final class VolatileHolder implements AwsCredentialsProvider {

		private volatile AwsCredentials credentials;

		VolatileHolder(AwsCredentials credentials) {
			this.credentials = credentials;
		}

		@Override
		public AwsCredentials resolveCredentials() {
			return this.credentials;
		}

	}

	/**
	 * The application: nothing but the Cognito auto-configuration.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(CognitoSessionAutoConfiguration.class)
	static class BenchmarkApplication {

	}

	/**
	 * Control: only a volatile read. A warm credentials provider that must see an
	 * identity change made on another thread reads at least one volatile field a call;
	 * the static provider's final field lets the JIT take its read out of JMH's loop.
	 * @return the credentials
	 */
	@Benchmark
	@Threads(1)
	public AwsCredentials volatileRead1Thread() {
		return this.volatileCredentials;
	}

	@Benchmark
	@Threads(2)
	public AwsCredentials volatileRead2Threads() {
		return this.volatileCredentials;
	}

}
