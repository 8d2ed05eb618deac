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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a custom-auth sign-in stands: the challenges so far (the {@code session} the
 * define-auth-challenge trigger reads) and the current challenge's private parameters.
 * Immutable.
 *
 * @param session the challenges so far, each {@code challengeName},
 * {@code challengeResult}, {@code challengeMetadata}
 * @param privateParameters the current challenge's {@code privateChallengeParameters}
 * @param challengeMetadata the current challenge's {@code challengeMetadata}
 * @author Cognito Session contributors
 */
record CustomAuthState(List<Map<String, Object>> session, Map<String, Object> privateParameters,
		String challengeMetadata) {

	static final CustomAuthState START = new CustomAuthState(List.of(), Map.of(), null);

	/**
	 * The state after a challenge's result.
	 * @param challengeName the challenge
	 * @param result whether it was passed
	 * @param metadata its metadata, or {@code null}
	 * @return the new state
	 */
	CustomAuthState after(String challengeName, boolean result, String metadata) {
		List<Map<String, Object>> next = new ArrayList<>(this.session);
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("challengeName", challengeName);
		entry.put("challengeResult", result);
		if (metadata != null) {
			entry.put("challengeMetadata", metadata);
		}
		next.add(entry);
		return new CustomAuthState(List.copyOf(next), Map.of(), null);
	}

	/**
	 * The state with the current challenge's parameters.
	 * @param privateParameters the private parameters
	 * @param metadata the metadata
	 * @return the new state
	 */
	CustomAuthState challenge(Map<String, Object> privateParameters, String metadata) {
		return new CustomAuthState(this.session, Collections.unmodifiableMap(new LinkedHashMap<>(privateParameters)),
				metadata);
	}

	@Override
	public String toString() {
		// Private challenge parameters hold the expected answers.
		return "CustomAuthState[" + this.session.size() + " challenges]";
	}

}
