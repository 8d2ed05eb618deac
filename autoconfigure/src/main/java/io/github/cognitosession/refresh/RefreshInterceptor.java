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
 * Wraps every upstream refresh of a {@link RefreshEngine}'s slots, e.g. to re-read a
 * shared record first (and return what another process stored there without calling
 * {@code next}; the slot then {@link RefreshSource#adopt adopts} it) or to hold a
 * cross-process lock around the upstream call. Interceptors run in the order they were
 * added to the engine's builder, on the refreshing thread.
 *
 * @param <V> the value type
 * @author Cognito Session contributors
 */
@FunctionalInterface
public interface RefreshInterceptor<V> {

	/**
	 * Refresh, usually by calling {@code next}.
	 * @param key the slot's key
	 * @param base the owner's value when the refresh started, or {@code null}
	 * @param next the rest of the chain, ending with {@link RefreshSource#refresh}
	 * @return the new value, or {@code null} when the owner has no value any more
	 */
	V intercept(String key, V base, RefreshCall<V> next);

}
