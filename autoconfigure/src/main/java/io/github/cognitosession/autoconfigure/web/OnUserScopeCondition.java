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
package io.github.cognitosession.autoconfigure.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.web.context.ConfigurableWebEnvironment;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.WebApplicationContext;

/**
 * Decides the session scope: {@code user} (one Cognito session per user, kept in their
 * HTTP session) when {@code cognito.session.scope=user} in a servlet web application, or
 * when the property is not set in a servlet web application with Spring Security
 * (whatever its login: the hosted UI, its own form login, HTTP basic); otherwise
 * {@code application}. The scope is an explicit choice or this documented default, never
 * a side effect of another feature's property.
 *
 * @author Cognito Session contributors
 */
class OnUserScopeCondition extends SpringBootCondition {

	static final String PROPERTY = "cognito.session.scope";

	private static final String SPRING_SECURITY_WEB = "org.springframework.security.config.annotation.web.configuration.EnableWebSecurity";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("Cognito session scope");
		if (!isServletWebApplication(context)) {
			return ConditionOutcome.noMatch(message.because("not a servlet web application: application scope"));
		}
		String scope = context.getEnvironment().getProperty(PROPERTY);
		if (scope != null && !scope.isBlank()) {
			boolean user = "user".equals(scope.trim().toLowerCase(Locale.ROOT));
			return new ConditionOutcome(user, message.because(PROPERTY + "=" + scope.trim()));
		}
		if (ClassUtils.isPresent(SPRING_SECURITY_WEB, context.getClassLoader())) {
			return ConditionOutcome
				.match(message.because("a servlet web application with Spring Security: user scope"));
		}
		return ConditionOutcome.noMatch(message.because("no Spring Security on the classpath: application scope"));
	}

	/**
	 * As Spring Boot's {@code @ConditionalOnWebApplication(type = SERVLET)} decides it.
	 */
	static boolean isServletWebApplication(ConditionContext context) {
		if (!ClassUtils.isPresent("org.springframework.web.context.support.GenericWebApplicationContext",
				context.getClassLoader())) {
			return false;
		}
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		if (beanFactory != null && Arrays.asList(beanFactory.getRegisteredScopeNames()).contains("session")) {
			return true;
		}
		return context.getEnvironment() instanceof ConfigurableWebEnvironment
				|| context.getResourceLoader() instanceof WebApplicationContext;
	}

}
