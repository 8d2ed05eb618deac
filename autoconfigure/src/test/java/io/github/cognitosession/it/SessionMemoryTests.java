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

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.junit.RedisServerExtension;
import io.github.cognitosession.session.DefaultCognitoSessionManager;
import io.github.cognitosession.store.SessionRecordCipher;
import io.github.cognitosession.web.HttpSessionKeyResolver;
import io.github.cognitosession.web.HttpSessionSessionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance serving many users whose sessions are in Redis keeps a bounded number of
 * them in memory ({@code cognito.session.max-sessions-in-memory}): Redis sessions end
 * without telling the instance, so nothing else would drop them. The users' sessions are
 * copies of one real signed-in session under new session ids and keys (each instance
 * restores and parses each copy on its own).
 * <p>
 * It also measures, and prints: the bytes one session takes in Redis, and the heap of the
 * instance per session held in memory. Run with more sessions for the figures of
 * {@code docs/performance.md}:
 * {@code ./mvnw -pl autoconfigure test -Dtest=SessionMemoryTests -Dmeasure.sessions=10000 -Dmeasure.cap=10000}
 * (then {@code -Dmeasure.cap=1000}).
 *
 * @author Cognito Session contributors
 */
class SessionMemoryTests {

	private static final String PASSWORD = "Passw0rd-user";

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'm');

	private static final int SESSIONS = Integer.getInteger("measure.sessions", 300);

	private static final int CAP = Integer.getInteger("measure.cap", 100);

	private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

	@RegisterExtension
	static final FaultClearingCognitoExtension cognito = FaultClearingCognitoExtension.withClock(clock);

	@RegisterExtension
	static final RedisServerExtension redis = new RedisServerExtension();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private ConfigurableApplicationContext instance;

	@AfterEach
	void stop() {
		if (this.instance != null) {
			this.instance.close();
		}
	}

	@Test
	void requestsWhenManyMoreUsersThanTheBoundThenTheInstanceHoldsTheBoundInMemory() throws Exception {
		Provisioned setup = cognito.provision().user("alice", PASSWORD).create();
		this.instance = SharedSessionsIntegrationTests.startInstance(setup, redis.port(), KEY, clock,
				"cognito.session.max-sessions-in-memory=" + CAP);
		String template = signIn();
		Map<String, byte[]> hash;
		long memoryUsage;
		try (RedisConnection connection = connection()) {
			hash = hash(connection, template);
			// what Redis itself counts for the real session, key and hash included
			// SAMPLES 0: every field counted, not estimated from five
			memoryUsage = ((io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands<byte[], byte[]>) connection
				.getNativeConnection())
				.dispatch(io.lettuce.core.protocol.CommandType.MEMORY,
						new io.lettuce.core.output.IntegerOutput<>(io.lettuce.core.codec.ByteArrayCodec.INSTANCE),
						new io.lettuce.core.protocol.CommandArgs<>(io.lettuce.core.codec.ByteArrayCodec.INSTANCE)
							.add("USAGE")
							.addKey(sessionKey(template).getBytes(StandardCharsets.UTF_8))
							.add("SAMPLES")
							.add(0))
				.get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		int fieldBytes = hash.entrySet()
			.stream()
			.mapToInt((field) -> field.getKey().getBytes(StandardCharsets.UTF_8).length + field.getValue().length)
			.sum();
		String aliceKey = (String) SharedSessionsIntegrationTests
			.deserialize(hash.get(attribute(HttpSessionKeyResolver.KEY_ATTRIBUTE)));
		byte[] sealed = (byte[]) SharedSessionsIntegrationTests
			.deserialize(hash.get(attribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE)));
		SessionRecordCipher cipher = SessionRecordCipher.of(KEY, List.of());
		var record = cipher.open(sealed, aliceKey);
		DefaultCognitoSessionManager manager = this.instance.getBean(DefaultCognitoSessionManager.class);
		List<String> ids = new ArrayList<>();
		long redisBytes;
		try (RedisConnection connection = connection()) {
			long usedBefore = redisUsedMemory(connection);
			for (int i = 0; i < SESSIONS; i++) {
				String id = UUID.randomUUID().toString();
				String key = "session:" + UUID.randomUUID();
				Map<String, byte[]> copy = new HashMap<>(hash);
				copy.put(attribute(HttpSessionKeyResolver.KEY_ATTRIBUTE), serialize(key));
				copy.put(attribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE), serialize(cipher.seal(record, key)));
				Map<byte[], byte[]> fields = new HashMap<>();
				copy.forEach((field, value) -> fields.put(field.getBytes(StandardCharsets.UTF_8), value));
				connection.hashCommands().hMSet(sessionKey(id).getBytes(StandardCharsets.UTF_8), fields);
				ids.add(id);
			}
			redisBytes = (redisUsedMemory(connection) - usedBefore) / SESSIONS;
		}
		long heapBefore = usedHeapAfterGc();
		int before = manager.sessionsInMemory();
		for (String id : ids) {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/state"))
				.header("Cookie", "SESSION=" + Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.body()).isEqualTo("SIGNED_IN");
		}
		long heapAfter = usedHeapAfterGc();
		int held = manager.sessionsInMemory();

		assertThat(held).isLessThanOrEqualTo(CAP);
		assertThat(held).isGreaterThan(before);
		System.out.printf("sessions in Redis: %d, held in memory: %d (bound %d)%n", SESSIONS + 1, held, CAP);
		System.out.printf(
				"bytes of the signed-in session in Redis: MEMORY USAGE %d, fields and values %d (%d fields), "
						+ "of which the sealed record %d (serialized %d)%n",
				memoryUsage, fieldBytes, hash.size(), sealed.length,
				hash.get(attribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE)).length);
		System.out.printf("bytes per session in Redis (used_memory growth / sessions): %d%n", redisBytes);
		System.out.printf("heap: %d KB before the requests, %d KB after; %d bytes per session held%n",
				heapBefore / 1024, heapAfter / 1024, (heapAfter - heapBefore) / Math.max(1, held - before));
	}

	private String signIn() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=alice&password=" + PASSWORD))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		String cookie = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		String encoded = cookie.substring("SESSION=".length(), cookie.indexOf(';'));
		return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
	}

	private RedisConnection connection() {
		return this.instance.getBean(RedisConnectionFactory.class).getConnection();
	}

	private static Map<String, byte[]> hash(RedisConnection connection, String id) {
		Map<String, byte[]> hash = new HashMap<>();
		connection.hashCommands()
			.hGetAll(sessionKey(id).getBytes(StandardCharsets.UTF_8))
			.forEach((field, value) -> hash.put(new String(field, StandardCharsets.UTF_8), value));
		assertThat(hash).isNotEmpty();
		return hash;
	}

	private static long redisUsedMemory(RedisConnection connection) {
		return Long.parseLong(connection.serverCommands().info("memory").getProperty("used_memory"));
	}

	private static String sessionKey(String id) {
		return "spring:session:sessions:" + id;
	}

	private static String attribute(String name) {
		return "sessionAttr:" + name;
	}

	private static byte[] serialize(Object value) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		return bytes.toByteArray();
	}

	private URI uri(String path) {
		int port = ((WebServerApplicationContext) this.instance).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
