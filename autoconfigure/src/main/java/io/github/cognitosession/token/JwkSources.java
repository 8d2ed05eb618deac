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

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;

import org.springframework.util.Assert;

/**
 * A user pool's signing keys as every verifier of the library fetches them: Nimbus's
 * {@link JWKSourceBuilder} (cached 5 minutes, refetched at most once per 30 s when a
 * token names an unknown key id, one retry on a network error), connect and read timeouts
 * (5 s each by default), at most 64 KiB, all of it timed by the given clock; a key id
 * that is still unknown when the rate limit refuses a refetch is an unknown key, not an
 * outage.
 *
 * @author Cognito Session contributors
 */
public final class JwkSources {

	/**
	 * How long fetching the keys may take to connect, and then to read, by default.
	 */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

	private static final int SIZE_LIMIT = 64 * 1024;

	private JwkSources() {
	}

	/**
	 * The keys at a JWKS URL. Fetches nothing until the first key is asked for.
	 * @param jwkSetUri where the keys are, e.g. {@code UserPoolClient.getJwkSetUri()}
	 * @param clock the clock that times the cache and the refetch rate limit
	 * @return the key source
	 * @throws IllegalArgumentException if the URI is not a valid URL
	 */
	public static JWKSource<SecurityContext> remote(URI jwkSetUri, Clock clock) {
		return remote(jwkSetUri, clock, DEFAULT_TIMEOUT);
	}

	/**
	 * The keys at a JWKS URL, fetched with the given timeouts. Fetches nothing until the
	 * first key is asked for.
	 * @param jwkSetUri where the keys are, e.g. {@code UserPoolClient.getJwkSetUri()}
	 * @param clock the clock that times the cache and the refetch rate limit
	 * @param timeout the connect and the read timeout of each fetch
	 * @return the key source
	 * @throws IllegalArgumentException if the URI is not a valid URL
	 */
	public static JWKSource<SecurityContext> remote(URI jwkSetUri, Clock clock, Duration timeout) {
		Assert.notNull(jwkSetUri, "jwkSetUri cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		Assert.isTrue(timeout != null && !timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
		int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
		DefaultResourceRetriever retriever = new DefaultResourceRetriever(millis, millis, SIZE_LIMIT);
		try {
			return ClockedJWKSource.of(
					JWKSourceBuilder.<SecurityContext>create(jwkSetUri.toURL(), retriever).retrying(true).build(),
					clock);
		}
		catch (MalformedURLException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("JWKS URI '" + jwkSetUri + "' is not a valid URL", ex);
		}
	}

}
