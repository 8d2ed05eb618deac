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

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.cognitosession.credentials.CognitoIdentityCredentialsProvider;
import io.github.cognitosession.device.CognitoDeviceClient;
import io.github.cognitosession.device.Device;
import io.github.cognitosession.device.DeviceSecrets;
import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.mfa.TotpMfaClient;
import io.github.cognitosession.mfa.TotpSetup;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.UserPoolAuthenticator;
import io.github.cognitosession.store.SessionStore;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.TokenRefresher;
import io.github.cognitosession.token.TokenVerifier;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.Assert;

/**
 * The default {@link CognitoSessionManager}: AWSMobileClient's user-pool session on top
 * of a {@link SessionStore}, which decides whose session a call acts on.
 * <ul>
 * <li>The state is restored from the store on first use (or {@link #initialize()})
 * without network I/O.</li>
 * <li>Tokens are verified once when they are received and cached; they are refreshed when
 * the ID or access token expires within the refresh-ahead time, with concurrent refreshes
 * of one session merged into one call.</li>
 * <li>Only a rejected refresh token moves the user to
 * {@link UserState#SIGNED_OUT_USER_POOLS_TOKEN_INVALID}; network errors, throttling and
 * server errors never change the state and still-valid tokens keep being served.</li>
 * <li>In a {@code *_INVALID} state {@link #getTokens()}, {@link #getCredentials()} and
 * {@link #getIdentityId()} wait, at most the re-authentication timeout, for a new
 * sign-in.</li>
 * <li>Identity-pool credentials come from a {@link CognitoIdentityCredentialsProvider}
 * attached with {@link #attachCredentialsProvider}: the session tells it whose
 * credentials to fetch and keeps the identity id in the session record. With guest access
 * the state of a session where nobody is signed in is {@link UserState#GUEST} (restored
 * without network I/O, and the state after a sign-out), else
 * {@link UserState#SIGNED_OUT}.</li>
 * <li>Over a per-user store (a web application's HTTP sessions), a
 * {@link PerIdentityCredentialsProvider} built over this manager serves
 * {@link #getCredentials()} and {@link #getIdentityId()} instead, from its cache entry of
 * the calling thread's identity, so that many users do not share the attached provider's
 * single cached value.</li>
 * </ul>
 * Thread safe.
 *
 * @author Cognito Session contributors
 */
public final class DefaultCognitoSessionManager implements CognitoSessionManager {

	private static final String RESOURCE_NOT_FOUND = "ResourceNotFoundException";

	/** The error code when this device has no device key for the signed-in user. */
	public static final String DEVICE_NOT_TRACKED = "DeviceNotTracked";

	/** How long before expiry tokens are refreshed by default. */
	public static final Duration DEFAULT_REFRESH_AHEAD = Duration.ofMinutes(5);

	/** How long calls wait in a {@code *_INVALID} state by default. */
	public static final Duration DEFAULT_REAUTHENTICATION_TIMEOUT = Duration.ofSeconds(30);

	/** How long tokens are still served after expiry when Cognito cannot be reached. */
	public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

	/** How long a caller waits for a refresh started by another thread by default. */
	public static final Duration DEFAULT_REFRESH_WAIT_TIMEOUT = Duration.ofSeconds(30);

	private final SessionContexts contexts;

	private final SessionIdentity identity;

	private final SignInFlow signInFlow;

	private final TokenCache tokenCache;

	private final SignOutFlow signOutFlow;

	private final TotpMfaClient totp;

	private final DeviceSecretsStore deviceSecrets;

	private final CognitoDeviceClient deviceClient;

	private final String description;

	private DefaultCognitoSessionManager(Builder builder, SessionSettings settings) {
		SessionRecords records = new SessionRecords(builder.sessionStore);
		this.identity = new SessionIdentity(this::restoredContext, this::getTokens, builder.sessionStore,
				builder.userPoolRegion, builder.userPoolId, builder.guestAccess, settings.reauthenticationTimeout());
		this.contexts = new SessionContexts(this, builder.eventPublisher, builder.sessionStore, records,
				this.identity::signedOutState, this.identity::identityChanged);
		this.totp = builder.totpMfaClient;
		this.deviceSecrets = builder.deviceSecretsStore;
		this.deviceClient = builder.deviceClient;
		this.signInFlow = new SignInFlow(builder.authenticator, builder.tokenVerifier, builder.sessionStore, records,
				builder.totpMfaClient);
		TokenRefresh refresh = new TokenRefresh(this, builder.eventPublisher, builder.tokenRefresher,
				builder.tokenVerifier, builder.sessionStore, records, settings, this.identity::signedOutState);
		this.tokenCache = new TokenCache(records, refresh, settings, this.identity::signedOutState);
		this.signOutFlow = new SignOutFlow(builder.sessionStore, builder.remoteSignOut, this.tokenCache,
				settings.clock(), this.identity::signedOutState);
		this.description = "DefaultCognitoSessionManager[store=" + builder.sessionStore.getClass().getSimpleName()
				+ ", refreshAhead=" + settings.refreshAhead() + ", reauthenticationTimeout="
				+ settings.reauthenticationTimeout() + "]";
	}

	/**
	 * Return a new builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Restore the current session's state from the store now rather than on first use.
	 * Reads the store only: no network I/O.
	 * @return the restored state
	 */
	public UserState initialize() {
		return restoredContext().stateMachine.state();
	}

	@Override
	public SignInResult signIn(String username, String password) {
		Assert.hasText(username, "username cannot be empty");
		return this.signInFlow.signIn(restoredContext(), username, password);
	}

	@Override
	public SignInResult confirmSignIn(String answer) {
		return confirmSignIn(answer, Map.of());
	}

	@Override
	public SignInResult confirmSignIn(String answer, Map<String, String> responses) {
		return this.signInFlow.confirmSignIn(restoredContext(), answer, responses);
	}

	@Override
	public TotpSetup associateSoftwareToken() {
		return this.signInFlow.associateSoftwareToken(restoredContext());
	}

	@Override
	public TotpSetup setUpTotp() {
		CognitoTokens tokens = getTokens();
		return TotpSetup.of(tokens.getUsername(),
				totp().associateWithAccessToken(tokens.getAccessToken().getTokenValue()));
	}

	@Override
	public void verifyTotp(String code, String friendlyDeviceName) {
		Assert.hasText(code, "code cannot be empty");
		totp().verifyWithAccessToken(getTokens().getAccessToken().getTokenValue(), code, friendlyDeviceName);
	}

	@Override
	public void setTotpMfaEnabled(boolean enabled) {
		totp().setTotpMfaEnabled(getTokens().getAccessToken().getTokenValue(), enabled);
	}

	@Override
	public void rememberDevice() {
		CognitoTokens tokens = getTokens();
		DeviceSecrets device = trackedDevice(tokens.getUsername());
		this.deviceClient.updateStatus(tokens.getAccessToken().getTokenValue(), device.getDeviceKey(), true);
	}

	@Override
	public void forgetDevice() {
		CognitoTokens tokens = getTokens();
		DeviceSecrets device = trackedDevice(tokens.getUsername());
		try {
			this.deviceClient.forget(tokens.getAccessToken().getTokenValue(), device.getDeviceKey());
		}
		catch (CognitoSessionException ex) {
			// Already gone from Cognito: dropping the local secrets is all that is left.
			if (!RESOURCE_NOT_FOUND.equals(ex.getErrorCode())) {
				throw ex;
			}
		}
		this.deviceSecrets.remove(tokens.getUsername());
	}

	@Override
	public List<Device> listDevices() {
		CognitoTokens tokens = getTokens();
		requireDeviceTracking();
		return this.deviceClient.list(tokens.getAccessToken().getTokenValue());
	}

	private DeviceSecrets trackedDevice(String username) {
		requireDeviceTracking();
		return this.deviceSecrets.load(username)
			.orElseThrow(() -> new CognitoSessionException(DEVICE_NOT_TRACKED,
					"This device has no device key for the signed-in user: the user pool does not track devices, "
							+ "or the device was forgotten (the next sign-in gets a new one)"));
	}

	private void requireDeviceTracking() {
		if (this.deviceSecrets == null || this.deviceClient == null) {
			throw new IllegalStateException("Device management needs device tracking; set it with "
					+ "DefaultCognitoSessionManager.Builder#deviceTracking");
		}
	}

	private TotpMfaClient totp() {
		if (this.totp == null) {
			throw new IllegalStateException(
					"MFA setup needs a TotpMfaClient; set it with DefaultCognitoSessionManager.Builder#totpMfaClient");
		}
		return this.totp;
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * The identity id of a guest or of the same user in the current session is kept.
	 */
	@Override
	public void adoptSession(String idToken, String accessToken, String refreshToken) {
		Assert.hasText(idToken, "idToken cannot be empty");
		Assert.hasText(accessToken, "accessToken cannot be empty");
		this.signInFlow.adopt(restoredContext(), new RawTokens(idToken, accessToken, refreshToken));
	}

	@Override
	public CognitoTokens getTokens() {
		return getTokens(false);
	}

	@Override
	public CognitoTokens getTokens(boolean forceRefresh) {
		return this.tokenCache.get(restoredContext(), forceRefresh);
	}

	@Override
	public UserState currentUserState() {
		return restoredContext().stateMachine.state();
	}

	@Override
	public boolean isSignedIn() {
		return currentUserState() == UserState.SIGNED_IN;
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * In a {@code *_INVALID} state this is the user who has to sign in again.
	 */
	@Override
	public String getUsername() {
		SessionContext context = restoredContext();
		UserState state = context.stateMachine.state();
		return (state == UserState.SIGNED_IN || state.isAwaitingReauthentication()) ? context.stateMachine.username()
				: null;
	}

	@Override
	public String getUserSub() {
		SessionContext context = restoredContext();
		if (context.stateMachine.state() != UserState.SIGNED_IN) {
			return null;
		}
		CognitoTokens current = this.tokenCache.current(context);
		return (current != null) ? current.getIdToken().getSubject() : null;
	}

	@Override
	public void signOut() {
		this.signOutFlow.signOutLocally(restoredContext());
	}

	@Override
	public SignOutResult signOut(SignOutOptions options) {
		Assert.notNull(options, "options cannot be null");
		SignOutResult result;
		try {
			result = this.signOutFlow.signOutRemotely(restoredContext(), options);
		}
		finally {
			signOut();
		}
		return result;
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * The session is stored and becomes {@code SIGNED_IN} at once; the identity pool is
	 * then asked for credentials, and if it rejects the token the session moves to
	 * {@link UserState#SIGNED_OUT_FEDERATED_TOKENS_INVALID} and the
	 * {@link io.github.cognitosession.credentials.FederatedTokenRejectedException} is
	 * thrown. Any other failure (network, throttling) keeps the session and is retried on
	 * use. The custom role ARN of the options is kept in memory only.
	 */
	@Override
	public void federatedSignIn(String providerKey, String token, FederatedSignInOptions options) {
		this.identity.federatedSignIn(restoredContext(), providerKey, token, options);
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Over a per-user store with a {@link PerIdentityCredentialsProvider}, the identity
	 * id of that provider's entry of the current identity (all guests share one).
	 */
	@Override
	public String getIdentityId() {
		return this.identity.getIdentityId();
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Over a per-user store with a {@link PerIdentityCredentialsProvider}, that
	 * provider's credentials of the current identity.
	 */
	@Override
	public AwsSessionCredentials getCredentials() {
		return this.identity.getCredentials();
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * This is the identity id kept in the session record; {@code null} when no identity
	 * pool is attached.
	 */
	@Override
	public String getCachedIdentityId() {
		restoredContext();
		return this.identity.cachedIdentityId();
	}

	/**
	 * Build the identity pool's credentials provider for this session: the session
	 * becomes its {@link io.github.cognitosession.credentials.LoginsProvider} and its
	 * identity id store, and hears of its refresh failures. Guest access is the one given
	 * to {@link Builder#guestAccess(boolean)}. Call once; the caller owns (and closes)
	 * the provider.
	 * @param builder the provider's builder with the client, the pool id and the timing
	 * settings
	 * @return the provider
	 */
	public CognitoIdentityCredentialsProvider attachCredentialsProvider(
			CognitoIdentityCredentialsProvider.Builder builder) {
		return this.identity.attach(builder);
	}

	/**
	 * The identity key the credentials provider tags its cache with.
	 */
	String identityKey() {
		return this.identity.currentIdentityKey();
	}

	/**
	 * The current session's restored context, so that the per-identity credentials
	 * provider reads the state and the federated login with one lookup.
	 */
	SessionContext sessionContext() {
		return restoredContext();
	}

	/**
	 * Wait, at most the re-authentication timeout, while the session awaits a new sign-in
	 * or federated sign-in.
	 */
	void awaitReauthentication(SessionContext context) {
		this.identity.awaitReauthentication(context);
	}

	/**
	 * A per-identity credentials cache failed to refresh a federated session's
	 * credentials, possibly on a thread where that session is not the current one: a
	 * rejected token ends that session's federated sign-in unless it changed identity
	 * since.
	 * @param sessionKey the session's key
	 * @param identityKey the session's identity key the credentials were for
	 * @param failure the failure
	 */
	void federatedCredentialsFailed(String sessionKey, String identityKey, RuntimeException failure) {
		SessionContext context = this.contexts.find(sessionKey);
		if (context != null) {
			this.identity.credentialsRefreshFailed(context, identityKey, failure);
		}
	}

	/**
	 * Let a per-identity credentials cache take over from the attached provider: over a
	 * per-user store (a web application's HTTP sessions) it serves
	 * {@link #getCredentials()} and {@link #getIdentityId()}, so that many users' calls
	 * share its cache per identity instead of taking the attached provider's single value
	 * from each other; over any store it checks the token of
	 * {@link #federatedSignIn(String, String, FederatedSignInOptions)}, which then warms
	 * the entry the session's requests use. The first one wins.
	 * @param perIdentity the per-identity credentials cache
	 * @return whether the given one is used from now on
	 */
	boolean usePerIdentityCredentials(PerIdentityCredentialsProvider perIdentity) {
		return this.identity.usePerIdentityCredentials(perIdentity);
	}

	/**
	 * Undo {@link #usePerIdentityCredentials(PerIdentityCredentialsProvider)} (when the
	 * cache closes); the attached provider serves the session again.
	 * @param perIdentity the per-identity credentials cache
	 */
	void stopUsingPerIdentityCredentials(PerIdentityCredentialsProvider perIdentity) {
		this.identity.stopUsingPerIdentityCredentials(perIdentity);
	}

	@Override
	public void forgetSession(String sessionKey) {
		Assert.notNull(sessionKey, "sessionKey cannot be null");
		this.contexts.forget(sessionKey);
	}

	/**
	 * The identity side of the session, for tests.
	 */
	SessionIdentity identity() {
		return this.identity;
	}

	/**
	 * How many sessions have in-memory state (one for an application-wide store).
	 */
	int sessionContextCount() {
		return this.contexts.size();
	}

	@Override
	public void releaseSignInWait() {
		this.contexts.current().gate.release("The wait for the user to sign in again was released");
	}

	private SessionContext restoredContext() {
		return this.contexts.restored();
	}

	@Override
	public String toString() {
		return this.description;
	}

	/**
	 * Builder for {@link DefaultCognitoSessionManager}.
	 */
	public static final class Builder {

		private UserPoolAuthenticator authenticator;

		private TokenVerifier tokenVerifier;

		private TokenRefresher tokenRefresher;

		private SessionStore sessionStore;

		private ApplicationEventPublisher eventPublisher;

		private RemoteSignOut remoteSignOut;

		private TotpMfaClient totpMfaClient;

		private DeviceSecretsStore deviceSecretsStore;

		private CognitoDeviceClient deviceClient;

		private Clock clock = Clock.systemUTC();

		private Duration refreshAhead = DEFAULT_REFRESH_AHEAD;

		private Duration reauthenticationTimeout = DEFAULT_REAUTHENTICATION_TIMEOUT;

		private Duration clockSkew = DEFAULT_CLOCK_SKEW;

		private Duration refreshWaitTimeout = DEFAULT_REFRESH_WAIT_TIMEOUT;

		private String userPoolRegion;

		private String userPoolId;

		private boolean guestAccess;

		private Builder() {
		}

		/**
		 * The user pool whose ID tokens are sent to the identity pool as the logins
		 * {@code cognito-idp.<region>.amazonaws.com/<userPoolId>}. Required for
		 * identity-pool credentials of users signed in to the user pool.
		 * @param region the user pool's region
		 * @param userPoolId the user pool id
		 * @return this builder
		 */
		public Builder userPool(String region, String userPoolId) {
			this.userPoolRegion = region;
			this.userPoolId = userPoolId;
			return this;
		}

		/**
		 * Whether nobody signed in means a guest of the identity pool (state
		 * {@code GUEST}, unauthenticated credentials) rather than {@code SIGNED_OUT}
		 * (default {@code false}).
		 * @param guestAccess whether guest access is on
		 * @return this builder
		 */
		public Builder guestAccess(boolean guestAccess) {
			this.guestAccess = guestAccess;
			return this;
		}

		/**
		 * The sign-in protocol. Required.
		 * @param authenticator the authenticator
		 * @return this builder
		 */
		public Builder authenticator(UserPoolAuthenticator authenticator) {
			this.authenticator = authenticator;
			return this;
		}

		/**
		 * Verifies tokens before they are trusted. Required.
		 * @param tokenVerifier the verifier
		 * @return this builder
		 */
		public Builder tokenVerifier(TokenVerifier tokenVerifier) {
			this.tokenVerifier = tokenVerifier;
			return this;
		}

		/**
		 * Refreshes tokens. Required.
		 * @param tokenRefresher the refresher
		 * @return this builder
		 */
		public Builder tokenRefresher(TokenRefresher tokenRefresher) {
			this.tokenRefresher = tokenRefresher;
			return this;
		}

		/**
		 * Where the session is kept. Required.
		 * @param sessionStore the store
		 * @return this builder
		 */
		public Builder sessionStore(SessionStore sessionStore) {
			this.sessionStore = sessionStore;
			return this;
		}

		/**
		 * Publishes the state-change and refresh events. Required.
		 * @param eventPublisher the publisher
		 * @return this builder
		 */
		public Builder eventPublisher(ApplicationEventPublisher eventPublisher) {
			this.eventPublisher = eventPublisher;
			return this;
		}

		/**
		 * Performs {@code GlobalSignOut} and {@code RevokeToken}; without it those steps
		 * of {@link #signOut(SignOutOptions)} are reported as failed.
		 * @param remoteSignOut the remote sign-out
		 * @return this builder
		 */
		public Builder remoteSignOut(RemoteSignOut remoteSignOut) {
			this.remoteSignOut = remoteSignOut;
			return this;
		}

		/**
		 * Performs the authenticator-app (TOTP) operations of
		 * {@link #associateSoftwareToken()}, {@link #setUpTotp()},
		 * {@link #verifyTotp(String, String)} and {@link #setTotpMfaEnabled(boolean)};
		 * without it they fail with an {@link IllegalStateException}.
		 * @param totpMfaClient the client
		 * @return this builder
		 */
		public Builder totpMfaClient(TotpMfaClient totpMfaClient) {
			this.totpMfaClient = totpMfaClient;
			return this;
		}

		/**
		 * Performs {@link #rememberDevice()}, {@link #forgetDevice()} and
		 * {@link #listDevices()} for the devices the authenticator tracks in
		 * {@code deviceSecretsStore}; without them those methods fail with an
		 * {@link IllegalStateException}.
		 * @param deviceSecretsStore where this device's secrets are kept per user
		 * @param deviceClient the device operations
		 * @return this builder
		 */
		public Builder deviceTracking(DeviceSecretsStore deviceSecretsStore, CognitoDeviceClient deviceClient) {
			this.deviceSecretsStore = deviceSecretsStore;
			this.deviceClient = deviceClient;
			return this;
		}

		/**
		 * The clock token expiry is judged by.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Refresh when the ID or access token expires within this time (default 5
		 * minutes; at most half a token's lifetime).
		 * @param refreshAhead the refresh-ahead time
		 * @return this builder
		 */
		public Builder refreshAhead(Duration refreshAhead) {
			this.refreshAhead = refreshAhead;
			return this;
		}

		/**
		 * How long {@code getTokens()} waits for a new sign-in in a {@code *_INVALID}
		 * state (default 30 s; zero fails at once).
		 * @param reauthenticationTimeout the timeout
		 * @return this builder
		 */
		public Builder reauthenticationTimeout(Duration reauthenticationTimeout) {
			this.reauthenticationTimeout = reauthenticationTimeout;
			return this;
		}

		/**
		 * How long after expiry tokens are still served when a refresh fails for a reason
		 * that keeps the session (default 60 s).
		 * @param clockSkew the clock skew
		 * @return this builder
		 */
		public Builder clockSkew(Duration clockSkew) {
			this.clockSkew = clockSkew;
			return this;
		}

		/**
		 * How long a caller waits for a refresh another thread is performing (default 30
		 * s).
		 * @param refreshWaitTimeout the timeout
		 * @return this builder
		 */
		public Builder refreshWaitTimeout(Duration refreshWaitTimeout) {
			this.refreshWaitTimeout = refreshWaitTimeout;
			return this;
		}

		/**
		 * Build the manager. Performs no I/O.
		 * @return the manager
		 */
		public DefaultCognitoSessionManager build() {
			Assert.notNull(this.authenticator, "authenticator cannot be null");
			Assert.notNull(this.tokenVerifier, "tokenVerifier cannot be null");
			Assert.notNull(this.tokenRefresher, "tokenRefresher cannot be null");
			Assert.notNull(this.sessionStore, "sessionStore cannot be null");
			Assert.notNull(this.eventPublisher, "eventPublisher cannot be null");
			return new DefaultCognitoSessionManager(this, new SessionSettings(this.clock, this.refreshAhead,
					this.reauthenticationTimeout, this.clockSkew, this.refreshWaitTimeout));
		}

	}

}
