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

import io.github.cognitosession.userpool.CognitoIds;
import io.github.cognitosession.userpool.UserPoolClient;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.exception.InvalidTokenException.Reason;
import io.github.cognitosession.exception.UntrustedValue;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Verifies Cognito user-pool tokens: the RS256 signature against the pool's JWKS, then
 * {@code token_use}, {@code iss}, the audience and the times. An ID token's {@code aud}
 * must be the client id, alone, or with {@code azp} naming the client id (as OpenID
 * Connect asks of several audiences); an access token's {@code client_id} must be the
 * client id. {@code exp} must not have passed, and {@code nbf} and {@code iat} (when
 * present) must not be in the future, each with the clock skew, which is at most
 * {@link #MAX_CLOCK_SKEW 5 minutes}.
 * <p>
 * The JWKS is fetched lazily on first use (never while constructing), cached, and
 * refetched (rate-limited) when a token names an unknown {@code kid}; all of that is
 * Nimbus's {@link JWKSourceBuilder}, timed by the {@link Builder#clock(Clock) clock} like
 * every other time decision here. A key id that is still unknown after a refetch, or
 * while the rate limit refuses one, is an invalid token ({@link Reason#SIGNATURE}); only
 * a JWKS that cannot be fetched is {@link CognitoUnavailableException}. Values of the
 * token quoted in messages are {@link UntrustedValue sanitized}. With an endpoint
 * override the JWKS comes from {@code <endpoint>/<poolId>/.well-known/jwks.json} while
 * the expected issuer stays {@code https://cognito-idp.<region>.amazonaws.com/<poolId>}
 * unless configured. Thread safe.
 *
 * @author Cognito Session contributors
 */
public final class CognitoTokenVerifier implements TokenVerifier {

	/**
	 * The clock skew allowed by default when checking {@code exp}.
	 */
	public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

	/**
	 * The largest clock skew allowed: more would keep accepting tokens that Cognito
	 * considers expired, where a wrong clock should be fixed instead.
	 */
	public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

	private static final Duration JWKS_CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration JWKS_READ_TIMEOUT = Duration.ofSeconds(5);

	private static final int JWKS_SIZE_LIMIT = 64 * 1024;

	private final DefaultJWTProcessor<SecurityContext> processor;

	private final URI jwkSetUri;

	private final String issuer;

	private final String clientId;

	private final Clock clock;

	private final Duration clockSkew;

	private CognitoTokenVerifier(Builder builder, URI jwkSetUri, String issuer, JWKSource<SecurityContext> source) {
		this.jwkSetUri = jwkSetUri;
		this.issuer = issuer;
		this.clientId = builder.clientId;
		this.clock = builder.clock;
		this.clockSkew = builder.clockSkew;
		this.processor = new DefaultJWTProcessor<>();
		this.processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, source));
		// Claims are checked below, so that each failure is named precisely and time
		// comes from the injected clock.
		this.processor.setJWTClaimsSetVerifier((claims, context) -> {
		});
	}

	/**
	 * Return a new builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The issuer Cognito puts in a pool's tokens.
	 * @param region the region
	 * @param userPoolId the user pool id
	 * @return {@code https://cognito-idp.<region>.amazonaws.com/<poolId>}
	 */
	public static String defaultIssuer(String region, String userPoolId) {
		return CognitoIds.userPoolIssuer(region, userPoolId).toString();
	}

	/**
	 * The URI the JWKS is fetched from.
	 * @return the JWKS URI
	 */
	public URI getJwkSetUri() {
		return this.jwkSetUri;
	}

	/**
	 * The issuer tokens must carry.
	 * @return the expected issuer
	 */
	public String getIssuer() {
		return this.issuer;
	}

	@Override
	public CognitoToken verifyIdToken(String idToken) {
		return verifyToken(idToken, "id", "ID token");
	}

	@Override
	public CognitoToken verifyAccessToken(String accessToken) {
		return verifyToken(accessToken, "access", "Access token");
	}

	private CognitoToken verifyToken(String token, String expectedUse, String description) {
		if (!StringUtils.hasText(token)) {
			throw new InvalidTokenException(Reason.MALFORMED, description + " is missing");
		}
		SignedJWT jwt = parse(token, description);
		if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
			throw new InvalidTokenException(Reason.ALGORITHM, description + " is signed with "
					+ UntrustedValue.sanitize(jwt.getHeader().getAlgorithm()) + ", only RS256 is accepted");
		}
		JWTClaimsSet claims = verifySignature(jwt, description);
		checkClaims(claims, expectedUse, description);
		return JwtClaims.toCognitoToken(token, claims, description);
	}

	private SignedJWT parse(String token, String description) {
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			// Nimbus reads the claims lazily; the processor would then report a
			// payload that is not a JSON object as a key missing from the JWKS.
			jwt.getJWTClaimsSet();
			return jwt;
		}
		catch (ParseException | RuntimeException ex) {
			// Nimbus fails on some malformed input with a runtime exception (a header
			// that is JSON null gives a NullPointerException): still a malformed token.
			throw new InvalidTokenException(Reason.MALFORMED, description + " is not a signed JWT", ex);
		}
	}

	private JWTClaimsSet verifySignature(SignedJWT jwt, String description) {
		try {
			return this.processor.process(jwt, null);
		}
		catch (KeySourceException ex) {
			throw new CognitoUnavailableException("JwksUnavailable",
					"Could not fetch the JWKS from " + this.jwkSetUri + " to verify the " + description, ex);
		}
		catch (BadJWSException ex) {
			throw new InvalidTokenException(Reason.SIGNATURE, description + " has an invalid signature", ex);
		}
		catch (BadJOSEException ex) {
			throw new InvalidTokenException(Reason.SIGNATURE,
					description + " is signed with an unknown key (kid '"
							+ UntrustedValue.sanitize(jwt.getHeader().getKeyID()) + "'): the JWKS at " + this.jwkSetUri
							+ " does not contain it",
					ex);
		}
		catch (JOSEException ex) {
			throw new InvalidTokenException(Reason.SIGNATURE, description + " signature could not be verified", ex);
		}
	}

	private void checkClaims(JWTClaimsSet claims, String expectedUse, String description) {
		Object use = claims.getClaim("token_use");
		if (!expectedUse.equals(use)) {
			throw new InvalidTokenException(Reason.TOKEN_USE, description + " has token_use '"
					+ UntrustedValue.sanitize(use) + "', expected '" + expectedUse + "'");
		}
		if (!this.issuer.equals(claims.getClaim("iss"))) {
			throw new InvalidTokenException(Reason.ISSUER, description + " has issuer '"
					+ UntrustedValue.sanitize(claims.getClaim("iss")) + "', expected '" + this.issuer + "'");
		}
		checkAudience(claims, expectedUse, description);
		checkTimes(claims, description);
	}

	private void checkAudience(JWTClaimsSet claims, String expectedUse, String description) {
		if ("id".equals(expectedUse)) {
			List<String> audience = claims.getAudience();
			if (!audience.contains(this.clientId)) {
				throw new InvalidTokenException(Reason.AUDIENCE,
						description + " has audience " + UntrustedValue.sanitize(claims.getClaim("aud"))
								+ ", expected client id '" + this.clientId + "'");
			}
			Object authorizedParty = claims.getClaim("azp");
			// OpenID Connect Core 3.1.3.7: with several audiences the token must
			// say which of them it was issued to.
			if (audience.size() > 1 && authorizedParty == null) {
				throw new InvalidTokenException(Reason.AUDIENCE, description + " has " + audience.size()
						+ " audiences and no azp claim, expected the client id '" + this.clientId + "' alone");
			}
			if (authorizedParty != null && !this.clientId.equals(authorizedParty)) {
				throw new InvalidTokenException(Reason.AUDIENCE, description + " has azp '"
						+ UntrustedValue.sanitize(authorizedParty) + "', expected client id '" + this.clientId + "'");
			}
		}
		else {
			Object tokenClientId = claims.getClaim("client_id");
			if (!this.clientId.equals(tokenClientId)) {
				throw new InvalidTokenException(Reason.AUDIENCE, description + " has client_id '"
						+ UntrustedValue.sanitize(tokenClientId) + "', expected client id '" + this.clientId + "'");
			}
		}
	}

	private void checkTimes(JWTClaimsSet claims, String description) {
		Instant expiresAt = time(claims, "exp", description);
		if (expiresAt == null) {
			throw new InvalidTokenException(Reason.MALFORMED, description + " has no exp claim");
		}
		Instant now = this.clock.instant();
		if (now.isAfter(expiresAt.plus(this.clockSkew))) {
			throw new InvalidTokenException(Reason.EXPIRED, description + " expired at " + expiresAt);
		}
		Instant latestAccepted = now.plus(this.clockSkew);
		Instant notBefore = time(claims, "nbf", description);
		if (notBefore != null && notBefore.isAfter(latestAccepted)) {
			throw new InvalidTokenException(Reason.NOT_YET_VALID,
					description + " is not valid before " + notBefore + " (nbf), it is " + now);
		}
		Instant issuedAt = time(claims, "iat", description);
		if (issuedAt != null && issuedAt.isAfter(latestAccepted)) {
			throw new InvalidTokenException(Reason.NOT_YET_VALID,
					description + " was issued in the future, at " + issuedAt + " (iat), it is " + now);
		}
	}

	/**
	 * A time claim, or {@code null} when absent. Parsing the claims set already refused a
	 * registered time claim that is not a number of seconds.
	 */
	private static Instant time(JWTClaimsSet claims, String name, String description) {
		try {
			Date date = claims.getDateClaim(name);
			return (date != null) ? date.toInstant() : null;
		}
		catch (ParseException ex) {
			throw new InvalidTokenException(Reason.MALFORMED,
					description + " has a " + name + " claim that is not a time", ex);
		}
	}

	@Override
	public String toString() {
		return "CognitoTokenVerifier[issuer=" + this.issuer + ", jwkSetUri=" + this.jwkSetUri + ", clientId="
				+ this.clientId + "]";
	}

	/**
	 * Builder for {@link CognitoTokenVerifier}.
	 */
	public static final class Builder {

		private String userPoolId;

		private String clientId;

		private String region;

		private URI endpoint;

		private String issuer;

		private URI jwkSetUri;

		private Clock clock = Clock.systemUTC();

		private Duration clockSkew = DEFAULT_CLOCK_SKEW;

		private JWKSource<SecurityContext> jwkSource;

		private Builder() {
		}

		/**
		 * The user pool id, e.g. {@code us-east-1_AbCdEf}. Required.
		 * @param userPoolId the pool id
		 * @return this builder
		 */
		public Builder userPoolId(String userPoolId) {
			this.userPoolId = userPoolId;
			return this;
		}

		/**
		 * The app client id tokens must be issued to. Required.
		 * @param clientId the client id
		 * @return this builder
		 */
		public Builder clientId(String clientId) {
			this.clientId = clientId;
			return this;
		}

		/**
		 * The region; taken from the pool id's prefix when not set.
		 * @param region the region
		 * @return this builder
		 */
		public Builder region(String region) {
			this.region = region;
			return this;
		}

		/**
		 * An endpoint override (e.g. a local emulator); the JWKS is then fetched from
		 * {@code <endpoint>/<poolId>/.well-known/jwks.json}.
		 * @param endpoint the endpoint, or {@code null} for AWS
		 * @return this builder
		 */
		public Builder endpoint(URI endpoint) {
			this.endpoint = endpoint;
			return this;
		}

		/**
		 * The JWKS location, when it is neither Cognito's nor under the endpoint
		 * override.
		 * @param jwkSetUri the JWKS URI, or {@code null} to derive it
		 * @return this builder
		 */
		public Builder jwkSetUri(URI jwkSetUri) {
			this.jwkSetUri = jwkSetUri;
			return this;
		}

		/**
		 * The issuer tokens must carry; defaults to
		 * {@code https://cognito-idp.<region>.amazonaws.com/<poolId>}.
		 * @param issuer the issuer, or {@code null} for the default
		 * @return this builder
		 */
		public Builder issuer(String issuer) {
			this.issuer = issuer;
			return this;
		}

		/**
		 * The clock {@code exp} is checked against, which also times the JWKS cache (5
		 * minutes) and the refetch rate limit (30 s).
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * How long after {@code exp} a token is still accepted, and how far in the future
		 * its {@code nbf} and {@code iat} may be, for clock differences.
		 * @param clockSkew the skew (default 60 s, at most {@link #MAX_CLOCK_SKEW 5
		 * minutes})
		 * @return this builder
		 */
		public Builder clockSkew(Duration clockSkew) {
			this.clockSkew = clockSkew;
			return this;
		}

		/**
		 * Use this key source instead of the JWKS URL (e.g. with custom caching).
		 * @param jwkSource the key source
		 * @return this builder
		 */
		public Builder jwkSource(JWKSource<SecurityContext> jwkSource) {
			this.jwkSource = jwkSource;
			return this;
		}

		/**
		 * Build the verifier. Performs no network I/O.
		 * @return the verifier
		 * @throws IllegalArgumentException naming a missing or malformed setting
		 */
		public CognitoTokenVerifier build() {
			Assert.hasText(this.userPoolId, "userPoolId cannot be empty");
			Assert.isTrue(CognitoIds.USER_POOL_ID.matcher(this.userPoolId).matches(),
					() -> "userPoolId '" + this.userPoolId + "' is not a user pool id such as us-east-1_AbCdEf");
			Assert.hasText(this.clientId, "clientId cannot be empty");
			Assert.notNull(this.clock, "clock cannot be null");
			Assert.notNull(this.clockSkew, "clockSkew cannot be null");
			Assert.isTrue(!this.clockSkew.isNegative(), "clockSkew cannot be negative");
			Assert.isTrue(this.clockSkew.compareTo(MAX_CLOCK_SKEW) <= 0, () -> "clockSkew cannot be more than "
					+ MAX_CLOCK_SKEW.toMinutes() + " minutes, was " + this.clockSkew);
			// the one place that derives a pool's issuer and keys
			UserPoolClient pool = UserPoolClient.builder()
				.userPoolId(this.userPoolId)
				.region(this.region)
				.clientId(this.clientId)
				.endpoint(this.endpoint)
				.issuer(StringUtils.hasText(this.issuer) ? URI.create(this.issuer) : null)
				.jwkSetUri(this.jwkSetUri)
				.build();
			URI jwkSetUri = pool.getJwkSetUri();
			String resolvedIssuer = StringUtils.hasText(this.issuer) ? this.issuer : pool.getIssuer().toString();
			JWKSource<SecurityContext> source = (this.jwkSource != null) ? this.jwkSource
					: remoteSource(jwkSetUri, this.clock);
			return new CognitoTokenVerifier(this, jwkSetUri, resolvedIssuer, Objects.requireNonNull(source));
		}

		private static JWKSource<SecurityContext> remoteSource(URI jwkSetUri, Clock clock) {
			DefaultResourceRetriever retriever = new DefaultResourceRetriever((int) JWKS_CONNECT_TIMEOUT.toMillis(),
					(int) JWKS_READ_TIMEOUT.toMillis(), JWKS_SIZE_LIMIT);
			try {
				// Defaults: cached (5 min), refetched on an unknown kid at most once per
				// 30 s, one retry on a network error; all of it timed by the clock.
				return ClockedJWKSource.of(
						JWKSourceBuilder.<SecurityContext>create(jwkSetUri.toURL(), retriever).retrying(true).build(),
						clock);
			}
			catch (MalformedURLException | IllegalArgumentException ex) {
				throw new IllegalArgumentException("JWKS URI '" + jwkSetUri + "' is not a valid URL", ex);
			}
		}

	}

}
