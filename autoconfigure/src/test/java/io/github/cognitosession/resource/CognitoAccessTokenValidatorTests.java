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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of an access token presented to an API, and the words of its refusals.
 *
 * @author Cognito Session contributors
 */
class CognitoAccessTokenValidatorTests {

	private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

	private static final String ISSUER = CognitoJwts.ISSUER;

	private CognitoAccessTokenValidator validator(List<String> clientIds) {
		CognitoAccessTokenValidator validator = new CognitoAccessTokenValidator(ISSUER, clientIds,
				Duration.ofSeconds(60));
		validator.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
		return validator;
	}

	private static Jwt.Builder token() {
		return CognitoJwts.accessToken("alice").issuedAt(NOW.minusSeconds(10)).expiresAt(NOW.plusSeconds(3600));
	}

	private static List<String> errors(CognitoAccessTokenValidator validator, Jwt jwt) {
		return validator.validate(jwt).getErrors().stream().map(OAuth2Error::getDescription).toList();
	}

	@Test
	void validateWhenAccessTokenOfAcceptedClientThenNoErrors() {
		assertThat(errors(validator(List.of("web", CognitoJwts.CLIENT_ID)), token().build())).isEmpty();
	}

	@Test
	void validateWhenIdTokenThenSaysSoAndNamesTheAccessToken() {
		assertThat(errors(validator(List.of(CognitoJwts.CLIENT_ID)), token().claim("token_use", "id").build()))
			.containsExactly("Access token has token_use 'id', expected 'access': it is an ID token, send the "
					+ "access token instead");
	}

	@Test
	void validateWhenClientNotAcceptedThenNamesTheAcceptedOnes() {
		assertThat(errors(validator(List.of("web", "mobile")), token().build()))
			.containsExactly("Access token has client_id '" + CognitoJwts.CLIENT_ID
					+ "', expected one of the client ids [web, mobile]");
	}

	@Test
	void validateWhenNoClientIdsThenAnyClientButNotAMissingClientId() {
		CognitoAccessTokenValidator any = validator(List.of());
		assertThat(errors(any, token().claim("client_id", "another").build())).isEmpty();
		assertThat(errors(any, token().claims((claims) -> claims.remove("client_id")).build()))
			.containsExactly("Access token has client_id 'null', expected the id of an app client of the pool");
	}

	@Test
	void validateWhenIssuerOfAnotherPoolThenNamesBoth() {
		assertThat(errors(validator(List.of()),
				token().issuer("https://cognito-idp.us-east-1.amazonaws.com/other").build()))
			.containsExactly("Access token has issuer 'https://cognito-idp.us-east-1.amazonaws.com/other', "
					+ "expected '" + ISSUER + "'");
	}

	@Test
	void validateWhenExpiredBeyondSkewThenSaysWhen() {
		assertThat(errors(validator(List.of()),
				token().issuedAt(NOW.minusSeconds(3600)).expiresAt(NOW.minusSeconds(61)).build()))
			.containsExactly("Access token expired at " + NOW.minusSeconds(61));
		assertThat(errors(validator(List.of()),
				token().issuedAt(NOW.minusSeconds(3600)).expiresAt(NOW.minusSeconds(59)).build()))
			.isEmpty();
	}

	@Test
	void validateWhenIssuedInTheFutureThenRefused() {
		assertThat(errors(validator(List.of()), token().issuedAt(NOW.plusSeconds(120)).build())).singleElement()
			.asString()
			.contains("was issued in the future");
	}

	@Test
	void validateWhenClaimValuesHostileThenDescriptionIsHeaderSafeAndSanitized() {
		String hostile = "evil\"\r\nX-Injected: yes\\\u202e\u00e9" + "x".repeat(300);
		List<String> descriptions = errors(validator(List.of("web")),
				token().claim("token_use", hostile).claim("client_id", hostile).build());
		assertThat(descriptions).hasSize(2).allSatisfy((description) -> {
			assertThat(description).doesNotContain("\"", "\\", "\r", "\n", "\u202e", "\u00e9");
			assertThat(description.chars()).allMatch((c) -> c >= 0x20 && c <= 0x7e);
			assertThat(description).hasSizeLessThan(250);
		});
	}

}
