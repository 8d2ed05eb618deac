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
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.faults.Fault;
import io.github.cognitosession.faults.FaultMatrix;
import io.github.cognitosession.faults.UpstreamCalls;
import io.github.cognitosession.local.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The fault matrix of the JWKS fetch behind {@link CognitoTokenVerifier}: a key set that
 * cannot be fetched or read is {@link CognitoUnavailableException} naming the JWKS (never
 * an invalid token, and never with the token in the message), keys already fetched keep
 * verifying while the JWKS is down, and fetches are bounded: one retry, then no fetch
 * within Nimbus's rate-limit interval (time driven by the test clock).
 *
 * @author Cognito Session contributors
 */
class JwksFaultMatrixTests {

	private static final String JWKS_PATH = "/" + TestTokens.POOL_ID + "/.well-known/jwks.json";

	private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

	/**
	 * The requests of one fetch: Nimbus retries a failed fetch once, and the JDK's
	 * {@code HttpURLConnection} itself sends a GET again once when the connection is
	 * reset.
	 */
	private static final int FETCH_ATTEMPTS = 4;

	/** Nimbus's minimum interval between two fetches. */
	private static final Duration RATE_LIMIT_INTERVAL = Duration.ofSeconds(30);

	/** Signs tokens with a key the JWKS does not hold (generated once: it is slow). */
	private static final TestTokens ROTATED = new TestTokens(TestTokens.generateKey("rotated-key"));

	private static final UpstreamCalls calls = new UpstreamCalls();

	@RegisterExtension
	static WireMockExtension jwks = FaultMatrix.server(calls);

	private final TestTokens tokens = new TestTokens();

	private final MutableClock clock = new MutableClock(NOW);

	private CognitoTokenVerifier verifier;

	@BeforeEach
	void createVerifier() {
		calls.reset();
		this.verifier = CognitoTokenVerifier.builder()
			.userPoolId(TestTokens.POOL_ID)
			.clientId(TestTokens.CLIENT_ID)
			.endpoint(URI.create(jwks.baseUrl()))
			.clock(this.clock)
			.jwkSetTimeout(FaultMatrix.CLIENT_TIMEOUT)
			.build();
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void verifyWhenJwksFetchFaultsThenUnavailableNamingTheJwksAndFetchesBounded(Fault fault) {
		jwks.stubFor(get(JWKS_PATH).willReturn(fault.http()));
		String idToken = idToken(this.tokens);

		assertUnavailable(catchThrowable(() -> this.verifier.verifyIdToken(idToken)), idToken);

		int fetches = calls.count(JWKS_PATH);
		assertThat(fetches).isBetween(1, FETCH_ATTEMPTS);
		this.clock.advance(Duration.ofMillis(999));
		assertUnavailable(catchThrowable(() -> this.verifier.verifyIdToken(idToken)), idToken);
		assertThat(calls.count(JWKS_PATH)).as("no fetch within the second after a failure").isEqualTo(fetches);
		// a second later one more fetch, then Nimbus's rate limit (two per interval)
		this.clock.advance(Duration.ofMillis(1));
		assertUnavailable(catchThrowable(() -> this.verifier.verifyIdToken(idToken)), idToken);
		assertThat(calls.count(JWKS_PATH)).isBetween(fetches + 1, fetches + FETCH_ATTEMPTS);
		fetches = calls.count(JWKS_PATH);
		this.clock.advance(Duration.ofSeconds(2));
		assertUnavailable(catchThrowable(() -> this.verifier.verifyIdToken(idToken)), idToken);
		assertThat(calls.count(JWKS_PATH)).isEqualTo(fetches);
		// the JWKS is back
		serveKeys();
		this.clock.advance(RATE_LIMIT_INTERVAL);
		assertThat(this.verifier.verifyIdToken(idToken).getTokenValue()).isEqualTo(idToken);
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void verifyWhenKeysFetchedAndTheJwksFaultsThenKnownKeysStillVerify(Fault fault) {
		serveKeys();
		this.verifier.verifyIdToken(idToken(this.tokens));
		jwks.stubFor(get(JWKS_PATH).willReturn(fault.http()));
		calls.reset();
		String unknownKey = idToken(ROTATED);

		Throwable failure = catchThrowable(() -> this.verifier.verifyIdToken(unknownKey));

		// the refetch for the unknown key failed: Cognito may have rotated its keys
		assertUnavailable(failure, unknownKey);
		assertThat(calls.count(JWKS_PATH)).isBetween(1, FETCH_ATTEMPTS);
		String known = idToken(this.tokens);
		assertThat(this.verifier.verifyIdToken(known).getTokenValue()).isEqualTo(known);
		// within the rate-limit interval no refetch: the key is unknown, the token
		// invalid
		int fetches = calls.count(JWKS_PATH);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(catchThrowable(() -> this.verifier.verifyIdToken(unknownKey)))
			.isInstanceOf(InvalidTokenException.class);
		assertThat(calls.count(JWKS_PATH)).isEqualTo(fetches);
	}

	private void assertUnavailable(Throwable failure, String token) {
		assertThat(failure).isInstanceOf(CognitoUnavailableException.class).hasMessageContaining("JWKS");
		FaultMatrix.assertNoSecret(failure, token, token.substring(token.lastIndexOf('.') + 1));
	}

	private void serveKeys() {
		jwks.stubFor(get(JWKS_PATH).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(this.tokens.jwkSet().toString(true))));
	}

	private static String idToken(TestTokens tokens) {
		return tokens.idToken("alice", NOW, Duration.ofHours(1)).sign();
	}

}
