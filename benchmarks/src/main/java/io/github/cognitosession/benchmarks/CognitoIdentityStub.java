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
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import io.github.cognitosession.credentials.CognitoIdentityCredentialsProvider;
import io.github.cognitosession.credentials.LoginsProvider;

/**
 * A stub of Cognito Identity on the loopback interface (the JDK's {@code HttpServer}):
 * answers {@code GetId} and {@code GetCredentialsForIdentity} with credentials valid for
 * an hour by the given clock, counts the credential calls, and can hold their answers
 * back (a slow upstream).
 *
 * @author Cognito Session contributors
 */
final class CognitoIdentityStub implements AutoCloseable {

	static final String IDENTITY_POOL_ID = "eu-west-1:11111111-2222-3333-4444-555555555555";

	private static final Duration LIFETIME = Duration.ofHours(1);

	private final Clock clock;

	private final HttpServer server;

	private final AtomicInteger credentialCalls = new AtomicInteger();

	private final AtomicInteger issued = new AtomicInteger();

	private volatile CountDownLatch hold = new CountDownLatch(0);

	CognitoIdentityStub(Clock clock) throws IOException {
		this.clock = clock;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::answer);
		// a held answer must not keep GetId from being answered
		this.server.setExecutor(Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "cognito-identity-stub");
			thread.setDaemon(true);
			return thread;
		}));
		this.server.start();
	}

	/**
	 * The stub's endpoint, e.g. for {@code cognito.identity-pool.endpoint}.
	 */
	String endpoint() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	CognitoIdentityClient client() {
		return CognitoIdentityClient.builder()
			.region(Region.EU_WEST_1)
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.endpointOverride(URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()))
			.build();
	}

	int credentialCalls() {
		return this.credentialCalls.get();
	}

	/**
	 * A provider of guest credentials from this stub, on the benchmark's clock and
	 * timers.
	 */
	CognitoIdentityCredentialsProvider guestProvider(CognitoIdentityClient client, Clock clock,
			ScheduledExecutorService timers) {
		return CognitoIdentityCredentialsProvider.builder()
			.cognitoIdentityClient(client)
			.identityPoolId(IDENTITY_POOL_ID)
			.loginsProvider(LoginsProvider.guest())
			.guestAccess(true)
			.clock(clock)
			.scheduler(timers)
			.build();
	}

	/**
	 * Hold back the answers to {@code GetCredentialsForIdentity} until
	 * {@link #release()}.
	 */
	void hold() {
		this.hold = new CountDownLatch(1);
	}

	void release() {
		this.hold.countDown();
	}

	@Override
	public void close() {
		release();
		this.server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
		exchange.getRequestBody().readAllBytes();
		String body;
		if (target.endsWith("GetId")) {
			body = "{\"IdentityId\":\"eu-west-1:benchmark\"}";
		}
		else {
			this.credentialCalls.incrementAndGet();
			awaitRelease();
			long expiration = this.clock.instant().plus(LIFETIME).getEpochSecond();
			String accessKeyId = "ASIABENCH" + this.issued.incrementAndGet();
			body = "{\"IdentityId\":\"eu-west-1:benchmark\",\"Credentials\":{\"AccessKeyId\":\"" + accessKeyId
					+ "\",\"SecretKey\":\"bench-secret\",\"SessionToken\":\"bench-session\",\"Expiration\":"
					+ expiration + "}}";
		}
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private void awaitRelease() {
		try {
			// bounded, so that a broken run cannot hang the server
			this.hold.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
