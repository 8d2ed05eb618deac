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

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * A REST API that accepts the access tokens of a Cognito user pool
 * ({@code cognito.user-pool.*}): {@code GET /api/me} for any valid token,
 * {@code GET /api/admin} for members of the group {@code admin}; with
 * {@code cognito.m2m.<name>.*} and {@code sample.m2m.client=<name>} it also calls a
 * service as itself on a schedule (see {@link M2mCaller}).
 *
 * @author Cognito Session contributors
 */
@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class ApiSampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(ApiSampleApplication.class, args);
	}

}
