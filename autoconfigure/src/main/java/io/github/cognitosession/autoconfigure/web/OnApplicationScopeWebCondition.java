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

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches a servlet web application whose Cognito session scope is the application: every
 * request shares one session, which deserves a warning.
 *
 * @author Cognito Session contributors
 */
class OnApplicationScopeWebCondition extends SpringBootCondition {

	private final OnUserScopeCondition userScope = new OnUserScopeCondition();

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionOutcome user = this.userScope.getMatchOutcome(context, metadata);
		boolean servlet = OnUserScopeCondition.isServletWebApplication(context);
		return new ConditionOutcome(servlet && !user.isMatch(), user.getConditionMessage());
	}

}
