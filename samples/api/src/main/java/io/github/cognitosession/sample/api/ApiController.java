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
package io.github.cognitosession.sample.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cognitosession.resource.CognitoJwt;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API: who the caller is, and an endpoint for administrators only.
 *
 * @author Cognito Session contributors
 */
@RestController
class ApiController {

	@GetMapping("/api/me")
	Map<String, Object> me(Authentication authentication) {
		CognitoJwt jwt = CognitoJwt.from(authentication);
		Map<String, Object> me = new LinkedHashMap<>();
		// null for a machine-to-machine token, which has no user
		me.put("username", jwt.getUsername());
		me.put("clientId", jwt.getClientId());
		me.put("groups", jwt.getGroups());
		me.put("scopes", jwt.getScopes());
		me.put("authorities", authorities(authentication));
		return me;
	}

	@GetMapping("/api/admin")
	Map<String, Object> admin(Authentication authentication) {
		return Map.of("username", CognitoJwt.from(authentication).getUsername(), "admin", true);
	}

	private static List<String> authorities(Authentication authentication) {
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
	}

}
