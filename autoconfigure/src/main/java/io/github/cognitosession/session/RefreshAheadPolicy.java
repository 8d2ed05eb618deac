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
package io.github.cognitosession.session;

import java.time.Duration;
import java.time.Instant;

import io.github.cognitosession.token.CognitoToken;
import io.github.cognitosession.token.CognitoTokens;

/**
 * Decides when tokens are refreshed: when the ID or access token expires within the
 * refresh-ahead time. For short-lived tokens the refresh-ahead time is clamped to half
 * the token's lifetime, so that (say) 5-minute tokens with the default 5-minute
 * refresh-ahead are not refreshed on every call.
 *
 * @author Cognito Session contributors
 */
final class RefreshAheadPolicy {

	private final Duration refreshAhead;

	RefreshAheadPolicy(Duration refreshAhead) {
		this.refreshAhead = refreshAhead;
	}

	boolean needsRefresh(CognitoTokens tokens, Instant now) {
		return !now.isBefore(refreshAt(tokens));
	}

	/**
	 * When the tokens are due for a refresh: the earlier of the ID and the access token's
	 * expiry less its effective refresh-ahead time.
	 */
	Instant refreshAt(CognitoTokens tokens) {
		Instant id = refreshAt(tokens.getIdToken());
		Instant access = refreshAt(tokens.getAccessToken());
		return id.isBefore(access) ? id : access;
	}

	private Instant refreshAt(CognitoToken token) {
		return token.getExpiresAt().minus(effectiveRefreshAhead(token));
	}

	Duration effectiveRefreshAhead(CognitoToken token) {
		if (token.getIssuedAt() == null) {
			return this.refreshAhead;
		}
		Duration halfLifetime = Duration.between(token.getIssuedAt(), token.getExpiresAt()).dividedBy(2);
		if (halfLifetime.isNegative()) {
			return Duration.ZERO;
		}
		return (halfLifetime.compareTo(this.refreshAhead) < 0) ? halfLifetime : this.refreshAhead;
	}

}
