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

package io.github.cognitosession.local.trigger;

/**
 * A user-pool Lambda trigger: it reads the event's {@link TriggerEvent#request()} and
 * fills its {@link TriggerEvent#response()}, as a Lambda function returns the event it
 * got. Throwing fails the Cognito operation with {@code UserLambdaValidationException}
 * ({@code "<Trigger> failed with error <message>."}), as a failing Lambda does.
 *
 * <pre class="code">
 * LocalCognito.builder().trigger(TriggerType.PRE_SIGN_UP, (event) -&gt; event.response().put("autoConfirmUser", true));
 * </pre>
 *
 * @author Cognito Session contributors
 */
@FunctionalInterface
public interface Trigger {

	/**
	 * Handle an event.
	 * @param event the event; fill its response
	 * @throws Exception to make the operation fail
	 */
	void handle(TriggerEvent event) throws Exception;

}
