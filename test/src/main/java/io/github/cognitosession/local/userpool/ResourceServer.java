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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resource server of a user pool: an identifier (usually the API's URL or a short name)
 * and the custom scopes it defines, which app clients request as
 * {@code <identifier>/<scope name>}. Immutable: an update replaces it.
 *
 * @param identifier the identifier
 * @param name the friendly name
 * @param scopes the scope names and their descriptions, in the order given
 * @author Cognito Session contributors
 */
public record ResourceServer(String identifier, String name, Map<String, String> scopes) {

	public ResourceServer {
		Objects.requireNonNull(identifier, "identifier cannot be null");
		Objects.requireNonNull(name, "name cannot be null");
		scopes = Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
	}

	/**
	 * The scopes as app clients name them: {@code <identifier>/<scope name>}.
	 * @return the full scope names
	 */
	public List<String> fullScopeNames() {
		return this.scopes.keySet().stream().map((scope) -> this.identifier + "/" + scope).toList();
	}

}
