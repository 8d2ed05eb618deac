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

package io.github.cognitosession.local;

import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * One unsigned user-pools SDK client per test class, pointed at the emulator of a
 * {@link LocalCognitoExtension}. The client is created on first use so that it never
 * depends on the order in which JUnit starts the two extensions.
 *
 * @author Cognito Session contributors
 */
public final class UserPoolsClientExtension implements AfterAllCallback {

	private final LocalCognitoExtension cognito;

	private CognitoIdentityProviderClient client;

	private UserPoolsClientExtension(LocalCognitoExtension cognito) {
		this.cognito = cognito;
	}

	public static UserPoolsClientExtension on(LocalCognitoExtension cognito) {
		return new UserPoolsClientExtension(cognito);
	}

	public synchronized CognitoIdentityProviderClient client() {
		if (this.client == null) {
			this.client = Sdk.userPools(this.cognito.cognito());
		}
		return this.client;
	}

	@Override
	public synchronized void afterAll(ExtensionContext context) {
		if (this.client != null) {
			this.client.close();
			this.client = null;
		}
	}

}
