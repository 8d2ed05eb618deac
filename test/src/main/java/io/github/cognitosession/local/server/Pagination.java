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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Pages of a listing with opaque continuation tokens. A token names the last item of its
 * page, so deleting items between calls (the usual clean-up loop) skips nothing.
 *
 * @author Cognito Session contributors
 */
public final class Pagination {

	private Pagination() {
	}

	/**
	 * A sort key for items listed by creation: ordered by time, then id.
	 * @param createdAt the creation time
	 * @param id the id
	 * @return the key
	 */
	public static String key(Instant createdAt, String id) {
		return String.format("%020d%09d|%s", createdAt.getEpochSecond(), createdAt.getNano(), id);
	}

	/**
	 * One page.
	 * @param <T> the item type
	 * @param items all items, in the order of {@code sortKey}
	 * @param sortKey each item's sort key
	 * @param limit the page size asked for, or {@code null} for the maximum
	 * @param max the largest page
	 * @param token the token of the previous page, or {@code null} for the first
	 * @return the page
	 * @throws CognitoError {@code InvalidParameterException} for a token this emulator
	 * did not make
	 */
	public static <T> Page<T> page(List<T> items, Function<T, String> sortKey, Integer limit, int max, String token) {
		int size = (limit == null || limit <= 0 || limit > max) ? max : limit;
		int start = 0;
		if (token != null) {
			String after = decode(token);
			while (start < items.size() && sortKey.apply(items.get(start)).compareTo(after) <= 0) {
				start++;
			}
		}
		int end = Math.min(items.size(), start + size);
		List<T> page = items.subList(start, end);
		String next = (end < items.size() && !page.isEmpty()) ? encode(sortKey.apply(page.get(page.size() - 1))) : null;
		return new Page<>(List.copyOf(page), next);
	}

	private static String encode(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("p1|" + key).getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String token) {
		try {
			String key = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			if (key.startsWith("p1|")) {
				return key.substring(3);
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw CognitoError.invalidParameter("Invalid pagination token");
	}

	/**
	 * A page of items.
	 *
	 * @param <T> the item type
	 * @param items the items
	 * @param nextToken the token of the next page, or {@code null} on the last
	 */
	public record Page<T>(List<T> items, String nextToken) {

	}

}
