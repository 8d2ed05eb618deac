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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Pagination;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.userpool.ResourceServer;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resource servers: CreateResourceServer, DescribeResourceServer, ListResourceServers,
 * UpdateResourceServer and DeleteResourceServer. Their custom scopes
 * ({@code <identifier>/<scope name>}) are what app clients allowed the
 * {@code client_credentials} flow request at {@code /oauth2/token}.
 *
 * @author Cognito Session contributors
 */
public final class ResourceServerAdministration implements OperationGroup {

	private static final int MAX_RESULTS = 50;

	private final UserPoolServices services;

	public ResourceServerAdministration(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "CreateResourceServer", this::createResourceServer)
			.add(OperationRegistry.USER_POOLS, "DescribeResourceServer", this::describeResourceServer)
			.add(OperationRegistry.USER_POOLS, "ListResourceServers", this::listResourceServers)
			.add(OperationRegistry.USER_POOLS, "UpdateResourceServer", this::updateResourceServer)
			.add(OperationRegistry.USER_POOLS, "DeleteResourceServer", this::deleteResourceServer);
	}

	private JsonNode createResourceServer(Params request) {
		UserPool pool = pool(request);
		ResourceServer server = resourceServer(request);
		pool.addResourceServer(server);
		return wrapped(pool, server);
	}

	private JsonNode describeResourceServer(Params request) {
		UserPool pool = pool(request);
		return wrapped(pool, pool.resourceServer(request.required("Identifier")));
	}

	private JsonNode listResourceServers(Params request) {
		UserPool pool = pool(request);
		Pagination.Page<ResourceServer> page = Pagination.page(pool.resourceServers(), ResourceServer::identifier,
				request.integer("MaxResults"), MAX_RESULTS, request.optional("NextToken"));
		ObjectNode response = Json.object();
		ArrayNode array = response.putArray("ResourceServers");
		page.items().forEach((server) -> array.add(describe(pool, server)));
		if (page.nextToken() != null) {
			response.put("NextToken", page.nextToken());
		}
		return response;
	}

	private JsonNode updateResourceServer(Params request) {
		UserPool pool = pool(request);
		ResourceServer server = resourceServer(request);
		pool.replaceResourceServer(server);
		return wrapped(pool, server);
	}

	private JsonNode deleteResourceServer(Params request) {
		pool(request).removeResourceServer(request.required("Identifier"));
		return Json.empty();
	}

	private static ResourceServer resourceServer(Params request) {
		Map<String, String> scopes = new LinkedHashMap<>();
		JsonNode list = request.node().get("Scopes");
		if (list != null && list.isArray()) {
			for (JsonNode scope : list) {
				Params item = new Params(scope);
				String name = item.required("ScopeName");
				if (scopes.put(name, item.required("ScopeDescription")) != null) {
					throw CognitoError.invalidParameter("Duplicate scope name " + name + ".");
				}
			}
		}
		return new ResourceServer(request.required("Identifier"), request.required("Name"), scopes);
	}

	private UserPool pool(Params request) {
		return this.services.pools().pool(request.required("UserPoolId"));
	}

	private static ObjectNode wrapped(UserPool pool, ResourceServer server) {
		ObjectNode response = Json.object();
		response.set("ResourceServer", describe(pool, server));
		return response;
	}

	private static ObjectNode describe(UserPool pool, ResourceServer server) {
		ObjectNode node = Json.object()
			.put("UserPoolId", pool.id())
			.put("Identifier", server.identifier())
			.put("Name", server.name());
		ArrayNode scopes = node.putArray("Scopes");
		server.scopes()
			.forEach((name,
					description) -> scopes.addObject().put("ScopeName", name).put("ScopeDescription", description));
		return node;
	}

}
