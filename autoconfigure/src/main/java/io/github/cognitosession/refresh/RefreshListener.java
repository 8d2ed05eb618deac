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

import java.time.Instant;

/**
 * Told of the outcome of each upstream refresh of a {@link RefreshEngine}'s slots, on the
 * refreshing thread, before the waiting callers are released and with no lock of the
 * engine held. It must not block; an exception it throws is logged and otherwise ignored.
 *
 * @param <V> the value type
 * @author Cognito Session contributors
 */
public interface RefreshListener<V> {

	/**
	 * A refresh published a new value.
	 * @param key the slot's key
	 * @param value the new value
	 */
	default void refreshed(String key, V value) {
	}

	/**
	 * A refresh failed and the slot backs off: callers get the still-valid value, or the
	 * failure once it expired, with no upstream call until {@code retryAt}.
	 * @param key the slot's key
	 * @param failure what the refresh threw
	 * @param consecutiveFailures how many refreshes of this slot failed in a row
	 * @param retryAt when the next upstream call may be made
	 */
	default void failed(String key, RuntimeException failure, int consecutiveFailures, Instant retryAt) {
	}

}
