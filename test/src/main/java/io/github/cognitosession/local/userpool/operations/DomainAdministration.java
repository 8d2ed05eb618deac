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

import java.util.List;
import java.util.Objects;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * User-pool domains: CreateUserPoolDomain, DescribeUserPoolDomain, UpdateUserPoolDomain
 * and DeleteUserPoolDomain. The domain is a name only: the emulator serves every pool's
 * hosted UI on its own endpoint, whatever its domain.
 *
 * @author Cognito Session contributors
 */
public final class DomainAdministration implements OperationGroup {

	private static final List<String> RESERVED = List.of("aws", "amazon", "cognito");

	private final UserPoolServices services;

	public DomainAdministration(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "CreateUserPoolDomain", this::createUserPoolDomain)
			.add(OperationRegistry.USER_POOLS, "DescribeUserPoolDomain", this::describeUserPoolDomain)
			.add(OperationRegistry.USER_POOLS, "UpdateUserPoolDomain", this::updateUserPoolDomain)
			.add(OperationRegistry.USER_POOLS, "DeleteUserPoolDomain", this::deleteUserPoolDomain);
	}

	private JsonNode createUserPoolDomain(Params request) {
		UserPool pool = this.services.pools().pool(request.required("UserPoolId"));
		String domain = request.required("Domain");
		for (String word : RESERVED) {
			if (domain.contains(word)) {
				throw CognitoError.invalidParameter("Domain cannot contain reserved word: " + word);
			}
		}
		ObjectNode settings = settings(request);
		this.services.pools().addDomain(pool, domain, settings);
		return answer(settings);
	}

	private JsonNode describeUserPoolDomain(Params request) {
		String domain = request.required("Domain");
		UserPool pool = this.services.pools().poolOfDomain(domain);
		ObjectNode response = Json.object();
		ObjectNode description = response.putObject("DomainDescription");
		if (pool == null) {
			// Cognito answers an unknown domain with an empty description, not an error.
			return response;
		}
		ObjectNode settings = pool.domainSettings();
		description.put("UserPoolId", pool.id())
			.put("AWSAccountId", "000000000000")
			.put("Domain", domain)
			.put("S3Bucket", "aws-cognito-prod-" + pool.region() + "-assets")
			.put("CloudFrontDistribution", domain + ".auth." + pool.region() + ".amazoncognito.com")
			.put("Version", "20260101000000")
			.put("Status", "ACTIVE");
		if (settings.has("CustomDomainConfig")) {
			description.set("CustomDomainConfig", settings.get("CustomDomainConfig"));
		}
		description.put("ManagedLoginVersion", settings.get("ManagedLoginVersion").asInt());
		return response;
	}

	private JsonNode updateUserPoolDomain(Params request) {
		UserPool pool = this.services.pools().pool(request.required("UserPoolId"));
		ObjectNode settings = settings(request);
		this.services.pools().updateDomain(pool, request.required("Domain"), settings);
		return answer(settings);
	}

	private JsonNode deleteUserPoolDomain(Params request) {
		UserPool pool = this.services.pools().pool(request.required("UserPoolId"));
		this.services.pools().removeDomain(pool, request.required("Domain"));
		return Json.empty();
	}

	private static ObjectNode settings(Params request) {
		ObjectNode settings = Json.object();
		Integer version = request.integer("ManagedLoginVersion");
		settings.put("ManagedLoginVersion", (version != null) ? version : 1);
		JsonNode custom = request.node().get("CustomDomainConfig");
		if (custom != null && custom.isObject()) {
			settings.set("CustomDomainConfig", custom.deepCopy());
		}
		return settings;
	}

	private static ObjectNode answer(ObjectNode settings) {
		ObjectNode response = Json.object().put("ManagedLoginVersion", settings.get("ManagedLoginVersion").asInt());
		if (settings.has("CustomDomainConfig")) {
			response.put("CloudFrontDomain", "d111111abcdef8.cloudfront.net");
		}
		return response;
	}

}
