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
package io.github.cognitosession.sample.web;

import java.net.URI;

import io.github.cognitosession.autoconfigure.relay.CognitoTokenRelayRestClientCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Calls the API sample's {@code GET /api/me} as the signed-in user and shows its answer:
 * the {@code RestClient} opts in to the token relay, which adds the user's Cognito access
 * token (refreshed ahead of expiry). Only with {@code sample.api.url} set.
 *
 * @author Cognito Session contributors
 */
@Controller
@ConditionalOnProperty(name = MeFromApiController.API_URL_PROPERTY)
class MeFromApiController {

	static final String API_URL_PROPERTY = "sample.api.url";

	private final RestClient api;

	private final URI me;

	MeFromApiController(ObjectProvider<RestClient.Builder> builder, CognitoTokenRelayRestClientCustomizer relay,
			@Value("${" + API_URL_PROPERTY + "}") URI apiUrl) {
		this.me = UriComponentsBuilder.fromUri(apiUrl).path("/api/me").build().toUri();
		// the relay goes on this client only: no other service sees the user's token
		this.api = builder.getIfAvailable(RestClient::builder).apply(relay).build();
	}

	@GetMapping("/me-from-api")
	String meFromApi(Model model) {
		model.addAttribute("url", this.me);
		try {
			model.addAttribute("answer", this.api.get().uri(this.me).retrieve().body(String.class));
		}
		catch (RestClientResponseException ex) {
			model.addAttribute("error", "The API answered " + ex.getStatusCode().value());
		}
		catch (RestClientException ex) {
			// the message may name the address, never the token; the type is enough here
			model.addAttribute("error", "The API could not be called (" + ex.getClass().getSimpleName() + ")");
		}
		return "me-from-api";
	}

}
