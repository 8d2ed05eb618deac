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
package io.github.cognitosession.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs Cognito-like test tokens with a generated RSA key.
 *
 * @author Cognito Session contributors
 */
public final class TestTokens {

	public static final String POOL_ID = "us-east-1_TestPool1";

	public static final String CLIENT_ID = "test-client-id";

	public static final String ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/" + POOL_ID;

	public static final String SUB = "7b4f1c2e-0000-4000-8000-000000000001";

	private static final RSAKey DEFAULT_KEY = generateKey("key-1");

	private final RSAKey key;

	public TestTokens() {
		this(DEFAULT_KEY);
	}

	public TestTokens(RSAKey key) {
		this.key = key;
	}

	public static RSAKey generateKey(String kid) {
		try {
			return new RSAKeyGenerator(2048).keyID(kid).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public RSAKey key() {
		return this.key;
	}

	public JWKSet jwkSet() {
		return new JWKSet(this.key.toPublicJWK());
	}

	public JWKSource<SecurityContext> jwkSource() {
		return new ImmutableJWKSet<>(jwkSet());
	}

	public Claims idToken(String username, Instant issuedAt, Duration lifetime) {
		return new Claims(this.key).tokenUse("id")
			.claim("aud", CLIENT_ID)
			.claim("cognito:username", username)
			.issuedAt(issuedAt)
			.expiresAt(issuedAt.plus(lifetime));
	}

	public Claims accessToken(String username, Instant issuedAt, Duration lifetime) {
		return new Claims(this.key).tokenUse("access")
			.claim("client_id", CLIENT_ID)
			.claim("username", username)
			.issuedAt(issuedAt)
			.expiresAt(issuedAt.plus(lifetime));
	}

	/**
	 * A mutable claims set that signs itself.
	 */
	public static final class Claims {

		private final RSAKey key;

		private final JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject(SUB)
			.jwtID(UUID.randomUUID().toString());

		private JWSAlgorithm algorithm = JWSAlgorithm.RS256;

		Claims(RSAKey key) {
			this.key = key;
		}

		public Claims tokenUse(String use) {
			return claim("token_use", use);
		}

		public Claims claim(String name, Object value) {
			this.builder.claim(name, value);
			return this;
		}

		public Claims issuedAt(Instant instant) {
			this.builder.issueTime(Date.from(instant));
			return this;
		}

		public Claims expiresAt(Instant instant) {
			this.builder.expirationTime(Date.from(instant));
			return this;
		}

		public Claims algorithm(JWSAlgorithm algorithm) {
			this.algorithm = algorithm;
			return this;
		}

		public String sign() {
			return signWith(this.key);
		}

		public String signWith(RSAKey signingKey) {
			try {
				SignedJWT jwt = new SignedJWT(
						new JWSHeader.Builder(this.algorithm).keyID(signingKey.getKeyID()).build(),
						this.builder.build());
				jwt.sign(new RSASSASigner(signingKey));
				return jwt.serialize();
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
