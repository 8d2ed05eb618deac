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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The MFA settings of a user, as {@code GetUser} reports them: the MFA types that are on
 * and the preferred one.
 *
 * @param enabled the types that are on
 * @param preferred the type Cognito asks for at sign-in, or {@code null} when none is
 * preferred
 * @author Cognito Session contributors
 */
public record MfaSettings(Set<MfaType> enabled, MfaType preferred) {

	public MfaSettings {
		enabled = enabled.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(enabled));
	}

	/**
	 * The settings of Cognito's {@code UserMFASettingList} and
	 * {@code PreferredMfaSetting}; names this library does not know are left out.
	 * @param settingList the names of the types that are on, or {@code null}
	 * @param preferredSetting the name of the preferred type, or {@code null}
	 * @return the settings
	 */
	public static MfaSettings of(List<String> settingList, String preferredSetting) {
		Set<MfaType> enabled = EnumSet.noneOf(MfaType.class);
		if (settingList != null) {
			for (String name : settingList) {
				MfaType type = MfaType.fromCognitoName(name);
				if (type != null) {
					enabled.add(type);
				}
			}
		}
		return new MfaSettings(enabled, (preferredSetting != null) ? MfaType.fromCognitoName(preferredSetting) : null);
	}

	/**
	 * Whether a type is on.
	 * @param type the MFA type
	 * @return whether it is on
	 */
	public boolean isEnabled(MfaType type) {
		return this.enabled.contains(type);
	}

}
