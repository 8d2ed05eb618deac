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

import io.github.cognitosession.userpool.UserPoolClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Tests for {@link UserPoolAuthenticatorSettings}.
 *
 * @author Cognito Session contributors
 */
class UserPoolAuthenticatorSettingsTests {

	@Test
	void buildWhenNoUserPoolThenFails() {
		assertThatNullPointerException().isThrownBy(() -> UserPoolAuthenticatorSettings.builder().build())
			.withMessage("userPool cannot be null");
	}

	@Test
	void buildWhenMinimalThenDefaults() {
		UserPoolAuthenticatorSettings settings = UserPoolAuthenticatorSettings.builder()
			.userPool(UserPoolClient.of("us-east-2_KO6fcefgd", "client"))
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
			.isThrownBy(() -> UserPoolClient.builder().userPoolId("KO6fcefgd").clientId("c").build())
			.withMessageContaining("userPoolId must look like <region>_<id>");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UserPoolClient.builder().userPoolId("us-east-2_").clientId("c").build())
			.withMessageContaining("userPoolId");
	}

	@Test
	void buildWhenClientIdMissingThenIllegalArgument() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UserPoolClient.builder().userPoolId("us-east-2_x").build())
			.withMessage("clientId cannot be empty");
	}

	@Test
	void buildWhenClientSecretBlankThenIllegalArgument() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> UserPoolClient.builder().userPoolId("us-east-2_x").clientId("c").clientSecret(" ").build())
			.withMessageContaining("clientSecret");
	}

	@Test
	void toStringWhenClientSecretSetThenNotPrinted() {
		UserPoolAuthenticatorSettings settings = UserPoolAuthenticatorSettings.builder()
			.userPool(UserPoolClient.builder()
				.userPoolId("us-east-2_x")
				.clientId("c")
				.clientSecret("very-secret-value")
				.build())
			.build();
		assertThat(settings.toString()).doesNotContain("very-secret-value").contains("PROTECTED");
	}

}
