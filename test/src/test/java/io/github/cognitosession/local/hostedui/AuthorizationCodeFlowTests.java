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

package io.github.cognitosession.local.hostedui;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization code flow with PKCE end to end, as a browser and an application see
 * it: sign-in form, redirect with code and state, token exchange by public and
 * confidential clients, verified ID token, refresh, userInfo and revocation.
 *
 * @author Cognito Session contributors
 */
class AuthorizationCodeFlowTests {

	private static final MutableClock clock = MutableClock.startingNow();

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension
		.configure((builder) -> builder.clock(clock).issuerBaseFromEndpoint());

	@Test
	void authorizationCodeWhenPublicClientWithPkceThenIdTokenVerifiesWithNonceAudienceAndIssuer() throws Exception {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		Browser browser = new Browser(setup.hostedUiDomain());
		HttpResponse<String> form = browser.get(app.authorizeUrl("state-1", "nonce-1"));
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("autocomplete=\"username\"", "autocomplete=\"current-password\"");
		HttpResponse<String> callback = browser.signIn(form, "alice", "Passw0rd!");
		assertThat(callback.statusCode()).isEqualTo(302);
		assertThat(OAuthApp.location(callback)).startsWith(OAuthApp.CALLBACK + "?code=");
		Map<String, String> parameters = OAuthApp.redirectParameters(callback);
		assertThat(parameters.get("state")).isEqualTo("state-1");
		HttpResponse<String> tokenResponse = app.exchangePublic(parameters.get("code"));
		assertThat(tokenResponse.statusCode()).isEqualTo(200);
		JsonNode tokens = OAuthApp.json(tokenResponse);
		assertThat(tokens.get("token_type").stringValue()).isEqualTo("Bearer");
		assertThat(tokens.get("expires_in").intValue()).isEqualTo(3600);
		assertThat(tokens.get("refresh_token").stringValue()).isNotBlank();
		JWTClaimsSet id = verify(setup, tokens.get("id_token").stringValue());
		assertThat(id.getIssuer()).isEqualTo(setup.hostedUiDomain() + "/" + setup.userPoolId());
		assertThat(id.getAudience()).containsExactly(setup.clientId());
		assertThat(id.getClaim("nonce")).isEqualTo("nonce-1");
		assertThat(id.getClaim("token_use")).isEqualTo("id");
		assertThat(id.getClaim("cognito:username")).isEqualTo("alice");
		assertThat(id.getClaim("email")).isEqualTo("alice@example.com");
		assertThat(id.getClaim("at_hash")).isNotNull();
		JWTClaimsSet access = verify(setup, tokens.get("access_token").stringValue());
		assertThat(access.getClaim("scope")).isEqualTo("openid email profile");
		assertThat(access.getClaim("client_id")).isEqualTo(setup.clientId());
	}

	@Test
	void authorizationCodeWhenClientCreatedWithAdminCallsThenRoundTripWorks() throws Exception {
		Provisioned pool = cognito.provision().user("alice", "Passw0rd!").create();
		CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito());
		String clientId = admin
			.createUserPoolClient((request) -> request.userPoolId(pool.userPoolId())
				.clientName("web")
				.callbackURLs(OAuthApp.CALLBACK)
				.logoutURLs(OAuthApp.SIGNED_OUT)
				.allowedOAuthFlows(OAuthFlowType.CODE)
				.allowedOAuthScopes("openid", "email")
				.allowedOAuthFlowsUserPoolClient(true)
				.supportedIdentityProviders("COGNITO"))
			.userPoolClient()
			.clientId();
		Provisioned setup = new Provisioned(pool.endpoint(), pool.region(), pool.userPoolId(), clientId, null, null,
				null, null, pool.issuer(), pool.endpoint());
		OAuthApp app = new OAuthApp(setup);
		Map<String, String> parameters = app.authorizeParameters("s", "n");
		parameters.remove("scope");
		Browser browser = new Browser(setup.hostedUiDomain());
		HttpResponse<String> callback = browser.signIn(browser.get(app.authorizeUrl(parameters)), "alice", "Passw0rd!");
		HttpResponse<String> response = app.exchangePublic(OAuthApp.redirectParameters(callback).get("code"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JWTParser.parse(OAuthApp.json(response).get("access_token").stringValue())
			.getJWTClaimsSet()
			.getClaim("scope")).as("no scope requested: all the client's scopes").isEqualTo("openid email");
	}

	@Test
	void authorizationCodeWhenConfidentialClientUsesBasicThenTokensIssued() {
		Provisioned setup = hostedUi(true);
		OAuthApp app = new OAuthApp(setup);
		String code = signIn(setup, app, new Browser(setup.hostedUiDomain()));
		Map<String, String> form = app.codeForm(code, app.verifier, OAuthApp.CALLBACK);
		form.remove("client_id");
		HttpResponse<String> response = app.exchange(form, app.basic());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(OAuthApp.json(response).get("id_token").stringValue()).startsWith("eyJ");
	}

	@Test
	void authorizationCodeWhenConfidentialClientUsesPostThenTokensIssued() {
		Provisioned setup = hostedUi(true);
		OAuthApp app = new OAuthApp(setup);
		String code = signIn(setup, app, new Browser(setup.hostedUiDomain()));
		Map<String, String> form = app.codeForm(code, app.verifier, OAuthApp.CALLBACK);
		form.put("client_secret", setup.clientSecret());
		HttpResponse<String> response = app.exchange(form, null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(OAuthApp.json(response).get("access_token").stringValue()).startsWith("eyJ");
	}

	@Test
	void authorizationCodeWhenConfidentialClientSecretIsWrongThenInvalidClient() {
		Provisioned setup = hostedUi(true);
		OAuthApp app = new OAuthApp(setup);
		String code = signIn(setup, app, new Browser(setup.hostedUiDomain()));
		Map<String, String> form = app.codeForm(code, app.verifier, OAuthApp.CALLBACK);
		form.put("client_secret", "not-the-secret");
		HttpResponse<String> response = app.exchange(form, null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.json(response).get("error").stringValue()).isEqualTo("invalid_client");
		assertThat(response.body()).doesNotContain(setup.clientSecret());
	}

	@Test
	void authorizationCodeWhenVerifierIsWrongThenInvalidGrant() {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		String code = signIn(setup, app, new Browser(setup.hostedUiDomain()));
		HttpResponse<String> response = app
			.exchange(app.codeForm(code, new OAuthApp(setup).verifier, OAuthApp.CALLBACK), null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.json(response).get("error").stringValue()).isEqualTo("invalid_grant");
	}

	@Test
	void authorizationCodeWhenUsedTwiceThenSecondUseIsInvalidGrant() {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		String code = signIn(setup, app, new Browser(setup.hostedUiDomain()));
		assertThat(app.exchangePublic(code).statusCode()).isEqualTo(200);
		HttpResponse<String> second = app.exchangePublic(code);
		assertThat(second.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.json(second).get("error").stringValue()).isEqualTo("invalid_grant");
	}

	@Test
	void authorizationCodeWhenOlderThanFiveMinutesThenInvalidGrant() {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		String code = signIn(setup, app, new Browser(setup.hostedUiDomain()));
		clock.advance(SignInFlow.CODE_LIFETIME.plusSeconds(1));
		HttpResponse<String> response = app.exchangePublic(code);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.json(response).get("error").stringValue()).isEqualTo("invalid_grant");
	}

	@Test
	void authorizationCodeWhenRedirectUriDiffersFromAuthorizationRequestThenInvalidGrant() {
		Provisioned setup = hostedUi(false, List.of(OAuthApp.CALLBACK, "http://127.0.0.1:8080/other"));
		OAuthApp app = new OAuthApp(setup);
		String code = signIn(setup, app, new Browser(setup.hostedUiDomain()));
		HttpResponse<String> response = app.exchange(app.codeForm(code, app.verifier, "http://127.0.0.1:8080/other"),
				null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.json(response).get("error").stringValue()).isEqualTo("invalid_grant");
	}

	@Test
	void refreshTokenGrantWhenValidThenNewTokensWithGrantedScopes() throws Exception {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		JsonNode tokens = OAuthApp.json(app.exchangePublic(signIn(setup, app, new Browser(setup.hostedUiDomain()))));
		clock.advance(Duration.ofMinutes(10));
		HttpResponse<String> refreshed = app.refresh(tokens.get("refresh_token").stringValue());
		assertThat(refreshed.statusCode()).isEqualTo(200);
		JsonNode body = OAuthApp.json(refreshed);
		assertThat(body.has("refresh_token")).isFalse();
		JWTClaimsSet access = verify(setup, body.get("access_token").stringValue());
		assertThat(access.getClaim("scope")).isEqualTo("openid email profile");
		JWTClaimsSet id = verify(setup, body.get("id_token").stringValue());
		assertThat(id.getClaim("origin_jti"))
			.isEqualTo(verify(setup, tokens.get("id_token").stringValue()).getClaim("origin_jti"));
	}

	@Test
	void refreshTokenGrantWhenClientRotatesThenNewRefreshTokenReturned() {
		Provisioned setup = cognito.provision()
			.refreshTokenRotation(Duration.ZERO)
			.oauthUrls(List.of(OAuthApp.CALLBACK), List.of(OAuthApp.SIGNED_OUT))
			.user("alice", "Passw0rd!")
			.create();
		OAuthApp app = new OAuthApp(setup);
		JsonNode tokens = OAuthApp.json(app.exchangePublic(signIn(setup, app, new Browser(setup.hostedUiDomain()))));
		String first = tokens.get("refresh_token").stringValue();
		JsonNode rotated = OAuthApp.json(app.refresh(first));
		assertThat(rotated.get("refresh_token").stringValue()).isNotBlank().isNotEqualTo(first);
		clock.advance(Duration.ofSeconds(1));
		assertThat(app.refresh(first).statusCode()).isEqualTo(400);
	}

	@Test
	void revokeWhenRefreshTokenRevokedThenRefreshAndUserInfoFail() {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		JsonNode tokens = OAuthApp.json(app.exchangePublic(signIn(setup, app, new Browser(setup.hostedUiDomain()))));
		HttpResponse<String> revoked = app.revoke(tokens.get("refresh_token").stringValue());
		assertThat(revoked.statusCode()).isEqualTo(200);
		HttpResponse<String> refreshed = app.refresh(tokens.get("refresh_token").stringValue());
		assertThat(refreshed.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.json(refreshed).get("error").stringValue()).isEqualTo("invalid_grant");
		assertThat(app.userInfo(tokens.get("access_token").stringValue()).statusCode()).isEqualTo(401);
	}

	@Test
	void revokeWhenAccessTokenGivenThenUnsupportedTokenType() {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		JsonNode tokens = OAuthApp.json(app.exchangePublic(signIn(setup, app, new Browser(setup.hostedUiDomain()))));
		HttpResponse<String> response = app.revoke(tokens.get("access_token").stringValue());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.json(response).get("error").stringValue()).isEqualTo("unsupported_token_type");
	}

	@Test
	void userInfoWhenAccessTokenValidThenUserClaims() {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		JsonNode tokens = OAuthApp.json(app.exchangePublic(signIn(setup, app, new Browser(setup.hostedUiDomain()))));
		HttpResponse<String> response = app.userInfo(tokens.get("access_token").stringValue());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode info = OAuthApp.json(response);
		assertThat(info.get("username").stringValue()).isEqualTo("alice");
		assertThat(info.get("email").stringValue()).isEqualTo("alice@example.com");
		assertThat(info.get("email_verified").stringValue()).isEqualTo("true");
		assertThat(info.get("sub").stringValue()).matches("[0-9a-f-]{36}");
	}

	@Test
	void userInfoWhenAccessTokenInvalidThenUnauthorizedWithChallenge() {
		Provisioned setup = hostedUi(false);
		HttpResponse<String> response = new OAuthApp(setup).userInfo("not.a.token");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				(challenge) -> assertThat(challenge).startsWith("Bearer").contains("error=\"invalid_token\""));
	}

	@Test
	void userInfoWhenAccessTokenExpiredThenUnauthorized() {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		JsonNode tokens = OAuthApp.json(app.exchangePublic(signIn(setup, app, new Browser(setup.hostedUiDomain()))));
		clock.advance(Duration.ofHours(1).plusSeconds(1));
		assertThat(app.userInfo(tokens.get("access_token").stringValue()).statusCode()).isEqualTo(401);
	}

	@Test
	void userInfoWhenAccessTokenLacksOpenIdScopeThenForbidden() {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		Map<String, String> parameters = app.authorizeParameters("s", "n");
		parameters.put("scope", "email");
		Browser browser = new Browser(setup.hostedUiDomain());
		HttpResponse<String> callback = browser.signIn(browser.get(app.authorizeUrl(parameters)), "alice", "Passw0rd!");
		JsonNode tokens = OAuthApp.json(app.exchangePublic(OAuthApp.redirectParameters(callback).get("code")));
		assertThat(tokens.has("id_token")).isFalse();
		HttpResponse<String> response = app.userInfo(tokens.get("access_token").stringValue());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).contains("insufficient_scope"));
	}

	@Test
	void authorizeWhenBrowserHasHostedUiSessionThenCodeWithoutFormAndOriginalAuthTime() throws Exception {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		Browser browser = new Browser(setup.hostedUiDomain());
		JsonNode first = OAuthApp.json(app.exchangePublic(signIn(setup, app, browser)));
		assertThat(browser.cookie(Cookies.SESSION)).isNotBlank();
		clock.advance(Duration.ofMinutes(10));
		HttpResponse<String> again = browser.get(app.authorizeUrl("state-2", "nonce-2"));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(OAuthApp.redirectParameters(again)).containsEntry("state", "state-2").containsKey("code");
		HttpResponse<String> tokens = app.exchangePublic(OAuthApp.redirectParameters(again).get("code"));
		assertThat(tokens.statusCode()).isEqualTo(200);
		JWTClaimsSet second = verify(setup, OAuthApp.json(tokens).get("id_token").stringValue());
		assertThat(second.getClaim("nonce")).isEqualTo("nonce-2");
		assertThat(second.getClaim("auth_time"))
			.isEqualTo(verify(setup, first.get("id_token").stringValue()).getClaim("auth_time"));
	}

	@Test
	void authorizeWhenHostedUiSessionOlderThanItsLifetimeThenFormShown() {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		Browser browser = new Browser(setup.hostedUiDomain());
		signIn(setup, app, browser);
		clock.advance(SignInFlow.SESSION_LIFETIME.plusSeconds(1));
		HttpResponse<String> page = browser.get(app.authorizeUrl("s", "n"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"password\"");
	}

	@Test
	void signInWhenFormOlderThanItsLifetimeThenErrorPageWithoutRedirect() {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		Browser browser = new Browser(setup.hostedUiDomain());
		HttpResponse<String> page = browser.get(app.authorizeUrl("s", "n"));
		clock.advance(SignInFlow.FORM_LIFETIME.plusSeconds(1));
		HttpResponse<String> response = browser.signIn(page, "alice", "Passw0rd!");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.location(response)).isNull();
		assertThat(response.body()).contains("expired");
	}

	@Test
	void authorizeWhenPromptIsLoginThenFormDespiteSession() {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		Browser browser = new Browser(setup.hostedUiDomain());
		signIn(setup, app, browser);
		Map<String, String> parameters = app.authorizeParameters("s", "n");
		parameters.put("prompt", "login");
		HttpResponse<String> page = browser.get(app.authorizeUrl(parameters));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("name=\"password\"");
	}

	@Test
	void signInWhenPasswordIsTemporaryThenNewPasswordFormThenCode() {
		Provisioned setup = cognito.provision()
			.oauthUrls(List.of(OAuthApp.CALLBACK), List.of(OAuthApp.SIGNED_OUT))
			.userWithTemporaryPassword("bob", "Temp-Pass1")
			.create();
		OAuthApp app = new OAuthApp(setup);
		Browser browser = new Browser(setup.hostedUiDomain());
		HttpResponse<String> newPasswordForm = browser.signIn(browser.get(app.authorizeUrl("s", "n")), "bob",
				"Temp-Pass1");
		assertThat(newPasswordForm.statusCode()).isEqualTo(200);
		assertThat(newPasswordForm.body()).contains("autocomplete=\"new-password\"");
		HttpResponse<String> mismatch = browser.changePassword(newPasswordForm, "New-Pass-1", "New-Pass-2");
		assertThat(mismatch.body()).contains("Passwords do not match.");
		HttpResponse<String> callback = browser.changePassword(mismatch, "New-Pass-1", "New-Pass-1");
		assertThat(callback.statusCode()).isEqualTo(302);
		assertThat(app.exchangePublic(OAuthApp.redirectParameters(callback).get("code")).statusCode()).isEqualTo(200);
		Browser other = new Browser(setup.hostedUiDomain());
		assertThat(other.signIn(other.get(app.authorizeUrl("s", "n")), "bob", "New-Pass-1").statusCode())
			.isEqualTo(302);
	}

	static Provisioned hostedUi(boolean secret) {
		return hostedUi(secret, List.of(OAuthApp.CALLBACK));
	}

	static Provisioned hostedUi(boolean secret, List<String> callbacks) {
		return cognito.provision()
			.clientSecret(secret)
			.oauthUrls(callbacks, List.of(OAuthApp.SIGNED_OUT))
			.user("alice", "Passw0rd!")
			.userAttribute("email", "alice@example.com")
			.userAttribute("email_verified", "true")
			.create();
	}

	private static String signIn(Provisioned setup, OAuthApp app, Browser browser) {
		HttpResponse<String> callback = browser.signIn(browser.get(app.authorizeUrl("state", "nonce")), "alice",
				"Passw0rd!");
		assertThat(callback.statusCode()).isEqualTo(302);
		return OAuthApp.redirectParameters(callback).get("code");
	}

	/**
	 * Verify a token as a relying party would: keys from
	 * {@code <issuer>/.well-known/jwks.json}.
	 */
	private static JWTClaimsSet verify(Provisioned setup, String token) throws Exception {
		JWKSet keys = JWKSet.load(URI.create(setup.issuer() + "/.well-known/jwks.json").toURL());
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys)));
		processor.setJWTClaimsSetVerifier((claims, context) -> {
		});
		return processor.process(token, null);
	}

}
