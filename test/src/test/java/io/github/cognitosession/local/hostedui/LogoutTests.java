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

import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /logout} ends the hosted-UI session and redirects only to registered URLs.
 *
 * @author Cognito Session contributors
 */
class LogoutTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@Test
	void logoutWhenLogoutUriNotRegisteredThenErrorPageAndSessionKept() {
		Provisioned setup = hostedUi();
		Browser browser = signedInBrowser(setup);
		HttpResponse<String> response = browser
			.get("/logout?client_id=" + setup.clientId() + "&logout_uri=https%3A%2F%2Fattacker.example%2F");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.location(response)).isNull();
		assertThat(response.body()).contains("is not a sign-out URL");
		assertThat(browser.cookie(Cookies.SESSION)).isNotNull();
	}

	@Test
	void logoutWhenClientUnknownThenErrorPage() {
		Provisioned setup = hostedUi();
		HttpResponse<String> response = new Browser(setup.hostedUiDomain())
			.get("/logout?" + Browser.encode(Map.of("client_id", "unknown", "logout_uri", OAuthApp.SIGNED_OUT)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.location(response)).isNull();
	}

	@Test
	void logoutWhenLogoutUriRegisteredThenCookieClearedRedirectedAndNextAuthorizeShowsForm() {
		Provisioned setup = hostedUi();
		Browser browser = signedInBrowser(setup);
		OAuthApp app = new OAuthApp(setup);
		assertThat(browser.get(app.authorizeUrl("s", "n")).statusCode()).as("signed in: no form").isEqualTo(302);
		String sessionId = browser.cookie(Cookies.SESSION);
		HttpResponse<String> response = browser
			.get("/logout?" + Browser.encode(Map.of("client_id", setup.clientId(), "logout_uri", OAuthApp.SIGNED_OUT)));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(OAuthApp.location(response)).isEqualTo(OAuthApp.SIGNED_OUT);
		assertThat(response.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith(Cookies.SESSION + "=;").contains("Max-Age=0"));
		assertThat(browser.cookie(Cookies.SESSION)).isNull();
		HttpResponse<String> again = browser.get(app.authorizeUrl("s", "n"));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("name=\"password\"");
		// The old session id is dead on the server too, not only forgotten by the
		// browser.
		Browser replay = new Browser(setup.hostedUiDomain());
		replay.setCookie(Cookies.SESSION, sessionId);
		assertThat(replay.get(app.authorizeUrl("s", "n")).statusCode()).isEqualTo(200);
	}

	@Test
	void logoutWhenRedirectUriGivenThenRedirectedToAuthorizeWithTheSameParameters() {
		Provisioned setup = hostedUi();
		Browser browser = signedInBrowser(setup);
		OAuthApp app = new OAuthApp(setup);
		Map<String, String> parameters = app.authorizeParameters("state-9", "n");
		HttpResponse<String> response = browser.get("/logout?" + Browser.encode(parameters));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(OAuthApp.location(response)).startsWith("/oauth2/authorize?");
		assertThat(OAuthApp.redirectParameters(response)).containsAllEntriesOf(parameters);
		HttpResponse<String> form = browser.get(setup.hostedUiDomain() + OAuthApp.location(response));
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"password\"");
	}

	@Test
	void logoutWhenRedirectUriNotRegisteredThenErrorPage() {
		Provisioned setup = hostedUi();
		HttpResponse<String> response = new Browser(setup.hostedUiDomain()).get("/logout?" + Browser.encode(Map
			.of("client_id", setup.clientId(), "redirect_uri", "https://attacker.example/", "response_type", "code")));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.location(response)).isNull();
	}

	private static Browser signedInBrowser(Provisioned setup) {
		Browser browser = new Browser(setup.hostedUiDomain());
		OAuthApp app = new OAuthApp(setup);
		assertThat(browser.signIn(browser.get(app.authorizeUrl("s", "n")), "alice", "Passw0rd!").statusCode())
			.isEqualTo(302);
		return browser;
	}

	private static Provisioned hostedUi() {
		return cognito.provision()
			.oauthUrls(List.of(OAuthApp.CALLBACK), List.of(OAuthApp.SIGNED_OUT))
			.user("alice", "Passw0rd!")
			.create();
	}

}
