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
package io.github.cognitosession.credentials;

/**
 * Access to the cached value that {@link CognitoIdentityCredentialsProvider}'s hot path
 * reads, for the code that refreshes it. The value lives in a volatile field of the
 * provider itself so that the hot path follows no extra reference.
 *
 * @author Cognito Session contributors
 */
interface CredentialsCache {

	CachedCredentials get();

	void set(CachedCredentials value);

	boolean compareAndSet(CachedCredentials expected, CachedCredentials value);

}
