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
package io.github.cognitosession.refresh;

/**
 * The rest of a refresh's interceptor chain, ending with the upstream call.
 *
 * @param <V> the value type
 * @author Cognito Session contributors
 * @see RefreshInterceptor
 */
@FunctionalInterface
public interface RefreshCall<V> {

	/**
	 * Continue the refresh.
	 * @param base the value to refresh from (usually the one the interceptor was given,
	 * or a newer one it read)
	 * @return the new value, or {@code null} when the owner has no value any more
	 */
	V proceed(V base);

}
