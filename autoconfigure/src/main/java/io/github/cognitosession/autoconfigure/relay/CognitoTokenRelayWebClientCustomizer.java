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
package io.github.cognitosession.autoconfigure.relay;

import java.util.function.Consumer;

import io.github.cognitosession.relay.CognitoTokenRelayExchangeFilter;

import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Adds the current Cognito session's access token to the requests of the one
 * {@code WebClient} it is applied to: {@code webClientBuilder.apply(relayCustomizer)}.
 * Deliberately not a {@code WebClientCustomizer}, which Spring Boot would apply to every
 * {@code WebClient} of the application.
 *
 * @author Cognito Session contributors
 */
public final class CognitoTokenRelayWebClientCustomizer implements Consumer<WebClient.Builder> {

	private final CognitoTokenRelayExchangeFilter filter;

	/**
	 * Create a customizer.
	 * @param filter the relay filter
	 */
	public CognitoTokenRelayWebClientCustomizer(CognitoTokenRelayExchangeFilter filter) {
		Assert.notNull(filter, "filter cannot be null");
		this.filter = filter;
	}

	@Override
	public void accept(WebClient.Builder builder) {
		builder.filter(this.filter);
	}

}
