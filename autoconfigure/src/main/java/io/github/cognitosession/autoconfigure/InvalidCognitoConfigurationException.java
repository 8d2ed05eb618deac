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

import org.springframework.util.Assert;

import io.github.cognitosession.exception.CognitoSessionException;

/**
 * Thrown at start-up when a {@code cognito.*} property is missing or wrong. Names the
 * property, the problem and the fix; never contains a secret value.
 *
 * @author Cognito Session contributors
 */
public class InvalidCognitoConfigurationException extends CognitoSessionException {

	/**
	 * The error code of this exception.
	 */
	public static final String ERROR_CODE = "InvalidConfiguration";

	private final String property;

	private final String problem;

	private final String action;

	/**
	 * Create an exception.
	 * @param property the property at fault, e.g. {@code cognito.user-pool.id}
	 * @param problem what is wrong, without the value when the value is a secret
	 * @param action how to fix it
	 */
	public InvalidCognitoConfigurationException(String property, String problem, String action) {
		super(ERROR_CODE, "Invalid Cognito configuration: " + property + " " + problem);
		Assert.hasText(property, "property cannot be empty");
		Assert.hasText(problem, "problem cannot be empty");
		Assert.hasText(action, "action cannot be empty");
		this.property = property;
		this.problem = problem;
		this.action = action;
	}

	/**
	 * The property at fault.
	 * @return the property name
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * What is wrong with the property.
	 * @return the problem
	 */
	public String getProblem() {
		return this.problem;
	}

	/**
	 * How to fix the problem.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
