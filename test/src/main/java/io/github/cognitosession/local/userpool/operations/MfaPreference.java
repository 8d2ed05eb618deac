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

package io.github.cognitosession.local.userpool.operations;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;

/**
 * Reads {@code SMSMfaSettings}, {@code SoftwareTokenMfaSettings} and
 * {@code EmailMfaSettings} (each {@code Enabled}, {@code PreferredMfa}) of
 * SetUserMFAPreference and AdminSetUserMFAPreference: a factor that is named is turned on
 * or off, one that is not is left as it is, and at most one is preferred. SMS needs a
 * phone number, e-mail a pool with e-mail MFA and a verified address.
 *
 * @author Cognito Session contributors
 */
final class MfaPreference {

	private MfaPreference() {
	}

	static void apply(UserPool pool, PoolUser user, Params request, Instant now) {
		Set<PoolUser.Mfa> enabled = EnumSet.noneOf(PoolUser.Mfa.class);
		enabled.addAll(user.mfaEnabled());
		PoolUser.Mfa preferred = user.preferredMfa();
		int preferredCount = 0;
		for (PoolUser.Mfa mfa : PoolUser.Mfa.values()) {
			Params settings = request.object(member(mfa));
			if (settings == null) {
				continue;
			}
			boolean on = settings.bool("Enabled", false);
			boolean isPreferred = settings.bool("PreferredMfa", false);
			if (on) {
				check(pool, user, mfa);
				enabled.add(mfa);
			}
			else {
				enabled.remove(mfa);
			}
			if (isPreferred) {
				if (!on) {
					throw CognitoError.invalidParameter("A disabled MFA type cannot be preferred: " + mfa.name());
				}
				preferred = mfa;
				preferredCount++;
			}
			else if (preferred == mfa) {
				preferred = null;
			}
		}
		if (preferredCount > 1) {
			throw CognitoError.invalidParameter("Only one MFA type can be preferred.");
		}
		user.setMfaPreferences(enabled, preferred, now);
	}

	private static String member(PoolUser.Mfa mfa) {
		return switch (mfa) {
			case SMS_MFA -> "SMSMfaSettings";
			case SOFTWARE_TOKEN_MFA -> "SoftwareTokenMfaSettings";
			case EMAIL_OTP -> "EmailMfaSettings";
		};
	}

	private static void check(UserPool pool, PoolUser user, PoolUser.Mfa mfa) {
		if (mfa == PoolUser.Mfa.SMS_MFA && user.attribute("phone_number") == null) {
			throw CognitoError.invalidParameter("User does not have delivery config set to turn on SMS_MFA");
		}
		if (mfa == PoolUser.Mfa.EMAIL_OTP) {
			if (!pool.settings().emailMfaEnabled()) {
				throw CognitoError.invalidParameter("Email MFA is not enabled for the user pool.");
			}
			if (!user.verified("email")) {
				throw CognitoError.invalidParameter("User does not have delivery config set to turn on EMAIL_OTP");
			}
		}
	}

}
