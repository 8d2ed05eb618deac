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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import io.github.cognitosession.local.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link CognitoIdTokenValidator}: the hosted-UI login's ID token is held to
 * the same rules as the session's own tokens.
 *
 * @author Cognito Session contributors
 */
class CognitoIdTokenValidatorTests {

	private static final String ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123";

	private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

	private final MutableClock clock = new MutableClock(NOW);

	private final ClientRegistration registration = ClientRegistration.withRegistrationId("cognito")
		.clientId("client-1")
		.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
		.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
		.authorizationUri("https://auth.example.com/oauth2/authorize")
		.tokenUri("https://auth.example.com/oauth2/token")
		.jwkSetUri(ISSUER + "/.well-known/jwks.json")
		.issuerUri(ISSUER)
		.build();

	private CognitoIdTokenValidator validator(Duration clockSkew) {
		CognitoIdTokenValidator validator = new CognitoIdTokenValidator(this.registration, clockSkew);
		validator.setClock(this.clock);
		return validator;
	}

	private static Jwt idToken(Consumer<Jwt.Builder> customizer) {
		Jwt.Builder builder = Jwt.withTokenValue("id-token")
			.header("alg", "RS256")
			.issuer(ISSUER)
			.subject("sub-1")
			.audience(List.of("client-1"))
			.issuedAt(NOW)
			.expiresAt(NOW.plus(Duration.ofHours(1)))
			.claim("token_use", "id");
		customizer.accept(builder);
		return builder.build();
	}

	@Test
	void validateWhenValidThenSuccess() {
		assertThat(validator(Duration.ofSeconds(60)).validate(idToken((jwt) -> {
		})).hasErrors()).isFalse();
	}

	@Test
	void validateWhenSeveralAudiencesWithoutAzpThenFailure() {
		assertFails(idToken((jwt) -> jwt.audience(List.of("client-1", "other-client"))), "azp");
	}

	@Test
	void validateWhenSeveralAudiencesAndAzpIsTheClientThenSuccess() {
		Jwt token = idToken((jwt) -> jwt.audience(List.of("client-1", "other-client")).claim("azp", "client-1"));
		assertThat(validator(Duration.ofSeconds(60)).validate(token).hasErrors()).isFalse();
	}

	@Test
	void validateWhenAzpIsAnotherClientThenFailure() {
		assertFails(idToken((jwt) -> jwt.claim("azp", "other-client")), "azp");
	}

	@Test
	void validateWhenNotBeforeInTheFutureThenFailure() {
		assertFails(idToken((jwt) -> jwt.notBefore(NOW.plusSeconds(61))), "used before");
	}

	@Test
	void validateWhenIssuedInTheFutureThenFailure() {
		assertFails(idToken((jwt) -> jwt.issuedAt(NOW.plusSeconds(61))), "iat");
	}

	@Test
	void validateWhenAccessTokenThenFailure() {
		assertFails(idToken((jwt) -> jwt.claim("token_use", "access")), "token_use");
	}

	@Test
	void validateWhenExpiredWithinConfiguredClockSkewThenSuccess() {
		Jwt token = idToken(
				(jwt) -> jwt.issuedAt(NOW.minus(Duration.ofHours(1))).expiresAt(NOW.minus(Duration.ofMinutes(2))));
		assertThat(validator(Duration.ofMinutes(3)).validate(token).hasErrors()).isFalse();
		assertThat(validator(Duration.ofSeconds(60)).validate(token).hasErrors()).isTrue();
	}

	@Test
	void validateWhenClaimsHaveControlCharactersThenDescriptionsHaveNoneAndAreBounded() {
		Jwt token = idToken((jwt) -> jwt.audience(List.of("evil\r\nINFO forged\u001b[0m" + "a".repeat(2000)))
			.claim("azp", "x\u202ey"));
		OAuth2TokenValidatorResult result = validator(Duration.ofSeconds(60)).validate(token);
		assertThat(result.getErrors()).isNotEmpty()
			.extracting(OAuth2Error::getDescription)
			.allSatisfy((description) -> assertThat(description).doesNotContain("\r", "\n", "\u001b", "\u202e")
				.hasSizeLessThanOrEqualTo(CognitoIdTokenValidator.MAX_DESCRIPTION_LENGTH + 20));
	}

	@Test
	void constructorWhenClockSkewAboveFiveMinutesThenFails() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CognitoIdTokenValidator(this.registration, Duration.ofMinutes(6)))
			.withMessageContaining("between 0 and 5 minutes");
	}

	private void assertFails(Jwt token, String claim) {
		OAuth2TokenValidatorResult result = validator(Duration.ofSeconds(60)).validate(token);
		assertThat(result.getErrors()).extracting(OAuth2Error::getDescription)
			.anySatisfy((description) -> assertThat(description).contains(claim));
	}

}
