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

import org.springframework.util.Assert;

/**
 * When a value is refreshed, as instants of the engine's clock: from {@code prefetchAt}
 * one background refresh is made while callers keep getting the value; from
 * {@code staleAt} callers wait (bounded) for a refresh; from {@code expiresAt} the value
 * is no longer served, not even when a refresh fails. {@link RefreshWindows} computes
 * them from an expiry time.
 *
 * @param prefetchAt the end of the value's fresh phase
 * @param staleAt the end of its prefetch window
 * @param expiresAt the end of its validity
 * @author Cognito Session contributors
 */
public record RefreshDeadlines(Instant prefetchAt, Instant staleAt, Instant expiresAt) {

	/**
	 * Create an instance.
	 * @param prefetchAt the end of the value's fresh phase
	 * @param staleAt the end of its prefetch window, not before {@code prefetchAt}
	 * @param expiresAt the end of its validity, not before {@code staleAt}
	 */
	public RefreshDeadlines {
		Assert.notNull(prefetchAt, "prefetchAt cannot be null");
		Assert.notNull(staleAt, "staleAt cannot be null");
		Assert.notNull(expiresAt, "expiresAt cannot be null");
		Assert.isTrue(!prefetchAt.isAfter(staleAt), "prefetchAt cannot be after staleAt");
		Assert.isTrue(!staleAt.isAfter(expiresAt), "staleAt cannot be after expiresAt");
	}

}
