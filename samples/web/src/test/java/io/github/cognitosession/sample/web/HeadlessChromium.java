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

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts the system's headless Chromium (Debian packages {@code chromium} and
 * {@code chromium-driver}) with an explicit browser and driver path, so Selenium Manager
 * never downloads anything. A missing browser skips the test, except under
 * {@code CI=true}, where it fails it.
 *
 * @author Cognito Session contributors
 */
final class HeadlessChromium {

	static final String BROWSER_PROPERTY = "chromium.binary";

	static final String DRIVER_PROPERTY = ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY;

	private HeadlessChromium() {
	}

	/**
	 * Start a browser with a fresh profile, its network requests recorded in the
	 * performance log.
	 * @param userDataDir an empty directory for the browser's profile
	 * @return the driver
	 */
	static ChromeDriver start(Path userDataDir) {
		File browser = new File(System.getProperty(BROWSER_PROPERTY, "/usr/bin/chromium"));
		File driver = new File(System.getProperty(DRIVER_PROPERTY, "/usr/bin/chromedriver"));
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		requireExecutable(browser, "chromium", ci);
		requireExecutable(driver, "chromium-driver", ci);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--user-data-dir=" + userDataDir.toAbsolutePath());
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	// A skipped browser test would let CI pass without ever testing the web login.
	static void requireExecutable(File file, String debianPackage, boolean ci) {
		if (Files.isExecutable(file.toPath())) {
			return;
		}
		String message = file + " not found: install the Debian package '" + debianPackage
				+ "' (apt-get install chromium chromium-driver) or set -D"
				+ (debianPackage.equals("chromium") ? BROWSER_PROPERTY : DRIVER_PROPERTY);
		if (ci) {
			Assertions.fail(message);
		}
		Assumptions.abort(message);
	}

}
