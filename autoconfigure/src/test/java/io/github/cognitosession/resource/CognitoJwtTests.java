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

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The view of a Cognito access token and the authentication made of it.
 *
 * @author Cognito Session contributors
 */
class CognitoJwtTests {

	@Test
	void ofWhenUserTokenWithGroupsThenNamesUsernameGroupsScopesAndClient() {
		Jwt jwt = CognitoJwts.accessToken("alice")
			.claim("cognito:groups", List.of("admin", "staff"))
			.claim("scope", "openid orders/read")
			.build();
		CognitoJwt token = CognitoJwt.of(jwt);
		assertThat(token.getUsername()).isEqualTo("alice");
		assertThat(token.getName()).isEqualTo("alice");
		assertThat(token.getGroups()).containsExactly("admin", "staff");
		assertThat(token.getScopes()).containsExactly("openid", "orders/read");
		assertThat(token.getClientId()).isEqualTo(CognitoJwts.CLIENT_ID);
		assertThat(token.hasGroup("admin")).isTrue();
		assertThat(token.hasScope("orders/write")).isFalse();
		assertThat(token.isMachineToMachine()).isFalse();
		assertThat(token.toString()).contains("alice").doesNotContain(jwt.getTokenValue());
	}

	@Test
	void ofWhenMachineToMachineTokenThenNameIsTheClient() {
		CognitoJwt token = CognitoJwt.of(CognitoJwts.clientCredentials("m2mclient", "orders/read").build());
		assertThat(token.getUsername()).isNull();
		assertThat(token.getName()).isEqualTo("m2mclient");
		assertThat(token.getGroups()).isEmpty();
		assertThat(token.isMachineToMachine()).isTrue();
	}

	@Test
	void convertWhenGroupsAndScopesThenRolesScopesBearerFactorAndUsernameAsName() {
		Jwt jwt = CognitoJwts.accessToken("alice").claim("cognito:groups", List.of("admin")).build();
		JwtAuthenticationToken authentication = (JwtAuthenticationToken) new CognitoJwtAuthenticationConverter()
			.convert(jwt);
		assertThat(authentication.getName()).isEqualTo("alice");
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_admin", "SCOPE_aws.cognito.signin.user.admin", "FACTOR_BEARER");
		assertThat(CognitoJwt.from(authentication).getGroups()).containsExactly("admin");
	}

	@Test
	void convertWhenGroupPrefixEmptyThenGroupsAsTheyAre() {
		CognitoGrantedAuthoritiesConverter authorities = new CognitoGrantedAuthoritiesConverter();
		authorities.setGroupAuthorityPrefix("");
		assertThat(
				authorities.convert(CognitoJwts.accessToken("alice").claim("cognito:groups", List.of("admin")).build()))
			.extracting(GrantedAuthority::getAuthority)
			.contains("admin");
	}

	@Test
	void fromWhenAuthenticationWithoutJwtThenSaysSo() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CognitoJwt.from(new TestingAuthenticationToken("alice", "secret")))
			.withMessageContaining("TestingAuthenticationToken");
	}

}
