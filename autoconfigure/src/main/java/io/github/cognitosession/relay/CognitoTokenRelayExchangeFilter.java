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
package io.github.cognitosession.relay;

import reactor.core.publisher.Mono;

import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Adds {@code Authorization: Bearer <access token>} of the current Cognito session to
 * every request of the {@code WebClient} it is added to, and only to those:
 *
 * <pre class="code">
 * WebClient orders = webClientBuilder.baseUrl("https://orders.example.com")
 *     .filter(cognitoTokenRelayExchangeFilter)
 *     .build();
 * </pre>
 *
 * The token is taken when the request is subscribed to, on the subscribing thread: in the
 * user scope subscribe on the thread that handles the user's request (e.g.
 * {@code block()}, or return the {@code Mono} from a Spring MVC controller), or inside
 * {@code CognitoSessionScope.runAs}. A refresh that is due is made there, which may block
 * briefly, so do not subscribe on an event-loop thread. When nobody is signed in the
 * request is not sent and the {@code Mono} fails with
 * {@link io.github.cognitosession.exception.NotSignedInException}.
 *
 * @author Cognito Session contributors
 * @see CognitoTokenRelay
 */
public final class CognitoTokenRelayExchangeFilter implements ExchangeFilterFunction {

	private final CognitoTokenRelay relay;

	/**
	 * Create a filter.
	 * @param relay where the token comes from
	 */
	public CognitoTokenRelayExchangeFilter(CognitoTokenRelay relay) {
		Assert.notNull(relay, "relay cannot be null");
		this.relay = relay;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		String accessToken;
		try {
			accessToken = this.relay.accessToken(request.method().name(), request.url());
		}
		catch (RuntimeException ex) {
			return Mono.error(ex);
		}
		return next
			.exchange(ClientRequest.from(request).headers((headers) -> headers.setBearerAuth(accessToken)).build());
	}

}
