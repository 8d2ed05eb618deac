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

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A group of a user pool. Immutable: an update replaces it.
 *
 * @param name the group name
 * @param description the description, or {@code null}
 * @param roleArn the IAM role of the group's members, or {@code null}
 * @param precedence the precedence (lower wins), or {@code null} for the lowest
 * @param createdAt when created
 * @param lastModifiedAt when last changed
 * @author Cognito Session contributors
 */
public record Group(String name, String description, String roleArn, Integer precedence, Instant createdAt,
		Instant lastModifiedAt) {

	/**
	 * Cognito's order of a user's groups: lower precedence first, groups without one
	 * last, then by name.
	 */
	public static final Comparator<Group> BY_PRECEDENCE = Comparator
		.comparing(Group::precedence, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Group::name);

	public Group {
		Objects.requireNonNull(name, "name cannot be null");
		Objects.requireNonNull(createdAt, "createdAt cannot be null");
		Objects.requireNonNull(lastModifiedAt, "lastModifiedAt cannot be null");
	}

}
