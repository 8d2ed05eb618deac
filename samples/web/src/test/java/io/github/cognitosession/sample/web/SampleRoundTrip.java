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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user does with the sample, in headless Chromium: open the app, sign in on the
 * hosted UI, upload a file and see it listed, refresh the tokens and see the event, sign
 * out through Cognito's {@code /logout}, and find the app protected again.
 *
 * @author Cognito Session contributors
 */
final class SampleRoundTrip implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final ChromeDriver browser;

	private final WebDriverWait wait;

	SampleRoundTrip(Path browserProfile) {
		this.browser = HeadlessChromium.start(browserProfile);
		this.wait = new WebDriverWait(this.browser, TIMEOUT);
	}

	/**
	 * Go through the sample.
	 * @param app the app's base URL
	 * @param hostedUi the hosted UI's base URL
	 * @param clientId the app client id
	 * @param username the user to sign in as
	 * @param password the user's password
	 * @param files a directory for the file to upload
	 * @throws IOException if the file cannot be written
	 */
	void run(String app, String hostedUi, String clientId, String username, String password, Path files)
			throws IOException {
		signIn(app, hostedUi, username, password);

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
		// the login went through the session manager, which published the sign-in
		assertThat(this.browser.findElements(By.className("event-description"))).extracting((cell) -> cell.getText())
			.contains("SIGNED_OUT -> SIGNED_IN");

		requestedUrls();
		this.browser.findElement(By.id("logout")).click();
		// Cognito's /logout sends the browser back to the app, whose home page is
		// protected: the hosted UI asks for a password again, as its session has ended.
		this.wait.until(ExpectedConditions.urlMatches(startsWith(hostedUi + "/")));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
		List<UriComponents> logouts = requestedUrls().stream()
			.filter((url) -> url.startsWith(hostedUi + "/logout?"))
			.map((url) -> UriComponentsBuilder.fromUriString(url).build())
			.toList();
		assertThat(logouts).hasSize(1);
		assertThat(queryParameter(logouts.get(0), "client_id")).isEqualTo(clientId);
		assertThat(queryParameter(logouts.get(0), "logout_uri")).isEqualTo(app + "/");

		this.browser.get(app + "/files");
		this.wait.until(ExpectedConditions.urlMatches(startsWith(hostedUi + "/")));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
	}

	/**
	 * Open the app's home page, sign in on the hosted UI and wait for the home page.
	 * @param app the app's base URL
	 * @param hostedUi the hosted UI's base URL
	 * @param username the user to sign in as
	 * @param password the user's password
	 */
	void signIn(String app, String hostedUi, String username, String password) {
		this.browser.get(app + "/");
		signInOnHostedUi(hostedUi, username, password);
		// Back on the home page the login started from (Spring Security marks the
		// replayed request with "?continue").
		this.wait.until(ExpectedConditions.and(ExpectedConditions.urlMatches(startsWith(app + "/")),
				ExpectedConditions.textToBe(By.id("username"), username)));
		assertThat(this.browser.getCurrentUrl()).matches(Pattern.quote(app + "/") + "(\\?continue)?");
		assertThat(this.browser.findElement(By.id("state")).getText()).isEqualTo("SIGNED_IN");
	}

	/**
	 * Click an element of the current page and wait for an element of the next one.
	 * @param link the id of the element to click
	 * @param element the id of the element to wait for
	 * @return the text of the element waited for
	 */
	String follow(String link, String element) {
		this.browser.findElement(By.id(link)).click();
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(element))).getText();
	}

	@Override
	public void close() {
		this.browser.quit();
	}

	private static String startsWith(String prefix) {
		return "^" + Pattern.quote(prefix);
	}

	private static String queryParameter(UriComponents uri, String name) {
		String value = uri.getQueryParams().getFirst(name);
		return (value != null) ? UriUtils.decode(value, StandardCharsets.UTF_8) : null;
	}

	private void signInOnHostedUi(String hostedUi, String username, String password) {
		this.wait.until(ExpectedConditions.urlMatches(startsWith(hostedUi + "/")));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
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
