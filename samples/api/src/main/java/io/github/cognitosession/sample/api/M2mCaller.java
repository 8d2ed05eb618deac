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
package io.github.cognitosession.sample.api;

import java.net.URI;

import io.github.cognitosession.m2m.CognitoClientCredentialsManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Calls a service as the application itself, on a schedule: the {@code RestClient} opts
 * in to the machine-to-machine client {@code sample.m2m.client} (one of
 * {@code cognito.m2m.<name>}), whose token is requested once and renewed before it
 * expires. Logs the answer's status, never the token.
 *
 * @author Cognito Session contributors
 */
@Component
@ConditionalOnProperty(prefix = "sample.m2m", name = "client")
class M2mCaller {

	private static final Log logger = LogFactory.getLog(M2mCaller.class);

	private final RestClient restClient;

	private final M2mCallerProperties properties;

	M2mCaller(ObjectProvider<RestClient.Builder> builder, CognitoClientCredentialsManager m2m,
			M2mCallerProperties properties) {
		Assert.notNull(properties.url(), "sample.m2m.url must be set to the URL the caller calls");
		this.properties = properties;
		this.restClient = builder.getIfAvailable(RestClient::builder)
			.requestInterceptor(m2m.requestInterceptor(properties.client()))
			.build();
	}

	/**
	 * Call a URL once with the machine-to-machine token.
	 * @param url the URL
	 * @return the answer's body
	 */
	String call(URI url) {
		return this.restClient.get().uri(url).retrieve().body(String.class);
	}

	@Scheduled(initialDelayString = "${sample.m2m.interval:PT1M}", fixedDelayString = "${sample.m2m.interval:PT1M}")
	void callOnSchedule() {
		try {
			call(this.properties.url());
			logger.info("Machine-to-machine call to " + this.properties.url() + " succeeded");
		}
		catch (RestClientException ex) {
			// the next run tries again; the token manager backs off on its own
			logger.warn("Machine-to-machine call to " + this.properties.url() + " failed: " + ex.getClass().getName());
		}
	}

}
