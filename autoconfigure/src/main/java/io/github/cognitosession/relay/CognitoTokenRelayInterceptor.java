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

import java.io.IOException;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;

/**
 * Adds {@code Authorization: Bearer <access token>} of the current Cognito session to
 * every request of the {@code RestClient} or {@code RestTemplate} it is added to, and
 * only to those: an application opts in per client, so that the user's token never goes
 * to a service that should not see it.
 *
 * <pre class="code">
 * RestClient orders = restClientBuilder.baseUrl("https://orders.example.com")
 *     .requestInterceptor(cognitoTokenRelayInterceptor)
 *     .build();
 * RestTemplate legacy = restTemplateBuilder.additionalInterceptors(cognitoTokenRelayInterceptor).build();
 * </pre>
 *
 * When nobody is signed in, the request is not sent and the call fails with
 * {@link io.github.cognitosession.exception.NotSignedInException}. Call it from the
 * thread that handles the user's request (or inside {@code CognitoSessionScope.runAs}):
 * that is how the user scope knows whose session it is. Thread-safe.
 *
 * @author Cognito Session contributors
 * @see CognitoTokenRelay
 */
public final class CognitoTokenRelayInterceptor implements ClientHttpRequestInterceptor {

	private final CognitoTokenRelay relay;

	/**
	 * Create an interceptor.
	 * @param relay where the token comes from
	 */
	public CognitoTokenRelayInterceptor(CognitoTokenRelay relay) {
		Assert.notNull(relay, "relay cannot be null");
		this.relay = relay;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		request.getHeaders().setBearerAuth(this.relay.accessToken(request.getMethod().name(), request.getURI()));
		return execution.execute(request, body);
	}

}
