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

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.util.Assert;

/**
 * Loads the signed-in user for Cognito, whose principal name is the ID token's
 * {@code cognito:username} claim.
 * <p>
 * Spring Security's {@link OidcUserService} also checks the registration's user-name
 * attribute against the {@code /oauth2/userInfo} response, but Cognito's user info calls
 * that claim {@code username}, not {@code cognito:username}, so the standard service
 * fails every login that fetches user info. This service fetches user info keyed by
 * {@code sub} (which the user info and the ID token must share, and which Spring Security
 * compares) and then builds the user with the registration's own name attribute from the
 * ID token's claims merged with the user info.
 *
 * @author Cognito Session contributors
 */
public final class CognitoOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private static final String USER_INFO_NAME_ATTRIBUTE = "sub";

	private static final String INVALID_USER_INFO_RESPONSE = "invalid_user_info_response";

	private final OidcUserService delegate;

	/**
	 * Create a service that fetches user info with Spring Security's default client.
	 */
	public CognitoOidcUserService() {
		this(new DefaultOAuth2UserService());
	}

	/**
	 * Create a service that fetches user info with the given service.
	 * @param userInfoService the service calling the user info endpoint
	 */
	public CognitoOidcUserService(OAuth2UserService<OAuth2UserRequest, OAuth2User> userInfoService) {
		Assert.notNull(userInfoService, "userInfoService cannot be null");
		this.delegate = new OidcUserService();
		this.delegate.setOauth2UserService((request) -> loadUserInfo(userInfoService, request));
	}

	@Override
	public OidcUser loadUser(OidcUserRequest userRequest) throws OAuth2AuthenticationException {
		return this.delegate.loadUser(userRequest);
	}

	// An answer without attributes (an empty body) makes Spring Security's user
	// service throw IllegalArgumentException, which would escape the login filter as a
	// server error: it is a failed login like any other bad answer.
	private static OAuth2User loadUserInfo(OAuth2UserService<OAuth2UserRequest, OAuth2User> userInfoService,
			OAuth2UserRequest request) {
		try {
			return userInfoService.loadUser(keyedBySub(request));
		}
		catch (IllegalArgumentException ex) {
			OAuth2Error error = new OAuth2Error(INVALID_USER_INFO_RESPONSE,
					"The Cognito user info endpoint's answer has no usable attributes", null);
			throw new OAuth2AuthenticationException(error, error.getDescription(), ex);
		}
	}

	private static OAuth2UserRequest keyedBySub(OAuth2UserRequest request) {
		ClientRegistration registration = ClientRegistration.withClientRegistration(request.getClientRegistration())
			.userNameAttributeName(USER_INFO_NAME_ATTRIBUTE)
			.build();
		return new OAuth2UserRequest(registration, request.getAccessToken(), request.getAdditionalParameters());
	}

}
