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

import io.github.cognitosession.relay.CognitoTokenRelayInterceptor;

import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * Adds the current Cognito session's access token to the requests of the one
 * {@code RestClient} it is applied to: {@code restClientBuilder.apply(relayCustomizer)}.
 * Deliberately not a {@code RestClientCustomizer}, which Spring Boot would apply to every
 * {@code RestClient} of the application and so send the user's token to every service.
 *
 * @author Cognito Session contributors
 */
public final class CognitoTokenRelayRestClientCustomizer implements Consumer<RestClient.Builder> {

	private final CognitoTokenRelayInterceptor interceptor;

	/**
	 * Create a customizer.
	 * @param interceptor the relay interceptor
	 */
	public CognitoTokenRelayRestClientCustomizer(CognitoTokenRelayInterceptor interceptor) {
		Assert.notNull(interceptor, "interceptor cannot be null");
		this.interceptor = interceptor;
	}

	@Override
	public void accept(RestClient.Builder builder) {
		builder.requestInterceptor(this.interceptor);
	}

}
