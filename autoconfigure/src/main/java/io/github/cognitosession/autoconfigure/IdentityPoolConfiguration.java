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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

import io.github.cognitosession.credentials.CognitoIdentityCredentialsProvider;
import io.github.cognitosession.credentials.DefaultIdentityPoolOperations;
import io.github.cognitosession.credentials.SessionCredentialsProvider;
import io.github.cognitosession.session.DefaultCognitoSessionManager;
import io.github.cognitosession.session.IdentityPoolOperations;
import io.github.cognitosession.userpool.UserPoolClient;

/**
 * The identity pool's side of the session manager, when {@code cognito.identity-pool.id}
 * is set: the manager's {@link IdentityPoolOperations} role (a bean too), its credentials
 * cache ({@link SessionCredentialsProvider}, the bean named
 * {@value #CREDENTIALS_PROVIDER_BEAN_NAME}) and, unless
 * {@code cognito.identity-pool.default-credentials-provider=false} or the application has
 * an {@link AwsCredentialsProvider} of its own, the application's
 * {@link AwsCredentialsProvider}, which every Spring Cloud AWS client then signs with.
 * <p>
 * The provider itself is not a default autowiring candidate: whether it is the
 * application's AWS identity is decided by the last bean alone, so that with the opt-out
 * Spring Cloud AWS keeps its own credentials chain. The session manager owns the role and
 * closes it.
 *
 * @author Cognito Session contributors
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "cognito.identity-pool", name = "id")
class IdentityPoolConfiguration {

	static final String CREDENTIALS_PROVIDER_BEAN_NAME = "cognitoCredentialsProvider";

	private static final Log logger = LogFactory.getLog(IdentityPoolConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	CognitoIdentityPoolFactory cognitoIdentityPoolFactory(CognitoProperties properties, CognitoIdentityClient client,
			UserPoolClient userPool, @Qualifier(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME) Clock clock) {
		CognitoProperties.IdentityPool identityPool = properties.getIdentityPool();
		CognitoIdentityCredentialsProvider.Builder template = CognitoIdentityCredentialsProvider.builder()
			.cognitoIdentityClient(client)
			.identityPoolId(identityPool.getId().trim())
			.clock(clock);
		String customRoleArn = identityPool.getCustomRoleArn();
		if (customRoleArn != null && !customRoleArn.isBlank()) {
			template.customRoleArn(customRoleArn.trim());
		}
		SessionCredentialsProvider.Builder builder = DefaultIdentityPoolOperations.builder(template)
			.userPoolId(userPool.getUserPoolId())
			.maxCachedIdentities(identityPool.getMaxCachedIdentities());
		return builder::build;
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(DefaultCognitoSessionManager.class)
	IdentityPoolOperations cognitoIdentityPoolOperations(DefaultCognitoSessionManager sessionManager) {
		return sessionManager.identityPool().orElseThrow();
	}

	// closed by the session manager, which owns the role it belongs to
	@Bean(name = CREDENTIALS_PROVIDER_BEAN_NAME, defaultCandidate = false, destroyMethod = "")
	@ConditionalOnMissingBean(name = CREDENTIALS_PROVIDER_BEAN_NAME)
	@ConditionalOnBean(DefaultCognitoSessionManager.class)
	SessionCredentialsProvider cognitoCredentialsProvider(DefaultCognitoSessionManager sessionManager) {
		return sessionManager.identityPool()
			.filter(DefaultIdentityPoolOperations.class::isInstance)
			.map((role) -> ((DefaultIdentityPoolOperations) role).credentialsProvider())
			.orElseThrow(() -> new IllegalStateException(
					"The session manager's identity-pool role is not a DefaultIdentityPoolOperations"));
	}

	/**
	 * The Cognito provider as the application's {@link AwsCredentialsProvider},
	 * registered before Spring Cloud AWS's {@code CredentialsProviderAutoConfiguration},
	 * which then backs off. It looks the provider up on first use (see
	 * {@link DeferredCredentialsProvider}).
	 */
	@Bean
	@Primary
	@ConditionalOnBooleanProperty(name = "cognito.identity-pool.default-credentials-provider", matchIfMissing = true)
	@ConditionalOnMissingBean(AwsCredentialsProvider.class)
	AwsCredentialsProvider cognitoAwsCredentialsProvider(Environment environment,
			@Qualifier(CREDENTIALS_PROVIDER_BEAN_NAME) ObjectProvider<SessionCredentialsProvider> provider) {
		logger.info("AWS clients sign with Cognito identity pool "
				+ environment.getProperty("cognito.identity-pool.id", "").trim()
				+ " credentials: the Cognito credentials provider is the application's AwsCredentialsProvider "
				+ "and replaces Spring Cloud AWS's credentials chain (set "
				+ "cognito.identity-pool.default-credentials-provider=false to keep it)");
		return new DeferredCredentialsProvider((mirror) -> provider.getObject().resolvingProvider(mirror));
	}

}
