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

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.token.CognitoToken;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.CognitoWireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static io.github.cognitosession.token.CognitoWireMock.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * MFA preferences through {@link DefaultMfaOperations} against Cognito's JSON protocol on
 * WireMock: {@code SetUserMFAPreference} names only the types asked for, and
 * {@code GetUser} is read back as settings.
 *
 * @author Cognito Session contributors
 */
class MfaPreferencesWireMockTests {

	@RegisterExtension
	static WireMockExtension cognito = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final CognitoIdentityProviderClient client = CognitoWireMock.client(cognito);

	private final MfaOperations mfa = new DefaultMfaOperations(new TotpMfaClient(this.client), tokens());

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void updateMfaPreferencesWhenTotpPreferredAndSmsDisabledThenOnlyThoseSent() {
		cognito.stubFor(operation("SetUserMFAPreference").willReturn(ok("{}")));
		this.mfa.updateMfaPreferences(
				MfaPreferences.builder().totp(MfaPreference.PREFERRED).sms(MfaPreference.DISABLED).build());
		cognito.verify(requested("SetUserMFAPreference").withRequestBody(equalToJson("{\"AccessToken\":"
				+ "\"access-token-secret\",\"SMSMfaSettings\":{\"Enabled\":false,\"PreferredMfa\":false},"
				+ "\"SoftwareTokenMfaSettings\":{\"Enabled\":true,\"PreferredMfa\":true}}")));
	}

	@Test
	void updateMfaPreferencesWhenEmailEnabledThenEmailSettingsNotPreferred() {
		cognito.stubFor(operation("SetUserMFAPreference").willReturn(ok("{}")));
		this.mfa.updateMfaPreferences(MfaPreferences.builder().email(MfaPreference.ENABLED).build());
		cognito.verify(requested("SetUserMFAPreference").withRequestBody(equalToJson("{\"AccessToken\":"
				+ "\"access-token-secret\",\"EmailMfaSettings\":{\"Enabled\":true,\"PreferredMfa\":false}}")));
	}

	@Test
	void getMfaSettingsWhenUserHasSmsAndEmailThenBothEnabledAndPreferredKnown() {
		cognito.stubFor(operation("GetUser").willReturn(ok("{\"Username\":\"alice\",\"UserAttributes\":[],"
				+ "\"PreferredMfaSetting\":\"EMAIL_OTP\",\"UserMFASettingList\":[\"SMS_MFA\",\"EMAIL_OTP\"]}")));
		MfaSettings settings = this.mfa.getMfaSettings();
		assertThat(settings.enabled()).containsExactlyInAnyOrder(MfaType.SMS, MfaType.EMAIL);
		assertThat(settings.preferred()).isEqualTo(MfaType.EMAIL);
		assertThat(settings.isEnabled(MfaType.TOTP)).isFalse();
	}

	@Test
	void getMfaSettingsWhenUserHasNoneThenEmpty() {
		cognito.stubFor(operation("GetUser").willReturn(ok("{\"Username\":\"alice\",\"UserAttributes\":[]}")));
		MfaSettings settings = this.mfa.getMfaSettings();
		assertThat(settings.enabled()).isEmpty();
		assertThat(settings.preferred()).isNull();
	}

	@Test
	void buildWhenTwoPreferredOrNoneSetThenRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> MfaPreferences.builder().totp(MfaPreference.PREFERRED).email(MfaPreference.PREFERRED).build())
			.withMessageContaining("Only one MFA type can be preferred");
		assertThatIllegalArgumentException().isThrownBy(() -> MfaPreferences.builder().build())
			.withMessageContaining("at least one");
	}

	@Test
	void parseWhenAnyCaseThenPreference() {
		assertThat(MfaPreference.parse("Preferred")).isEqualTo(MfaPreference.PREFERRED);
		assertThatIllegalArgumentException().isThrownBy(() -> MfaPreference.parse("on"))
			.withMessageContaining("preferred, enabled or disabled");
	}

	static Supplier<CognitoTokens> tokens() {
		Instant now = Instant.parse("2026-01-01T10:00:00Z");
		CognitoToken id = new CognitoToken("id-token-secret", now, now.plusSeconds(3600),
				Map.of("cognito:username", "alice"));
		CognitoToken access = new CognitoToken("access-token-secret", now, now.plusSeconds(3600),
				Map.of("username", "alice"));
		CognitoTokens tokens = new CognitoTokens(id, access, null);
		return () -> tokens;
	}

}
