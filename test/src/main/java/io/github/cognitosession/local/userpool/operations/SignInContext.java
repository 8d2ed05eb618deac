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

package io.github.cognitosession.local.userpool.operations;

import java.util.Map;

import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.UserPool;

/**
 * The sign-in a request belongs to: the pool and app client, whether it came through the
 * admin API (AdminInitiateAuth, AdminRespondToAuthChallenge), and the caller's
 * {@code ClientMetadata} for the triggers.
 *
 * @param pool the pool
 * @param client the app client
 * @param admin whether the admin API was used
 * @param clientMetadata the client metadata
 * @author Cognito Session contributors
 */
record SignInContext(UserPool pool, AppClient client, boolean admin, Map<String, String> clientMetadata) {

}
