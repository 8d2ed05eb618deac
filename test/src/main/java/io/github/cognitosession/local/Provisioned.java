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

package io.github.cognitosession.local;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link Provisioner#create()} made, with the Spring Boot properties that point an
 * application at it.
 *
 * @param endpoint the emulator's endpoint
 * @param region the region
 * @param userPoolId the user pool id
 * @param clientId the app client id
 * @param clientSecret the client secret, or {@code null}
 * @param username the user, or {@code null}
 * @param password the user's password, or {@code null}
 * @param identityPoolId the identity pool id, or {@code null}
 * @param issuer the {@code iss} of the pool's tokens
 * @param hostedUiDomain the hosted-UI domain (the emulator's endpoint) when the client
 * was provisioned with OAuth URLs, else {@code null}
 * @author Cognito Session contributors
 */
public record Provisioned(String endpoint, String region, String userPoolId, String clientId, String clientSecret,
		String username, String password, String identityPoolId, String issuer, String hostedUiDomain) {

	/**
	 * A setup without the hosted UI.
	 * @param endpoint the emulator's endpoint
	 * @param region the region
	 * @param userPoolId the user pool id
	 * @param clientId the app client id
	 * @param clientSecret the client secret, or {@code null}
	 * @param username the user, or {@code null}
	 * @param password the user's password, or {@code null}
	 * @param identityPoolId the identity pool id, or {@code null}
	 * @param issuer the {@code iss} of the pool's tokens
	 */
	public Provisioned(String endpoint, String region, String userPoolId, String clientId, String clientSecret,
			String username, String password, String identityPoolId, String issuer) {
		this(endpoint, region, userPoolId, clientId, clientSecret, username, password, identityPoolId, issuer, null);
	}

	/**
	 * The JWKS URL of the pool on the emulator.
	 * @return {@code <endpoint>/<poolId>/.well-known/jwks.json}
	 */
	public String jwksUri() {
		return this.endpoint + "/" + this.userPoolId + "/.well-known/jwks.json";
	}

	/**
	 * The identity-pool login key of a user pool.
	 * @param region the region
	 * @param userPoolId the user pool id
	 * @return {@code cognito-idp.<region>.amazonaws.com/<poolId>}
	 */
	public static String providerName(String region, String userPoolId) {
		return "cognito-idp." + region + ".amazonaws.com/" + userPoolId;
	}

	/**
	 * The identity-pool login key of this user pool.
	 * @return {@code cognito-idp.<region>.amazonaws.com/<poolId>}
	 */
	public String providerName() {
		return providerName(this.region, this.userPoolId);
	}

	/**
	 * The S3 endpoint of the emulator.
	 * @return the endpoint
	 */
	public String s3Endpoint() {
		return this.endpoint + "/s3";
	}

	/**
	 * The {@code cognito.*} properties of a Spring Boot application using this setup, for
	 * {@code @DynamicPropertySource} or {@code SpringApplicationBuilder.properties}. With
	 * the hosted UI they include {@code cognito.hosted-ui.domain} and
	 * {@code cognito.hosted-ui.jwk-set-uri}.
	 * @return the properties, in a stable order
	 */
	public Map<String, String> springProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("cognito.region", this.region);
		properties.put("cognito.user-pool.id", this.userPoolId);
		properties.put("cognito.user-pool.client-id", this.clientId);
		if (this.clientSecret != null) {
			properties.put("cognito.user-pool.client-secret", this.clientSecret);
		}
		properties.put("cognito.user-pool.endpoint", this.endpoint);
		properties.put("cognito.user-pool.issuer", this.issuer);
		if (this.identityPoolId != null) {
			properties.put("cognito.identity-pool.id", this.identityPoolId);
			properties.put("cognito.identity-pool.endpoint", this.endpoint);
		}
		if (this.hostedUiDomain != null) {
			properties.put("cognito.hosted-ui.domain", this.hostedUiDomain);
			// The web login derives the JWKS URL from the issuer; with Cognito's real
			// issuer form that would be AWS, so point it at the emulator.
			properties.put("cognito.hosted-ui.jwk-set-uri", jwksUri());
		}
		return properties;
	}

	@Override
	public String toString() {
		return "Provisioned[userPoolId=" + this.userPoolId + ", clientId=" + this.clientId + ", username="
				+ this.username + ", identityPoolId=" + this.identityPoolId + ", hostedUiDomain=" + this.hostedUiDomain
				+ "]";
	}

}
