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

package io.github.cognitosession.local.hostedui;

import java.io.IOException;
import java.util.Objects;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.token.RefreshTokens;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.UserPools;

/**
 * {@code POST /oauth2/revoke}: revokes a refresh token and every access token of its
 * sign-in, as RevokeToken does. Like Cognito, only refresh tokens can be revoked; an
 * unknown token is answered with 200 (RFC 7009).
 *
 * @author Cognito Session contributors
 */
final class RevocationEndpoint implements HttpHandler {

	private final UserPools pools;

	private final RefreshTokens refreshTokens;

	RevocationEndpoint(UserPools pools, RefreshTokens refreshTokens) {
		this.pools = Objects.requireNonNull(pools, "pools cannot be null");
		this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens cannot be null");
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		Responses.formPost(exchange, (form) -> {
			String token = TokenEndpoint.required(form, "token");
			AppClient client = ClientAuthentication.authenticate(exchange, form, this.pools);
			if (!this.refreshTokens.revoke(token, client) && token.startsWith("eyJ")) {
				throw new OAuthError("unsupported_token_type", "Only refresh tokens can be revoked.", 400);
			}
			return Json.empty();
		});
	}

}
