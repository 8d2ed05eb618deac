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

package io.github.cognitosession.web;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs Cognito-shaped tokens with an RSA key for tests, and publishes the key as a JWKS.
 *
 * @author Cognito Session contributors
 */
public final class TestCognitoTokens {

	private final RSAKey key;

	public TestCognitoTokens() {
		try {
			this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The public key set, as the JWKS endpoint returns it.
	 * @return the JSON
	 */
	public String jwks() {
		return new JWKSet(this.key.toPublicJWK()).toString();
	}

	/**
	 * Claims of a realistic Cognito ID token.
	 * @param issuer the issuer
	 * @param clientId the audience
	 * @param username the {@code cognito:username}
	 * @param nonce the nonce, or {@code null}
	 * @return the claims builder, to adjust
	 */
	public static JWTClaimsSet.Builder idTokenClaims(String issuer, String clientId, String username, String nonce) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(UUID.randomUUID().toString())
			.issuer(issuer)
			.audience(clientId)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(3600)))
			.jwtID(UUID.randomUUID().toString())
			.claim("email_verified", true)
			.claim("cognito:username", username)
			.claim("origin_jti", UUID.randomUUID().toString())
			.claim("event_id", UUID.randomUUID().toString())
			.claim("token_use", "id")
			.claim("auth_time", now.getEpochSecond())
			.claim("at_hash", "h3Yk2uPlq8_xkNbC1Lg0hw")
			.claim("email", username + "@example.com");
		if (nonce != null) {
			claims.claim("nonce", nonce);
		}
		return claims;
	}

	/**
	 * Claims of a realistic Cognito access token.
	 * @param issuer the issuer
	 * @param clientId the client id
	 * @param username the username
	 * @return the claims builder
	 */
	public static JWTClaimsSet.Builder accessTokenClaims(String issuer, String clientId, String username) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().subject(UUID.randomUUID().toString())
			.issuer(issuer)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(3600)))
			.jwtID(UUID.randomUUID().toString())
			.claim("client_id", clientId)
			.claim("origin_jti", UUID.randomUUID().toString())
			.claim("event_id", UUID.randomUUID().toString())
			.claim("token_use", "access")
			.claim("scope", "openid profile email")
			.claim("auth_time", now.getEpochSecond())
			.claim("version", 2)
			.claim("username", username);
	}

	/**
	 * Sign claims with RS256.
	 * @param claims the claims
	 * @return the compact JWT
	 */
	public String sign(JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(this.key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A refresh token shaped like Cognito's (an encrypted JWT of about 1,800 characters).
	 * @return the token
	 */
	public static String refreshToken() {
		StringBuilder token = new StringBuilder("eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.");
		java.util.Random random = new java.util.Random(42);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
		for (int part : new int[] { 342, 16, 1300, 22 }) {
			for (int i = 0; i < part; i++) {
				token.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			token.append('.');
		}
		return token.substring(0, token.length() - 1);
	}

	/**
	 * A token endpoint response body.
	 * @param idToken the ID token
	 * @param accessToken the access token
	 * @param refreshToken the refresh token
	 * @return the JSON
	 */
	public static String tokenResponse(String idToken, String accessToken, String refreshToken) {
		return "{\"id_token\":\"" + idToken + "\",\"access_token\":\"" + accessToken + "\",\"refresh_token\":\""
				+ refreshToken + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}";
	}

	static Map<String, Object> userInfo(String sub, String username) {
		return Map.of("sub", sub, "email", username + "@example.com", "username", username);
	}

}
