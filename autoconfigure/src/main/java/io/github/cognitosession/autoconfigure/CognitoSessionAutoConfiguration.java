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

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Auto-configuration of Cognito sessions: the SDK clients, the session's clock, and
 * (through {@link SessionComponentsConfiguration}) the session store, the sign-in
 * protocol and the {@code CognitoSessionManager}, and (through
 * {@link IdentityPoolConfiguration}, when {@code cognito.identity-pool.id} is set) the
 * identity pool's AWS credentials provider. Active only when {@code cognito.user-pool.id}
 * is set. Ordered before Spring Cloud AWS's {@code CredentialsProviderAutoConfiguration}
 * so that its credentials chain backs off when the Cognito provider is the application's
 * one. Creating the beans makes no network call.
 *
 * @author Cognito Session contributors
 */
@AutoConfiguration(beforeName = "io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration")
@ConditionalOnUserPool
@EnableConfigurationProperties(CognitoProperties.class)
@Import({ SessionComponentsConfiguration.class, IdentityPoolConfiguration.class })
public final class CognitoSessionAutoConfiguration {

	/**
	 * Name of the {@link Clock} bean the session components use. It is not a default
	 * autowiring candidate, so an application's own {@code Clock} bean does not clash
	 * with it; define a bean of this name to replace it (e.g. a test clock).
	 */
	public static final String CLOCK_BEAN_NAME = "cognitoClock";

	@Bean
	@ConditionalOnMissingBean
	CognitoClientConfigurer cognitoClientConfigurer(CognitoProperties properties,
			ObjectProvider<CognitoIdentityProviderClientCustomizer> identityProviderClientCustomizers,
			ObjectProvider<CognitoIdentityClientCustomizer> identityClientCustomizers) {
		return new CognitoClientConfigurer(properties, identityProviderClientCustomizers.orderedStream().toList(),
				identityClientCustomizers.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoIdentityProviderClient cognitoIdentityProviderClient(CognitoClientConfigurer configurer) {
		return configurer.buildIdentityProviderClient();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(prefix = "cognito.identity-pool", name = "id")
	CognitoIdentityClient cognitoIdentityClient(CognitoClientConfigurer configurer) {
		return configurer.buildIdentityClient();
	}

	@Bean(name = CLOCK_BEAN_NAME, defaultCandidate = false)
	@ConditionalOnMissingBean(name = CLOCK_BEAN_NAME)
	Clock cognitoClock() {
		return Clock.systemUTC();
	}

}
