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

package io.github.cognitosession.local.token;

import java.util.List;
import java.util.Objects;

import io.github.cognitosession.local.userpool.Group;

/**
 * The group claims of a user's tokens: {@code cognito:groups} (ID and access tokens),
 * {@code cognito:roles} and {@code cognito:preferred_role} (ID token). The preferred role
 * is the role of the group with the lowest precedence among the groups with a role; when
 * two such groups share that precedence there is none, as in Cognito.
 *
 * @param groups the group names, by precedence
 * @param roles the role ARNs of those groups that have one
 * @param preferredRole the preferred role, or {@code null}
 * @author Cognito Session contributors
 */
record GroupClaims(List<String> groups, List<String> roles, String preferredRole) {

	static GroupClaims of(List<Group> groups) {
		List<Group> withRoles = groups.stream().filter((group) -> group.roleArn() != null).toList();
		String preferred = null;
		if (!withRoles.isEmpty()) {
			Group first = withRoles.get(0);
			boolean tie = withRoles.size() > 1 && Objects.equals(withRoles.get(1).precedence(), first.precedence());
			preferred = tie ? null : first.roleArn();
		}
		return new GroupClaims(groups.stream().map(Group::name).toList(),
				withRoles.stream().map(Group::roleArn).distinct().toList(), preferred);
	}

}
