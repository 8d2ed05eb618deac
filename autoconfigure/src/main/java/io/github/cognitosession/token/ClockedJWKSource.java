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
package io.github.cognitosession.token;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetBasedJWKSource;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.util.Assert;

/**
 * A {@link JWKSource} over Nimbus's JWK set sources (cache, rate limit, retry) that
 * passes them the time of an injected {@link Clock}: Nimbus's
 * {@link JWKSetBasedJWKSource} passes {@link System#currentTimeMillis()}, while every
 * {@link JWKSetSource} takes the current time as an argument and judges cache expiry and
 * the refetch rate limit by it alone. Selects keys the way {@link JWKSetBasedJWKSource}
 * does: from the cached set, and once more from a refetched set when none matches (a
 * rotated signing key). When the rate limit refuses that refetch, the keys were fetched
 * moments ago and the token's key is simply unknown: no key is returned, so the token is
 * rejected as invalid rather than reported as an outage (a stream of tokens with made-up
 * key ids would otherwise look like Cognito being down). When there are no keys and
 * fetching them failed, no new fetch is made for {@link #FAILURE_BACKOFF} (each caller
 * fails at once), so that a JWKS outage is asked at most once a second however many
 * tokens arrive; Nimbus's rate limit bounds it further.
 *
 * @param <C> the security context type
 * @author Cognito Session contributors
 */
final class ClockedJWKSource<C extends SecurityContext> implements JWKSource<C>, Closeable {

	/**
	 * How long after a failed fetch of the keys no new fetch is made.
	 */
	static final Duration FAILURE_BACKOFF = Duration.ofSeconds(1);

	private final JWKSetSource<C> source;

	private final Clock clock;

	private volatile long fetchFailedAt = Long.MIN_VALUE;

	ClockedJWKSource(JWKSetSource<C> source, Clock clock) {
		Assert.notNull(source, "source cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		this.source = source;
		this.clock = clock;
	}

	/**
	 * Wrap the JWK set sources of a source built by Nimbus's
	 * {@link com.nimbusds.jose.jwk.source.JWKSourceBuilder} (without failover).
	 * @param <C> the security context type
	 * @param built the built source
	 * @param clock the clock
	 * @return the source on the clock
	 * @throws IllegalArgumentException if the built source is not JWK-set based
	 */
	static <C extends SecurityContext> ClockedJWKSource<C> of(JWKSource<C> built, Clock clock) {
		Assert.isInstanceOf(JWKSetBasedJWKSource.class, built,
				"Nimbus's JWKSourceBuilder built another kind of source");
		return new ClockedJWKSource<>(((JWKSetBasedJWKSource<C>) built).getJWKSetSource(), clock);
	}

	@Override
	public List<JWK> get(JWKSelector selector, C context) throws KeySourceException {
		long now = this.clock.millis();
		long failedAt = this.fetchFailedAt;
		if (failedAt != Long.MIN_VALUE && now - failedAt < FAILURE_BACKOFF.toMillis() && now >= failedAt) {
			throw new KeySourceException("Fetching the JWKS failed less than " + FAILURE_BACKOFF.toMillis()
					+ " ms ago; it is not fetched again yet");
		}
		JWKSet jwkSet;
		try {
			jwkSet = this.source.getJWKSet(JWKSetCacheRefreshEvaluator.noRefresh(), now, context);
		}
		catch (KeySourceException ex) {
			// no usable keys and none could be fetched
			this.fetchFailedAt = now;
			throw ex;
		}
		List<JWK> keys = selector.select(jwkSet);
		if (!keys.isEmpty()) {
			return keys;
		}
		// Refetched (rate limited) unless another caller already replaced this set.
		try {
			JWKSet refreshed = this.source.getJWKSet(JWKSetCacheRefreshEvaluator.referenceComparison(jwkSet), now,
					context);
			return selector.select(refreshed);
		}
		catch (RateLimitReachedException ex) {
			return List.of();
		}
	}

	@Override
	public void close() throws IOException {
		this.source.close();
	}

}
