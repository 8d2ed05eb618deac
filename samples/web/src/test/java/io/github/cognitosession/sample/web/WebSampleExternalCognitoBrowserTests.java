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
import java.util.ArrayList;
import java.util.List;

import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Provisioned;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample pointed by command-line properties at a Cognito-compatible hosted UI and
 * user pool it did not start itself (here a separate Local Cognito, configured with
 * Cognito's real issuer form), the way a user runs it against their own pool: the
 * embedded emulator stays off and the round trip works.
 *
 * @author Cognito Session contributors
 */
class WebSampleExternalCognitoBrowserTests {

	private static final String BUCKET = "external-sample-bucket";

	private LocalCognito cognito;

	private Provisioned setup;

	private ConfigurableApplicationContext app;

	private int port;

	@BeforeEach
	void startCognitoAndSample() {
		this.cognito = LocalCognito.builder().build().start();
		// The app client's URLs need the app's port before the app starts.
		this.port = TestPorts.free();
		this.setup = this.cognito.provision()
			.oauthUrls(List.of("http://localhost:" + this.port + "/login/oauth2/code/cognito"),
					List.of("http://localhost:" + this.port + "/"))
			.user("alice", "Alice-Passw0rd")
			.identityPool(false)
			.create();
		LocalBucket.create(this.setup, BUCKET);
		List<String> args = new ArrayList<>();
		this.setup.springProperties().forEach((name, value) -> args.add("--" + name + "=" + value));
		args.addAll(List.of("--server.port=" + this.port, "--sample.s3.bucket=" + BUCKET,
				"--spring.cloud.aws.region.static=" + this.setup.region(),
				"--spring.cloud.aws.s3.endpoint=" + this.setup.s3Endpoint(),
				"--spring.cloud.aws.s3.path-style-access-enabled=true",
				// Selenium warns that it has no CDP support for this browser version.
				"--logging.level.org.openqa.selenium.devtools=error",
				"--logging.level.org.openqa.selenium.chromium=error"));
		this.app = new SpringApplicationBuilder(WebSampleApplication.class).run(args.toArray(String[]::new));
	}

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		if (this.cognito != null) {
			this.cognito.close();
		}
	}

	@Test
	void browserWhenPointedAtAnotherHostedUiThenRoundTripsWithoutTheEmbeddedEmulator(@TempDir Path profile,
			@TempDir Path files) throws Exception {
		assertThat(this.app.getBeansOfType(LocalCognito.class)).isEmpty();
		assertThat(((WebServerApplicationContext) this.app).getWebServer().getPort()).isEqualTo(this.port);
		try (SampleRoundTrip roundTrip = new SampleRoundTrip(profile)) {
			roundTrip.run("http://localhost:" + this.port, this.setup.hostedUiDomain(), this.setup.clientId(), "alice",
					"Alice-Passw0rd", files);
		}
	}

}
