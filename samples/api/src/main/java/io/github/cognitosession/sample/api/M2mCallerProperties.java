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
package io.github.cognitosession.sample.api;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sample's machine-to-machine caller.
 *
 * @param client name of the machine-to-machine client under {@code cognito.m2m} whose
 * token the caller sends; no calls when not set
 * @param url URL the caller calls
 * @param interval time between two calls
 * @author Cognito Session contributors
 */
@ConfigurationProperties("sample.m2m")
record M2mCallerProperties(String client, URI url, Duration interval) {

	M2mCallerProperties {
		if (interval == null) {
			interval = Duration.ofMinutes(1);
		}
	}

}
