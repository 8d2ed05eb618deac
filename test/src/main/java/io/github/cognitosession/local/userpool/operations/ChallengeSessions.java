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
 * {@code Session} string, or the SRP {@code SECRET_BLOCK}), valid for the client's
 * {@code AuthSessionValidity} (3 minutes by default). Thread-safe.
 *
 * @author Cognito Session contributors
 */
final class ChallengeSessions {

	/** How long Cognito waits for a challenge answer by default. */
	static final Duration SESSION_VALIDITY = Duration.ofMinutes(3);

	private final Clock clock;

	private final SecureRandom random;

	private final Map<String, Pending> pending = new ConcurrentHashMap<>();

	ChallengeSessions(Clock clock, SecureRandom random) {
		this.clock = clock;
		this.random = random;
	}

	/**
	 * Open a challenge.
	 * @param pending what the answer must match
	 * @return the key (session)
	 */
	String open(Pending pending) {
		byte[] bytes = new byte[(pending.srp() != null) ? 512 : 192];
		this.random.nextBytes(bytes);
		String key = Base64.getEncoder().encodeToString(bytes);
		Instant now = this.clock.instant();
		// Abandoned sign-ins would otherwise pile up in a long-running standalone
		// emulator.
		this.pending.values().removeIf((candidate) -> !now.isBefore(candidate.expiresAt()));
		this.pending.put(key, pending.expiringAt(now.plus(pending.validity())));
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

	/**
	 * A challenge waiting for its answer.
	 *
	 * @param challengeName the challenge
	 * @param clientId the app client
	 * @param username the user
	 * @param code the code sent for it, or {@code null}
	 * @param srp the server side of an SRP exchange, or {@code null}
	 * @param deviceKey the device the sign-in authenticates from, so that the steps after
	 * MFA do not hand out a new device key for it, or {@code null}
	 * @param custom the state of a custom-auth sign-in, or {@code null}
	 * @param validity how long the answer may take
	 * @param expiresAt when it expires (set by {@link ChallengeSessions#open})
	 */
	record Pending(String challengeName, String clientId, String username, String code, SrpServerSession srp,
			String deviceKey, CustomAuthState custom, Duration validity, Instant expiresAt) {

		static Pending of(String challengeName, AppClient client, PoolUser user) {
			return new Pending(challengeName, client.clientId(), user.username(), null, null, null, null,
					client.authSessionValidity(), null);
		}

		Pending challenge(String name) {
			return new Pending(name, this.clientId, this.username, null, null, this.deviceKey, this.custom,
					this.validity, null);
		}

		Pending code(String code) {
			return new Pending(this.challengeName, this.clientId, this.username, code, this.srp, this.deviceKey,
					this.custom, this.validity, null);
		}

		Pending srp(SrpServerSession srp) {
			return new Pending(this.challengeName, this.clientId, this.username, this.code, srp, this.deviceKey,
					this.custom, this.validity, null);
		}

		Pending deviceKey(String deviceKey) {
			return new Pending(this.challengeName, this.clientId, this.username, this.code, this.srp, deviceKey,
					this.custom, this.validity, null);
		}

		Pending custom(CustomAuthState custom) {
			return new Pending(this.challengeName, this.clientId, this.username, this.code, this.srp, this.deviceKey,
					custom, this.validity, null);
		}

		Pending expiringAt(Instant expiresAt) {
			return new Pending(this.challengeName, this.clientId, this.username, this.code, this.srp, this.deviceKey,
					this.custom, this.validity, expiresAt);
		}

		@Override
		public String toString() {
			return "Pending[" + this.challengeName + ", " + this.username + "]";
		}

	}

}
