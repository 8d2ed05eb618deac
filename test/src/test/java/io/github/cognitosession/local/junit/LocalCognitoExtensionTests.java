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

package io.github.cognitosession.local.junit;

import java.util.Map;

import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Provisioned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extension runs one emulator for the class, injects it, and the provisioning helper
 * hands out the {@code cognito.*} properties.
 *
 * @author Cognito Session contributors
 */
class LocalCognitoExtensionTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@Test
	void extensionWhenRegisteredStaticallyThenRunningOnLoopbackRandomPort(LocalCognito injected) {
		assertThat(injected).isSameAs(cognito.cognito());
		assertThat(injected.isRunning()).isTrue();
		assertThat(injected.port()).isPositive();
		assertThat(injected.endpoint()).isEqualTo("http://127.0.0.1:" + injected.port());
		assertThat(injected.s3Endpoint()).isEqualTo(injected.endpoint() + "/s3");
	}

	@Test
	void springPropertiesWhenFullSetupThenAllCognitoProperties() {
		Provisioned setup = cognito.provision()
			.clientSecret(true)
			.user("alice", "Password-1")
			.identityPool(true)
			.create();
		Map<String, String> properties = setup.springProperties();
		assertThat(properties).containsEntry("cognito.region", "us-east-1")
			.containsEntry("cognito.user-pool.id", setup.userPoolId())
			.containsEntry("cognito.user-pool.client-id", setup.clientId())
			.containsEntry("cognito.user-pool.client-secret", setup.clientSecret())
			.containsEntry("cognito.user-pool.endpoint", cognito.endpoint())
			.containsEntry("cognito.user-pool.issuer",
					"https://cognito-idp.us-east-1.amazonaws.com/" + setup.userPoolId())
			.containsEntry("cognito.identity-pool.id", setup.identityPoolId())
			.containsEntry("cognito.identity-pool.endpoint", cognito.endpoint());
	}

	@Test
	void springPropertiesWhenPublicClientWithoutIdentityPoolThenOmitsThem() {
		Provisioned setup = cognito.provision().create();
		assertThat(setup.springProperties()).doesNotContainKeys("cognito.user-pool.client-secret",
				"cognito.identity-pool.id", "cognito.identity-pool.endpoint");
	}

	@Test
	void provisionedWhenPrintedThenHidesPasswordAndSecret() {
		Provisioned setup = cognito.provision().clientSecret(true).user("alice", "Password-1").create();
		assertThat(setup.toString()).doesNotContain("Password-1").doesNotContain(setup.clientSecret());
	}

	@Test
	void startWhenAlreadyRunningThenKeepsPort() {
		int port = cognito.cognito().port();
		assertThat(cognito.cognito().start().port()).isEqualTo(port);
	}

}
