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

package io.github.cognitosession.local.userpool;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An app client of a user pool. Immutable.
 *
 * @author Cognito Session contributors
 */
public final class AppClient {

	/** Cognito's default ID and access token validity. */
	public static final Duration DEFAULT_TOKEN_VALIDITY = Duration.ofHours(1);

	/** Cognito's default refresh token validity. */
	public static final Duration DEFAULT_REFRESH_TOKEN_VALIDITY = Duration.ofDays(30);

	private final String poolId;

	private final String clientId;

	private final String clientName;

	private final String clientSecret;

	private final List<String> explicitAuthFlows;

	private final boolean refreshTokenRotation;

	private final Duration retryGracePeriod;

	private final Duration accessTokenValidity;

	private final Duration idTokenValidity;

	private final Duration refreshTokenValidity;

	private final List<String> callbackUrls;

	private final List<String> logoutUrls;

	private final List<String> allowedOAuthFlows;

	private final List<String> allowedOAuthScopes;

	private final List<String> supportedIdentityProviders;

	private final boolean allowedOAuthFlowsUserPoolClient;

	private AppClient(Builder builder) {
		this.poolId = Objects.requireNonNull(builder.poolId, "poolId cannot be null");
		this.clientId = Objects.requireNonNull(builder.clientId, "clientId cannot be null");
		this.clientName = builder.clientName;
		this.clientSecret = builder.clientSecret;
		this.explicitAuthFlows = List.copyOf(builder.explicitAuthFlows);
		this.refreshTokenRotation = builder.refreshTokenRotation;
		this.retryGracePeriod = builder.retryGracePeriod;
		this.accessTokenValidity = builder.accessTokenValidity;
		this.idTokenValidity = builder.idTokenValidity;
		this.refreshTokenValidity = builder.refreshTokenValidity;
		this.callbackUrls = List.copyOf(builder.callbackUrls);
		this.logoutUrls = List.copyOf(builder.logoutUrls);
		this.allowedOAuthFlows = List.copyOf(builder.allowedOAuthFlows);
		this.allowedOAuthScopes = List.copyOf(builder.allowedOAuthScopes);
		this.supportedIdentityProviders = List.copyOf(builder.supportedIdentityProviders);
		this.allowedOAuthFlowsUserPoolClient = builder.allowedOAuthFlowsUserPoolClient;
	}

	public static Builder builder(String poolId, String clientId) {
		return new Builder(poolId, clientId);
	}

	/**
	 * Whether the client allows an auth flow. Like Cognito, a client created without
	 * explicit flows allows SRP, refresh and custom auth.
	 * @param flow the flow, e.g. {@code ALLOW_USER_PASSWORD_AUTH}
	 * @return whether it is allowed
	 */
	public boolean allows(String flow) {
		if (this.explicitAuthFlows.isEmpty()) {
			return "ALLOW_USER_SRP_AUTH".equals(flow) || "ALLOW_REFRESH_TOKEN_AUTH".equals(flow)
					|| "ALLOW_CUSTOM_AUTH".equals(flow);
		}
		return this.explicitAuthFlows.contains(flow);
	}

	public String poolId() {
		return this.poolId;
	}

	public String clientId() {
		return this.clientId;
	}

	public String clientName() {
		return this.clientName;
	}

	/**
	 * The client secret.
	 * @return the secret or {@code null} for a public client
	 */
	public String clientSecret() {
		return this.clientSecret;
	}

	public boolean hasSecret() {
		return this.clientSecret != null;
	}

	public List<String> explicitAuthFlows() {
		return this.explicitAuthFlows;
	}

	public boolean refreshTokenRotation() {
		return this.refreshTokenRotation;
	}

	public Duration retryGracePeriod() {
		return this.retryGracePeriod;
	}

	public Duration accessTokenValidity() {
		return this.accessTokenValidity;
	}

	public Duration idTokenValidity() {
		return this.idTokenValidity;
	}

	public Duration refreshTokenValidity() {
		return this.refreshTokenValidity;
	}

	public List<String> callbackUrls() {
		return this.callbackUrls;
	}

	public List<String> logoutUrls() {
		return this.logoutUrls;
	}

	public List<String> allowedOAuthFlows() {
		return this.allowedOAuthFlows;
	}

	public List<String> allowedOAuthScopes() {
		return this.allowedOAuthScopes;
	}

	public List<String> supportedIdentityProviders() {
		return this.supportedIdentityProviders;
	}

	public boolean allowedOAuthFlowsUserPoolClient() {
		return this.allowedOAuthFlowsUserPoolClient;
	}

	@Override
	public String toString() {
		return "AppClient[" + this.clientId + ", pool=" + this.poolId + ", secret=" + (hasSecret() ? "yes" : "no")
				+ ", rotation=" + this.refreshTokenRotation + "]";
	}

	/**
	 * Builds an {@link AppClient}.
	 */
	public static final class Builder {

		private final String poolId;

		private final String clientId;

		private String clientName;

		private String clientSecret;

		private List<String> explicitAuthFlows = List.of();

		private boolean refreshTokenRotation;

		private Duration retryGracePeriod = Duration.ZERO;

		private Duration accessTokenValidity = DEFAULT_TOKEN_VALIDITY;

		private Duration idTokenValidity = DEFAULT_TOKEN_VALIDITY;

		private Duration refreshTokenValidity = DEFAULT_REFRESH_TOKEN_VALIDITY;

		private List<String> callbackUrls = List.of();

		private List<String> logoutUrls = List.of();

		private List<String> allowedOAuthFlows = List.of();

		private List<String> allowedOAuthScopes = List.of();

		private List<String> supportedIdentityProviders = List.of();

		private boolean allowedOAuthFlowsUserPoolClient;

		private Builder(String poolId, String clientId) {
			this.poolId = poolId;
			this.clientId = clientId;
		}

		public Builder clientName(String clientName) {
			this.clientName = clientName;
			return this;
		}

		public Builder clientSecret(String clientSecret) {
			this.clientSecret = clientSecret;
			return this;
		}

		public Builder explicitAuthFlows(List<String> explicitAuthFlows) {
			this.explicitAuthFlows = explicitAuthFlows;
			return this;
		}

		public Builder refreshTokenRotation(boolean enabled, Duration retryGracePeriod) {
			this.refreshTokenRotation = enabled;
			this.retryGracePeriod = Objects.requireNonNull(retryGracePeriod, "retryGracePeriod cannot be null");
			return this;
		}

		public Builder accessTokenValidity(Duration validity) {
			this.accessTokenValidity = validity;
			return this;
		}

		public Builder idTokenValidity(Duration validity) {
			this.idTokenValidity = validity;
			return this;
		}

		public Builder refreshTokenValidity(Duration validity) {
			this.refreshTokenValidity = validity;
			return this;
		}

		public Builder callbackUrls(List<String> callbackUrls) {
			this.callbackUrls = callbackUrls;
			return this;
		}

		public Builder logoutUrls(List<String> logoutUrls) {
			this.logoutUrls = logoutUrls;
			return this;
		}

		public Builder allowedOAuthFlows(List<String> allowedOAuthFlows) {
			this.allowedOAuthFlows = allowedOAuthFlows;
			return this;
		}

		public Builder allowedOAuthScopes(List<String> allowedOAuthScopes) {
			this.allowedOAuthScopes = allowedOAuthScopes;
			return this;
		}

		public Builder supportedIdentityProviders(List<String> supportedIdentityProviders) {
			this.supportedIdentityProviders = supportedIdentityProviders;
			return this;
		}

		public Builder allowedOAuthFlowsUserPoolClient(boolean allowed) {
			this.allowedOAuthFlowsUserPoolClient = allowed;
			return this;
		}

		public AppClient build() {
			return new AppClient(this);
		}

	}

}
