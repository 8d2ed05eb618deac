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
package io.github.cognitosession.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cognitosession.mfa.MfaSettings;

import org.springframework.util.Assert;

/**
 * The signed-in user as Cognito keeps them ({@code GetUser}): the username, the user
 * attributes and the MFA settings. {@code toString()} names the attributes but prints no
 * value (they are personal data).
 *
 * @author Cognito Session contributors
 */
public final class UserProfile {

	private final String username;

	private final Map<String, String> attributes;

	private final MfaSettings mfaSettings;

	/**
	 * Create an instance.
	 * @param username the username
	 * @param attributes the attributes, in Cognito's order
	 * @param mfaSettings the MFA settings
	 */
	public UserProfile(String username, Map<String, String> attributes, MfaSettings mfaSettings) {
		Assert.notNull(attributes, "attributes cannot be null");
		Assert.notNull(mfaSettings, "mfaSettings cannot be null");
		this.username = username;
		this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
		this.mfaSettings = mfaSettings;
	}

	/**
	 * The username ({@code cognito:username}).
	 * @return the username
	 */
	public String getUsername() {
		return this.username;
	}

	/**
	 * The user attributes by name ({@code email}, {@code email_verified},
	 * {@code custom:...}).
	 * @return the attributes, in Cognito's order
	 */
	public Map<String, String> getAttributes() {
		return this.attributes;
	}

	/**
	 * One attribute.
	 * @param name the attribute name
	 * @return the value, or {@code null} when the user has none
	 */
	public String getAttribute(String name) {
		return this.attributes.get(name);
	}

	/**
	 * The MFA settings.
	 * @return the settings
	 */
	public MfaSettings getMfaSettings() {
		return this.mfaSettings;
	}

	@Override
	public String toString() {
		return "UserProfile[username=" + this.username + ", attributes=" + this.attributes.keySet() + ", mfa="
				+ this.mfaSettings + "]";
	}

}
