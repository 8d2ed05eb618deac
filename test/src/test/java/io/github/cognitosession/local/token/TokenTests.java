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

package io.github.cognitosession.local.token;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.SignIn;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tokens verify against the served JWKS and carry Cognito's claims; the issuer is
 * configurable.
 *
 * @author Cognito Session contributors
 */
class TokenTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@Test
	void idTokenWhenVerifiedWithServedJwksThenHasCognitoClaims() throws Exception {
		Provisioned setup = cognito.provision()
			.user("alice", "Password-1")
			.userAttribute("email", "alice@example.com")
			.userAttribute("email_verified", "true")
			.create();
		AuthenticationResultType tokens = signIn(setup);
		JWTClaimsSet id = verify(setup, tokens.idToken());
		assertThat(id.getIssuer()).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/" + setup.userPoolId())
			.isEqualTo(setup.issuer());
		assertThat(id.getAudience()).containsExactly(setup.clientId());
		assertThat(id.getClaim("token_use")).isEqualTo("id");
		assertThat(id.getClaim("cognito:username")).isEqualTo("alice");
		assertThat(id.getClaim("email")).isEqualTo("alice@example.com");
		assertThat(id.getClaim("email_verified")).isEqualTo(true);
		assertThat(id.getSubject()).matches("[0-9a-f-]{36}");
		assertThat(id.getClaims()).containsKeys("auth_time", "exp", "iat", "jti", "origin_jti", "event_id");
		assertThat(SignedJWT.parse(tokens.idToken()).getHeader().getKeyID()).isNotBlank();
	}

	@Test
	void accessTokenWhenVerifiedThenHasClientIdScopeAndNoAudience() throws Exception {
		Provisioned setup = cognito.provision().user("alice", "Password-1").create();
		AuthenticationResultType tokens = signIn(setup);
		JWTClaimsSet access = verify(setup, tokens.accessToken());
		JWTClaimsSet id = verify(setup, tokens.idToken());
		assertThat(access.getAudience()).isEmpty();
		assertThat(access.getClaim("client_id")).isEqualTo(setup.clientId());
		assertThat(access.getClaim("token_use")).isEqualTo("access");
		assertThat(access.getClaim("scope")).isEqualTo("aws.cognito.signin.user.admin");
		assertThat(access.getClaim("username")).isEqualTo("alice");
		assertThat(access.getSubject()).isEqualTo(id.getSubject());
		assertThat(access.getClaim("origin_jti")).isEqualTo(id.getClaim("origin_jti"));
		assertThat(access.getExpirationTime().getTime() - access.getIssueTime().getTime()).isEqualTo(3_600_000L);
	}

	@Test
	void tokenWhenSignedByAnotherPoolThenJwksRejectsIt() throws Exception {
		Provisioned first = cognito.provision().user("alice", "Password-1").create();
		Provisioned second = cognito.provision().create();
		String idToken = signIn(first).idToken();
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> verify(second, idToken));
	}

	@Test
	void discoveryWhenFetchedThenPointsAtEmulatorJwksAndIssuer() throws Exception {
		Provisioned setup = cognito.provision().create();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(
						URI.create(cognito.endpoint() + "/" + setup.userPoolId() + "/.well-known/openid-configuration"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode discovery = JsonMapper.builder().build().readTree(response.body());
		assertThat(discovery.get("issuer").asString()).isEqualTo(setup.issuer());
		assertThat(discovery.get("jwks_uri").asString()).isEqualTo(cognito.cognito().jwksUri(setup.userPoolId()));
		assertThat(discovery.get("id_token_signing_alg_values_supported").get(0).asString()).isEqualTo("RS256");
	}

	@Test
	void jwksWhenPoolIsUnknownThenNotFound() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(cognito.endpoint() + "/us-east-1_nope/.well-known/jwks.json"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
	}

	@Test
	void issuerWhenBaseIsEndpointThenTokensCarryEmulatorUrl() throws Exception {
		try (LocalCognito local = LocalCognito.builder().issuerBaseFromEndpoint().build().start()) {
			Provisioned setup = local.provision().user("alice", "Password-1").create();
			assertThat(setup.issuer()).isEqualTo(local.endpoint() + "/" + setup.userPoolId());
			try (CognitoIdentityProviderClient client = Sdk.userPools(local)) {
				String idToken = SignIn.tokens(client, setup).idToken();
				assertThat(SignedJWT.parse(idToken).getJWTClaimsSet().getIssuer()).isEqualTo(setup.issuer());
			}
		}
	}

	@Test
	void issuerWhenBaseIsConfiguredThenTokensCarryIt() {
		try (LocalCognito local = LocalCognito.builder()
			.region("eu-west-1")
			.issuerBase("https://issuer.example/")
			.build()
			.start()) {
			Provisioned setup = local.provision().create();
			assertThat(setup.userPoolId()).matches("eu-west-1_[A-Za-z0-9]{9}");
			assertThat(setup.issuer()).isEqualTo("https://issuer.example/" + setup.userPoolId());
		}
	}

	@Test
	void issuedTokensWhenPrintedThenHideTokens() {
		assertThat(new IssuedTokens("id.token.value", "access.token.value", "refresh", java.time.Duration.ZERO))
			.hasToString("IssuedTokens[PROTECTED]");
	}

	private static AuthenticationResultType signIn(Provisioned setup) {
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			return SignIn.tokens(client, setup);
		}
	}

	private static JWTClaimsSet verify(Provisioned setup, String token) throws Exception {
		JWKSet jwks = JWKSet.load(URI.create(cognito.cognito().jwksUri(setup.userPoolId())).toURL());
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(jwks)));
		processor.setJWTClaimsSetVerifier((claims, context) -> {
			if (!setup.issuer().equals(claims.getIssuer())) {
				throw new com.nimbusds.jwt.proc.BadJWTException("issuer");
			}
		});
		assertThat(List.of(jwks.getKeys().get(0).getKeyType().getValue())).containsExactly("RSA");
		return processor.process(token, null);
	}

}
