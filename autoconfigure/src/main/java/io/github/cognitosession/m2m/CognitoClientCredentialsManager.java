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
package io.github.cognitosession.m2m;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import io.github.cognitosession.refresh.RefreshDeadlines;
import io.github.cognitosession.refresh.RefreshEngine;
import io.github.cognitosession.refresh.RefreshSlot;
import io.github.cognitosession.refresh.RefreshSource;
import io.github.cognitosession.refresh.RefreshWindows;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.util.Assert;

/**
 * Spring Security's {@link OAuth2AuthorizedClientManager} for the client-credentials
 * registrations of Cognito app clients: each registration's access token is requested
 * from the user pool domain's {@code /oauth2/token} by Spring Security's token response
 * client, cached, and renewed before it expires by the library's one
 * {@link RefreshEngine}: one token request at a time per registration however many
 * callers need it (the first caller at expiry makes it, the others wait for its result;
 * in the prefetch window callers keep the still-valid token while one background request
 * runs), with jittered backoff after a failure. The token belongs to the app client, not
 * to a user: the request's principal is ignored.
 * <p>
 * Refresh windows follow the token's lifetime: a token is renewed in the background from
 * a quarter of its lifetime (at most 5 minutes) before it expires, and callers wait for a
 * new one from a tenth of it (at most the clock skew, 60 s by default) before it expires,
 * so that no caller sends a token that expires on the way. Thread-safe; {@link #close()}
 * stops the background work.
 *
 * @author Cognito Session contributors
 */
public final class CognitoClientCredentialsManager implements OAuth2AuthorizedClientManager, AutoCloseable {

	/**
	 * The principal name of the authorized clients: the token is the app client's own.
	 */
	public static final String PRINCIPAL_NAME = "cognito-m2m";

	private static final Duration MAX_PREFETCH = Duration.ofMinutes(5);

	private static final Duration MINIMUM_INTERVAL = Duration.ofSeconds(5);

	private final ClientRegistrationRepository registrations;

	private final OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenResponseClient;

	private final RefreshEngine<OAuth2AuthorizedClient> engine;

	private final Clock clock;

	private final Duration clockSkew;

	private final Map<String, Registration> slots = new ConcurrentHashMap<>();

	/**
	 * Create a manager.
	 * @param registrations the client-credentials registrations
	 * @param tokenResponseClient the client of the token endpoint, e.g. Spring Security's
	 * {@code RestClientClientCredentialsTokenResponseClient}
	 * @param clock the clock of the tokens' expiry
	 * @param clockSkew how long before expiry a token is no longer sent (at least the
	 * difference between this clock and the services')
	 */
	public CognitoClientCredentialsManager(ClientRegistrationRepository registrations,
			OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenResponseClient, Clock clock,
			Duration clockSkew) {
		this(registrations, tokenResponseClient, clock, clockSkew, null);
	}

	/**
	 * Create a manager whose renewal timers and background renewals run on the given
	 * scheduler (e.g. one shared with other work, or a test's manual scheduler).
	 * @param registrations the client-credentials registrations
	 * @param tokenResponseClient the client of the token endpoint, e.g. Spring Security's
	 * {@code RestClientClientCredentialsTokenResponseClient}
	 * @param clock the clock of the tokens' expiry
	 * @param clockSkew how long before expiry a token is no longer sent (at least the
	 * difference between this clock and the services')
	 * @param scheduler the scheduler of the renewals, or {@code null} for one daemon
	 * thread of the manager's own; a given scheduler is not shut down by {@link #close()}
	 */
	public CognitoClientCredentialsManager(ClientRegistrationRepository registrations,
			OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenResponseClient, Clock clock,
			Duration clockSkew, ScheduledExecutorService scheduler) {
		Assert.notNull(registrations, "registrations cannot be null");
		Assert.notNull(tokenResponseClient, "tokenResponseClient cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		Assert.notNull(clockSkew, "clockSkew cannot be null");
		Assert.isTrue(!clockSkew.isNegative(), "clockSkew cannot be negative");
		this.registrations = registrations;
		this.tokenResponseClient = tokenResponseClient;
		this.clock = clock;
		this.clockSkew = clockSkew;
		this.engine = RefreshEngine.<OAuth2AuthorizedClient>builder()
			.clock(clock)
			.threadNamePrefix("cognito-m2m-")
			.scheduler(scheduler)
			.build();
	}

	@Override
	public OAuth2AuthorizedClient authorize(OAuth2AuthorizeRequest authorizeRequest) {
		Assert.notNull(authorizeRequest, "authorizeRequest cannot be null");
		String registrationId = authorizeRequest.getClientRegistrationId();
		Registration registration = this.slots.computeIfAbsent(registrationId, this::register);
		return registration.slot.get();
	}

	/**
	 * The registration's access token, requested or renewed first when due.
	 * @param registrationId the registration id, the name under {@code cognito.m2m}
	 * @return the access token
	 */
	public OAuth2AccessToken getAccessToken(String registrationId) {
		return authorize(
				OAuth2AuthorizeRequest.withClientRegistrationId(registrationId).principal(PRINCIPAL_NAME).build())
			.getAccessToken();
	}

	/**
	 * An interceptor that adds the registration's access token to every request of the
	 * {@code RestClient} or {@code RestTemplate} it is added to (Spring Security's
	 * {@link OAuth2ClientHttpRequestInterceptor} on this manager); a request answered
	 * with {@code 401} and {@code error="invalid_token"} makes the next one request a new
	 * token:
	 *
	 * <pre class="code">
	 * RestClient orders = restClientBuilder.baseUrl("https://orders.example.com")
	 *     .requestInterceptor(m2m.requestInterceptor("orders"))
	 *     .build();
	 * </pre>
	 * @param registrationId the registration id, the name under {@code cognito.m2m}
	 * @return the interceptor
	 * @throws IllegalArgumentException if there is no such client-credentials
	 * registration
	 */
	public ClientHttpRequestInterceptor requestInterceptor(String registrationId) {
		this.slots.computeIfAbsent(registrationId, this::register);
		OAuth2ClientHttpRequestInterceptor interceptor = new OAuth2ClientHttpRequestInterceptor(this);
		interceptor.setClientRegistrationIdResolver((request) -> registrationId);
		interceptor.setAuthorizationFailureHandler((failure, principal, attributes) -> {
			if (OAuth2ErrorCodes.INVALID_TOKEN.equals(failure.getError().getErrorCode())) {
				removeAuthorizedClient(registrationId);
			}
		});
		return interceptor;
	}

	/**
	 * Forget a registration's token, e.g. after a service refused it: the next call
	 * requests a new one.
	 * @param registrationId the registration id
	 */
	public void removeAuthorizedClient(String registrationId) {
		Registration registration = this.slots.get(registrationId);
		if (registration != null) {
			registration.current = null;
			registration.slot.reset();
		}
	}

	private Registration register(String registrationId) {
		ClientRegistration registration = this.registrations.findByRegistrationId(registrationId);
		Assert.isTrue(registration != null, () -> "No client registration '" + registrationId + "'");
		Assert.isTrue(AuthorizationGrantType.CLIENT_CREDENTIALS.equals(registration.getAuthorizationGrantType()),
				() -> "Client registration '" + registrationId + "' is not a client_credentials registration");
		return new Registration(registration);
	}

	RefreshWindows windows(Duration lifetime) {
		Duration prefetch = min(lifetime.dividedBy(4), MAX_PREFETCH);
		Duration stale = min(lifetime.dividedBy(10), this.clockSkew);
		return new RefreshWindows(max(prefetch, stale), stale, 0.2, min(MINIMUM_INTERVAL, lifetime.dividedBy(10)));
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	@Override
	public void close() {
		this.slots.values().forEach((registration) -> registration.slot.close());
		this.engine.close();
	}

	@Override
	public String toString() {
		return "CognitoClientCredentialsManager[registrations=" + this.slots.keySet() + "]";
	}

	/**
	 * One registration's token, as the refresh engine sees it.
	 */
	private final class Registration implements RefreshSource<OAuth2AuthorizedClient> {

		private final ClientRegistration registration;

		private final RefreshSlot<OAuth2AuthorizedClient> slot;

		private volatile Cached current;

		Registration(ClientRegistration registration) {
			this.registration = registration;
			this.slot = CognitoClientCredentialsManager.this.engine.slot(registration.getRegistrationId(), this);
		}

		@Override
		public OAuth2AuthorizedClient current() {
			Cached cached = this.current;
			return (cached != null) ? cached.client : null;
		}

		@Override
		public OAuth2AuthorizedClient refresh(OAuth2AuthorizedClient base) {
			OAuth2AccessTokenResponse response = CognitoClientCredentialsManager.this.tokenResponseClient
				.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(this.registration));
			OAuth2AccessToken token = response.getAccessToken();
			Instant now = CognitoClientCredentialsManager.this.clock.instant();
			// Spring Security dates the token by the system clock on receipt: its
			// lifetime
			// (expires_in) counts from now on this manager's clock. Cognito always sends
			// expires_in; without it the token is used once.
			Duration lifetime = (token.getIssuedAt() != null && token.getExpiresAt() != null)
					? Duration.between(token.getIssuedAt(), token.getExpiresAt()) : Duration.ZERO;
			if (lifetime.isNegative()) {
				lifetime = Duration.ZERO;
			}
			RefreshDeadlines deadlines = windows(lifetime).deadlines(now.plus(lifetime), now);
			OAuth2AuthorizedClient client = new OAuth2AuthorizedClient(this.registration, PRINCIPAL_NAME, token);
			this.current = new Cached(client, deadlines);
			return client;
		}

		@Override
		public RefreshDeadlines deadlines(OAuth2AuthorizedClient value) {
			Cached cached = this.current;
			if (cached != null && cached.client == value) {
				return cached.deadlines;
			}
			// a value replaced meanwhile: due at once
			Instant now = CognitoClientCredentialsManager.this.clock.instant();
			return new RefreshDeadlines(now, now, now);
		}

	}

	private record Cached(OAuth2AuthorizedClient client, RefreshDeadlines deadlines) {

	}

}
