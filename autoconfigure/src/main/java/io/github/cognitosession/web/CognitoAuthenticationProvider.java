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
package io.github.cognitosession.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.InvalidCredentialsException;
import io.github.cognitosession.exception.PasswordResetRequiredException;
import io.github.cognitosession.exception.UserNotConfirmedException;
import io.github.cognitosession.exception.UserNotFoundException;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.token.CognitoTokens;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.util.Assert;

/**
 * Authenticates a username and password (an application's own login form, HTTP basic) by
 * signing the request's user in to the user pool through the session manager: in the user
 * scope the Cognito session lands in that user's HTTP session, with the usual
 * {@code SIGNED_IN} event, and the user's later requests get their own tokens and AWS
 * credentials.
 * <p>
 * The authenticated principal is the {@code cognito:username}; the authorities are
 * {@code ROLE_<group>} for each of the user's {@code cognito:groups}. A sign-in that
 * needs a challenge answered (MFA, a new password) fails with a
 * {@link CognitoChallengeRequiredException} naming the step: a login page that supports
 * challenges answers it with {@code confirmSignIn}. Wrong credentials and unknown users
 * fail alike ({@link BadCredentialsException}), so a login form does not tell which
 * usernames exist.
 *
 * @author Cognito Session contributors
 */
public final class CognitoAuthenticationProvider implements AuthenticationProvider {

	/**
	 * The ID-token claim listing the user's groups.
	 */
	public static final String GROUPS_CLAIM = "cognito:groups";

	private final CognitoSessionManager sessionManager;

	/**
	 * Create a provider.
	 * @param sessionManager the session manager, in the user scope
	 */
	public CognitoAuthenticationProvider(CognitoSessionManager sessionManager) {
		Assert.notNull(sessionManager, "sessionManager cannot be null");
		this.sessionManager = sessionManager;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (username == null || username.isBlank() || !(credentials instanceof String password)) {
			throw new BadCredentialsException("A username and password are required");
		}
		SignInResult result = signIn(username, password);
		if (!result.isDone()) {
			throw new CognitoChallengeRequiredException(result);
		}
		CognitoTokens tokens = this.sessionManager.getTokens();
		UsernamePasswordAuthenticationToken authenticated = UsernamePasswordAuthenticationToken
			.authenticated(tokens.getUsername(), null, authorities(tokens));
		authenticated.setDetails(authentication.getDetails());
		return authenticated;
	}

	private SignInResult signIn(String username, String password) {
		try {
			return this.sessionManager.signIn(username, password);
		}
		catch (InvalidCredentialsException | UserNotFoundException ex) {
			throw new BadCredentialsException("Bad credentials");
		}
		catch (UserNotConfirmedException ex) {
			throw new DisabledException("The user has not confirmed their sign-up", ex);
		}
		catch (PasswordResetRequiredException ex) {
			throw new CredentialsExpiredException("The user must reset their password", ex);
		}
		catch (CognitoSessionException ex) {
			throw new AuthenticationServiceException("Cognito sign-in failed (" + ex.getErrorCode() + ")", ex);
		}
	}

	private static Collection<GrantedAuthority> authorities(CognitoTokens tokens) {
		Object groups = tokens.getIdToken().getClaims().get(GROUPS_CLAIM);
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (groups instanceof Collection<?> names) {
			for (Object name : names) {
				authorities.add(new SimpleGrantedAuthority("ROLE_" + name));
			}
		}
		return authorities;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public String toString() {
		return "CognitoAuthenticationProvider[" + this.sessionManager + "]";
	}

}
