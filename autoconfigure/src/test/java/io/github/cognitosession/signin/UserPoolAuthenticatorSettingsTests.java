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
package io.github.cognitosession.signin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link UserPoolAuthenticatorSettings}.
 *
 * @author Cognito Session contributors
 */
class UserPoolAuthenticatorSettingsTests {

	@Test
	void buildWhenMinimalThenDefaults() {
		UserPoolAuthenticatorSettings settings = UserPoolAuthenticatorSettings.builder()
			.userPoolId("us-east-2_KO6fcefgd")
			.clientId("client")
			.build();
		assertThat(settings.getPoolName()).isEqualTo("KO6fcefgd");
		assertThat(settings.getAuthFlow()).isEqualTo(UserPoolAuthFlow.USER_SRP_AUTH);
		assertThat(settings.hasClientSecret()).isFalse();
		assertThat(settings.getClock()).isNotNull();
		assertThat(settings.getSecureRandom()).isNotNull();
	}

	@Test
	void buildWhenPoolIdHasNoRegionPrefixThenMessageNamesUserPoolId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UserPoolAuthenticatorSettings.builder().userPoolId("KO6fcefgd").clientId("c").build())
			.withMessageContaining("userPoolId must look like <region>_<id>");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UserPoolAuthenticatorSettings.builder().userPoolId("us-east-2_").clientId("c").build())
			.withMessageContaining("userPoolId");
	}

	@Test
	void buildWhenClientIdMissingThenIllegalArgument() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UserPoolAuthenticatorSettings.builder().userPoolId("us-east-2_x").build())
			.withMessage("clientId cannot be empty");
	}

	@Test
	void buildWhenClientSecretBlankThenIllegalArgument() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UserPoolAuthenticatorSettings.builder()
				.userPoolId("us-east-2_x")
				.clientId("c")
				.clientSecret(" ")
				.build())
			.withMessageContaining("clientSecret");
	}

	@Test
	void toStringWhenClientSecretSetThenNotPrinted() {
		UserPoolAuthenticatorSettings settings = UserPoolAuthenticatorSettings.builder()
			.userPoolId("us-east-2_x")
			.clientId("c")
			.clientSecret("very-secret-value")
			.build();
		assertThat(settings.toString()).doesNotContain("very-secret-value").contains("PROTECTED");
	}

}
