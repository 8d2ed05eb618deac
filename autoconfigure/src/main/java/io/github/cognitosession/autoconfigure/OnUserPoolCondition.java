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

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Condition behind {@link ConditionalOnUserPool}. A blank id counts as absent, so that
 * {@code COGNITO_USER_POOL_ID=} in an environment turns the feature off instead of
 * failing validation.
 *
 * @author Cognito Session contributors
 */
class OnUserPoolCondition extends SpringBootCondition {

	static final String PROPERTY = "cognito.user-pool.id";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnUserPool.class);
		String id = context.getEnvironment().getProperty(PROPERTY);
		if (StringUtils.hasText(id)) {
			return ConditionOutcome.match(message.foundExactly("property " + PROPERTY));
		}
		return ConditionOutcome.noMatch(message.didNotFind("property").items(PROPERTY));
	}

}
