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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.local.MutableClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based tests for {@link CognitoTokenVerifier}: whatever it is given (any
 * string, JWT-shaped garbage, validly signed tokens with arbitrary claims) it returns a
 * token or throws {@link InvalidTokenException} with a sanitized, bounded message, and a
 * token it returns satisfies every documented rule.
 *
 * @author Cognito Session contributors
 */
class CognitoTokenVerifierPropertyTests {

	private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

	private static final Duration SKEW = CognitoTokenVerifier.DEFAULT_CLOCK_SKEW;

	private static final TestTokens TOKENS = new TestTokens();

	private final CognitoTokenVerifier verifier = CognitoTokenVerifier.builder()
		.userPoolId(TestTokens.POOL_ID)
		.clientId(TestTokens.CLIENT_ID)
		.jwkSource(TOKENS.jwkSource())
		.clock(new MutableClock(NOW))
		.build();

	@Property(tries = 300)
	void verifyWhenAnyStringThenTokenOrInvalidTokenException(@ForAll String token, @ForAll boolean idToken) {
		verifyAndCheck(token, idToken);
	}

	@Property(tries = 300)
	void verifyWhenJwtShapedGarbageThenInvalidTokenException(@ForAll("jwtShaped") String token,
			@ForAll boolean idToken) {
		Object result = verifyAndCheck(token, idToken);
		assertThat(result).isInstanceOf(InvalidTokenException.class);
	}

	@Property(tries = 200)
	void verifyWhenSignedWithArbitraryClaimsThenAcceptedOnlyIfEveryRuleHolds(
			@ForAll("claims") Map<String, Object> claims, @ForAll boolean idToken) {
		TestTokens.Claims builder = idToken ? TOKENS.idToken("alice", NOW, Duration.ofHours(1))
				: TOKENS.accessToken("alice", NOW, Duration.ofHours(1));
		claims.forEach(builder::claim);
		Object result = verifyAndCheck(builder.sign(), idToken);
		if (result instanceof CognitoToken token) {
			Map<String, Object> verified = token.getClaims();
			assertThat(verified.get("token_use")).isEqualTo(idToken ? "id" : "access");
			assertThat(verified.get("iss")).isEqualTo(TestTokens.ISSUER);
			assertThat(seconds(verified.get("exp"))).isGreaterThanOrEqualTo(NOW.minus(SKEW).getEpochSecond());
			if (verified.get("nbf") != null) {
				assertThat(seconds(verified.get("nbf"))).isLessThanOrEqualTo(NOW.plus(SKEW).getEpochSecond());
			}
			if (verified.get("iat") != null) {
				assertThat(seconds(verified.get("iat"))).isLessThanOrEqualTo(NOW.plus(SKEW).getEpochSecond());
			}
			if (idToken) {
				Object audience = verified.get("aud");
				boolean single = TestTokens.CLIENT_ID.equals(audience)
						|| List.of(TestTokens.CLIENT_ID).equals(audience);
				assertThat(single || TestTokens.CLIENT_ID.equals(verified.get("azp"))).isTrue();
				assertThat(verified.get("azp")).isIn(null, TestTokens.CLIENT_ID);
			}
			else {
				assertThat(verified.get("client_id")).isEqualTo(TestTokens.CLIENT_ID);
			}
		}
	}

	private Object verifyAndCheck(String token, boolean idToken) {
		try {
			return idToken ? this.verifier.verifyIdToken(token) : this.verifier.verifyAccessToken(token);
		}
		catch (InvalidTokenException ex) {
			assertThat(ex.getReason()).isNotNull();
			assertThat(ex.getMessage()).hasSizeLessThan(600)
				.doesNotContainPattern("[\\p{Cntrl}\\p{Cf}\\u2028\\u2029]")
				.satisfies((message) -> assertThat(token.length() < 20 || !message.contains(token)).isTrue());
			return ex;
		}
	}

	private static long seconds(Object value) {
		return ((Number) Objects.requireNonNull(value)).longValue();
	}

	@Provide
	Arbitrary<String> jwtShaped() {
		Arbitrary<String> json = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
				Arbitraries.strings().ofMaxLength(20).map((value) -> "{\"alg\":\"" + value + "\"}"),
				Arbitraries.strings().ofMaxLength(20).map((value) -> "{\"alg\":\"RS256\",\"kid\":\"" + value + "\"}"),
				Arbitraries.of("{}", "[]", "null", "{\"alg\":\"none\"}", "{\"alg\":\"HS256\",\"kid\":\"key-1\"}",
						"{\"alg\":\"RS256\",\"kid\":\"key-1\"}", "{\"exp\":\"x\",\"token_use\":[1]}",
						"{\"aud\":{},\"iss\":7}"));
		Arbitrary<String> part = Arbitraries.oneOf(json.map(CognitoTokenVerifierPropertyTests::base64Url),
				Arbitraries.strings().withChars("ABCabc012_-+/=.%").ofMaxLength(40));
		return Combinators.combine(part, part, part)
			.as((header, payload, signature) -> header + "." + payload + "." + signature);
	}

	@Provide
	Arbitrary<Map<String, Object>> claims() {
		Arbitrary<Object> anyValue = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30).map(Object.class::cast),
				Arbitraries.longs().map(Object.class::cast), Arbitraries.of(true, List.of(), Map.of("a", 1)));
		Arbitrary<Object> time = Arbitraries.oneOf(
				Arbitraries.longs().between(-120, 120).map((offset) -> (Object) (NOW.getEpochSecond() + offset * 30)),
				Arbitraries.longs().map(Object.class::cast), anyValue);
		Arbitrary<Object> clientOrOther = Arbitraries.oneOf(Arbitraries.just(TestTokens.CLIENT_ID),
				Arbitraries.just(List.of(TestTokens.CLIENT_ID, "other-client")),
				Arbitraries.just(List.of("other-client")), anyValue);
		Arbitrary<Object> use = Arbitraries.oneOf(Arbitraries.of("id", "access"), anyValue);
		Arbitrary<Object> issuer = Arbitraries.oneOf(Arbitraries.just(TestTokens.ISSUER), anyValue);
		return Combinators
			.combine(entry("token_use", use), entry("iss", issuer), entry("aud", clientOrOther),
					entry("client_id", clientOrOther), entry("azp", clientOrOther), entry("exp", time),
					entry("nbf", time), entry("iat", time))
			.as((a, b, c, d, e, f, g, h) -> {
				LinkedHashMap<String, Object> map = new LinkedHashMap<>();
				for (Map<String, Object> entry : List.of(a, b, c, d, e, f, g, h)) {
					map.putAll(entry);
				}
				return map;
			});
	}

	// Each claim is kept as the fixture set it, replaced, or removed (null).
	private static Arbitrary<Map<String, Object>> entry(String name, Arbitrary<Object> values) {
		return Arbitraries.oneOf(Arbitraries.just(Map.of()), values.map((value) -> Map.of(name, value)),
				Arbitraries.just(Collections.singletonMap(name, null)));
	}

	private static String base64Url(String value) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

}
