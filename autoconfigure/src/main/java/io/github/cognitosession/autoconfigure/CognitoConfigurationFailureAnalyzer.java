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

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link InvalidCognitoConfigurationException}, wherever it sits in the cause
 * chain, into a start-up report that names the property and the fix.
 *
 * @author Cognito Session contributors
 */
class CognitoConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCognitoConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCognitoConfigurationException cause) {
		String description = "The Cognito property '" + cause.getProperty() + "' " + cause.getProblem() + ".";
		return new FailureAnalysis(description, cause.getAction(), cause);
	}

}
