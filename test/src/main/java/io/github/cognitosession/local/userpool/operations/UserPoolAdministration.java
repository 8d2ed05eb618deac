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

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Pagination;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.trigger.TriggerType;
import io.github.cognitosession.local.userpool.StandardAttributes;
import io.github.cognitosession.local.userpool.UserPool;
import io.github.cognitosession.local.userpool.UserPoolSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The user-pool lifecycle: CreateUserPool, DescribeUserPool, UpdateUserPool,
 * DeleteUserPool, ListUserPools, SetUserPoolMfaConfig, GetUserPoolMfaConfig and
 * AddCustomAttributes.
 *
 * @author Cognito Session contributors
 */
public final class UserPoolAdministration implements OperationGroup {

	private static final Logger logger = LoggerFactory.getLogger(UserPoolAdministration.class);

	/** The {@code LambdaConfig} entries that are not triggers the emulator calls. */
	private static final Set<String> NOT_TRIGGERS = Set.of("PreTokenGenerationConfig", "KMSKeyID");

	private static final int MAX_RESULTS = 60;

	private final UserPoolServices services;

	public UserPoolAdministration(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "CreateUserPool", this::createUserPool)
			.add(OperationRegistry.USER_POOLS, "DescribeUserPool", this::describeUserPool)
			.add(OperationRegistry.USER_POOLS, "UpdateUserPool", this::updateUserPool)
			.add(OperationRegistry.USER_POOLS, "DeleteUserPool", this::deleteUserPool)
			.add(OperationRegistry.USER_POOLS, "ListUserPools", this::listUserPools)
			.add(OperationRegistry.USER_POOLS, "SetUserPoolMfaConfig", this::setUserPoolMfaConfig)
			.add(OperationRegistry.USER_POOLS, "GetUserPoolMfaConfig", this::getUserPoolMfaConfig)
			.add(OperationRegistry.USER_POOLS, "AddCustomAttributes", this::addCustomAttributes);
	}

	private JsonNode createUserPool(Params request) {
		UserPool pool = this.services.pools().create(UserPoolSettings.create(request.node()));
		warnAboutTriggers(pool);
		ObjectNode response = Json.object();
		response.set("UserPool", describe(pool));
		return response;
	}

	private JsonNode describeUserPool(Params request) {
		ObjectNode response = Json.object();
		response.set("UserPool", describe(pool(request)));
		return response;
	}

	private JsonNode updateUserPool(Params request) {
		UserPool pool = pool(request);
		pool.update(pool.settings().update(request.node()), this.services.now());
		warnAboutTriggers(pool);
		return Json.empty();
	}

	private JsonNode deleteUserPool(Params request) {
		UserPool pool = pool(request);
		if (pool.settings().deletionProtection()) {
			throw CognitoError.invalidParameter("The user pool cannot be deleted because deletion protection is "
					+ "activated. Deletion protection must be inactivated first.");
		}
		this.services.pools().delete(pool);
		this.services.triggers().forget(pool.id());
		return Json.empty();
	}

	private JsonNode listUserPools(Params request) {
		Pagination.Page<UserPool> page = Pagination.page(this.services.pools().pools(),
				(pool) -> Pagination.key(pool.createdAt(), pool.id()), request.integer("MaxResults"), MAX_RESULTS,
				request.optional("NextToken"));
		ObjectNode response = Json.object();
		ArrayNode pools = response.putArray("UserPools");
		for (UserPool pool : page.items()) {
			ObjectNode item = pools.addObject().put("Id", pool.id()).put("Name", pool.name());
			item.set("LambdaConfig", pool.settings().lambdaConfig().deepCopy());
			Json.putTime(item, "LastModifiedDate", pool.lastModifiedAt());
			Json.putTime(item, "CreationDate", pool.createdAt());
		}
		if (page.nextToken() != null) {
			response.put("NextToken", page.nextToken());
		}
		return response;
	}

	private JsonNode setUserPoolMfaConfig(Params request) {
		UserPool pool = pool(request);
		pool.update(pool.settings().mfaConfig(request.node()), this.services.now());
		return mfaConfig(pool.settings());
	}

	private JsonNode getUserPoolMfaConfig(Params request) {
		return mfaConfig(pool(request).settings());
	}

	private JsonNode addCustomAttributes(Params request) {
		UserPool pool = pool(request);
		JsonNode attributes = request.node().get("CustomAttributes");
		Set<String> existing = pool.settings().customAttributes();
		for (JsonNode attribute : attributes) {
			String name = attribute.path("Name").asString();
			String prefixed = name.startsWith("custom:") ? name : "custom:" + name;
			if (existing.contains(prefixed) || StandardAttributes.NAMES.contains(name)) {
				throw CognitoError.invalidParameter("Existing attribute already has name " + prefixed + ".");
			}
		}
		pool.update(pool.settings().withCustomAttributes(attributes), this.services.now());
		return Json.empty();
	}

	private UserPool pool(Params request) {
		return this.services.pools().pool(request.required("UserPoolId"));
	}

	private static ObjectNode mfaConfig(UserPoolSettings settings) {
		ObjectNode json = settings.toJson();
		ObjectNode response = Json.object();
		if (json.has("SmsConfiguration") || json.has("SmsAuthenticationMessage")) {
			ObjectNode sms = response.putObject("SmsMfaConfiguration");
			copy(json, sms, "SmsAuthenticationMessage");
			copy(json, sms, "SmsConfiguration");
		}
		response.putObject("SoftwareTokenMfaConfiguration")
			.put("Enabled", json.path("SoftwareTokenMfaConfiguration").path("Enabled").asBoolean(false));
		copy(json, response, "EmailMfaConfiguration");
		copy(json, response, "WebAuthnConfiguration");
		response.put("MfaConfiguration", settings.mfaConfiguration());
		return response;
	}

	private ObjectNode describe(UserPool pool) {
		ObjectNode settings = pool.settings().toJson();
		ObjectNode node = Json.object().put("Id", pool.id()).put("Name", pool.name());
		for (String member : UserPoolSettings.POOL_MEMBERS) {
			copy(settings, node, member);
		}
		node.put("Status", "Enabled");
		Json.putTime(node, "LastModifiedDate", pool.lastModifiedAt());
		Json.putTime(node, "CreationDate", pool.createdAt());
		node.set("SchemaAttributes", StandardAttributes.describe(settings.get("Schema")));
		node.put("EstimatedNumberOfUsers", pool.userCount());
		if (pool.domain() != null) {
			node.put("Domain", pool.domain());
		}
		node.put("Arn", "arn:aws:cognito-idp:" + pool.region() + ":000000000000:userpool/" + pool.id());
		return node;
	}

	/**
	 * Say which configured triggers will not run: Cognito would call them, the emulator
	 * cannot call an ARN, and a silently ignored trigger hides what a test means to
	 * check.
	 */
	private void warnAboutTriggers(UserPool pool) {
		for (Map.Entry<String, JsonNode> entry : pool.settings().lambdaConfig().properties()) {
			String name = entry.getKey();
			if (NOT_TRIGGERS.contains(name)) {
				continue;
			}
			TriggerType type = supported(name);
			if (type == null) {
				logger.warn("LambdaConfig.{} of user pool {} is kept but never called: Local Cognito does not "
						+ "support this trigger", name, pool.id());
			}
			else if (!this.services.triggers().has(pool.id(), type)) {
				logger.warn(
						"LambdaConfig.{} of user pool {} names a Lambda function, which Local Cognito cannot "
								+ "call; give it a handler (--trigger {}=<url>, or LocalCognito.Builder.trigger)",
						name, pool.id(), name);
			}
		}
	}

	private static TriggerType supported(String name) {
		for (TriggerType type : TriggerType.values()) {
			if (type.lambdaConfigName().equals(name)) {
				return type;
			}
		}
		return null;
	}

	private static void copy(JsonNode from, ObjectNode to, String member) {
		JsonNode value = from.get(member);
		if (value != null && !value.isNull()) {
			to.set(member, value.deepCopy());
		}
	}

}
