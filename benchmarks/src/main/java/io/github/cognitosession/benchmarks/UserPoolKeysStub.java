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
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A user pool's issuer on the loopback interface (the JDK's {@code HttpServer}), as a
 * local emulator serves it: the OpenID discovery document that Spring Boot's
 * {@code issuer-uri} decoder reads, and the JWKS with one RSA-2048 key (Cognito's key
 * size), whose fetches it counts. Signs Cognito-shaped access tokens with that key.
 *
 * @author Cognito Session contributors
 */
final class UserPoolKeysStub implements AutoCloseable {

	static final String USER_POOL_ID = "eu-west-1_Benchmark";

	static final String CLIENT_ID = "benchmark-client";

	private final HttpServer server;

	private final RSAKey key;

	private final AtomicInteger keyFetches = new AtomicInteger();

	UserPoolKeysStub() throws IOException, JOSEException {
		this.key = new RSAKeyGenerator(2048).keyID("benchmark-key")
			.keyUse(KeyUse.SIGNATURE)
			.algorithm(JWSAlgorithm.RS256)
			.generate();
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		String pool = "/" + USER_POOL_ID;
		this.server.createContext(pool + "/.well-known/openid-configuration", (exchange) -> answer(exchange,
				"{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + jwkSetUri() + "\"}"));
		this.server.createContext(pool + "/.well-known/jwks.json", (exchange) -> {
			this.keyFetches.incrementAndGet();
			answer(exchange, new JWKSet(this.key.toPublicJWK()).toString());
		});
		this.server.start();
	}

	/**
	 * The endpoint, for {@code UserPoolClient.Builder.endpoint(...)}.
	 */
	URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/**
	 * The issuer of the tokens, for
	 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}.
	 */
	String issuer() {
		return endpoint() + "/" + USER_POOL_ID;
	}

	String jwkSetUri() {
		return issuer() + "/.well-known/jwks.json";
	}

	int keyFetches() {
		return this.keyFetches.get();
	}

	/**
	 * A user's access token with the claims Cognito puts in one, valid for the given
	 * time.
	 */
	String accessToken(String username, Duration validity) throws JOSEException {
		return token(username, "access", validity);
	}

	/**
	 * The same token with another {@code token_use} (e.g. {@code id}), signed with the
	 * same key, as Cognito signs its ID tokens.
	 */
	String token(String username, String tokenUse, Duration validity) throws JOSEException {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder()
			.subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
			.claim("cognito:groups", List.of("admin"))
			.issuer(issuer())
			.claim("version", 2)
			.claim("client_id", CLIENT_ID)
			.claim("origin_jti", UUID.randomUUID().toString())
			.claim("event_id", UUID.randomUUID().toString())
			.claim("token_use", tokenUse)
			.claim("scope", "aws.cognito.signin.user.admin")
			.claim("auth_time", now.getEpochSecond())
			.expirationTime(Date.from(now.plus(validity)))
			.issueTime(Date.from(now))
			.jwtID(UUID.randomUUID().toString())
			.claim("username", username)
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				claims);
		jwt.sign(new RSASSASigner(this.key));
		return jwt.serialize();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private static void answer(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
