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
import java.util.function.Predicate;

import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Pagination;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ListUsers, with Cognito's filter syntax, {@code AttributesToGet} and pagination.
 *
 * @author Cognito Session contributors
 */
public final class UserListing implements OperationGroup {

	private static final int MAX_LIMIT = 60;

	private final UserPoolServices services;

	public UserListing(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "ListUsers", this::listUsers);
	}

	private JsonNode listUsers(Params request) {
		UserPool pool = this.services.pools().pool(request.required("UserPoolId"));
		Predicate<PoolUser> filter = UserFilter.parse(request.optional("Filter"));
		List<String> attributesToGet = request.strings("AttributesToGet");
		List<PoolUser> users = pool.users().stream().filter(filter).toList();
		Pagination.Page<PoolUser> page = Pagination.page(users,
				(user) -> Pagination.key(user.createdAt(), user.username()), request.integer("Limit"), MAX_LIMIT,
				request.optional("PaginationToken"));
		ObjectNode response = Json.object();
		ArrayNode array = response.putArray("Users");
		page.items().forEach((user) -> array.add(Users.userType(user, attributesToGet)));
		if (page.nextToken() != null) {
			response.put("PaginationToken", page.nextToken());
		}
		return response;
	}

}
