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
package io.github.cognitosession.mfa;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.util.Assert;

/**
 * The MFA preferences to set for the signed-in user: per MFA type, preferred, enabled or
 * disabled; a type that is not named is left as it is. At most one type can be preferred.
 * Immutable.
 *
 * @author Cognito Session contributors
 */
public final class MfaPreferences {

	private final Map<MfaType, MfaPreference> preferences;

	private MfaPreferences(Map<MfaType, MfaPreference> preferences) {
		this.preferences = Collections.unmodifiableMap(new EnumMap<>(preferences));
	}

	/**
	 * Start building preferences.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The preference of a type.
	 * @param type the MFA type
	 * @return the preference, or {@code null} when the type is left as it is
	 */
	public MfaPreference get(MfaType type) {
		return this.preferences.get(type);
	}

	/**
	 * The preferences that are set.
	 * @return the preferences by type
	 */
	public Map<MfaType, MfaPreference> asMap() {
		return this.preferences;
	}

	@Override
	public String toString() {
		return "MfaPreferences" + this.preferences;
	}

	/**
	 * Builder for {@link MfaPreferences}.
	 */
	public static final class Builder {

		private final Map<MfaType, MfaPreference> preferences = new EnumMap<>(MfaType.class);

		private Builder() {
		}

		/**
		 * The preference of SMS codes.
		 * @param preference the preference
		 * @return this builder
		 */
		public Builder sms(MfaPreference preference) {
			return set(MfaType.SMS, preference);
		}

		/**
		 * The preference of the authenticator app (TOTP).
		 * @param preference the preference
		 * @return this builder
		 */
		public Builder totp(MfaPreference preference) {
			return set(MfaType.TOTP, preference);
		}

		/**
		 * The preference of e-mail codes.
		 * @param preference the preference
		 * @return this builder
		 */
		public Builder email(MfaPreference preference) {
			return set(MfaType.EMAIL, preference);
		}

		/**
		 * The preference of a type.
		 * @param type the MFA type
		 * @param preference the preference
		 * @return this builder
		 */
		public Builder set(MfaType type, MfaPreference preference) {
			Assert.notNull(type, "type cannot be null");
			Assert.notNull(preference, "preference cannot be null");
			this.preferences.put(type, preference);
			return this;
		}

		/**
		 * Build the preferences.
		 * @return the preferences
		 * @throws IllegalArgumentException when none is set or more than one is preferred
		 */
		public MfaPreferences build() {
			Assert.isTrue(!this.preferences.isEmpty(), "Set the preference of at least one MFA type");
			long preferred = this.preferences.values().stream().filter(MfaPreference.PREFERRED::equals).count();
			Assert.isTrue(preferred <= 1, () -> "Only one MFA type can be preferred, not " + this.preferences);
			return new MfaPreferences(this.preferences);
		}

	}

}
