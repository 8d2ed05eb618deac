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

import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.userpool.PoolUser;

/**
 * Reads {@code SMSMfaSettings} and {@code SoftwareTokenMfaSettings}: the preferred (or
 * the only enabled) factor becomes the user's second factor.
 *
 * @author Cognito Session contributors
 */
final class MfaPreference {

	private MfaPreference() {
	}

	static void apply(PoolUser user, Params request, Instant now) {
		Params sms = request.object("SMSMfaSettings");
		Params totp = request.object("SoftwareTokenMfaSettings");
		boolean smsEnabled = sms != null && sms.bool("Enabled", false);
		boolean totpEnabled = totp != null && totp.bool("Enabled", false);
		if (sms == null && totp == null) {
			return;
		}
		boolean totpPreferred = totp != null && totp.bool("PreferredMfa", false);
		PoolUser.Mfa mfa = null;
		if (smsEnabled && totpEnabled) {
			mfa = totpPreferred ? PoolUser.Mfa.SOFTWARE_TOKEN_MFA : PoolUser.Mfa.SMS_MFA;
		}
		else if (smsEnabled) {
			mfa = PoolUser.Mfa.SMS_MFA;
		}
		else if (totpEnabled) {
			mfa = PoolUser.Mfa.SOFTWARE_TOKEN_MFA;
		}
		user.setMfa(mfa, now);
	}

}
