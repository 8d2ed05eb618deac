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

package io.github.cognitosession.sample.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import io.github.cognitosession.local.LocalCognito;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample in a real browser: hosted-UI login on the embedded Local Cognito, an upload
 * to S3 under the user's identity, and a logout that ends the Cognito session too.
 *
 * @author Cognito Session contributors
 */
// Selenium warns that it has no CDP support for this browser version: not needed here.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"logging.level.org.openqa.selenium.devtools=error", "logging.level.org.openqa.selenium.chromium=error" })
class WebSampleBrowserTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	private LocalCognito cognito;

	@Autowired
	private LocalCognitoDemo demo;

	@Value("${cognito.user-pool.client-id}")
	private String clientId;

	@LocalServerPort
	private int port;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void startBrowser(@TempDir Path profile) {
		this.browser = HeadlessChromium.start(profile);
		this.wait = new WebDriverWait(this.browser, TIMEOUT);
	}

	@AfterEach
	void quitBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void browserWhenSigningInUploadingAndSigningOutThenRoundTripsThroughTheHostedUi(@TempDir Path files)
			throws Exception {
		String app = "http://localhost:" + this.port;
		this.browser.get(app + "/");
		signInOnHostedUi();
		// Back on the home page the login started from (Spring Security marks the
		// replayed
		// request with "?continue").
		this.wait.until(ExpectedConditions.and(ExpectedConditions.urlMatches(startsWith(app + "/")),
				ExpectedConditions.textToBe(By.id("username"), this.demo.username())));
		assertThat(this.browser.getCurrentUrl()).matches(Pattern.quote(app + "/") + "(\\?continue)?");
		assertThat(this.browser.findElement(By.id("state")).getText()).isEqualTo("SIGNED_IN");

		this.browser.findElement(By.id("nav-files")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload")));
		assertThat(this.browser.findElement(By.id("prefix")).getText()).matches("private/us-east-1:[0-9a-f-]{36}/");
		Path file = Files.writeString(files.resolve("hello-cognito.txt"), "Hello from the browser test");
		this.browser.findElement(By.id("file")).sendKeys(file.toString());
		this.browser.findElement(By.id("upload")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("message"), "Stored hello-cognito.txt"));
		assertThat(this.browser.findElements(By.className("file-name"))).extracting((cell) -> cell.getText())
			.containsExactly("hello-cognito.txt");

		this.browser.findElement(By.id("nav-events")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("refresh"))).click();
		this.wait.until(ExpectedConditions.textToBe(By.className("event-type"), "TokensRefreshedEvent"));

		requestedUrls();
		this.browser.findElement(By.id("logout")).click();
		// Cognito's /logout sends the browser back to the app, whose home page is
		// protected: the hosted UI asks for a password again, as its session has ended.
		this.wait.until(ExpectedConditions.urlMatches(startsWith(this.cognito.endpoint() + "/")));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
		List<UriComponents> logouts = requestedUrls().stream()
			.filter((url) -> url.startsWith(this.cognito.endpoint() + "/logout?"))
			.map((url) -> UriComponentsBuilder.fromUriString(url).build())
			.toList();
		assertThat(logouts).hasSize(1);
		assertThat(queryParameter(logouts.get(0), "client_id")).isEqualTo(this.clientId);
		assertThat(queryParameter(logouts.get(0), "logout_uri")).isEqualTo(app + "/");

		this.browser.get(app + "/files");
		this.wait.until(ExpectedConditions.urlMatches(startsWith(this.cognito.endpoint() + "/")));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
	}

	private static String startsWith(String prefix) {
		return "^" + Pattern.quote(prefix);
	}

	private static String queryParameter(UriComponents uri, String name) {
		String value = uri.getQueryParams().getFirst(name);
		return (value != null) ? UriUtils.decode(value, StandardCharsets.UTF_8) : null;
	}

	private void signInOnHostedUi() {
		this.wait.until(ExpectedConditions.urlMatches(startsWith(this.cognito.endpoint() + "/")));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
		this.browser.findElement(By.id("username")).sendKeys(this.demo.username());
		this.browser.findElement(By.id("password")).sendKeys(this.demo.password());
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	// The browser's own record of the requests it sent since the last call, redirects
	// included: the app never sees the request to Cognito's /logout.
	private List<String> requestedUrls() {
		JsonMapper json = JsonMapper.shared();
		return this.browser.manage()
			.logs()
			.get(LogType.PERFORMANCE)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.map(json::readTree)
			.filter((entry) -> "Network.requestWillBeSent".equals(entry.at("/message/method").asString("")))
			.map((entry) -> entry.at("/message/params/request/url").asString(""))
			.toList();
	}

}
