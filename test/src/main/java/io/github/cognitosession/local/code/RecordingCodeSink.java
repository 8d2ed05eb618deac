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

package io.github.cognitosession.local.code;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The default {@link CodeSink}: remembers every code so tests can read them. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class RecordingCodeSink implements CodeSink {

	private final List<DeliveredCode> codes = new ArrayList<>();

	@Override
	public synchronized void deliver(DeliveredCode code) {
		this.codes.add(code);
	}

	/**
	 * The last code made for a user, whatever its purpose.
	 * @param poolId the user pool id
	 * @param username the user
	 * @return the code
	 * @throws NoSuchElementException when no code was made for the user
	 */
	public synchronized String lastCode(String poolId, String username) {
		for (int i = this.codes.size() - 1; i >= 0; i--) {
			DeliveredCode code = this.codes.get(i);
			if (code.poolId().equals(poolId) && code.username().equals(username)) {
				return code.code();
			}
		}
		throw new NoSuchElementException("No code was delivered to " + username + " in " + poolId);
	}

	/**
	 * All codes made so far, oldest first.
	 * @return a copy of the codes
	 */
	public synchronized List<DeliveredCode> all() {
		return List.copyOf(this.codes);
	}

}
