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
package io.github.cognitosession.resource;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.github.cognitosession.token.CognitoTokenVerifier;
import io.github.cognitosession.token.JwkSources;
import io.github.cognitosession.userpool.UserPoolClient;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.Assert;

/**
 * Builds the {@link JwtDecoder} of an API that accepts a user pool's access tokens:
 * Spring Security's {@link NimbusJwtDecoder}, RS256 only, with the pool's signing keys
 * fetched as the library's own token checks fetch them ({@link JwkSources}: cached,
 * refetched rate-limited for an unknown key id) from
 * {@link UserPoolClient#getJwkSetUri()} and the claims checked by
 * {@link CognitoAccessTokenValidator} against {@link UserPoolClient#getIssuer()}:
 *
 * <pre class="code">
 * JwtDecoder decoder = CognitoJwtDecoders.accessTokens(userPool).clientIds(List.of("web", "mobile")).build();
 * </pre>
 *
 * Building fetches nothing: the keys are loaded on the first token.
 *
 * @author Cognito Session contributors
 */
public final class CognitoJwtDecoders {

	private CognitoJwtDecoders() {
	}

	/**
	 * Start a decoder of the pool's access tokens, by default those of the pool client's
	 * own app client.
	 * @param userPool the user pool and app client
	 * @return a builder
	 */
	public static Builder accessTokens(UserPoolClient userPool) {
		Assert.notNull(userPool, "userPool cannot be null");
		return new Builder(userPool);
	}

	/**
	 * Builder of a decoder of access tokens.
	 */
	public static final class Builder {

		private final UserPoolClient userPool;

		private List<String> clientIds;

		private Duration clockSkew = CognitoTokenVerifier.DEFAULT_CLOCK_SKEW;

		private Clock clock = Clock.systemUTC();

		private JWKSource<SecurityContext> jwkSource;

		private final List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();

		private Builder(UserPoolClient userPool) {
			this.userPool = userPool;
			this.clientIds = List.of(userPool.getClientId());
		}

		/**
		 * The app clients whose access tokens are accepted (default: the pool client's
		 * own); empty for any client of the pool.
		 * @param clientIds the client ids
		 * @return this builder
		 */
		public Builder clientIds(Collection<String> clientIds) {
			Assert.notNull(clientIds, "clientIds cannot be null");
			this.clientIds = List.copyOf(clientIds);
			return this;
		}

		/**
		 * The clock skew tolerated when checking {@code exp}, {@code nbf} and {@code iat}
		 * (default 60 s, at most 5 minutes).
		 * @param clockSkew the skew
		 * @return this builder
		 */
		public Builder clockSkew(Duration clockSkew) {
			this.clockSkew = clockSkew;
			return this;
		}

		/**
		 * The clock of the time checks and of the key cache.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			Assert.notNull(clock, "clock cannot be null");
			this.clock = clock;
			return this;
		}

		/**
		 * Use these keys instead of the pool's JWKS URL.
		 * @param jwkSource the key source
		 * @return this builder
		 */
		public Builder jwkSource(JWKSource<SecurityContext> jwkSource) {
			this.jwkSource = jwkSource;
			return this;
		}

		/**
		 * Add a check of the application's own, run after Cognito's.
		 * @param validator the validator
		 * @return this builder
		 */
		public Builder validator(OAuth2TokenValidator<Jwt> validator) {
			Assert.notNull(validator, "validator cannot be null");
			this.validators.add(validator);
			return this;
		}

		/**
		 * Build the decoder. Performs no network I/O.
		 * @return the decoder
		 */
		public NimbusJwtDecoder build() {
			JWKSource<SecurityContext> keys = (this.jwkSource != null) ? this.jwkSource
					: JwkSources.remote(this.userPool.getJwkSetUri(), this.clock);
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
				.jwsAlgorithm(SignatureAlgorithm.RS256)
				.build();
			CognitoAccessTokenValidator cognito = new CognitoAccessTokenValidator(this.userPool.getIssuer().toString(),
					this.clientIds, this.clockSkew);
			cognito.setClock(this.clock);
			List<OAuth2TokenValidator<Jwt>> all = new ArrayList<>();
			all.add(cognito);
			all.addAll(this.validators);
			decoder.setJwtValidator((all.size() == 1) ? cognito : new DelegatingOAuth2TokenValidator<>(all));
			return decoder;
		}

	}

}
