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

package io.github.cognitosession.local.hostedui;

import java.time.Instant;

/**
 * A browser signed in to the hosted UI (behind the {@code cognito} cookie), so that the
 * next authorization request of the pool skips the form.
 *
 * @param poolId the user pool
 * @param username the user
 * @param authTime when the user entered the password
 * @author Cognito Session contributors
 */
record HostedUiSession(String poolId, String username, Instant authTime) {

}
