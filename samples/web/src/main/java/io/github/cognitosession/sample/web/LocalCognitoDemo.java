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

/**
 * The demo user of the embedded Local Cognito, available as a bean when the emulator runs
 * (for tests and for the start-up banner).
 *
 * @param endpoint the emulator's endpoint
 * @param username the demo user's name
 * @param password the demo user's password (generated at each start)
 * @author Cognito Session contributors
 */
public record LocalCognitoDemo(String endpoint, String username, String password) {

	@Override
	public String toString() {
		return "LocalCognitoDemo[endpoint=" + this.endpoint + ", username=" + this.username + "]";
	}

}
