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
package io.github.cognitosession.session;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.account.AccountOperations;
import io.github.cognitosession.account.CognitoAccountClient;
import io.github.cognitosession.account.SignUpOptions;
import io.github.cognitosession.account.SignUpResult;
import io.github.cognitosession.account.SignUpStep;
import io.github.cognitosession.device.CognitoDeviceClient;
import io.github.cognitosession.device.DeviceSecrets;
import io.github.cognitosession.device.InMemoryDeviceSecretsStore;
import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.exception.InvalidSessionStateException;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.signin.AuthFactor;
import io.github.cognitosession.signin.CognitoUserPoolAuthenticator;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.signin.SignInOptions;
import io.github.cognitosession.signin.UserPoolAuthenticatorSettings;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.CognitoWireMock;
import io.github.cognitosession.token.TestTokens;
import io.github.cognitosession.userpool.UserPoolClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cognitosession.token.CognitoWireMock.authenticationResult;
import static io.github.cognitosession.token.CognitoWireMock.connectionReset;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static io.github.cognitosession.token.CognitoWireMock.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The account role of the session manager against Cognito's JSON protocol on WireMock:
 * auto sign-in after a confirmed sign-up (Cognito's session carried from SignUp through
 * ConfirmSignUp to InitiateAuth USER_AUTH) and deleting the user (the session, its events
 * and this device's secrets).
 *
 * @author Cognito Session contributors
 */
class AccountFlowWireMockTests {

	private static final String PASSWORD = "Passw0rd-alice";

	@RegisterExtension
	static WireMockExtension cognito = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final SessionFixture fixture = new SessionFixture();

	private final CognitoIdentityProviderClient client = CognitoWireMock.client(cognito);

	private final UserPoolClient userPool = UserPoolClient.builder()
		.userPoolId(TestTokens.POOL_ID)
		.clientId(TestTokens.CLIENT_ID)
		.clientSecret("client-secret-value")
		.build();

	private final InMemoryDeviceSecretsStore devices = new InMemoryDeviceSecretsStore();

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	private DefaultCognitoSessionManager manager(boolean guestAccess) {
		CognitoUserPoolAuthenticator authenticator = new CognitoUserPoolAuthenticator(this.client,
				UserPoolAuthenticatorSettings.builder().userPool(this.userPool).clock(this.fixture.clock).build());
		return this.fixture.builder(this.fixture.refresher(false))
			.authenticator(authenticator)
			.accountClient(new CognitoAccountClient(this.client, this.userPool))
			.deviceTracking(this.devices, new CognitoDeviceClient(this.client))
			.guestAccess(guestAccess)
			.build();
	}

	@Test
	void autoSignInWhenSignUpConfirmedThenSignedInWithConfirmationSessionAndEvent() {
		DefaultCognitoSessionManager manager = manager(false);
		AccountOperations account = manager.account().orElseThrow();
		cognito.stubFor(operation("SignUp").willReturn(ok("{\"UserConfirmed\":false,\"UserSub\":\"sub-1\","
				+ "\"CodeDeliveryDetails\":{\"Destination\":\"a***@e***\",\"DeliveryMedium\":\"EMAIL\","
				+ "\"AttributeName\":\"email\"},\"Session\":\"sign-up-session\"}")));
		cognito.stubFor(operation("ConfirmSignUp").willReturn(ok("{\"Session\":\"confirmed-session\"}")));
		cognito.stubFor(operation("InitiateAuth").willReturn(ok(tokens("alice"))));
		SignUpResult signedUp = account.signUp("alice", PASSWORD, Map.of("email", "alice@example.com"),
				SignUpOptions.builder().autoSignIn(true).clientMetadata(Map.of("source", "web")).build());
		assertThat(signedUp.getNextStep()).isEqualTo(SignUpStep.CONFIRM_SIGN_UP);
		assertThat(signedUp.getCodeDelivery()).get().hasToString("EMAIL a***@e***");
		assertThat(manager.currentSession().toString()).doesNotContain("sign-up-session");
		SignUpResult confirmed = account.confirmSignUp("alice", "135790");
		assertThat(confirmed.getNextStep()).isEqualTo(SignUpStep.COMPLETE_AUTO_SIGN_IN);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(manager.autoSignIn().isDone()).isTrue();
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(manager.currentSession().pendingSignUp()).isNull();
		cognito.verify(
				requested("ConfirmSignUp").withRequestBody(matchingJsonPath("$.Session", equalTo("sign-up-session")))
					.withRequestBody(matchingJsonPath("$.SecretHash", equalTo(this.userPool.secretHash("alice")))));
		cognito.verify(requested("InitiateAuth").withRequestBody(equalToJson("{\"AuthFlow\":\"USER_AUTH\","
				+ "\"ClientId\":\"test-client-id\",\"Session\":\"confirmed-session\",\"AuthParameters\":{\"USERNAME\":"
				+ "\"alice\",\"SECRET_HASH\":\"" + this.userPool.secretHash("alice") + "\"},\"ClientMetadata\":"
				+ "{\"source\":\"web\"}}")));
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).singleElement().satisfies((event) -> {
			assertThat(event.getState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(event.getUsername()).isEqualTo("alice");
		});
	}

	@Test
	void signUpWhenUserConfirmedAtOnceThenAutoSignInWithTheSignUpSession() {
		DefaultCognitoSessionManager manager = manager(false);
		cognito.stubFor(operation("SignUp")
			.willReturn(ok("{\"UserConfirmed\":true,\"UserSub\":\"sub-1\",\"Session\":\"sign-up-session\"}")));
		cognito.stubFor(operation("InitiateAuth").willReturn(ok(tokens("alice"))));
		SignUpResult signedUp = manager.account()
			.orElseThrow()
			.signUp("alice", PASSWORD, Map.of(), SignUpOptions.builder().autoSignIn(true).build());
		assertThat(signedUp.getNextStep()).isEqualTo(SignUpStep.COMPLETE_AUTO_SIGN_IN);
		assertThat(signedUp.getCodeDelivery()).isEmpty();
		assertThat(manager.autoSignIn().isDone()).isTrue();
		cognito.verify(
				requested("InitiateAuth").withRequestBody(matchingJsonPath("$.Session", equalTo("sign-up-session"))));
	}

	@Test
	void confirmSignUpWhenNoAutoSignInAskedThenDoneAndNoSessionSent() {
		DefaultCognitoSessionManager manager = manager(false);
		cognito.stubFor(operation("ConfirmSignUp").willReturn(ok("{\"Session\":\"confirmed-session\"}")));
		assertThat(manager.account().orElseThrow().confirmSignUp("alice", "135790").getNextStep())
			.isEqualTo(SignUpStep.DONE);
		assertThatExceptionOfType(InvalidSessionStateException.class).isThrownBy(manager::autoSignIn)
			.withMessageContaining("No confirmed sign-up");
		cognito.verify(requested("ConfirmSignUp").withRequestBody(matchingJsonPath("$.Session", absent())));
	}

	@Test
	void signUpWhenAppClientGivesNoSessionThenConfirmationEndsDone() {
		DefaultCognitoSessionManager manager = manager(false);
		cognito.stubFor(operation("SignUp").willReturn(ok("{\"UserConfirmed\":false,\"UserSub\":\"sub-1\"}")));
		cognito.stubFor(operation("ConfirmSignUp").willReturn(ok("{}")));
		AccountOperations account = manager.account().orElseThrow();
		account.signUp("alice", PASSWORD, Map.of(), SignUpOptions.builder().autoSignIn(true).build());
		assertThat(account.confirmSignUp("alice", "135790").getNextStep()).isEqualTo(SignUpStep.DONE);
	}

	@Test
	void deleteUserWhenSignedInThenUserDeletedSessionClearedDeviceForgottenAndSignedOutEvent() {
		DefaultCognitoSessionManager manager = signedIn(manager(false));
		this.devices.save("alice", new DeviceSecrets("device-key", "device-group", "device-password-a"));
		String accessToken = manager.getTokens().getAccessToken().getTokenValue();
		cognito.stubFor(operation("DeleteUser").willReturn(ok("{}")));
		manager.account().orElseThrow().deleteUser();
		cognito
			.verify(requested("DeleteUser").withRequestBody(equalToJson("{\"AccessToken\":\"" + accessToken + "\"}")));
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
		assertThat(this.devices.load("alice")).isEmpty();
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).singleElement().satisfies((event) -> {
			assertThat(event.getPreviousState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(event.getState()).isEqualTo(UserState.SIGNED_OUT);
		});
	}

	@Test
	void deleteUserWhenGuestAccessThenGuest() {
		DefaultCognitoSessionManager manager = signedIn(manager(true));
		cognito.stubFor(operation("DeleteUser").willReturn(ok("{}")));
		manager.account().orElseThrow().deleteUser();
		assertThat(manager.currentUserState()).isEqualTo(UserState.GUEST);
	}

	@Test
	void deleteUserWhenCognitoUnreachableThenUserStaysSignedInWithDevice() {
		DefaultCognitoSessionManager manager = signedIn(manager(false));
		this.devices.save("alice", new DeviceSecrets("device-key", "device-group", "device-password-a"));
		cognito.stubFor(operation("DeleteUser").willReturn(connectionReset()));
		assertThatExceptionOfType(CognitoUnavailableException.class)
			.isThrownBy(() -> manager.account().orElseThrow().deleteUser());
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.devices.load("alice")).isPresent();
		assertThat(this.fixture.store.record()).isNotNull();
	}

	@Test
	void signedInOperationsWhenNobodySignedInThenNotSignedIn() {
		DefaultCognitoSessionManager manager = manager(false);
		AccountOperations account = manager.account().orElseThrow();
		assertThatExceptionOfType(NotSignedInException.class).isThrownBy(account::deleteUser);
		assertThatExceptionOfType(NotSignedInException.class).isThrownBy(account::getUser);
		assertThatExceptionOfType(NotSignedInException.class)
			.isThrownBy(() -> account.changePassword(PASSWORD, "N3w-Passw0rd!"));
		cognito.verify(0, com.github.tomakehurst.wiremock.client.WireMock
			.anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
	}

	private DefaultCognitoSessionManager signedIn(DefaultCognitoSessionManager manager) {
		cognito.stubFor(operation("InitiateAuth").willReturn(ok(tokens("alice"))));
		manager.signIn("alice", PASSWORD, io.github.cognitosession.signin.SignInOptions
			.preferring(io.github.cognitosession.signin.AuthFactor.PASSWORD));
		this.fixture.events.events.clear();
		cognito.resetRequests();
		return manager;
	}

	private String tokens(String username) {
		RawTokens raw = this.fixture.rawTokens(username, "refresh-token-1");
		return authenticationResult(raw.idToken(), raw.accessToken(), raw.refreshToken());
	}

}
