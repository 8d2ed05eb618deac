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

package io.github.cognitosession.local.server;

/**
 * A small set of related operations (for example the user-pool administration calls) that
 * registers itself with the dispatcher.
 *
 * @author Cognito Session contributors
 */
@FunctionalInterface
public interface OperationGroup {

	/**
	 * Register this group's operations.
	 * @param registry the registry to add to
	 */
	void registerWith(OperationRegistry registry);

}
