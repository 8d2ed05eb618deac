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

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.srp.SrpServerSession;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.PoolUser;

/**
 * Sign-ins waiting for a challenge answer, under opaque single-use keys (the
 * {@code Session} string, or the SRP {@code SECRET_BLOCK}). Thread-safe.
 *
 * @author Cognito Session contributors
 */
final class ChallengeSessions {

	/** How long Cognito waits for a challenge answer. */
	static final Duration SESSION_VALIDITY = Duration.ofMinutes(3);

	private final Clock clock;

	private final SecureRandom random;

	private final Map<String, Pending> pending = new ConcurrentHashMap<>();

	ChallengeSessions(Clock clock, SecureRandom random) {
		this.clock = clock;
		this.random = random;
	}

	String open(String challengeName, AppClient client, PoolUser user, String code, SrpServerSession srp) {
		return open(challengeName, client.clientId(), user.username(), code, srp, null);
	}

	String open(String challengeName, AppClient client, PoolUser user, String code, SrpServerSession srp,
			String deviceKey) {
		return open(challengeName, client.clientId(), user.username(), code, srp, deviceKey);
	}

	String open(String challengeName, String clientId, String username, String code, SrpServerSession srp) {
		return open(challengeName, clientId, username, code, srp, null);
	}

	/**
	 * Open a challenge; {@code deviceKey} is the device the sign-in authenticates from,
	 * so that the steps after MFA do not hand out a new device key for it.
	 */
	String open(String challengeName, String clientId, String username, String code, SrpServerSession srp,
			String deviceKey) {
		byte[] bytes = new byte[(srp != null) ? 512 : 192];
		this.random.nextBytes(bytes);
		String key = Base64.getEncoder().encodeToString(bytes);
		Instant now = this.clock.instant();
		// Abandoned sign-ins would otherwise pile up in a long-running standalone
		// emulator.
		this.pending.values().removeIf((candidate) -> !now.isBefore(candidate.expiresAt()));
		this.pending.put(key,
				new Pending(challengeName, clientId, username, code, srp, deviceKey, now.plus(SESSION_VALIDITY)));
		return key;
	}

	/**
	 * Take the pending challenge; a key works once.
	 */
	Pending take(String key, String challengeName, AppClient client) {
		Pending found = peek(key, challengeName);
		if (!found.clientId().equals(client.clientId()) || !remove(key)) {
			throw invalidSession();
		}
		return found;
	}

	/**
	 * Look at a pending challenge without using it up: the software-token operations
	 * carry no client id, and a mistyped code must leave the setup usable.
	 */
	Pending peek(String key, String... challengeNames) {
		Pending found = (key != null) ? this.pending.get(key) : null;
		if (found == null || !List.of(challengeNames).contains(found.challengeName())) {
			throw invalidSession();
		}
		if (!this.clock.instant().isBefore(found.expiresAt())) {
			this.pending.remove(key);
			throw CognitoError.notAuthorized("Invalid session for the user, session is expired.");
		}
		return found;
	}

	/**
	 * Use up a key.
	 * @return whether the key was still pending (it is not after a concurrent use)
	 */
	boolean remove(String key) {
		return this.pending.remove(key) != null;
	}

	private static CognitoError invalidSession() {
		return CognitoError.notAuthorized("Invalid session for the user.");
	}

	record Pending(String challengeName, String clientId, String username, String code, SrpServerSession srp,
			String deviceKey, Instant expiresAt) {

		@Override
		public String toString() {
			return "Pending[" + this.challengeName + ", " + this.username + "]";
		}

	}

}
