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
package io.github.cognitosession.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;

import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.autoconfigure.web.CognitoSharedSessionAutoConfiguration;
import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.fault.Fault;
import io.github.cognitosession.local.junit.RedisServerExtension;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.session.SessionKeyResolver;
import io.github.cognitosession.session.SessionOperations;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionRecordCipher;
import io.github.cognitosession.store.SessionRepository;
import io.github.cognitosession.token.RefreshTokenRotation;
import io.github.cognitosession.token.TokenRefresher;
import io.github.cognitosession.userpool.UserPoolClient;
import io.github.cognitosession.web.CognitoSessionInvalidationFilter;
import io.github.cognitosession.web.CognitoSessionSignOutLogoutHandler;
import io.github.cognitosession.web.HttpSessionKeyResolver;
import io.github.cognitosession.web.HttpSessionSessionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.integration.redis.util.RedisLockRegistry;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of a web application (two application contexts on two ports) sharing
 * their HTTP sessions through Spring Session in one real Redis, against Local Cognito,
 * with an app client that rotates refresh tokens: a user signed in on one instance is
 * signed in on the other, a refresh herd over both makes one refresh call, a dead lock
 * holder blocks the others for its lease only, a sign-out or a rejected refresh token on
 * one instance sends the next request on the other to the login, and Redis never holds a
 * readable token.
 *
 * @author Cognito Session contributors
 */
class SharedSessionsIntegrationTests {

	private static final String PASSWORD = "Passw0rd-user";

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'k');

	/** Within the default 5-minute refresh-ahead time of a 1-hour token. */
	private static final Duration INTO_REFRESH_WINDOW = Duration.ofMinutes(56);

	/**
	 * Redis expires the lock on its own clock, which no test clock moves, so the lease is
	 * short instead.
	 */
	private static final Duration LEASE = Duration.ofSeconds(1);

	/**
	 * A lease no test outlasts: for the tests where every holder lives.
	 */
	private static final Duration LONG_LEASE = Duration.ofSeconds(60);

	private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

	@RegisterExtension
	static final FaultClearingCognitoExtension cognito = FaultClearingCognitoExtension.withClock(clock);

	@RegisterExtension
	static final RedisServerExtension redis = new RedisServerExtension();

	private final AtomicInteger refreshCalls = new AtomicInteger();

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@AfterEach
	void stopInstances() {
		if (!this.instances.isEmpty()) {
			// each test reads the one session it made
			try (RedisConnection connection = this.instances.get(0)
				.getBean(RedisConnectionFactory.class)
				.getConnection()) {
				connection.serverCommands().flushAll();
			}
		}
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void requestWhenSignedInOnOneInstanceThenSignedInOnTheOtherAndRedisHoldsNoReadableToken() throws Exception {
		Provisioned setup = cognito.provision().refreshTokenRotation(Duration.ZERO).user("alice", PASSWORD).create();
		ConfigurableApplicationContext a = start(setup);
		ConfigurableApplicationContext b = start(setup);
		login(a, "alice");

		assertThat(get(b, "/me").body()).isEqualTo("alice");
		String idToken = get(b, "/id-token-hash").body();
		assertThat(get(a, "/id-token-hash").body()).isEqualTo(idToken);
		clock.advance(INTO_REFRESH_WINDOW);
		String refreshed = get(b, "/id-token-hash").body();
		assertThat(refreshed).isNotEqualTo(idToken);
		assertThat(get(a, "/id-token-hash").body()).isEqualTo(refreshed);
		assertThat(this.refreshCalls).hasValue(1);

		List<byte[]> values = redisValues(a);
		SessionRecord record = storedRecord(a);
		assertThat(record.getUsername()).isEqualTo("alice");
		for (byte[] value : values) {
			assertThat(contains(value, "eyJ".getBytes(StandardCharsets.US_ASCII))).as("a JWT in Redis").isFalse();
			assertThat(contains(value, record.getRefreshToken().getBytes(StandardCharsets.US_ASCII)))
				.as("the refresh token in Redis")
				.isFalse();
		}
	}

	@Test
	void requestsWhenTwentyAtTokenExpiryOverBothInstancesThenOneRefreshCallServesThemAll() throws Exception {
		Provisioned setup = cognito.provision().refreshTokenRotation(Duration.ZERO).user("bob", PASSWORD).create();
		ConfigurableApplicationContext a = start(setup, LONG_LEASE);
		ConfigurableApplicationContext b = start(setup, LONG_LEASE);
		login(a, "bob");
		String before = get(b, "/id-token-hash").body();
		// the tokens expire: no request can be served without the refresh
		clock.advance(Duration.ofHours(1).plusMinutes(1));
		CountDownLatch arrived = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch allIn = new CountDownLatch(20);
		a.getBean(Endpoints.class).onTokenRequest = allIn::countDown;
		b.getBean(Endpoints.class).onTokenRequest = allIn::countDown;
		// the refresh is held upstream until all 20 requests are in
		cognito.cognito().faults().failNext("GetTokensFromRefreshToken", Fault.holdUntil(release, arrived::countDown));
		ExecutorService executor = Executors.newFixedThreadPool(20);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> responses = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				ConfigurableApplicationContext instance = (i % 2 == 0) ? a : b;
				responses.add(executor.submit(() -> {
					start.await();
					return get(instance, "/id-token-hash");
				}));
			}
			start.countDown();
			assertThat(arrived.await(60, TimeUnit.SECONDS)).as("a refresh call reached Cognito").isTrue();
			assertThat(allIn.await(60, TimeUnit.SECONDS)).as("the 20 requests are in").isTrue();
			release.countDown();
			Set<String> tokens = new HashSet<>();
			for (Future<HttpResponse<String>> response : responses) {
				HttpResponse<String> result = response.get(60, TimeUnit.SECONDS);
				assertThat(result.statusCode()).isEqualTo(200);
				tokens.add(result.body());
			}
			assertThat(tokens).hasSize(1).doesNotContain(before);
		}
		finally {
			release.countDown();
			executor.shutdownNow();
		}
		assertThat(this.refreshCalls).hasValue(1);
		assertThat(get(a, "/state").body()).isEqualTo("SIGNED_IN");
		assertThat(get(b, "/state").body()).isEqualTo("SIGNED_IN");
	}

	@Test
	void requestWhenTheLockHolderDiedMidRefreshThenTheOthersProceedAfterItsLease() throws Exception {
		// a grace period longer than the lease: the dead holder's refresh call may have
		// rotated the refresh token that is still stored
		Provisioned setup = cognito.provision()
			.refreshTokenRotation(Duration.ofSeconds(30))
			.user("carol", PASSWORD)
			.create();
		ConfigurableApplicationContext a = start(setup);
		ConfigurableApplicationContext b = start(setup);
		login(a, "carol");
		String before = get(b, "/id-token-hash").body();
		clock.advance(INTO_REFRESH_WINDOW);
		String sessionKey = storedSessionKey(a);
		// another instance took the lock, called Cognito with the stored refresh token,
		// and
		// died before it stored the result or released the lock
		RedisLockRegistry deadInstance = new RedisLockRegistry(a.getBean(RedisConnectionFactory.class),
				CognitoSharedSessionAutoConfiguration.REFRESH_LOCK_REGISTRY_KEY, LEASE);
		Lock lock = deadInstance.obtain(lockName(sessionKey));
		assertThat(lock.tryLock()).isTrue();
		try (CognitoIdentityProviderClient client = SessionContexts.userPools(cognito.cognito())) {
			String refreshToken = storedRecord(a).getRefreshToken();
			client
				.getTokensFromRefreshToken((request) -> request.clientId(setup.clientId()).refreshToken(refreshToken));
		}
		deadInstance.destroy();

		HttpResponse<String> response = get(b, "/id-token-hash");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isNotEqualTo(before);
		assertThat(this.refreshCalls).hasValue(1);
		assertThat(get(a, "/id-token-hash").body()).isEqualTo(response.body());
	}

	@Test
	void requestWhenSignedOutOnOneInstanceThenTheNextRequestOnTheOtherGoesToTheLogin() throws Exception {
		Provisioned setup = cognito.provision().refreshTokenRotation(Duration.ZERO).user("dave", PASSWORD).create();
		ConfigurableApplicationContext a = start(setup);
		ConfigurableApplicationContext b = start(setup);
		login(a, "dave");
		assertThat(get(b, "/me").body()).isEqualTo("dave");

		HttpResponse<String> logout = post(a, "/logout", "");

		assertThat(logout.statusCode()).isEqualTo(302);
		assertRedirectedToLogin(get(b, "/me"));
	}

	@Test
	void requestWhenTheRefreshTokenWasRejectedOnOneInstanceThenTheNextRequestOnTheOtherGoesToTheLogin()
			throws Exception {
		Provisioned setup = cognito.provision().refreshTokenRotation(Duration.ZERO).user("erin", PASSWORD).create();
		ConfigurableApplicationContext a = start(setup);
		ConfigurableApplicationContext b = start(setup);
		login(a, "erin");
		assertThat(get(b, "/me").body()).isEqualTo("erin");
		try (CognitoIdentityProviderClient client = SessionContexts.userPools(cognito.cognito())) {
			String refreshToken = storedRecord(a).getRefreshToken();
			client.revokeToken((request) -> request.clientId(setup.clientId()).token(refreshToken));
		}
		clock.advance(INTO_REFRESH_WINDOW);

		assertThat(get(a, "/id-token-hash").statusCode()).as("the refresh is rejected on A").isEqualTo(401);

		assertRedirectedToLogin(get(b, "/me"));
		assertThat(this.refreshCalls).hasValue(1);
	}

	private static void assertRedirectedToLogin(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(URI.create(location).getPath()).isEqualTo("/login"));
	}

	private ConfigurableApplicationContext start(Provisioned setup) {
		return start(setup, LEASE);
	}

	private ConfigurableApplicationContext start(Provisioned setup, Duration lease) {
		ConfigurableApplicationContext context = startInstance(setup, redis.port(), KEY, clock,
				"cognito.session.refresh-lock.lease=" + lease.toMillis() + "ms");
		context.getBean(Instance.class).refreshCalls = this.refreshCalls;
		this.instances.add(context);
		return context;
	}

	/**
	 * Start an instance of the test application.
	 * @param setup the Local Cognito setup
	 * @param redisPort the port of Redis
	 * @param encryptionKey the key of the records in the HTTP sessions
	 * @param clock the session clock
	 * @param properties more properties
	 * @return the running instance (its refresh calls counted by its {@link Instance}
	 * bean)
	 */
	static ConfigurableApplicationContext startInstance(Provisioned setup, int redisPort, String encryptionKey,
			Clock clock, String... properties) {
		List<String> values = new ArrayList<>();
		setup.springProperties().forEach((name, value) -> values.add(name + "=" + value));
		values.addAll(List.of("server.port=0", "server.address=127.0.0.1", "spring.data.redis.host=127.0.0.1",
				"spring.data.redis.port=" + redisPort, "cognito.session.encryption-key=" + encryptionKey,
				"spring.cloud.aws.region.static=us-east-1",
				"spring.autoconfigure.exclude=io.awspring.cloud.autoconfigure.s3.S3AutoConfiguration,"
						+ "io.awspring.cloud.autoconfigure.s3.S3TransferManagerAutoConfiguration"));
		// no logging.level.* here: the instances run in the test JVM, and a level they
		// set
		// stays set in Logback for every later test (whose captured output then misses
		// lines)
		values.addAll(List.of(properties));
		return new SpringApplicationBuilder(Instance.class).bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(values.toArray(String[]::new))
			.initializers((initialized) -> initialized.getBeanFactory()
				.registerSingleton(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME, clock))
			.run();
	}

	private void login(ConfigurableApplicationContext instance, String username) throws Exception {
		HttpResponse<String> response = post(instance, "/login", "username=" + username + "&password=" + PASSWORD);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri(instance, path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String form)
			throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri(instance, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/**
	 * Every value of every key in Redis: the sessions' attributes, the locks.
	 */
	private static List<byte[]> redisValues(ConfigurableApplicationContext instance) {
		List<byte[]> values = new ArrayList<>();
		try (RedisConnection connection = instance.getBean(RedisConnectionFactory.class).getConnection()) {
			Set<byte[]> keys = connection.keyCommands().keys("*".getBytes(StandardCharsets.US_ASCII));
			for (byte[] key : keys) {
				String type = connection.keyCommands().type(key).code();
				if ("hash".equals(type)) {
					Map<byte[], byte[]> hash = connection.hashCommands().hGetAll(key);
					hash.forEach((field, value) -> {
						values.add(field);
						values.add(value);
					});
				}
				else if ("string".equals(type)) {
					values.add(connection.stringCommands().get(key));
				}
			}
		}
		return values;
	}

	/**
	 * The one user's record, opened with the test's key from the Spring Session hash.
	 */
	private static SessionRecord storedRecord(ConfigurableApplicationContext instance) throws Exception {
		Map<String, byte[]> attributes = sessionAttributes(instance);
		byte[] sealed = (byte[]) deserialize(attributes.get(HttpSessionSessionRepository.RECORD_ATTRIBUTE));
		assertThat(sealed).as("the sealed record in Redis").isNotNull();
		return SessionRecordCipher.of(KEY, List.of()).open(sealed, storedSessionKey(instance));
	}

	private static String storedSessionKey(ConfigurableApplicationContext instance) throws Exception {
		return (String) deserialize(sessionAttributes(instance).get(HttpSessionKeyResolver.KEY_ATTRIBUTE));
	}

	/**
	 * The attributes of the one HTTP session in Redis, serialized.
	 */
	private static Map<String, byte[]> sessionAttributes(ConfigurableApplicationContext instance) {
		Map<String, byte[]> attributes = new java.util.HashMap<>();
		try (RedisConnection connection = instance.getBean(RedisConnectionFactory.class).getConnection()) {
			Set<byte[]> keys = connection.keyCommands()
				.keys("spring:session:sessions:*".getBytes(StandardCharsets.US_ASCII));
			assertThat(keys).as("one HTTP session in Redis").hasSize(1);
			connection.hashCommands().hGetAll(keys.iterator().next()).forEach((field, value) -> {
				String name = new String(field, StandardCharsets.UTF_8);
				if (name.startsWith("sessionAttr:")) {
					attributes.put(name.substring("sessionAttr:".length()), value);
				}
			});
		}
		return attributes;
	}

	private static String lockName(String sessionKey) throws Exception {
		byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
			.digest(sessionKey.getBytes(StandardCharsets.UTF_8));
		return java.util.HexFormat.of().formatHex(digest, 0, 16);
	}

	static Object deserialize(byte[] bytes) throws Exception {
		if (bytes == null) {
			return null;
		}
		try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes))) {
			return in.readObject();
		}
	}

	private static boolean contains(byte[] value, byte[] part) {
		for (int i = 0; i + part.length <= value.length; i++) {
			if (Arrays.equals(value, i, i + part.length, part, 0, part.length)) {
				return true;
			}
		}
		return false;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Instance {

		/** The refresh calls of this instance (a test may share one counter). */
		volatile AtomicInteger refreshCalls = new AtomicInteger();

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRepository sessions, SessionKeyResolver keys,
				SessionOperations sessionManager) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.requestMatchers("/login").permitAll())
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults())
				.logout((logout) -> logout.addLogoutHandler(new CognitoSessionSignOutLogoutHandler(sessionManager)))
				.csrf((csrf) -> csrf.disable())
				.addFilterAfter(new CognitoSessionInvalidationFilter(sessions, keys),
						SecurityContextHolderFilter.class);
			return http.build();
		}

		/** Counts the refresh calls of both instances. */
		@Bean
		TokenRefresher countingTokenRefresher(CognitoIdentityProviderClient client, UserPoolClient userPool) {
			TokenRefresher refresher = TokenRefresher.create(client, userPool, RefreshTokenRotation.AUTO);
			return (username, refreshToken, deviceKey) -> {
				this.refreshCalls.incrementAndGet();
				return refresher.refresh(username, refreshToken, deviceKey);
			};
		}

		@Bean
		Endpoints endpoints(CognitoSessionManager sessionManager) {
			return new Endpoints(sessionManager);
		}

	}

	@RestController
	static class Endpoints {

		private final CognitoSessionManager sessionManager;

		/** Runs as a request for the tokens comes in. */
		volatile Runnable onTokenRequest = () -> {
		};

		Endpoints(CognitoSessionManager sessionManager) {
			this.sessionManager = sessionManager;
		}

		@GetMapping("/me")
		String me() {
			return this.sessionManager.getUsername();
		}

		@GetMapping("/state")
		String state() {
			return this.sessionManager.currentUserState().name();
		}

		/** Never a token: its hash. */
		@GetMapping("/id-token-hash")
		org.springframework.http.ResponseEntity<String> idTokenHash() throws Exception {
			this.onTokenRequest.run();
			try {
				return org.springframework.http.ResponseEntity
					.ok(FileStoreRefreshMain.sha256(this.sessionManager.getTokens().getIdToken().getTokenValue()));
			}
			catch (io.github.cognitosession.exception.CognitoSessionException ex) {
				return org.springframework.http.ResponseEntity.status(401).body(ex.getClass().getSimpleName());
			}
		}

	}

}
