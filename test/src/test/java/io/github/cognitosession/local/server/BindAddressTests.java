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

package io.github.cognitosession.local.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binding anything but loopback warns that the admin API has no authentication. Decided
 * without binding: tests listen on loopback only.
 *
 * @author Cognito Session contributors
 */
class BindAddressTests {

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.0.0.2", "::1", "localhost" })
	void exposureWarningWhenLoopbackThenNone(String host) {
		assertThat(BindAddress.exposureWarning(host)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.0.0.0", "::", "192.0.2.10", "10.1.2.3" })
	void exposureWarningWhenReachableFromOtherMachinesThenNamesAddressAndMissingAuthentication(String host) {
		assertThat(BindAddress.exposureWarning(host))
			.hasValueSatisfying((warning) -> assertThat(warning).contains("bound to " + host)
				.contains("no authentication")
				.contains("127.0.0.1"));
	}

}
