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

import java.util.function.Function;

import io.github.cognitosession.session.IdentityPoolOperations;
import io.github.cognitosession.session.SessionIdentities;

/**
 * Builds the session manager's identity-pool role over its sessions, when an identity
 * pool is configured: the session manager then owns (and closes) it.
 *
 * @author Cognito Session contributors
 */
@FunctionalInterface
interface CognitoIdentityPoolFactory extends Function<SessionIdentities, IdentityPoolOperations> {

}
