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
package io.github.cognitosession.autoconfigure.m2m;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Machine-to-machine clients: app clients of the user pool that call services as
 * themselves with Cognito's client-credentials grant, each under a name of the
 * application's choosing ({@code cognito.m2m.<name>.*}), which is also its client
 * registration id.
 *
 * @author Cognito Session contributors
 */
@ConfigurationProperties("cognito")
public class CognitoM2mProperties {

	/**
	 * Machine-to-machine clients by name.
	 */
	private final Map<String, Client> m2m = new LinkedHashMap<>();

	public Map<String, Client> getM2m() {
		return this.m2m;
	}

	/**
	 * One machine-to-machine client.
	 */
	public static class Client {

		/**
		 * App client id (an app client with a secret that allows the client_credentials
		 * flow).
		 */
		private String clientId;

		/**
		 * App client secret.
		 */
		private String clientSecret;

		/**
		 * Scopes to request, custom scopes of the pool's resource servers such as
		 * orders/read; empty for all the scopes the app client allows.
		 */
		private List<String> scopes = new ArrayList<>();

		/**
		 * User pool domain of the token endpoint
		 * (<prefix>.auth.<region>.amazoncognito.com, a custom domain, or an http URL of a
		 * loopback emulator). Default: cognito.hosted-ui.domain.
		 */
		private String domain;

		public String getClientId() {
			return this.clientId;
		}

		public void setClientId(String clientId) {
			this.clientId = clientId;
		}

		public String getClientSecret() {
			return this.clientSecret;
		}

		public void setClientSecret(String clientSecret) {
			this.clientSecret = clientSecret;
		}

		public List<String> getScopes() {
			return this.scopes;
		}

		public void setScopes(List<String> scopes) {
			this.scopes = scopes;
		}

		public String getDomain() {
			return this.domain;
		}

		public void setDomain(String domain) {
			this.domain = domain;
		}

		@Override
		public String toString() {
			return "Client[clientId=" + this.clientId + ", clientSecret="
					+ ((this.clientSecret != null) ? "[PROTECTED]" : "none") + ", scopes=" + this.scopes + ", domain="
					+ this.domain + "]";
		}

	}

}
