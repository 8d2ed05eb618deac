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

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code /oauth2/authorize} and the sign-in form refuse: unknown clients and
 * unregistered redirect URIs without redirecting, bad requests back to the client with
 * its state, wrong passwords without telling which part was wrong, forged forms, and
 * markup in reflected values.
 *
 * @author Cognito Session contributors
 */
class AuthorizeRequestTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@Test
	void authorizeWhenClientUnknownThenErrorPageWithoutRedirect() {
		Provisioned setup = hostedUi();
		HttpResponse<String> response = authorize(setup, "s",
				(parameters) -> parameters.put("client_id", "unknownclient"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.location(response)).isNull();
		assertThat(response.body()).contains("is not an app client");
	}

	@Test
	void authorizeWhenRedirectUriNotRegisteredThenErrorPageWithoutRedirect() {
		Provisioned setup = hostedUi();
		HttpResponse<String> response = authorize(setup, "s",
				(parameters) -> parameters.put("redirect_uri", "https://attacker.example/callback"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.location(response)).isNull();
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
	}

	@Test
	void authorizeWhenRedirectUriOnlyPrefixMatchesThenErrorPageWithoutRedirect() {
		Provisioned setup = hostedUi();
		HttpResponse<String> response = authorize(setup, "s",
				(parameters) -> parameters.put("redirect_uri", OAuthApp.CALLBACK + "/../../evil"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.location(response)).isNull();
	}

	@Test
	void authorizeWhenRedirectUriCarriesMarkupThenErrorPageEscapesIt() {
		Provisioned setup = hostedUi();
		HttpResponse<String> response = authorize(setup, "s",
				(parameters) -> parameters.put("redirect_uri", "http://x/<script>alert(1)</script>"));
		assertThat(response.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void authorizeWhenPublicClientSendsNoCodeChallengeThenRedirectErrorWithState() {
		Provisioned setup = hostedUi();
		HttpResponse<String> response = authorize(setup, "state-x", (parameters) -> {
			parameters.remove("code_challenge");
			parameters.remove("code_challenge_method");
		});
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(OAuthApp.location(response)).startsWith(OAuthApp.CALLBACK + "?");
		assertThat(OAuthApp.redirectParameters(response)).containsEntry("error", "invalid_request")
			.containsEntry("state", "state-x")
			.doesNotContainKey("code");
	}

	@Test
	void authorizeWhenCodeChallengeMethodIsPlainThenRedirectError() {
		Provisioned setup = hostedUi();
		HttpResponse<String> response = authorize(setup, "s",
				(parameters) -> parameters.put("code_challenge_method", "plain"));
		assertThat(OAuthApp.redirectParameters(response)).containsEntry("error", "invalid_request");
	}

	@Test
	void authorizeWhenScopeNotAllowedThenRedirectErrorInvalidScope() {
		Provisioned setup = hostedUi();
		HttpResponse<String> response = authorize(setup, "s", (parameters) -> parameters.put("scope", "openid phone"));
		assertThat(OAuthApp.redirectParameters(response)).containsEntry("error", "invalid_scope")
			.containsEntry("state", "s");
	}

	@Test
	void authorizeWhenResponseTypeIsTokenThenRedirectErrorUnsupportedResponseType() {
		Provisioned setup = hostedUi();
		HttpResponse<String> response = authorize(setup, "s", (parameters) -> parameters.put("response_type", "token"));
		assertThat(OAuthApp.redirectParameters(response)).containsEntry("error", "unsupported_response_type");
	}

	@Test
	void authorizeWhenClientNotEnabledForOAuthThenRedirectErrorUnauthorizedClient() {
		Provisioned setup = hostedUi();
		CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito());
		String clientId = admin
			.createUserPoolClient((request) -> request.userPoolId(setup.userPoolId())
				.clientName("no-oauth")
				.callbackURLs(OAuthApp.CALLBACK)
				.allowedOAuthFlowsUserPoolClient(false))
			.userPoolClient()
			.clientId();
		HttpResponse<String> response = authorize(setup, "s", (parameters) -> parameters.put("client_id", clientId));
		assertThat(OAuthApp.redirectParameters(response)).containsEntry("error", "unauthorized_client")
			.containsEntry("state", "s");
	}

	@Test
	void authorizeWhenIdentityProviderGivenThenAcceptedAndFormShown() {
		Provisioned setup = hostedUi();
		HttpResponse<String> response = authorize(setup, "s",
				(parameters) -> parameters.put("identity_provider", "COGNITO"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("name=\"password\"");
	}

	@Test
	void authorizeWhenParameterRepeatedThenErrorPage() {
		Provisioned setup = hostedUi();
		OAuthApp app = new OAuthApp(setup);
		HttpResponse<String> response = new Browser(setup.hostedUiDomain())
			.get(app.authorizeUrl("s", "n") + "&redirect_uri=https%3A%2F%2Fattacker.example%2F");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.location(response)).isNull();
	}

	@Test
	void signInWhenPasswordWrongThenFormAgainWithErrorAndStatus200() {
		Provisioned setup = hostedUi();
		OAuthApp app = new OAuthApp(setup);
		Browser browser = new Browser(setup.hostedUiDomain());
		HttpResponse<String> response = browser.signIn(browser.get(app.authorizeUrl("s", "n")), "alice",
				"wrong-password");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(OAuthApp.location(response)).isNull();
		assertThat(response.body()).contains("Incorrect username or password.", "name=\"password\"");
		assertThat(browser.cookie(Cookies.SESSION)).isNull();
		HttpResponse<String> retry = browser.signIn(response, "alice", "Passw0rd!");
		assertThat(retry.statusCode()).isEqualTo(302);
	}

	@Test
	void signInWhenUserUnknownThenSameAnswerAsWrongPassword() {
		Provisioned setup = hostedUi();
		OAuthApp app = new OAuthApp(setup);
		Browser browser = new Browser(setup.hostedUiDomain());
		HttpResponse<String> unknown = browser.signIn(browser.get(app.authorizeUrl("s", "n")), "nobody", "wrong");
		HttpResponse<String> wrong = browser.signIn(browser.get(app.authorizeUrl("s", "n")), "alice", "wrong");
		assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode());
		assertThat(errorOf(unknown)).isEqualTo(errorOf(wrong)).isEqualTo("Incorrect username or password.");
	}

	@Test
	void signInWhenUsernameCarriesMarkupThenFormEscapesIt() {
		Provisioned setup = hostedUi();
		OAuthApp app = new OAuthApp(setup);
		Browser browser = new Browser(setup.hostedUiDomain());
		HttpResponse<String> response = browser.signIn(browser.get(app.authorizeUrl("s", "n")),
				"\"><script>alert(1)</script>", "wrong");
		assertThat(response.body()).doesNotContain("<script>")
			.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");
	}

	@Test
	void signInWhenStateCarriesMarkupThenStateEchoedUrlEncodedAndNeverInPage() {
		Provisioned setup = hostedUi();
		OAuthApp app = new OAuthApp(setup);
		Browser browser = new Browser(setup.hostedUiDomain());
		String state = "<script>alert(1)</script>";
		HttpResponse<String> page = browser.get(app.authorizeUrl(state, "n"));
		assertThat(page.body()).doesNotContain("<script>");
		HttpResponse<String> callback = browser.signIn(page, "alice", "Passw0rd!");
		assertThat(OAuthApp.location(callback)).doesNotContain("<");
		assertThat(OAuthApp.redirectParameters(callback)).containsEntry("state", state);
	}

	@Test
	void signInWhenFormPostedFromAnotherBrowserThenRejected() {
		Provisioned setup = hostedUi();
		OAuthApp app = new OAuthApp(setup);
		HttpResponse<String> page = new Browser(setup.hostedUiDomain()).get(app.authorizeUrl("s", "n"));
		Browser victim = new Browser(setup.hostedUiDomain());
		HttpResponse<String> response = victim.signIn(page, "alice", "Passw0rd!");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(OAuthApp.location(response)).isNull();
	}

	@Test
	void signInWhenFormTokenWrongThenRejected() {
		Provisioned setup = hostedUi();
		OAuthApp app = new OAuthApp(setup);
		Browser browser = new Browser(setup.hostedUiDomain());
		Map<String, String> form = Browser.hiddenFields(browser.get(app.authorizeUrl("s", "n")).body());
		form.put("_csrf", "forged");
		form.put("username", "alice");
		form.put("password", "Passw0rd!");
		HttpResponse<String> response = browser.post("/login", form);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(OAuthApp.location(response)).isNull();
	}

	@Test
	void signInWhenFormAlreadyUsedThenRejected() {
		Provisioned setup = hostedUi();
		OAuthApp app = new OAuthApp(setup);
		Browser browser = new Browser(setup.hostedUiDomain());
		HttpResponse<String> page = browser.get(app.authorizeUrl("s", "n"));
		assertThat(browser.signIn(page, "alice", "Passw0rd!").statusCode()).isEqualTo(302);
		HttpResponse<String> replay = browser.signIn(page, "alice", "Passw0rd!");
		assertThat(replay.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.location(replay)).isNull();
	}

	@Test
	void signInWhenPasswordWrongThenResponseNeverContainsThePassword() {
		Provisioned setup = hostedUi();
		OAuthApp app = new OAuthApp(setup);
		Browser browser = new Browser(setup.hostedUiDomain());
		HttpResponse<String> response = browser.signIn(browser.get(app.authorizeUrl("s", "n")), "alice",
				"Secret-Guess-42");
		assertThat(response.body()).doesNotContain("Secret-Guess-42");
	}

	/**
	 * A browser's GET of the authorize URL of an otherwise valid request, changed by the
	 * test.
	 */
	private static HttpResponse<String> authorize(Provisioned setup, String state,
			Consumer<Map<String, String>> change) {
		OAuthApp app = new OAuthApp(setup);
		Map<String, String> parameters = app.authorizeParameters(state, "n");
		change.accept(parameters);
		return new Browser(setup.hostedUiDomain()).get(app.authorizeUrl(parameters));
	}

	private static String errorOf(HttpResponse<String> page) {
		int start = page.body().indexOf("role=\"alert\">") + "role=\"alert\">".length();
		return page.body().substring(start, page.body().indexOf('<', start));
	}

	private static Provisioned hostedUi() {
		return cognito.provision()
			.oauthUrls(List.of(OAuthApp.CALLBACK), List.of(OAuthApp.SIGNED_OUT))
			.user("alice", "Passw0rd!")
			.create();
	}

}
