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
package io.github.cognitosession.relay;

import java.net.URI;

import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.session.SessionOperations;

import org.springframework.util.Assert;

/**
 * The access token a call to another service carries on behalf of the current session:
 * the request's user in the user scope, the application's session in the application
 * scope. Each call asks the session manager ({@link SessionOperations#getTokens()}), so
 * the token is refreshed ahead of its expiry there, merged with every other use of the
 * session, and a token is never kept here: after a sign-out nothing is sent, and a thread
 * only ever gets its own session's token.
 *
 * @author Cognito Session contributors
 */
public final class CognitoTokenRelay {

	private final SessionOperations sessions;

	/**
	 * Create a relay.
	 * @param sessions the session manager's session role
	 */
	public CognitoTokenRelay(SessionOperations sessions) {
		Assert.notNull(sessions, "sessions cannot be null");
		this.sessions = sessions;
	}

	/**
	 * The current session's access token, for a call to the given address.
	 * @param method the HTTP method of the call
	 * @param target the address of the call, named in the exception
	 * @return the compact access token
	 * @throws NotSignedInException when nobody is signed in to the user pool in this
	 * session: the call must not be made
	 */
	public String accessToken(String method, URI target) {
		try {
			return this.sessions.getTokens().getAccessToken().getTokenValue();
		}
		catch (NotSignedInException ex) {
			throw new NotSignedInException("No access token to relay to " + method + " " + withoutQuery(target) + ": "
					+ ex.getMessage() + ". The request was not sent.", ex);
		}
	}

	// A query may carry values that do not belong in a message.
	private static String withoutQuery(URI target) {
		if (target == null) {
			return "(no address)";
		}
		String scheme = (target.getScheme() != null) ? target.getScheme() + "://" : "";
		String authority = (target.getRawAuthority() != null) ? target.getRawAuthority() : "";
		String path = (target.getRawPath() != null) ? target.getRawPath() : "";
		return scheme + authority + path;
	}

	@Override
	public String toString() {
		return "CognitoTokenRelay[" + this.sessions.getClass().getSimpleName() + "]";
	}

}
