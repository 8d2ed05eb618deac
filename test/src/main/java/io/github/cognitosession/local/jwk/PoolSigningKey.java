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

package io.github.cognitosession.local.jwk;

import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A pool's RSA signing key (RS256, with a key id) and its public JWKS.
 *
 * @author Cognito Session contributors
 */
public final class PoolSigningKey {

	private final RSAKey key;

	private final RSASSASigner signer;

	private final RSASSAVerifier verifier;

	private PoolSigningKey(RSAKey key) {
		this.key = key;
		try {
			this.signer = new RSASSASigner(key);
			this.verifier = new RSASSAVerifier(key.toRSAPublicKey());
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Unusable RSA key", ex);
		}
	}

	/**
	 * Generate a fresh 2048-bit key.
	 * @return the key
	 */
	public static PoolSigningKey generate() {
		try {
			return new PoolSigningKey(new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.algorithm(JWSAlgorithm.RS256)
				.keyUse(KeyUse.SIGNATURE)
				.generate());
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate an RSA key", ex);
		}
	}

	/**
	 * The key pair as a private JWK, for the data directory (never logged or served).
	 * @return the JWK JSON
	 */
	public String toPrivateJwk() {
		return this.key.toJSONString();
	}

	/**
	 * A key pair written by {@link #toPrivateJwk()}.
	 * @param jwk the JWK JSON
	 * @return the key
	 * @throws IllegalArgumentException when it is not an RSA private JWK
	 */
	public static PoolSigningKey fromPrivateJwk(String jwk) {
		try {
			RSAKey key = RSAKey.parse(jwk);
			if (!key.isPrivate()) {
				throw new IllegalArgumentException("the JWK has no private key");
			}
			return new PoolSigningKey(key);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("not an RSA JWK: " + ex.getMessage());
		}
	}

	public String keyId() {
		return this.key.getKeyID();
	}

	/**
	 * Sign claims as an RS256 JWT with this key's id in the header.
	 * @param claims the claims
	 * @return the compact JWT
	 */
	public String sign(JWTClaimsSet claims) {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId()).build(), claims);
		try {
			jwt.sign(this.signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign a token", ex);
		}
		return jwt.serialize();
	}

	/**
	 * Parse a JWT and check that this key signed it.
	 * @param token the compact JWT
	 * @return the claims, or {@code null} when the token is malformed or not signed by
	 * this key
	 */
	public JWTClaimsSet verify(String token) {
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(this.verifier)) {
				return null;
			}
			return jwt.getJWTClaimsSet();
		}
		catch (ParseException | JOSEException ex) {
			return null;
		}
	}

	/**
	 * The public key set as JSON, as served at {@code /.well-known/jwks.json}.
	 * @return the JWKS document
	 */
	public String jwksJson() {
		return new JWKSet(this.key.toPublicJWK()).toString();
	}

	@Override
	public String toString() {
		return "PoolSigningKey[" + keyId() + "]";
	}

}
