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
package io.github.cognitosession.samples.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.cognitosession.account.AccountOperations;
import io.github.cognitosession.device.Device;
import io.github.cognitosession.device.DeviceOperations;
import io.github.cognitosession.mfa.MfaOperations;
import io.github.cognitosession.mfa.MfaPreferences;
import io.github.cognitosession.mfa.MfaSettings;
import io.github.cognitosession.passkey.PasskeyOperations;
import io.github.cognitosession.session.IdentityPoolOperations;
import io.github.cognitosession.session.Session;
import io.github.cognitosession.state.FederatedLogin;
import io.github.cognitosession.state.SessionState;
import io.github.cognitosession.exception.CognitoSessionException;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import io.github.cognitosession.mfa.TotpSetup;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.session.FederatedSignInOptions;
import io.github.cognitosession.session.SignOutOptions;
import io.github.cognitosession.session.SignOutResult;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.signin.SignInOptions;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.token.CognitoTokens;

/**
 * A scripted {@link CognitoSessionManager} that records what the commands asked for.
 *
 * @author Cognito Session contributors
 */
class FakeCognitoSessionManager implements CognitoSessionManager {

	final List<String> passwords = new ArrayList<>();

	final List<String> answers = new ArrayList<>();

	final List<Map<String, String>> responses = new ArrayList<>();

	final List<Boolean> forceRefreshes = new ArrayList<>();

	final List<SignOutOptions> signOuts = new ArrayList<>();

	/** Results returned by signIn and then each confirmSignIn, in order. */
	final Deque<SignInResult> signInResults = new ArrayDeque<>();

	UserState state = UserState.SIGNED_OUT;

	String username;

	CognitoTokens tokens;

	RuntimeException failure;

	SignOutResult signOutResult = new SignOutResult(true, true, List.of());

	String identityId;

	AwsSessionCredentials credentials;

	final List<String> federatedSignIns = new ArrayList<>();

	final List<FederatedSignInOptions> federatedOptions = new ArrayList<>();

	TotpSetup totpSetup = TotpSetup.of("alice", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

	int totpAssociations;

	/** {@code code@deviceName} of each verifyTotp. */
	final List<String> totpVerifications = new ArrayList<>();

	final List<Boolean> totpEnabled = new ArrayList<>();

	final FakeAccount account = new FakeAccount();

	final List<SignInOptions> signInOptions = new ArrayList<>();

	final List<MfaPreferences> mfaPreferences = new ArrayList<>();

	MfaSettings mfaSettings = MfaSettings.of(List.of("SOFTWARE_TOKEN_MFA"), "SOFTWARE_TOKEN_MFA");

	List<Device> devices = new ArrayList<>();

	/** {@code remember} or {@code forget} for each device call. */
	final List<String> deviceCalls = new ArrayList<>();

	public void rememberDevice() {
		failIfAsked();
		this.deviceCalls.add("remember");
	}

	public void forgetDevice() {
		failIfAsked();
		this.deviceCalls.add("forget");
	}

	public List<Device> listDevices() {
		failIfAsked();
		return List.copyOf(this.devices);
	}

	@Override
	public TotpSetup associateSoftwareToken() {
		failIfAsked();
		this.totpAssociations++;
		return this.totpSetup;
	}

	public TotpSetup setUpTotp() {
		failIfAsked();
		this.totpAssociations++;
		return this.totpSetup;
	}

	public void verifyTotp(String code, String friendlyDeviceName) {
		failIfAsked();
		this.totpVerifications.add(code + "@" + friendlyDeviceName);
	}

	public void setTotpMfaEnabled(boolean enabled) {
		failIfAsked();
		this.totpEnabled.add(enabled);
	}

	public void federatedSignIn(String providerKey, String token, FederatedSignInOptions options) {
		failIfAsked();
		this.federatedSignIns.add(providerKey + "=" + token);
		this.federatedOptions.add(options);
		this.state = UserState.SIGNED_IN;
	}

	public String getIdentityId() {
		failIfAsked();
		return this.identityId;
	}

	public String getCachedIdentityId() {
		return this.identityId;
	}

	public AwsSessionCredentials getCredentials() {
		failIfAsked();
		return this.credentials;
	}

	@Override
	public SignInResult signIn(String username, String password) {
		failIfAsked();
		this.passwords.add(password);
		return next(username);
	}

	@Override
	public SignInResult signIn(String username, String password, SignInOptions options) {
		this.signInOptions.add(options);
		return signIn(username, password);
	}

	@Override
	public SignInResult autoSignIn() {
		throw new UnsupportedOperationException("not used by the CLI");
	}

	@Override
	public SignInResult confirmSignIn(String answer, Map<String, String> responses,
			Map<String, String> clientMetadata) {
		return confirmSignIn(answer, responses);
	}

	@Override
	public SignInResult confirmSignIn(String answer) {
		return confirmSignIn(answer, Map.of());
	}

	@Override
	public SignInResult confirmSignIn(String answer, Map<String, String> responses) {
		failIfAsked();
		this.answers.add(answer);
		this.responses.add(responses);
		return next(this.username);
	}

	private SignInResult next(String username) {
		SignInResult result = this.signInResults.isEmpty() ? SignInResult.done() : this.signInResults.poll();
		this.username = username;
		if (result.isDone()) {
			this.state = UserState.SIGNED_IN;
		}
		return result;
	}

	@Override
	public CognitoTokens getTokens() {
		return getTokens(false);
	}

	@Override
	public CognitoTokens getTokens(boolean forceRefresh) {
		failIfAsked();
		this.forceRefreshes.add(forceRefresh);
		if (this.tokens == null) {
			throw new CognitoSessionException("NotSignedIn", "Nobody is signed in to the user pool.");
		}
		return this.tokens;
	}

	@Override
	public UserState currentUserState() {
		return this.state;
	}

	@Override
	public boolean isSignedIn() {
		return this.state == UserState.SIGNED_IN;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public String getUserSub() {
		return null;
	}

	@Override
	public void signOut() {
		signOut(SignOutOptions.local());
	}

	@Override
	public SignOutResult signOut(SignOutOptions options) {
		this.signOuts.add(options);
		this.state = UserState.SIGNED_OUT;
		this.username = null;
		this.tokens = null;
		return this.signOutResult;
	}

	@Override
	public void releaseSignInWait() {
	}

	@Override
	public Session currentSession() {
		return new Session("application", sessionState(), this.state + "#1", this.identityId, null);
	}

	private SessionState sessionState() {
		return switch (this.state) {
			case SIGNED_IN -> (this.tokens != null) ? new SessionState.UserPoolSignedIn(this.username, this.tokens)
					: new SessionState.FederatedSignedIn(new FederatedLogin("fake.example.com", "fake-token", null));
			case GUEST -> SessionState.GUEST;
			case SIGNED_OUT_USER_POOLS_TOKEN_INVALID -> new SessionState.UserPoolTokensInvalid(this.username);
			case SIGNED_OUT_FEDERATED_TOKENS_INVALID -> new SessionState.FederatedTokensInvalid("fake.example.com");
			case SIGNED_OUT, UNKNOWN -> SessionState.SIGNED_OUT;
		};
	}

	@Override
	public Optional<MfaOperations> mfa() {
		FakeCognitoSessionManager fake = this;
		return Optional.of(new MfaOperations() {

			@Override
			public TotpSetup setUpTotp() {
				return fake.setUpTotp();
			}

			@Override
			public void verifyTotp(String code, String friendlyDeviceName) {
				fake.verifyTotp(code, friendlyDeviceName);
			}

			@Override
			public void setTotpMfaEnabled(boolean enabled) {
				fake.setTotpMfaEnabled(enabled);
			}

			@Override
			public MfaSettings getMfaSettings() {
				fake.failIfAsked();
				return fake.mfaSettings;
			}

			@Override
			public void updateMfaPreferences(MfaPreferences preferences) {
				fake.failIfAsked();
				fake.mfaPreferences.add(preferences);
			}

		});
	}

	@Override
	public Optional<AccountOperations> account() {
		return Optional.of(this.account);
	}

	@Override
	public Optional<PasskeyOperations> passkeys() {
		return Optional.empty();
	}

	@Override
	public Optional<DeviceOperations> devices() {
		FakeCognitoSessionManager fake = this;
		return Optional.of(new DeviceOperations() {

			@Override
			public void rememberDevice() {
				fake.rememberDevice();
			}

			@Override
			public void forgetDevice() {
				fake.forgetDevice();
			}

			@Override
			public List<Device> listDevices() {
				return fake.listDevices();
			}

		});
	}

	@Override
	public Optional<IdentityPoolOperations> identityPool() {
		FakeCognitoSessionManager fake = this;
		return Optional.of(new IdentityPoolOperations() {

			@Override
			public void federatedSignIn(String providerKey, String token, FederatedSignInOptions options) {
				fake.federatedSignIn(providerKey, token, options);
			}

			@Override
			public String getIdentityId() {
				return fake.getIdentityId();
			}

			@Override
			public String getCachedIdentityId() {
				return fake.getCachedIdentityId();
			}

			@Override
			public AwsSessionCredentials getCredentials() {
				return fake.getCredentials();
			}

		});
	}

	private void failIfAsked() {
		if (this.failure != null) {
			throw this.failure;
		}
	}

}
