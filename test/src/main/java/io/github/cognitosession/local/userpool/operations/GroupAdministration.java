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

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Pagination;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.userpool.Group;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Groups: CreateGroup, GetGroup, UpdateGroup, DeleteGroup, ListGroups,
 * AdminAddUserToGroup, AdminRemoveUserFromGroup, AdminListGroupsForUser and
 * ListUsersInGroup. Membership shows in tokens as {@code cognito:groups},
 * {@code cognito:roles} and {@code cognito:preferred_role}.
 *
 * @author Cognito Session contributors
 */
public final class GroupAdministration implements OperationGroup {

	private static final int MAX_LIMIT = 60;

	private final UserPoolServices services;

	public GroupAdministration(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "CreateGroup", this::createGroup)
			.add(OperationRegistry.USER_POOLS, "GetGroup", this::getGroup)
			.add(OperationRegistry.USER_POOLS, "UpdateGroup", this::updateGroup)
			.add(OperationRegistry.USER_POOLS, "DeleteGroup", this::deleteGroup)
			.add(OperationRegistry.USER_POOLS, "ListGroups", this::listGroups)
			.add(OperationRegistry.USER_POOLS, "AdminAddUserToGroup", this::adminAddUserToGroup)
			.add(OperationRegistry.USER_POOLS, "AdminRemoveUserFromGroup", this::adminRemoveUserFromGroup)
			.add(OperationRegistry.USER_POOLS, "AdminListGroupsForUser", this::adminListGroupsForUser)
			.add(OperationRegistry.USER_POOLS, "ListUsersInGroup", this::listUsersInGroup);
	}

	private JsonNode createGroup(Params request) {
		UserPool pool = pool(request);
		Instant now = this.services.now();
		Group group = new Group(request.required("GroupName"), request.optional("Description"),
				request.optional("RoleArn"), request.integer("Precedence"), now, now);
		pool.addGroup(group);
		return wrapped(pool, group);
	}

	private JsonNode getGroup(Params request) {
		UserPool pool = pool(request);
		return wrapped(pool, pool.group(request.required("GroupName")));
	}

	private JsonNode updateGroup(Params request) {
		UserPool pool = pool(request);
		Group group = pool.group(request.required("GroupName"));
		// Only the members the request names change.
		Group updated = new Group(group.name(),
				request.node().has("Description") ? request.optional("Description") : group.description(),
				request.node().has("RoleArn") ? request.optional("RoleArn") : group.roleArn(),
				request.node().has("Precedence") ? request.integer("Precedence") : group.precedence(),
				group.createdAt(), this.services.now());
		pool.replaceGroup(updated);
		return wrapped(pool, updated);
	}

	private JsonNode deleteGroup(Params request) {
		pool(request).removeGroup(request.required("GroupName"));
		return Json.empty();
	}

	private JsonNode listGroups(Params request) {
		UserPool pool = pool(request);
		return groups(pool, pool.groups(), request);
	}

	private JsonNode adminAddUserToGroup(Params request) {
		UserPool pool = pool(request);
		PoolUser user = pool.user(request.required("Username"));
		Group group = pool.group(request.required("GroupName"));
		user.joinGroup(group.name());
		return Json.empty();
	}

	private JsonNode adminRemoveUserFromGroup(Params request) {
		UserPool pool = pool(request);
		PoolUser user = pool.user(request.required("Username"));
		Group group = pool.group(request.required("GroupName"));
		user.leaveGroup(group.name());
		return Json.empty();
	}

	private JsonNode adminListGroupsForUser(Params request) {
		UserPool pool = pool(request);
		PoolUser user = pool.user(request.required("Username"));
		List<Group> groups = pool.groups().stream().filter((group) -> user.inGroup(group.name())).toList();
		return groups(pool, groups, request);
	}

	private JsonNode listUsersInGroup(Params request) {
		UserPool pool = pool(request);
		Group group = pool.group(request.required("GroupName"));
		List<PoolUser> users = pool.users().stream().filter((user) -> user.inGroup(group.name())).toList();
		Pagination.Page<PoolUser> page = Pagination.page(users,
				(user) -> Pagination.key(user.createdAt(), user.username()), request.integer("Limit"), MAX_LIMIT,
				request.optional("NextToken"));
		ObjectNode response = Json.object();
		ArrayNode array = response.putArray("Users");
		page.items().forEach((user) -> array.add(Users.userType(user, List.of())));
		if (page.nextToken() != null) {
			response.put("NextToken", page.nextToken());
		}
		return response;
	}

	private static ObjectNode groups(UserPool pool, List<Group> groups, Params request) {
		Pagination.Page<Group> page = Pagination.page(groups,
				(group) -> Pagination.key(group.createdAt(), group.name()), request.integer("Limit"), MAX_LIMIT,
				request.optional("NextToken"));
		ObjectNode response = Json.object();
		ArrayNode array = response.putArray("Groups");
		page.items().forEach((group) -> array.add(describe(pool, group)));
		if (page.nextToken() != null) {
			response.put("NextToken", page.nextToken());
		}
		return response;
	}

	private UserPool pool(Params request) {
		return this.services.pools().pool(request.required("UserPoolId"));
	}

	private static ObjectNode wrapped(UserPool pool, Group group) {
		ObjectNode response = Json.object();
		response.set("Group", describe(pool, group));
		return response;
	}

	private static ObjectNode describe(UserPool pool, Group group) {
		ObjectNode node = Json.object().put("GroupName", group.name()).put("UserPoolId", pool.id());
		if (group.description() != null) {
			node.put("Description", group.description());
		}
		if (group.roleArn() != null) {
			node.put("RoleArn", group.roleArn());
		}
		if (group.precedence() != null) {
			node.put("Precedence", group.precedence());
		}
		Json.putTime(node, "LastModifiedDate", group.lastModifiedAt());
		Json.putTime(node, "CreationDate", group.createdAt());
		return node;
	}

}
