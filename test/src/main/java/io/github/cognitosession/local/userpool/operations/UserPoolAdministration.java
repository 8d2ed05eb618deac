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

package io.github.cognitosession.local.userpool.operations;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.DeviceTracking;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CreateUserPool, DescribeUserPool, CreateUserPoolClient and DescribeUserPoolClient.
 *
 * @author Cognito Session contributors
 */
public final class UserPoolAdministration implements OperationGroup {

	private final UserPoolServices services;

	public UserPoolAdministration(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "CreateUserPool", this::createUserPool)
			.add(OperationRegistry.USER_POOLS, "DescribeUserPool", this::describeUserPool)
			.add(OperationRegistry.USER_POOLS, "CreateUserPoolClient", this::createUserPoolClient)
			.add(OperationRegistry.USER_POOLS, "DescribeUserPoolClient", this::describeUserPoolClient);
	}

	private JsonNode createUserPool(Params request) {
		UserPool pool = this.services.pools().create(request.required("PoolName"));
		// OPTIONAL behaves like OFF here: a user's second factor is whatever they set up.
		pool.setMfaRequired("ON".equals(request.optional("MfaConfiguration")));
		pool.setDeviceTracking(deviceTracking(request.object("DeviceConfiguration")));
		ObjectNode response = Json.object();
		response.set("UserPool", describe(pool));
		return response;
	}

	private static DeviceTracking deviceTracking(Params configuration) {
		if (configuration == null) {
			return DeviceTracking.OFF;
		}
		boolean onPrompt = configuration.bool("DeviceOnlyRememberedOnUserPrompt", false);
		return onPrompt ? DeviceTracking.USER_OPT_IN : DeviceTracking.ALWAYS;
	}

	private JsonNode describeUserPool(Params request) {
		UserPool pool = this.services.pools().pool(request.required("UserPoolId"));
		ObjectNode response = Json.object();
		response.set("UserPool", describe(pool));
		return response;
	}

	private ObjectNode describe(UserPool pool) {
		ObjectNode node = Json.object()
			.put("Id", pool.id())
			.put("Name", pool.name())
			.put("Arn", "arn:aws:cognito-idp:" + pool.region() + ":000000000000:userpool/" + pool.id())
			.put("Status", "Enabled")
			.put("EstimatedNumberOfUsers", pool.users().size())
			.put("MfaConfiguration", pool.mfaRequired() ? "ON" : "OPTIONAL");
		if (pool.deviceTracking().isOn()) {
			node.putObject("DeviceConfiguration")
				.put("ChallengeRequiredOnNewDevice", false)
				.put("DeviceOnlyRememberedOnUserPrompt", pool.deviceTracking() == DeviceTracking.USER_OPT_IN);
		}
		Json.putTime(node, "CreationDate", pool.createdAt());
		Json.putTime(node, "LastModifiedDate", pool.createdAt());
		return node;
	}

	private JsonNode createUserPoolClient(Params request) {
		UserPool pool = this.services.pools().pool(request.required("UserPoolId"));
		String name = request.required("ClientName");
		Params units = request.object("TokenValidityUnits");
		Params rotation = request.object("RefreshTokenRotation");
		Duration access = validity(request.integer("AccessTokenValidity"), unit(units, "AccessToken", "hours"),
				AppClient.DEFAULT_TOKEN_VALIDITY);
		Duration id = validity(request.integer("IdTokenValidity"), unit(units, "IdToken", "hours"),
				AppClient.DEFAULT_TOKEN_VALIDITY);
		Duration refresh = validity(request.integer("RefreshTokenValidity"), unit(units, "RefreshToken", "days"),
				AppClient.DEFAULT_REFRESH_TOKEN_VALIDITY);
		boolean rotationEnabled = rotation != null && "ENABLED".equals(rotation.optional("Feature"));
		Integer grace = (rotation != null) ? rotation.integer("RetryGracePeriodSeconds") : null;
		if (grace != null && (grace < 0 || grace > 60)) {
			throw CognitoError.invalidParameter("RetryGracePeriodSeconds must be between 0 and 60");
		}
		AppClient client = this.services.pools()
			.createClient(pool, request.bool("GenerateSecret", false),
					(builder) -> builder.clientName(name)
						.explicitAuthFlows(request.strings("ExplicitAuthFlows"))
						.refreshTokenRotation(rotationEnabled, Duration.ofSeconds((grace != null) ? grace : 0))
						.accessTokenValidity(access)
						.idTokenValidity(id)
						.refreshTokenValidity(refresh)
						.callbackUrls(request.strings("CallbackURLs"))
						.logoutUrls(request.strings("LogoutURLs"))
						.allowedOAuthFlows(request.strings("AllowedOAuthFlows"))
						.allowedOAuthScopes(request.strings("AllowedOAuthScopes"))
						.supportedIdentityProviders(request.strings("SupportedIdentityProviders"))
						.allowedOAuthFlowsUserPoolClient(request.bool("AllowedOAuthFlowsUserPoolClient", false)));
		ObjectNode response = Json.object();
		response.set("UserPoolClient", describe(pool, client));
		return response;
	}

	private JsonNode describeUserPoolClient(Params request) {
		UserPool pool = this.services.pools().pool(request.required("UserPoolId"));
		AppClient client = pool.client(request.required("ClientId"));
		ObjectNode response = Json.object();
		response.set("UserPoolClient", describe(pool, client));
		return response;
	}

	private ObjectNode describe(UserPool pool, AppClient client) {
		ObjectNode node = Json.object()
			.put("UserPoolId", pool.id())
			.put("ClientId", client.clientId())
			.put("ClientName", client.clientName());
		if (client.hasSecret()) {
			node.put("ClientSecret", client.clientSecret());
		}
		Json.putTime(node, "CreationDate", pool.createdAt());
		Json.putTime(node, "LastModifiedDate", pool.createdAt());
		node.put("AccessTokenValidity", client.accessTokenValidity().toMinutes())
			.put("IdTokenValidity", client.idTokenValidity().toMinutes())
			.put("RefreshTokenValidity", client.refreshTokenValidity().toMinutes());
		node.putObject("TokenValidityUnits")
			.put("AccessToken", "minutes")
			.put("IdToken", "minutes")
			.put("RefreshToken", "minutes");
		node.set("ExplicitAuthFlows", Json.strings(client.explicitAuthFlows()));
		node.putObject("RefreshTokenRotation")
			.put("Feature", client.refreshTokenRotation() ? "ENABLED" : "DISABLED")
			.put("RetryGracePeriodSeconds", client.retryGracePeriod().toSeconds());
		node.set("CallbackURLs", Json.strings(client.callbackUrls()));
		node.set("LogoutURLs", Json.strings(client.logoutUrls()));
		node.set("AllowedOAuthFlows", Json.strings(client.allowedOAuthFlows()));
		node.set("AllowedOAuthScopes", Json.strings(client.allowedOAuthScopes()));
		node.set("SupportedIdentityProviders", Json.strings(client.supportedIdentityProviders()));
		node.put("AllowedOAuthFlowsUserPoolClient", client.allowedOAuthFlowsUserPoolClient());
		return node;
	}

	private static String unit(Params units, String name, String defaultUnit) {
		String unit = (units != null) ? units.optional(name) : null;
		return (unit != null) ? unit : defaultUnit;
	}

	private static Duration validity(Integer amount, String unit, Duration defaultValue) {
		if (amount == null) {
			return defaultValue;
		}
		ChronoUnit chronoUnit = switch (unit) {
			case "seconds" -> ChronoUnit.SECONDS;
			case "minutes" -> ChronoUnit.MINUTES;
			case "hours" -> ChronoUnit.HOURS;
			case "days" -> ChronoUnit.DAYS;
			default -> throw CognitoError.invalidParameter("Unknown token validity unit " + unit);
		};
		return Duration.of(amount, chronoUnit);
	}

}
