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

import java.nio.file.Path;

import io.github.cognitosession.local.LocalCognito;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sample as started with its default profile, on the embedded Local Cognito, in a
 * real browser.
 *
 * @author Cognito Session contributors
 */
// Selenium warns that it has no CDP support for this browser version: not needed here.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"logging.level.org.openqa.selenium.devtools=error", "logging.level.org.openqa.selenium.chromium=error" })
class WebSampleBrowserTests {

	@Autowired
	private LocalCognito cognito;

	@Autowired
	private LocalCognitoDemo demo;

	@Value("${cognito.user-pool.client-id}")
	private String clientId;

	@LocalServerPort
	private int port;

	@Test
	void browserWhenSigningInUploadingAndSigningOutThenRoundTripsThroughTheHostedUi(@TempDir Path profile,
			@TempDir Path files) throws Exception {
		try (SampleRoundTrip roundTrip = new SampleRoundTrip(profile)) {
			roundTrip.run("http://localhost:" + this.port, this.cognito.hostedUiDomain(), this.clientId,
					this.demo.username(), this.demo.password(), files);
		}
	}

}
