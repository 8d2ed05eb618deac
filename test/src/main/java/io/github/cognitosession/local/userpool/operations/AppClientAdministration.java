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
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Pagination;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.TokenValidity;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The app-client lifecycle: CreateUserPoolClient, DescribeUserPoolClient,
 * UpdateUserPoolClient, DeleteUserPoolClient and ListUserPoolClients, with Cognito's
 * defaults for omitted settings (SRP, refresh and custom auth; 60-minute ID and access
 * tokens, 30-day refresh tokens; token revocation on) and its legacy
 * {@code ExplicitAuthFlows} values, reported as given.
 *
 * @author Cognito Session contributors
 */
public final class AppClientAdministration implements OperationGroup {

	/** The request members that are not settings of the client. */
	private static final Set<String> NOT_SETTINGS = Set.of("UserPoolId", "ClientId", "GenerateSecret", "ClientSecret");

	private static final Duration MIN_TOKEN = Duration.ofMinutes(5);

	private static final Duration MAX_TOKEN = Duration.ofDays(1);

	private static final Duration MIN_REFRESH = Duration.ofMinutes(60);

	private static final Duration MAX_REFRESH = Duration.ofDays(3650);

	private static final int MAX_RESULTS = 60;

	private final UserPoolServices services;

	public AppClientAdministration(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "CreateUserPoolClient", this::createUserPoolClient)
			.add(OperationRegistry.USER_POOLS, "DescribeUserPoolClient", this::describeUserPoolClient)
			.add(OperationRegistry.USER_POOLS, "UpdateUserPoolClient", this::updateUserPoolClient)
			.add(OperationRegistry.USER_POOLS, "DeleteUserPoolClient", this::deleteUserPoolClient)
			.add(OperationRegistry.USER_POOLS, "ListUserPoolClients", this::listUserPoolClients);
	}

	private JsonNode createUserPoolClient(Params request) {
		UserPool pool = pool(request);
		ObjectNode settings = settings(request);
		AppClient client = this.services.pools()
			.createClient(pool, request.bool("GenerateSecret", false) || request.optional("ClientSecret") != null,
					settings);
		String customSecret = request.optional("ClientSecret");
		if (customSecret != null) {
			client = new AppClient(client.poolId(), client.clientId(), customSecret, client.createdAt(),
					client.lastModifiedAt(), settings);
			this.services.pools().replaceClient(client);
		}
		return wrapped(describe(client));
	}

	private JsonNode describeUserPoolClient(Params request) {
		return wrapped(describe(pool(request).client(request.required("ClientId"))));
	}

	private JsonNode updateUserPoolClient(Params request) {
		UserPool pool = pool(request);
		AppClient client = pool.client(request.required("ClientId"));
		ObjectNode settings = settings(request);
		if (!settings.has("ClientName")) {
			settings.put("ClientName", client.clientName());
		}
		AppClient updated = client.update(settings, this.services.now());
		this.services.pools().replaceClient(updated);
		return wrapped(describe(updated));
	}

	private JsonNode deleteUserPoolClient(Params request) {
		this.services.pools().deleteClient(pool(request), request.required("ClientId"));
		return Json.empty();
	}

	private JsonNode listUserPoolClients(Params request) {
		UserPool pool = pool(request);
		Pagination.Page<AppClient> page = Pagination.page(pool.clients(),
				(client) -> Pagination.key(client.createdAt(), client.clientId()), request.integer("MaxResults"),
				MAX_RESULTS, request.optional("NextToken"));
		ObjectNode response = Json.object();
		ArrayNode clients = response.putArray("UserPoolClients");
		page.items()
			.forEach((client) -> clients.addObject()
				.put("ClientId", client.clientId())
				.put("UserPoolId", client.poolId())
				.put("ClientName", client.clientName()));
		if (page.nextToken() != null) {
			response.put("NextToken", page.nextToken());
		}
		return response;
	}

	private UserPool pool(Params request) {
		return this.services.pools().pool(request.required("UserPoolId"));
	}

	/**
	 * The client's settings from a create or update request, checked as Cognito checks
	 * them.
	 */
	private static ObjectNode settings(Params request) {
		ObjectNode settings = Json.object();
		request.node().properties().forEach((entry) -> {
			if (!NOT_SETTINGS.contains(entry.getKey()) && !entry.getValue().isNull()) {
				settings.set(entry.getKey(), entry.getValue().deepCopy());
			}
		});
		List<String> flows = request.strings("ExplicitAuthFlows");
		boolean legacy = flows.stream().anyMatch(AppClient.LEGACY_AUTH_FLOWS::contains);
		if (legacy && flows.stream().anyMatch((flow) -> flow.startsWith("ALLOW_"))) {
			throw CognitoError.invalidParameter("You can't assign these legacy ExplicitAuthFlows values to user pool "
					+ "clients at the same time as values that begin with ALLOW_, like ALLOW_USER_SRP_AUTH.");
		}
		// Read the lifetimes exactly as the client will (amount, unit, defaults).
		AppClient probe = new AppClient("probe", "probe", null, Instant.EPOCH, Instant.EPOCH, settings);
		checkRange(probe.accessTokenValidity(), MIN_TOKEN, MAX_TOKEN);
		checkRange(probe.idTokenValidity(), MIN_TOKEN, MAX_TOKEN);
		checkRange(probe.refreshTokenValidity(), MIN_REFRESH, MAX_REFRESH);
		if (probe.accessTokenValidity().compareTo(probe.refreshTokenValidity()) > 0
				|| probe.idTokenValidity().compareTo(probe.refreshTokenValidity()) > 0) {
			throw CognitoError.invalidParameter("Invalid range for token validity");
		}
		return settings;
	}

	private static void checkRange(Duration validity, Duration min, Duration max) {
		if (validity.compareTo(min) < 0 || validity.compareTo(max) > 0) {
			throw CognitoError.invalidParameter("Invalid range for token validity");
		}
	}

	private static ObjectNode wrapped(ObjectNode client) {
		ObjectNode response = Json.object();
		response.set("UserPoolClient", client);
		return response;
	}

	/**
	 * DescribeUserPoolClient's {@code UserPoolClient}: the settings as given, with
	 * Cognito's defaults for the omitted ones.
	 * @param client the client
	 * @return the description
	 */
	static ObjectNode describe(AppClient client) {
		ObjectNode settings = client.settings();
		ObjectNode node = Json.object()
			.put("UserPoolId", client.poolId())
			.put("ClientName", client.clientName())
			.put("ClientId", client.clientId());
		if (client.hasSecret()) {
			node.put("ClientSecret", client.clientSecret());
		}
		Json.putTime(node, "LastModifiedDate", client.lastModifiedAt());
		Json.putTime(node, "CreationDate", client.createdAt());
		TokenValidity access = client.accessTokenValidityAsGiven();
		TokenValidity id = client.idTokenValidityAsGiven();
		TokenValidity refresh = client.refreshTokenValidityAsGiven();
		node.put("RefreshTokenValidity", refresh.amount())
			.put("AccessTokenValidity", access.amount())
			.put("IdTokenValidity", id.amount());
		node.putObject("TokenValidityUnits")
			.put("AccessToken", access.unit())
			.put("IdToken", id.unit())
			.put("RefreshToken", refresh.unit());
		for (String list : List.of("ReadAttributes", "WriteAttributes")) {
			copy(settings, node, list);
		}
		node.set("ExplicitAuthFlows", Json
			.strings(client.explicitAuthFlows().isEmpty() ? AppClient.DEFAULT_AUTH_FLOWS : client.explicitAuthFlows()));
		for (String member : List.of("SupportedIdentityProviders", "CallbackURLs", "LogoutURLs", "DefaultRedirectURI",
				"AllowedOAuthFlows", "AllowedOAuthScopes")) {
			copy(settings, node, member);
		}
		node.put("AllowedOAuthFlowsUserPoolClient", client.allowedOAuthFlowsUserPoolClient());
		copy(settings, node, "AnalyticsConfiguration");
		node.put("PreventUserExistenceErrors", settings.path("PreventUserExistenceErrors").asString("LEGACY"))
			.put("EnableTokenRevocation", client.tokenRevocation())
			.put("EnablePropagateAdditionalUserContextData",
					settings.path("EnablePropagateAdditionalUserContextData").asBoolean(false))
			.put("AuthSessionValidity", client.authSessionValidity().toMinutes());
		node.putObject("RefreshTokenRotation")
			.put("Feature", client.refreshTokenRotation() ? "ENABLED" : "DISABLED")
			.put("RetryGracePeriodSeconds", client.retryGracePeriod().toSeconds());
		return node;
	}

	private static void copy(JsonNode from, ObjectNode to, String member) {
		JsonNode value = from.get(member);
		if (value != null && !value.isNull()) {
			to.set(member, value.deepCopy());
		}
	}

}
