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

package io.github.cognitosession.autoconfigure.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import java.util.Map;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jwt.JWTClaimsSet;
import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.CognitoWireMock;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.web.CognitoLoginConfigurer;
import io.github.cognitosession.web.HttpSessionKeyResolver;
import io.github.cognitosession.web.HttpSessionSessionRepository;
import io.github.cognitosession.web.TestCognitoTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hosted-UI login and logout end to end through MockMvc, against a WireMock
 * authorization server that signs ID tokens with its own key.
 *
 * @author Cognito Session contributors
 */
class CognitoHostedUiLoginTests {

	private static final String POOL_ID = "eu-west-1_AbC123";

	private static final String CLIENT_ID = "client-1";

	private static final String CLIENT_SECRET = "s3cr3t";

	private static final String SUB = "3f1c2b9e-8a4d-4c1e-9b6a-2d7f5e0c1a11";

	@RegisterExtension
	static final WireMockExtension cognito = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final TestCognitoTokens tokens = new TestCognitoTokens();

	private final String refreshToken = TestCognitoTokens.refreshToken();

	private String domain;

	private String issuer;

	@BeforeEach
	void stubCognito() {
		this.domain = "http://127.0.0.1:" + cognito.getPort();
		this.issuer = this.domain + "/" + POOL_ID;
		cognito.stubFor(WireMock.get("/" + POOL_ID + "/.well-known/jwks.json").willReturn(okJson(this.tokens.jwks())));
		cognito.stubFor(CognitoWireMock.operation("RevokeToken").willReturn(CognitoWireMock.ok("{}")));
		cognito.stubFor(WireMock.get("/oauth2/userInfo")
			.willReturn(okJson("{\"sub\":\"" + SUB + "\",\"email\":\"alice@example.com\",\"username\":\"alice\"}")));
	}

	private WebApplicationContextRunner contextRunner(String... properties) {
		return publicClientRunner().withPropertyValues("cognito.user-pool.client-secret=" + CLIENT_SECRET)
			.withPropertyValues(properties);
	}

	private WebApplicationContextRunner publicClientRunner() {
		return new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CognitoHostedUiAutoConfiguration.class,
					CognitoUserScopeAutoConfiguration.class, CognitoSessionAutoConfiguration.class,
					CognitoWebSessionAutoConfiguration.class, OAuth2ClientAutoConfiguration.class,
					OAuth2ClientWebSecurityAutoConfiguration.class, SecurityAutoConfiguration.class,
					ServletWebSecurityAutoConfiguration.class))
			.withUserConfiguration(WebConfiguration.class)
			.withPropertyValues("cognito.region=eu-west-1", "cognito.user-pool.id=" + POOL_ID,
					"cognito.user-pool.endpoint=" + this.domain, "cognito.user-pool.issuer=" + this.issuer,
					"cognito.user-pool.client-id=" + CLIENT_ID, "cognito.hosted-ui.domain=" + this.domain);
	}

	@Test
	void requestWhenUnauthenticatedThenRedirectsToHostedUiWithCodePkceStateAndNonce() {
		contextRunner().run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = new MockHttpSession();
			mvc.perform(get("/hello").session(session))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/oauth2/authorization/cognito"));
			Map<String, String> authorize = authorize(mvc, session);
			assertThat(authorize.get("endpoint")).isEqualTo(this.domain + "/oauth2/authorize");
			assertThat(authorize).containsEntry("response_type", "code")
				.containsEntry("client_id", CLIENT_ID)
				.containsEntry("redirect_uri", "http://localhost/login/oauth2/code/cognito")
				.containsEntry("scope", "openid email profile")
				.containsEntry("code_challenge_method", "S256")
				.containsKeys("state", "nonce", "code_challenge")
				.doesNotContainKeys("identity_provider", "idp_identifier");
		});
	}

	@Test
	void authorizationRequestWhenIdentityProviderConfiguredThenSkipsTheChooser() {
		contextRunner("cognito.hosted-ui.identity-provider=Google").run((context) -> {
			Map<String, String> authorize = authorize(mockMvc(context), new MockHttpSession());
			assertThat(authorize).containsEntry("identity_provider", "Google").containsKey("code_challenge");
		});
	}

	@Test
	void authorizationRequestWhenIdpIdentifierConfiguredThenSendsIt() {
		contextRunner("cognito.hosted-ui.idp-identifier=example.com").run((context) -> {
			Map<String, String> authorize = authorize(mockMvc(context), new MockHttpSession());
			assertThat(authorize).containsEntry("idp_identifier", "example.com");
		});
	}

	@Test
	void callbackWhenStateAndCodeValidThenSignedInWithSessionRecord() {
		contextRunner().run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = new MockHttpSession();
			mvc.perform(get("/hello").session(session));
			Map<String, String> authorize = authorize(mvc, session);
			String idToken = idToken(authorize.get("nonce"), (claims) -> {
			});
			String accessToken = accessToken();
			stubTokenResponse(idToken, accessToken);
			String idBeforeLogin = session.getId();
			mvc.perform(callback(session, authorize.get("state")))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("http://localhost/hello?continue"));
			mvc.perform(get("/hello").session(session)).andExpect(status().isOk()).andExpect(content().string("alice"));
			SessionRecord record = (SessionRecord) session.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE);
			assertThat(record).isNotNull();
			assertThat(record.getState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(record.getUsername()).isEqualTo("alice");
			assertThat(record.getIdToken()).isEqualTo(idToken);
			assertThat(record.getAccessToken()).isEqualTo(accessToken);
			assertThat(record.getRefreshToken()).isEqualTo(this.refreshToken);
			assertThat(session.getId()).as("session fixation protection").isNotEqualTo(idBeforeLogin);
			assertThat(session.getAttribute(HttpSessionKeyResolver.KEY_ATTRIBUTE)).isNotNull()
				.isNotEqualTo(session.getId());
			LoggedRequest tokenRequest = cognito.findAll(postRequestedFor(urlEqualTo("/oauth2/token"))).get(0);
			Map<String, String> form = form(tokenRequest.getBodyAsString());
			assertThat(form).containsEntry("grant_type", "authorization_code")
				.containsEntry("code", "the-code")
				.containsEntry("redirect_uri", "http://localhost/login/oauth2/code/cognito");
			assertThat(s256(form.get("code_verifier"))).isEqualTo(authorize.get("code_challenge"));
			assertThat(tokenRequest.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
				.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)));
		});
	}

	@Test
	void callbackWhenPublicClientThenSendsClientIdAndVerifierWithoutSecret() {
		publicClientRunner().run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = new MockHttpSession();
			completeLogin(mvc, session);
			LoggedRequest tokenRequest = cognito.findAll(postRequestedFor(urlEqualTo("/oauth2/token"))).get(0);
			Map<String, String> form = form(tokenRequest.getBodyAsString());
			assertThat(form).containsEntry("client_id", CLIENT_ID).containsKey("code_verifier");
			assertThat(tokenRequest.containsHeader("Authorization")).isFalse();
			assertThat(authenticatedName(session)).isEqualTo("alice");
		});
	}

	@Test
	void callbackWhenStateReplayedThenRejected() {
		contextRunner().run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = new MockHttpSession();
			Map<String, String> authorize = completeLogin(mvc, session);
			MockHttpSession attacker = new MockHttpSession();
			mvc.perform(callback(attacker, authorize.get("state"))).andExpect(redirectedUrl("/login?error"));
			assertThat(errorCode(attacker)).isEqualTo("authorization_request_not_found");
			assertThat(authenticatedName(attacker)).isNull();
			mvc.perform(callback(session, authorize.get("state"))).andExpect(redirectedUrl("/login?error"));
			assertThat(errorCode(session)).isEqualTo("authorization_request_not_found");
			cognito.verify(1, postRequestedFor(urlEqualTo("/oauth2/token")));
		});
	}

	@Test
	void callbackWhenStateWrongThenRejected() {
		contextRunner().run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = new MockHttpSession();
			authorize(mvc, session);
			mvc.perform(callback(session, "forged-state")).andExpect(redirectedUrl("/login?error"));
			assertThat(errorCode(session)).isEqualTo("authorization_request_not_found");
			cognito.verify(0, postRequestedFor(urlEqualTo("/oauth2/token")));
		});
	}

	@Test
	void callbackWhenNonceWrongThenRejected() {
		assertLoginRejected((claims) -> claims.claim("nonce", "another-login's-nonce"), "invalid_nonce", null);
	}

	@Test
	void callbackWhenIssuerWrongThenRejected() {
		assertLoginRejected((claims) -> claims.issuer("https://cognito-idp.eu-west-1.amazonaws.com/" + POOL_ID),
				"invalid_id_token", "iss");
	}

	@Test
	void callbackWhenAudienceWrongThenRejected() {
		assertLoginRejected((claims) -> claims.audience("another-client"), "invalid_id_token", "aud");
	}

	@Test
	void callbackWhenTokenExpiredThenRejected() {
		assertLoginRejected(
				(claims) -> claims.issueTime(new java.util.Date(System.currentTimeMillis() - 7_200_000))
					.expirationTime(new java.util.Date(System.currentTimeMillis() - 3_600_000)),
				"invalid_id_token", "expired");
	}

	@Test
	void callbackWhenAccessTokenGivenAsIdTokenThenRejected() {
		assertLoginRejected((claims) -> claims.claim("token_use", "access"), "invalid_id_token", "token_use");
	}

	@Test
	void callbackWhenSignedWithUnknownKeyThenRejected() {
		contextRunner().run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = new MockHttpSession();
			Map<String, String> authorize = authorize(mvc, session);
			String forged = new TestCognitoTokens()
				.sign(TestCognitoTokens.idTokenClaims(this.issuer, CLIENT_ID, "alice", authorize.get("nonce"))
					.subject(SUB)
					.build());
			stubTokenResponse(forged, accessToken());
			mvc.perform(callback(session, authorize.get("state"))).andExpect(redirectedUrl("/login?error"));
			assertThat(errorCode(session)).isEqualTo("invalid_id_token");
			assertThat(authenticatedName(session)).isNull();
		});
	}

	@Test
	void callbackWhenAccessTokenIssuedToAnotherClientThenLoginFailsAndNextRequestIsNotAuthenticated() {
		assertAdoptionFails(contextRunner(), () -> this.tokens
			.sign(TestCognitoTokens.accessTokenClaims(this.issuer, "another-client", "alice").subject(SUB).build()),
				"client_id 'another-client'");
	}

	@Test
	void callbackWhenAccessTokenIssuerDiffersThenLoginFailsAndNextRequestIsNotAuthenticated() {
		assertAdoptionFails(contextRunner(),
				() -> this.tokens.sign(TestCognitoTokens
					.accessTokenClaims("https://cognito-idp.eu-west-1.amazonaws.com/" + POOL_ID, CLIENT_ID, "alice")
					.subject(SUB)
					.build()),
				"issuer");
	}

	@Test
	void callbackWhenTheSessionsKeySetIsUnavailableThenLoginFailsAndNextRequestIsNotAuthenticated() {
		// the ID token's keys come from elsewhere, so only the session's verification
		// of the tokens meets the outage
		cognito.stubFor(WireMock.get("/hosted-ui/jwks.json").willReturn(okJson(this.tokens.jwks())));
		cognito.stubFor(WireMock.get("/" + POOL_ID + "/.well-known/jwks.json").willReturn(aResponse().withStatus(503)));
		assertAdoptionFails(contextRunner("cognito.hosted-ui.jwk-set-uri=" + this.domain + "/hosted-ui/jwks.json"),
				this::accessToken, "JWKS");
	}

	@Test
	void callbackWhenAdoptionFailsInAnAppChainThenLoginFails() {
		assertAdoptionFails(contextRunner().withUserConfiguration(AppChainConfiguration.class), () -> this.tokens
			.sign(TestCognitoTokens.accessTokenClaims(this.issuer, "another-client", "alice").subject(SUB).build()),
				"client_id 'another-client'");
	}

	/**
	 * A login whose ID token passes Spring Security's checks but whose tokens the session
	 * refuses: a failed login, with nothing authenticated or kept.
	 */
	private void assertAdoptionFails(WebApplicationContextRunner runner,
			java.util.function.Supplier<String> accessToken, String reason) {
		runner.run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = new MockHttpSession();
			Map<String, String> authorize = authorize(mvc, session);
			stubTokenResponse(idToken(authorize.get("nonce"), (claims) -> {
			}), accessToken.get());
			mvc.perform(callback(session, authorize.get("state"))).andExpect(redirectedUrl("/login?error"));
			assertThat(authenticationException(session))
				.isInstanceOf(
						org.springframework.security.web.authentication.session.SessionAuthenticationException.class)
				.hasMessageContaining(reason)
				.hasMessageNotContaining(this.refreshToken)
				.hasCauseInstanceOf(CognitoSessionException.class);
			assertThat(authenticatedName(session)).isNull();
			assertThat(session.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE)).isNull();
			assertThat(java.util.Collections.list(session.getAttributeNames()))
				.as("no authorized client (tokens) left in the HTTP session")
				.noneMatch((name) -> name.contains("AuthorizedClient"));
			mvc.perform(get("/hello").session(session))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/oauth2/authorization/cognito"));
			assertThat(context.getBean(RecordedStateEvents.class).transitions()).isEmpty();
		});
	}

	@Test
	void logoutWhenSignedInThenRedirectsToCognitoLogoutWithConfiguredReturnAddress() {
		contextRunner().run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = signIn(mvc);
			mvc.perform(post("/logout").session(session).with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl(
						this.domain + "/logout?client_id=" + CLIENT_ID + "&logout_uri=http%3A%2F%2Flocalhost%2F"));
			assertThat(session.isInvalid()).isTrue();
		});
	}

	@Test
	void logoutWhenSignedInThenTheRefreshTokenIsRevokedByDefault() {
		contextRunner().run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = signIn(mvc);
			mvc.perform(post("/logout").session(session).with(csrf())).andExpect(status().isFound());
			cognito.verify(1,
					CognitoWireMock.requested("RevokeToken")
						.withRequestBody(equalToJson("{\"Token\":\"" + this.refreshToken + "\",\"ClientId\":\""
								+ CLIENT_ID + "\",\"ClientSecret\":\"" + CLIENT_SECRET + "\"}")));
		});
	}

	@Test
	void logoutWhenPublicClientThenRevokedWithoutASecret() {
		publicClientRunner().run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = signIn(mvc);
			mvc.perform(post("/logout").session(session).with(csrf())).andExpect(status().isFound());
			cognito.verify(1, CognitoWireMock.requested("RevokeToken")
				.withRequestBody(
						equalToJson("{\"Token\":\"" + this.refreshToken + "\",\"ClientId\":\"" + CLIENT_ID + "\"}")));
		});
	}

	@Test
	void logoutWhenRevokeOnLogoutTurnedOffThenOnlyLocalAndCognitoLogout() {
		contextRunner("cognito.hosted-ui.revoke-on-logout=false").run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = signIn(mvc);
			mvc.perform(post("/logout").session(session).with(csrf()))
				.andExpect(redirectedUrl(
						this.domain + "/logout?client_id=" + CLIENT_ID + "&logout_uri=http%3A%2F%2Flocalhost%2F"));
			assertThat(session.isInvalid()).isTrue();
			cognito.verify(0, CognitoWireMock.requested("RevokeToken"));
			assertThat(context.getBean(RecordedStateEvents.class).transitions())
				.endsWith("SIGNED_IN -> SIGNED_OUT alice");
		});
	}

	@Test
	void logoutWhenReturnAddressParametersSuppliedThenTheyAreIgnored() {
		contextRunner("cognito.hosted-ui.sign-out-redirect-uri=https://app.example.com/bye").run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = signIn(mvc);
			MvcResult result = mvc
				.perform(post("/logout").session(session)
					.with(csrf())
					.param("logout_uri", "https://evil.example")
					.param("redirect_uri", "https://evil.example")
					.param("redirect", "https://evil.example")
					.param("returnTo", "https://evil.example")
					.param("continue", "https://evil.example"))
				.andExpect(status().isFound())
				.andReturn();
			String location = result.getResponse().getRedirectedUrl();
			assertThat(location).isEqualTo(
					this.domain + "/logout?client_id=" + CLIENT_ID + "&logout_uri=https%3A%2F%2Fapp.example.com%2Fbye");
			assertThat(location).doesNotContain("evil");
		});
	}

	@Test
	void logoutWhenRevocationFailsThenLogoutStillCompletes() {
		contextRunner().run((context) -> {
			cognito.stubFor(CognitoWireMock.operation("RevokeToken")
				.willReturn(CognitoWireMock.error(503, "ServiceUnavailableException", "unavailable")));
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = signIn(mvc);
			mvc.perform(post("/logout").session(session).with(csrf()))
				.andExpect(redirectedUrl(
						this.domain + "/logout?client_id=" + CLIENT_ID + "&logout_uri=http%3A%2F%2Flocalhost%2F"));
			assertThat(session.isInvalid()).isTrue();
			assertThat(context.getBean(RecordedStateEvents.class).transitions())
				.endsWith("SIGNED_IN -> SIGNED_OUT alice");
		});
	}

	@Test
	void requestWhenRefreshTokenBecameInvalidThenSessionEndsAndLoginStartsAgain() {
		contextRunner().run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = signIn(mvc);
			SessionRecord record = (SessionRecord) session.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE);
			session.setAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE,
					record.mutate().state(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID).build());
			mvc.perform(get("/hello").session(session))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/oauth2/authorization/cognito"));
			assertThat(session.isInvalid()).isTrue();
		});
	}

	@Test
	void appChainWhenCognitoLoginAddedInOneLineThenLoginAndLogoutWork() {
		contextRunner("cognito.hosted-ui.identity-provider=Google").withUserConfiguration(AppChainConfiguration.class)
			.run((context) -> {
				assertThat(context).doesNotHaveBean("cognitoSecurityFilterChain");
				MockMvc mvc = mockMvc(context);
				mvc.perform(get("/public")).andExpect(status().isOk());
				mvc.perform(get("/hello"))
					.andExpect(status().isFound())
					.andExpect(redirectedUrl("/oauth2/authorization/cognito"));
				Map<String, String> authorize = authorize(mvc, new MockHttpSession());
				assertThat(authorize).containsEntry("identity_provider", "Google")
					.containsEntry("code_challenge_method", "S256");
				MockHttpSession session = signIn(mvc);
				assertThat(session.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE)).isNotNull();
				mvc.perform(post("/logout").session(session).with(csrf()))
					.andExpect(redirectedUrl(
							this.domain + "/logout?client_id=" + CLIENT_ID + "&logout_uri=http%3A%2F%2Flocalhost%2F"));
			});
	}

	@Test
	void loginAndLogoutWhenThroughSessionManagerThenStateEventsCarryTheUsername() {
		contextRunner().run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = signIn(mvc);
			RecordedStateEvents events = context.getBean(RecordedStateEvents.class);
			assertThat(events.transitions()).containsExactly("SIGNED_OUT -> SIGNED_IN alice");
			mvc.perform(post("/logout").session(session).with(csrf())).andExpect(status().isFound());
			assertThat(events.transitions()).containsExactly("SIGNED_OUT -> SIGNED_IN alice",
					"SIGNED_IN -> SIGNED_OUT alice");
			assertThat(session.isInvalid()).isTrue();
		});
	}

	@Test
	void requestWhenAccessTokenAboutToExpireThenRefreshedInThatRequestAndRotatedTokenKept() {
		contextRunner("cognito.user-pool.refresh-token-rotation=enabled").run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = signIn(mvc, 90);
			String newIdToken = idToken(null, (claims) -> {
			});
			String newAccessToken = accessToken();
			cognito.stubFor(CognitoWireMock.operation("GetTokensFromRefreshToken")
				.willReturn(CognitoWireMock
					.ok(CognitoWireMock.authenticationResult(newIdToken, newAccessToken, "rotated-refresh-token"))));
			mvc.perform(get("/tokens").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(newAccessToken));
			SessionRecord record = (SessionRecord) session.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE);
			assertThat(record.getAccessToken()).isEqualTo(newAccessToken);
			assertThat(record.getIdToken()).isEqualTo(newIdToken);
			assertThat(record.getRefreshToken()).isEqualTo("rotated-refresh-token");
			mvc.perform(get("/tokens").session(session)).andExpect(content().string(newAccessToken));
			cognito.verify(1, CognitoWireMock.requested("GetTokensFromRefreshToken")
				.withRequestBody(containing(this.refreshToken)));
		});
	}

	@Test
	void requestWhenRefreshRejectedThenUserTokenInvalidAndNextRequestGoesToLogin() {
		contextRunner("cognito.user-pool.refresh-token-rotation=enabled").run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = signIn(mvc, 90);
			cognito.stubFor(CognitoWireMock.operation("GetTokensFromRefreshToken")
				.willReturn(CognitoWireMock.error(400, "NotAuthorizedException", "Invalid Refresh Token")));
			mvc.perform(get("/tokens").session(session)).andExpect(status().isUnauthorized());
			assertThat(context.getBean(RecordedStateEvents.class).transitions())
				.endsWith("SIGNED_IN -> SIGNED_OUT_USER_POOLS_TOKEN_INVALID alice");
			mvc.perform(get("/hello").session(session))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/oauth2/authorization/cognito"));
			assertThat(session.isInvalid()).isTrue();
		});
	}

	@Test
	void requestWhenRefreshFailsOnTheNetworkThenUserStaysSignedIn() {
		contextRunner("cognito.user-pool.refresh-token-rotation=enabled").run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = signIn(mvc, 90);
			cognito.stubFor(CognitoWireMock.operation("GetTokensFromRefreshToken")
				.willReturn(CognitoWireMock.connectionReset()));
			SessionRecord before = (SessionRecord) session.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE);
			// the tokens are still valid: served while Cognito cannot be reached
			mvc.perform(get("/tokens").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(before.getAccessToken()));
			mvc.perform(get("/hello").session(session)).andExpect(status().isOk()).andExpect(content().string("alice"));
			assertThat(session.isInvalid()).isFalse();
			assertThat(session.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE)).isEqualTo(before);
			assertThat(context.getBean(RecordedStateEvents.class).transitions())
				.containsExactly("SIGNED_OUT -> SIGNED_IN alice");
		});
	}

	@Test
	void sessionWhenSignedInThenHoldsOnlyTheCognitoSessionAndTheSecurityContext() {
		contextRunner().run((context) -> {
			MockHttpSession session = signIn(mockMvc(context));
			java.util.List<String> names = java.util.Collections.list(session.getAttributeNames());
			assertThat(names).containsExactlyInAnyOrder(HttpSessionSessionRepository.RECORD_ATTRIBUTE,
					HttpSessionKeyResolver.KEY_ATTRIBUTE,
					HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			int record = serializedSize(session.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE));
			int total = 0;
			for (String name : names) {
				total += serializedSize(session.getAttribute(name));
			}
			System.out.println(
					"HTTP session after login: SessionRecord " + record + " bytes, all attributes " + total + " bytes");
			assertThat(record).isLessThan(5_000);
		});
	}

	@Test
	void requestWhenSessionStillSignedInThenServed() {
		contextRunner().run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = signIn(mvc);
			mvc.perform(get("/hello").session(session)).andExpect(status().isOk()).andExpect(content().string("alice"));
			assertThat(session.isInvalid()).isFalse();
		});
	}

	private void assertLoginRejected(Consumer<JWTClaimsSet.Builder> tamper, String errorCode, String detail) {
		contextRunner().run((context) -> {
			MockMvc mvc = mockMvc(context);
			MockHttpSession session = new MockHttpSession();
			Map<String, String> authorize = authorize(mvc, session);
			stubTokenResponse(idToken(authorize.get("nonce"), tamper), accessToken());
			mvc.perform(callback(session, authorize.get("state"))).andExpect(redirectedUrl("/login?error"));
			assertThat(errorCode(session)).isEqualTo(errorCode);
			if (detail != null) {
				assertThat(authenticationException(session)).hasMessageContaining(detail);
			}
			assertThat(authenticatedName(session)).isNull();
			assertThat(session.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE)).isNull();
		});
	}

	/**
	 * Completes a login with valid tokens, for the tests about what comes after it.
	 */
	private Map<String, String> completeLogin(MockMvc mvc, MockHttpSession session) throws Exception {
		Map<String, String> authorize = authorize(mvc, session);
		stubTokenResponse(idToken(authorize.get("nonce"), (claims) -> {
		}), accessToken());
		mvc.perform(callback(session, authorize.get("state"))).andExpect(redirectedUrl("/"));
		return authorize;
	}

	private MockHttpSession signIn(MockMvc mvc) throws Exception {
		return signIn(mvc, 3600);
	}

	/**
	 * Sign in with tokens that expire in the given number of seconds.
	 */
	private MockHttpSession signIn(MockMvc mvc, long lifetimeSeconds) throws Exception {
		MockHttpSession session = new MockHttpSession();
		Map<String, String> authorize = authorize(mvc, session);
		// issued an hour before expiry, so that the refresh-ahead time is the default
		java.util.Date expiry = new java.util.Date(System.currentTimeMillis() + lifetimeSeconds * 1000);
		java.util.Date issued = new java.util.Date(expiry.getTime() - 3_600_000);
		stubTokenResponse(idToken(authorize.get("nonce"), (claims) -> claims.issueTime(issued).expirationTime(expiry)),
				this.tokens.sign(TestCognitoTokens.accessTokenClaims(this.issuer, CLIENT_ID, "alice")
					.subject(SUB)
					.issueTime(issued)
					.expirationTime(expiry)
					.build()));
		mvc.perform(callback(session, authorize.get("state"))).andExpect(status().isFound());
		assertThat(authenticatedName(session)).isEqualTo("alice");
		return session;
	}

	private Map<String, String> authorize(MockMvc mvc, MockHttpSession session) throws Exception {
		MvcResult result = mvc.perform(get("/oauth2/authorization/cognito").session(session))
			.andExpect(status().isFound())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		Map<String, String> parameters = new HashMap<>();
		UriComponentsBuilder.fromUriString(location)
			.build()
			.getQueryParams()
			.forEach((name, values) -> parameters.put(name, URLDecoder.decode(values.get(0), StandardCharsets.UTF_8)));
		parameters.put("endpoint", location.substring(0, location.indexOf('?')));
		return parameters;
	}

	/**
	 * The callback as the browser sends it: with the session cookie, so that the
	 * container reports a valid requested session id (since Spring Framework 7.0.10 a
	 * mock request only does when told), which session-fixation protection requires.
	 */
	private static org.springframework.test.web.servlet.RequestBuilder callback(MockHttpSession session, String state) {
		return get("/login/oauth2/code/cognito").param("code", "the-code")
			.param("state", state)
			.session(session)
			.with((request) -> {
				request.setRequestedSessionId(session.getId());
				request.setRequestedSessionIdValid(true);
				return request;
			});
	}

	private String idToken(String nonce, Consumer<JWTClaimsSet.Builder> tamper) {
		JWTClaimsSet.Builder claims = TestCognitoTokens.idTokenClaims(this.issuer, CLIENT_ID, "alice", nonce)
			.subject(SUB);
		tamper.accept(claims);
		return this.tokens.sign(claims.build());
	}

	private String accessToken() {
		return this.tokens
			.sign(TestCognitoTokens.accessTokenClaims(this.issuer, CLIENT_ID, "alice").subject(SUB).build());
	}

	private void stubTokenResponse(String idToken, String accessToken) {
		cognito.stubFor(WireMock.post("/oauth2/token")
			.withRequestBody(containing("grant_type=authorization_code"))
			.willReturn(okJson(TestCognitoTokens.tokenResponse(idToken, accessToken, this.refreshToken))));
	}

	private static MockMvc mockMvc(AssertableWebApplicationContext context) {
		assertThat(context).hasNotFailed();
		return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	private static String authenticatedName(MockHttpSession session) {
		if (session.isInvalid()) {
			return null;
		}
		SecurityContext securityContext = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return (securityContext != null && securityContext.getAuthentication() != null)
				? securityContext.getAuthentication().getName() : null;
	}

	private static AuthenticationException authenticationException(MockHttpSession session) {
		return (AuthenticationException) session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
	}

	private static String errorCode(MockHttpSession session) {
		AuthenticationException exception = authenticationException(session);
		assertThat(exception).isInstanceOf(OAuth2AuthenticationException.class);
		return ((OAuth2AuthenticationException) exception).getError().getErrorCode();
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new HashMap<>();
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return form;
	}

	private static String s256(String verifier) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

	private static int serializedSize(Object value) throws java.io.IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		return bytes.size();
	}

	@Configuration(proxyBeanMethods = false)
	static class AppChainConfiguration {

		@org.springframework.context.annotation.Bean
		SecurityFilterChain appChain(HttpSecurity http) {
			http.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/public").permitAll().anyRequest().authenticated())
				.with(CognitoLoginConfigurer.cognitoLogin(), Customizer.withDefaults());
			return http.build();
		}

	}

	/**
	 * The user-state events, as "previous -> state username".
	 */
	static class RecordedStateEvents implements ApplicationListener<UserStateChangedEvent> {

		private final List<String> transitions = new CopyOnWriteArrayList<>();

		@Override
		public void onApplicationEvent(UserStateChangedEvent event) {
			this.transitions.add(event.getPreviousState() + " -> " + event.getState() + " " + event.getUsername());
		}

		List<String> transitions() {
			return this.transitions;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class WebConfiguration {

		@org.springframework.context.annotation.Bean
		RecordedStateEvents recordedStateEvents() {
			return new RecordedStateEvents();
		}

		@RestController
		static class TokensController {

			private final CognitoSessionManager sessionManager;

			TokensController(CognitoSessionManager sessionManager) {
				this.sessionManager = sessionManager;
			}

			@GetMapping("/tokens")
			String tokens() {
				return this.sessionManager.getTokens().getAccessToken().getTokenValue();
			}

			@org.springframework.web.bind.annotation.ExceptionHandler(CognitoSessionException.class)
			@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNAUTHORIZED)
			void notSignedIn() {
			}

		}

		@RestController
		static class HelloController {

			@GetMapping("/hello")
			String hello(java.security.Principal principal) {
				return principal.getName();
			}

			@GetMapping("/public")
			String open() {
				return "public";
			}

		}

	}

}
