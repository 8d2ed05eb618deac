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
package io.github.cognitosession.autoconfigure;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;

/**
 * Callback to tune the user-pool SDK client (HTTP client, timeouts, retry strategy,
 * endpoint) before it is built, without replacing the bean. Customizer beans are applied
 * in their {@code @Order}, after the defaults. Setting a whole
 * {@code overrideConfiguration} replaces the default one, whose only setting is the SDK's
 * standard retry strategy.
 *
 * @author Cognito Session contributors
 */
@FunctionalInterface
public interface CognitoIdentityProviderClientCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder, with region, endpoint and anonymous credentials set
	 */
	void customize(CognitoIdentityProviderClientBuilder builder);

}
