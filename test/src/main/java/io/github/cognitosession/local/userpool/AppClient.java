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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.cognitosession.local.server.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An app client of a user pool: its id and secret, and its settings in the shape of
 * CreateUserPoolClient's request (so DescribeUserPoolClient answers what was set), with
 * typed accessors for what the emulator acts on. Immutable: UpdateUserPoolClient makes a
 * new instance.
 *
 * @author Cognito Session contributors
 */
public final class AppClient {

	/** The flows a client created without {@code ExplicitAuthFlows} allows. */
	public static final List<String> DEFAULT_AUTH_FLOWS = List.of("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH",
			"ALLOW_CUSTOM_AUTH");

	/** The {@code ExplicitAuthFlows} values from before the {@code ALLOW_} names. */
	public static final Set<String> LEGACY_AUTH_FLOWS = Set.of("ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY",
			"USER_PASSWORD_AUTH");

	private final String poolId;

	private final String clientId;

	private final String clientSecret;

	private final Instant createdAt;

	private final Instant lastModifiedAt;

	private final ObjectNode settings;

	private final List<String> explicitAuthFlows;

	private final TokenValidity accessTokenValidity;

	private final TokenValidity idTokenValidity;

	private final TokenValidity refreshTokenValidity;

	/**
	 * Create a client.
	 * @param poolId the pool
	 * @param clientId the client id
	 * @param clientSecret the secret, or {@code null} for a public client
	 * @param createdAt when created
	 * @param lastModifiedAt when last updated
	 * @param settings the settings in CreateUserPoolClient's shape (validity already in
	 * {@link #settings(String, TokenValidity, TokenValidity, TokenValidity) normal form})
	 */
	public AppClient(String poolId, String clientId, String clientSecret, Instant createdAt, Instant lastModifiedAt,
			ObjectNode settings) {
		this.poolId = Objects.requireNonNull(poolId, "poolId cannot be null");
		this.clientId = Objects.requireNonNull(clientId, "clientId cannot be null");
		this.clientSecret = clientSecret;
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt cannot be null");
		this.lastModifiedAt = Objects.requireNonNull(lastModifiedAt, "lastModifiedAt cannot be null");
		this.settings = settings.deepCopy();
		this.explicitAuthFlows = strings(settings.get("ExplicitAuthFlows"));
		JsonNode units = settings.path("TokenValidityUnits");
		this.accessTokenValidity = validity(settings, units, "AccessToken", TokenValidity.DEFAULT_ACCESS);
		this.idTokenValidity = validity(settings, units, "IdToken", TokenValidity.DEFAULT_ACCESS);
		this.refreshTokenValidity = validity(settings, units, "RefreshToken", TokenValidity.DEFAULT_REFRESH);
	}

	/**
	 * Settings with a name and token lifetimes, for clients made in code.
	 * @param name the client name
	 * @param access the access token lifetime
	 * @param id the ID token lifetime
	 * @param refresh the refresh token lifetime
	 * @return the settings to complete
	 */
	public static ObjectNode settings(String name, TokenValidity access, TokenValidity id, TokenValidity refresh) {
		ObjectNode settings = Json.object().put("ClientName", name);
		settings.put("AccessTokenValidity", access.amount())
			.put("IdTokenValidity", id.amount())
			.put("RefreshTokenValidity", refresh.amount());
		settings.putObject("TokenValidityUnits")
			.put("AccessToken", access.unit())
			.put("IdToken", id.unit())
			.put("RefreshToken", refresh.unit());
		return settings;
	}

	private static TokenValidity validity(JsonNode settings, JsonNode units, String token, TokenValidity defaults) {
		JsonNode amount = settings.get(token + "Validity");
		if (amount == null || !amount.isNumber() || amount.asLong() == 0) {
			return defaults;
		}
		JsonNode unit = units.get(token);
		String defaultUnit = "RefreshToken".equals(token) ? "days" : "hours";
		return new TokenValidity(amount.asLong(), (unit != null && unit.isString()) ? unit.stringValue() : defaultUnit);
	}

	/**
	 * A new version of this client with other settings (UpdateUserPoolClient).
	 * @param settings the new settings
	 * @param now the time of the update
	 * @return the updated client
	 */
	public AppClient update(ObjectNode settings, Instant now) {
		return new AppClient(this.poolId, this.clientId, this.clientSecret, this.createdAt, now, settings);
	}

	/**
	 * Whether the client allows an auth flow. Like Cognito, a client created without
	 * explicit flows allows SRP, refresh and custom auth; a client with the legacy values
	 * always allows SRP, refresh and custom auth, plus what the legacy values add, and
	 * {@code CUSTOM_AUTH_FLOW_ONLY} restricts it to custom auth (and refresh).
	 * @param flow the flow, e.g. {@code ALLOW_USER_PASSWORD_AUTH}
	 * @return whether it is allowed
	 */
	public boolean allows(String flow) {
		return effectiveAuthFlows().contains(flow);
	}

	/**
	 * The {@code ALLOW_} flows the client's {@code ExplicitAuthFlows} amount to.
	 * @return the flows
	 */
	public List<String> effectiveAuthFlows() {
		if (this.explicitAuthFlows.isEmpty()) {
			return DEFAULT_AUTH_FLOWS;
		}
		if (this.explicitAuthFlows.stream().noneMatch(LEGACY_AUTH_FLOWS::contains)) {
			return this.explicitAuthFlows;
		}
		List<String> flows = new ArrayList<>(List.of("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH"));
		if (!this.explicitAuthFlows.contains("CUSTOM_AUTH_FLOW_ONLY")) {
			flows.add("ALLOW_USER_SRP_AUTH");
			if (this.explicitAuthFlows.contains("USER_PASSWORD_AUTH")) {
				flows.add("ALLOW_USER_PASSWORD_AUTH");
			}
			if (this.explicitAuthFlows.contains("ADMIN_NO_SRP_AUTH")) {
				flows.add("ALLOW_ADMIN_USER_PASSWORD_AUTH");
			}
		}
		return List.copyOf(flows);
	}

	public String poolId() {
		return this.poolId;
	}

	public String clientId() {
		return this.clientId;
	}

	public String clientName() {
		return this.settings.path("ClientName").asString();
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

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant lastModifiedAt() {
		return this.lastModifiedAt;
	}

	/**
	 * {@code ExplicitAuthFlows} as given (legacy values included).
	 * @return the flows, empty when not given
	 */
	public List<String> explicitAuthFlows() {
		return this.explicitAuthFlows;
	}

	public boolean refreshTokenRotation() {
		return "ENABLED".equals(this.settings.path("RefreshTokenRotation").path("Feature").asString());
	}

	public Duration retryGracePeriod() {
		return Duration.ofSeconds(this.settings.path("RefreshTokenRotation").path("RetryGracePeriodSeconds").asInt());
	}

	public TokenValidity accessTokenValidityAsGiven() {
		return this.accessTokenValidity;
	}

	public TokenValidity idTokenValidityAsGiven() {
		return this.idTokenValidity;
	}

	public TokenValidity refreshTokenValidityAsGiven() {
		return this.refreshTokenValidity;
	}

	public Duration accessTokenValidity() {
		return this.accessTokenValidity.duration();
	}

	public Duration idTokenValidity() {
		return this.idTokenValidity.duration();
	}

	public Duration refreshTokenValidity() {
		return this.refreshTokenValidity.duration();
	}

	public List<String> callbackUrls() {
		return strings(this.settings.get("CallbackURLs"));
	}

	public List<String> logoutUrls() {
		return strings(this.settings.get("LogoutURLs"));
	}

	public List<String> allowedOAuthFlows() {
		return strings(this.settings.get("AllowedOAuthFlows"));
	}

	public List<String> allowedOAuthScopes() {
		return strings(this.settings.get("AllowedOAuthScopes"));
	}

	public List<String> supportedIdentityProviders() {
		return strings(this.settings.get("SupportedIdentityProviders"));
	}

	public boolean allowedOAuthFlowsUserPoolClient() {
		return this.settings.path("AllowedOAuthFlowsUserPoolClient").asBoolean(false);
	}

	/**
	 * {@code PreventUserExistenceErrors}: whether unknown users look like wrong
	 * passwords.
	 * @return whether {@code ENABLED}
	 */
	public boolean preventUserExistenceErrors() {
		return "ENABLED".equals(this.settings.path("PreventUserExistenceErrors").asString());
	}

	/**
	 * {@code EnableTokenRevocation}, on unless turned off.
	 * @return whether refresh tokens can be revoked
	 */
	public boolean tokenRevocation() {
		return this.settings.path("EnableTokenRevocation").asBoolean(true);
	}

	/**
	 * {@code ReadAttributes}: the attributes the client may read; empty for all.
	 * @return the attribute names
	 */
	public List<String> readAttributes() {
		return strings(this.settings.get("ReadAttributes"));
	}

	/**
	 * {@code AuthSessionValidity}: how long a challenge session lasts.
	 * @return the validity, 3 minutes by default
	 */
	public Duration authSessionValidity() {
		return Duration.ofMinutes(this.settings.path("AuthSessionValidity").asInt(3));
	}

	/**
	 * A copy of the settings in CreateUserPoolClient's shape.
	 * @return the settings
	 */
	public ObjectNode settings() {
		return this.settings.deepCopy();
	}

	private static List<String> strings(JsonNode node) {
		List<String> values = new ArrayList<>();
		if (node != null && node.isArray()) {
			node.forEach((item) -> values.add(item.asString()));
		}
		return List.copyOf(values);
	}

	@Override
	public String toString() {
		return "AppClient[" + this.clientId + ", pool=" + this.poolId + ", secret=" + (hasSecret() ? "yes" : "no")
				+ ", rotation=" + refreshTokenRotation() + "]";
	}

}
