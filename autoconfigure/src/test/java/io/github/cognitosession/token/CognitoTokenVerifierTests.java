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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.exception.InvalidTokenException.Reason;
import io.github.cognitosession.local.MutableClock;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link CognitoTokenVerifier}, with the JWKS served by WireMock.
 *
 * @author Cognito Session contributors
 */
class CognitoTokenVerifierTests {

	private static final String JWKS_PATH = "/" + TestTokens.POOL_ID + "/.well-known/jwks.json";

	private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

	/** Nimbus's default JWKS cache time to live. */
	private static final Duration JWKS_CACHE_LIFETIME = Duration.ofMinutes(5);

	/**
	 * Nimbus's default refresh-ahead window: within it before expiry a verification
	 * starts an asynchronous JWKS fetch, so the "no fetch yet" instant must be before it.
	 */
	private static final Duration JWKS_REFRESH_AHEAD_TIME = Duration.ofSeconds(30);

	/** Nimbus's default minimum interval of its refetch rate limit. */
	private static final Duration JWKS_RATE_LIMIT_INTERVAL = Duration.ofSeconds(30);

	@RegisterExtension
	static WireMockExtension jwks = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final TestTokens tokens = new TestTokens();

	private final MutableClock clock = new MutableClock(NOW);

	private CognitoTokenVerifier verifier() {
		return CognitoTokenVerifier.builder()
			.userPoolId(TestTokens.POOL_ID)
			.clientId(TestTokens.CLIENT_ID)
			.endpoint(URI.create(jwks.baseUrl()))
			.clock(this.clock)
			.build();
	}

	private void serve(JWKSet set) {
		jwks.stubFor(get(JWKS_PATH)
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(set.toString(true))));
	}

	@Test
	void verifyIdTokenWhenValidThenReturnsClaims() {
		serve(this.tokens.jwkSet());
		String idToken = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).sign();
		CognitoToken token = verifier().verifyIdToken(idToken);
		assertThat(token.getTokenValue()).isEqualTo(idToken);
		assertThat(token.getSubject()).isEqualTo(TestTokens.SUB);
		assertThat(token.getTokenUse()).isEqualTo("id");
		assertThat(token.getClaimAsString("cognito:username")).isEqualTo("alice");
		assertThat(token.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
		assertThat(token.getIssuedAt()).isEqualTo(NOW);
	}

	@Test
	void verifyAccessTokenWhenValidThenReturnsToken() {
		serve(this.tokens.jwkSet());
		String accessToken = this.tokens.accessToken("alice", NOW, Duration.ofHours(1)).sign();
		assertThat(verifier().verifyAccessToken(accessToken).getClaimAsString("client_id"))
			.isEqualTo(TestTokens.CLIENT_ID);
	}

	@Test
	void buildWhenCalledThenNoJwksRequest() {
		CognitoTokenVerifier verifier = verifier();
		jwks.verify(0, getRequestedFor(urlEqualTo(JWKS_PATH)));
		assertThat(verifier.getJwkSetUri()).hasToString(jwks.baseUrl() + JWKS_PATH);
	}

	@Test
	void verifyWhenTokensVerifiedTwiceThenJwksFetchedOnce() {
		serve(this.tokens.jwkSet());
		CognitoTokenVerifier verifier = verifier();
		verifier.verifyIdToken(this.tokens.idToken("alice", NOW, Duration.ofHours(1)).sign());
		verifier.verifyAccessToken(this.tokens.accessToken("alice", NOW, Duration.ofHours(1)).sign());
		jwks.verify(1, getRequestedFor(urlEqualTo(JWKS_PATH)));
	}

	@Test
	void verifyWhenClockPassesJwksCacheLifetimeThenJwksFetchedExactlyOnceMore() {
		serve(this.tokens.jwkSet());
		CognitoTokenVerifier verifier = verifier();
		String idToken = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).sign();
		verifier.verifyIdToken(idToken);
		this.clock.advance(JWKS_CACHE_LIFETIME.minus(JWKS_REFRESH_AHEAD_TIME).minusSeconds(1));
		verifier.verifyIdToken(idToken);
		jwks.verify(1, getRequestedFor(urlEqualTo(JWKS_PATH)));

		// past the lifetime: expired, so fetched again before the verification
		this.clock.advance(JWKS_REFRESH_AHEAD_TIME.plusSeconds(2));
		verifier.verifyIdToken(idToken);
		verifier.verifyIdToken(idToken);

		jwks.verify(2, getRequestedFor(urlEqualTo(JWKS_PATH)));
	}

	@Test
	void verifyWhenUnknownKidAgainWithinRateLimitThenNoRefetchUntilClockPassesIt() {
		serve(this.tokens.jwkSet());
		CognitoTokenVerifier verifier = verifier();
		verifier.verifyIdToken(this.tokens.idToken("alice", NOW, Duration.ofHours(1)).sign());
		String unknownKid = new TestTokens(TestTokens.generateKey("key-unknown"))
			.idToken("alice", NOW, Duration.ofHours(1))
			.sign();
		assertFails(() -> verifier.verifyIdToken(unknownKid), Reason.SIGNATURE, "key-unknown");
		jwks.verify(2, getRequestedFor(urlEqualTo(JWKS_PATH)));

		// within Nimbus's rate limit: the refetch is refused, not made, and the key is
		// still unknown: an invalid token, not an outage
		assertFails(() -> verifier.verifyIdToken(unknownKid), Reason.SIGNATURE, "unknown key (kid 'key-unknown')");
		jwks.verify(2, getRequestedFor(urlEqualTo(JWKS_PATH)));

		this.clock.advance(JWKS_RATE_LIMIT_INTERVAL.plusSeconds(1));
		assertFails(() -> verifier.verifyIdToken(unknownKid), Reason.SIGNATURE, "key-unknown");
		jwks.verify(3, getRequestedFor(urlEqualTo(JWKS_PATH)));
	}

	@Test
	void verifyWhenSignedByAnotherKeyWithSameKidThenSignatureFailure() {
		serve(this.tokens.jwkSet());
		RSAKey impostor = TestTokens.generateKey("key-1");
		String forged = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).signWith(impostor);
		assertFails(() -> verifier().verifyIdToken(forged), Reason.SIGNATURE, "signature");
	}

	@Test
	void verifyWhenWrongIssuerThenIssuerFailure() {
		serve(this.tokens.jwkSet());
		String token = this.tokens.idToken("alice", NOW, Duration.ofHours(1))
			.claim("iss", "https://evil.example.com/pool")
			.sign();
		assertFails(() -> verifier().verifyIdToken(token), Reason.ISSUER, "issuer");
	}

	@Test
	void verifyWhenIssuerConfiguredThenAcceptsThatIssuer() {
		serve(this.tokens.jwkSet());
		String token = this.tokens.idToken("alice", NOW, Duration.ofHours(1))
			.claim("iss", "http://127.0.0.1:9229/" + TestTokens.POOL_ID)
			.sign();
		CognitoTokenVerifier verifier = CognitoTokenVerifier.builder()
			.userPoolId(TestTokens.POOL_ID)
			.clientId(TestTokens.CLIENT_ID)
			.endpoint(URI.create(jwks.baseUrl()))
			.issuer("http://127.0.0.1:9229/" + TestTokens.POOL_ID)
			.clock(this.clock)
			.build();
		assertThat(verifier.verifyIdToken(token).getSubject()).isEqualTo(TestTokens.SUB);
	}

	@Test
	void verifyIdTokenWhenWrongAudienceThenAudienceFailure() {
		serve(this.tokens.jwkSet());
		String token = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).claim("aud", "other-client").sign();
		assertFails(() -> verifier().verifyIdToken(token), Reason.AUDIENCE, "audience");
	}

	@Test
	void verifyAccessTokenWhenWrongClientIdThenAudienceFailure() {
		serve(this.tokens.jwkSet());
		String token = this.tokens.accessToken("alice", NOW, Duration.ofHours(1))
			.claim("client_id", "other-client")
			.sign();
		assertFails(() -> verifier().verifyAccessToken(token), Reason.AUDIENCE, "client_id");
	}

	@Test
	void verifyIdTokenWhenAccessTokenGivenThenTokenUseFailure() {
		serve(this.tokens.jwkSet());
		String accessToken = this.tokens.accessToken("alice", NOW, Duration.ofHours(1)).sign();
		assertFails(() -> verifier().verifyIdToken(accessToken), Reason.TOKEN_USE, "token_use");
	}

	@Test
	void verifyWhenExpiredBeyondClockSkewThenExpiredFailure() {
		serve(this.tokens.jwkSet());
		String token = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).sign();
		this.clock.advance(Duration.ofHours(1).plusSeconds(61));
		assertFails(() -> verifier().verifyIdToken(token), Reason.EXPIRED, "expired");
	}

	@Test
	void verifyWhenExpiredWithinClockSkewThenAccepted() {
		serve(this.tokens.jwkSet());
		String token = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).sign();
		this.clock.advance(Duration.ofHours(1).plusSeconds(59));
		assertThat(verifier().verifyIdToken(token).getSubject()).isEqualTo(TestTokens.SUB);
	}

	@Test
	void verifyWhenMalformedThenMalformedFailureWithoutNetwork() {
		assertFails(() -> verifier().verifyIdToken("not-a-jwt"), Reason.MALFORMED, "not a signed JWT");
		assertFails(() -> verifier().verifyIdToken(" "), Reason.MALFORMED, "missing");
		jwks.verify(0, getRequestedFor(urlEqualTo(JWKS_PATH)));
	}

	@Test
	void verifyWhenUnsignedOrGarbledThenMalformedFailureWithoutNetwork() {
		// alg "none": a plain JWT that must never be taken for a signed one
		String unsigned = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZSIsInRva2VuX3VzZSI6ImlkIn0.";
		assertFails(() -> verifier().verifyIdToken(unsigned), Reason.MALFORMED, "not a signed JWT");
		assertFails(() -> verifier().verifyIdToken("eyJ%%%.eyJ***.sig"), Reason.MALFORMED, "not a signed JWT");
		assertFails(() -> verifier().verifyAccessToken("eyJhbGciOiJSUzI1NiJ9.bm90LWpzb24.c2ln"), Reason.MALFORMED,
				"not a signed JWT");
		// a header that is JSON null (found by CognitoTokenVerifierPropertyTests)
		assertFails(() -> verifier().verifyIdToken("bnVsbA.e30.c2ln"), Reason.MALFORMED, "not a signed JWT");
		jwks.verify(0, getRequestedFor(urlEqualTo(JWKS_PATH)));
	}

	@Test
	void verifyWhenNotRs256ThenAlgorithmFailure() {
		serve(this.tokens.jwkSet());
		String token = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).algorithm(JWSAlgorithm.RS512).sign();
		assertFails(() -> verifier().verifyIdToken(token), Reason.ALGORITHM, "RS256");
	}

	@Test
	void verifyWhenUnknownKidThenJwksRefetchedAndNewKeyFound() {
		serve(this.tokens.jwkSet());
		CognitoTokenVerifier verifier = verifier();
		verifier.verifyIdToken(this.tokens.idToken("alice", NOW, Duration.ofHours(1)).sign());
		TestTokens rotated = new TestTokens(TestTokens.generateKey("key-2"));
		serve(new JWKSet(List.of(this.tokens.key().toPublicJWK(), rotated.key().toPublicJWK())));
		CognitoToken token = verifier.verifyIdToken(rotated.idToken("alice", NOW, Duration.ofHours(1)).sign());
		assertThat(token.getSubject()).isEqualTo(TestTokens.SUB);
		jwks.verify(2, getRequestedFor(urlEqualTo(JWKS_PATH)));
	}

	@Test
	void verifyWhenKidUnknownAfterRefetchThenSignatureFailure() {
		serve(this.tokens.jwkSet());
		String token = new TestTokens(TestTokens.generateKey("key-9")).idToken("alice", NOW, Duration.ofHours(1))
			.sign();
		assertFails(() -> verifier().verifyIdToken(token), Reason.SIGNATURE, "key-9");
	}

	@Test
	void verifyWhenJwksUnavailableThenCognitoUnavailable() {
		jwks.stubFor(get(JWKS_PATH).willReturn(aResponse().withStatus(503)));
		String token = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).sign();
		assertThatExceptionOfType(CognitoUnavailableException.class).isThrownBy(() -> verifier().verifyIdToken(token))
			.withMessageContaining(JWKS_PATH)
			.withMessageNotContaining(token);
	}

	@Test
	void verifyWhenManyForgedKidsWithinRateLimitThenEachIsInvalidAndJwksFetchedOnlyOnceMore() {
		serve(this.tokens.jwkSet());
		CognitoTokenVerifier verifier = verifier();
		verifier.verifyIdToken(this.tokens.idToken("alice", NOW, Duration.ofHours(1)).sign());
		for (int i = 0; i < 5; i++) {
			String forged = new TestTokens(TestTokens.generateKey("forged-" + i))
				.idToken("alice", NOW, Duration.ofHours(1))
				.sign();
			assertFails(() -> verifier.verifyIdToken(forged), Reason.SIGNATURE, "forged-" + i);
		}
		jwks.verify(2, getRequestedFor(urlEqualTo(JWKS_PATH)));
	}

	@Test
	void verifyWhenNotBeforeIsInTheFutureBeyondClockSkewThenNotYetValid() {
		serve(this.tokens.jwkSet());
		String token = this.tokens.idToken("alice", NOW, Duration.ofHours(1))
			.claim("nbf", NOW.plusSeconds(61).getEpochSecond())
			.sign();
		assertFails(() -> verifier().verifyIdToken(token), Reason.NOT_YET_VALID, "not valid before");
	}

	@Test
	void verifyWhenNotBeforeIsInTheFutureWithinClockSkewThenAccepted() {
		serve(this.tokens.jwkSet());
		String token = this.tokens.accessToken("alice", NOW, Duration.ofHours(1))
			.claim("nbf", NOW.plusSeconds(59).getEpochSecond())
			.sign();
		assertThat(verifier().verifyAccessToken(token).getSubject()).isEqualTo(TestTokens.SUB);
	}

	@Test
	void verifyWhenIssuedInTheFutureBeyondClockSkewThenNotYetValid() {
		serve(this.tokens.jwkSet());
		String token = this.tokens.accessToken("alice", NOW.plusSeconds(120), Duration.ofHours(1)).sign();
		assertFails(() -> verifier().verifyAccessToken(token), Reason.NOT_YET_VALID, "issued in the future");
	}

	@Test
	void verifyWhenTimeClaimIsNotANumberThenMalformed() {
		String token = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).claim("iat", "yesterday").sign();
		assertFails(() -> verifier().verifyIdToken(token), Reason.MALFORMED, "not a signed JWT");
	}

	@Test
	void verifyIdTokenWhenSeveralAudiencesWithoutAzpThenAudienceFailure() {
		serve(this.tokens.jwkSet());
		String token = this.tokens.idToken("alice", NOW, Duration.ofHours(1))
			.claim("aud", List.of(TestTokens.CLIENT_ID, "other-client"))
			.sign();
		assertFails(() -> verifier().verifyIdToken(token), Reason.AUDIENCE, "2 audiences and no azp");
	}

	@Test
	void verifyIdTokenWhenSeveralAudiencesAndAzpIsTheClientThenAccepted() {
		serve(this.tokens.jwkSet());
		String token = this.tokens.idToken("alice", NOW, Duration.ofHours(1))
			.claim("aud", List.of(TestTokens.CLIENT_ID, "other-client"))
			.claim("azp", TestTokens.CLIENT_ID)
			.sign();
		assertThat(verifier().verifyIdToken(token).getSubject()).isEqualTo(TestTokens.SUB);
	}

	@Test
	void verifyIdTokenWhenAzpIsAnotherClientThenAudienceFailure() {
		serve(this.tokens.jwkSet());
		String token = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).claim("azp", "other-client").sign();
		assertFails(() -> verifier().verifyIdToken(token), Reason.AUDIENCE, "azp 'other-client'");
	}

	@Test
	void buildWhenClockSkewAboveFiveMinutesThenFailsNamingTheLimit() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CognitoTokenVerifier.builder()
				.userPoolId(TestTokens.POOL_ID)
				.clientId(TestTokens.CLIENT_ID)
				.clockSkew(Duration.ofMinutes(5).plusSeconds(1))
				.build())
			.withMessageContaining("clockSkew cannot be more than 5 minutes");
	}

	@Test
	void verifyWhenClockSkewIsFiveMinutesThenExpiredTokenAcceptedWithinIt() {
		serve(this.tokens.jwkSet());
		String token = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).sign();
		this.clock.advance(Duration.ofHours(1).plusMinutes(4));
		CognitoTokenVerifier verifier = CognitoTokenVerifier.builder()
			.userPoolId(TestTokens.POOL_ID)
			.clientId(TestTokens.CLIENT_ID)
			.endpoint(URI.create(jwks.baseUrl()))
			.clock(this.clock)
			.clockSkew(CognitoTokenVerifier.MAX_CLOCK_SKEW)
			.build();
		assertThat(verifier.verifyIdToken(token).getSubject()).isEqualTo(TestTokens.SUB);
	}

	@Test
	void verifyWhenKidHasControlCharactersThenMessageHasNoneAndIsBounded() {
		serve(this.tokens.jwkSet());
		String kid = "evil\n2026-01-01 ERROR forged log line\u001b[31m" + "x".repeat(5000);
		String token = new TestTokens(TestTokens.generateKey(kid)).idToken("alice", NOW, Duration.ofHours(1)).sign();
		assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> verifier().verifyIdToken(token))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("\n", "\u001b")
				.contains("kid 'evil?2026-01-01 ERROR forged log line?[31m")
				.hasSizeLessThan(400));
	}

	@Test
	void verifyWhenClaimsHaveControlCharactersThenMessagesHaveNone() {
		serve(this.tokens.jwkSet());
		String hostile = "a\r\nb\u202e\u0000" + "y".repeat(300);
		String badUse = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).claim("token_use", hostile).sign();
		String badIssuer = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).claim("iss", hostile).sign();
		String badAudience = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).claim("aud", hostile).sign();
		String badClientId = this.tokens.accessToken("alice", NOW, Duration.ofHours(1))
			.claim("client_id", hostile)
			.sign();
		String badAzp = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).claim("azp", hostile).sign();
		String badAlgorithm = unsignedWithHeader("{\"alg\":\"RS256\\n" + "z".repeat(300) + "\",\"kid\":\"key-1\"}");
		CognitoTokenVerifier verifier = verifier();
		assertThat(List.<ThrowingCallable>of(() -> verifier.verifyIdToken(badUse),
				() -> verifier.verifyIdToken(badIssuer), () -> verifier.verifyIdToken(badAudience),
				() -> verifier.verifyAccessToken(badClientId), () -> verifier.verifyIdToken(badAzp)))
			.allSatisfy((call) -> assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(call)
				.satisfies((ex) -> assertThat(ex.getMessage()).contains("a??b??y")
					.doesNotContain("\r", "\n", "\u202e", "\u0000")
					.containsPattern("\\.\\.\\.\\(30[68] chars\\)")
					.hasSizeLessThan(300)));
		assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> verifier.verifyIdToken(badAlgorithm))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("\n").hasSizeLessThan(300));
	}

	@Test
	void buildWhenNoEndpointThenAwsJwksUrlAndIssuerFromPoolRegion() {
		CognitoTokenVerifier verifier = CognitoTokenVerifier.builder()
			.userPoolId("eu-west-2_AbC123")
			.clientId("client")
			.build();
		assertThat(verifier.getJwkSetUri())
			.hasToString("https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_AbC123/.well-known/jwks.json");
		assertThat(verifier.getIssuer()).isEqualTo("https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_AbC123");
	}

	@Test
	void verifyWhenJwkSetUriConfiguredThenKeysFetchedFromIt() {
		jwks.stubFor(get("/keys").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(this.tokens.jwkSet().toString(true))));
		CognitoTokenVerifier verifier = CognitoTokenVerifier.builder()
			.userPoolId(TestTokens.POOL_ID)
			.clientId(TestTokens.CLIENT_ID)
			.jwkSetUri(URI.create(jwks.baseUrl() + "/keys"))
			.clock(this.clock)
			.build();
		verifier.verifyIdToken(this.tokens.idToken("alice", NOW, Duration.ofHours(1)).sign());
		jwks.verify(1, getRequestedFor(urlEqualTo("/keys")));
	}

	@Test
	void buildWhenPoolIdMalformedThenNamesIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CognitoTokenVerifier.builder().userPoolId("nopool").clientId("client").build())
			.withMessageContaining("userPoolId 'nopool'");
	}

	private static String unsignedWithHeader(String headerJson) {
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		return base64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
				+ base64.encodeToString("{\"token_use\":\"id\"}".getBytes(StandardCharsets.UTF_8)) + ".c2ln";
	}

	private static void assertFails(ThrowingCallable call, Reason reason, String messagePart) {
		assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(reason))
			.withMessageContaining(messagePart)
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("eyJ"));
	}

}
