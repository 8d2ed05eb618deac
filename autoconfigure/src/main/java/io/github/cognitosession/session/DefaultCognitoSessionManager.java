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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.github.cognitosession.account.AccountOperations;
import io.github.cognitosession.account.CognitoAccountClient;
import io.github.cognitosession.device.CognitoDeviceClient;
import io.github.cognitosession.device.DefaultDeviceOperations;
import io.github.cognitosession.device.DeviceOperations;
import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.mfa.DefaultMfaOperations;
import io.github.cognitosession.mfa.MfaOperations;
import io.github.cognitosession.mfa.TotpMfaClient;
import io.github.cognitosession.mfa.TotpSetup;
import io.github.cognitosession.passkey.CognitoPasskeyClient;
import io.github.cognitosession.passkey.DefaultPasskeyOperations;
import io.github.cognitosession.passkey.PasskeyOperations;
import io.github.cognitosession.refresh.RefreshEngine;
import io.github.cognitosession.refresh.RefreshInterceptor;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.signin.SignInOptions;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.UserPoolAuthenticator;
import io.github.cognitosession.spi.SessionAdoption;
import io.github.cognitosession.spi.SessionEviction;
import io.github.cognitosession.state.SessionState;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.InMemorySessionRepository;
import io.github.cognitosession.store.SessionRepository;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.TokenRefresher;
import io.github.cognitosession.token.TokenVerifier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.Assert;

/**
 * The default {@link CognitoSessionManager}: AWSMobileClient's user-pool session, one
 * immutable {@link Session} per session key.
 * <ul>
 * <li>Whose session a call acts on is decided by a {@link SessionKeyResolver} (one
 * session for the application, or one per web user); sessions are kept in a
 * {@link SessionRepository} by key and restored on first use without network I/O.</li>
 * <li>Every change of a session goes through one writer, which persists the new value,
 * swaps it in and publishes the events after every lock is released, in the order of the
 * changes.</li>
 * <li>Tokens are verified once when they are received; they are refreshed when the ID or
 * access token expires within the refresh-ahead time, with concurrent refreshes of one
 * session merged into one call.</li>
 * <li>Only a rejected refresh token moves the user to
 * {@link UserState#SIGNED_OUT_USER_POOLS_TOKEN_INVALID}; network errors, throttling and
 * server errors never change the state and still-valid tokens keep being served.</li>
 * <li>In a {@code *_INVALID} state {@link #getTokens()} waits, at most the
 * re-authentication timeout, for a new sign-in.</li>
 * <li>With guest access the state of a session where nobody is signed in is
 * {@link UserState#GUEST}, else {@link UserState#SIGNED_OUT}.</li>
 * </ul>
 * It is also the framework hooks of the {@code spi} package. {@link #close()} closes the
 * roles that hold resources (the identity pool's credentials cache).
 *
 * @author Cognito Session contributors
 */
public final class DefaultCognitoSessionManager
		implements CognitoSessionManager, SessionAdoption, SessionEviction, AutoCloseable {

	/** The error code when this device has no device key for the signed-in user. */
	public static final String DEVICE_NOT_TRACKED = DeviceOperations.DEVICE_NOT_TRACKED;

	/** How long before expiry tokens are refreshed by default. */
	public static final Duration DEFAULT_REFRESH_AHEAD = Duration.ofMinutes(5);

	/** How long calls wait in a {@code *_INVALID} state by default. */
	public static final Duration DEFAULT_REAUTHENTICATION_TIMEOUT = Duration.ofSeconds(30);

	/** How long tokens are still served after expiry when Cognito cannot be reached. */
	public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

	/** How long a caller waits for a refresh started by another thread by default. */
	public static final Duration DEFAULT_REFRESH_WAIT_TIMEOUT = Duration.ofSeconds(30);

	/** The default bound of the per-user sessions held in memory. */
	public static final int DEFAULT_MAX_SESSIONS_IN_MEMORY = 10_000;

	private final SessionRegistry sessions;

	private final SignInFlow signInFlow;

	private final SessionTokens tokens;

	private final SignOutFlow signOutFlow;

	private final RefreshEngine<CognitoTokens> refreshEngine;

	private final SessionIdentities identities;

	private final AccountOperations account;

	private final MfaOperations mfa;

	private final PasskeyOperations passkeys;

	private final DeviceOperations devices;

	private final IdentityPoolOperations identityPool;

	private final String description;

	private DefaultCognitoSessionManager(Builder builder, SessionSettings settings) {
		SessionState nobody = SessionState.nobody(builder.guestAccess);
		this.sessions = new SessionRegistry(builder.sessionRepository, builder.sessionKeyResolver,
				builder.eventPublisher, this, nobody,
				new SessionRegistry.SessionCache(builder.maxSessionsInMemory, builder.idleSessionTimeout),
				settings.clock());
		RefreshEngine.Builder<CognitoTokens> engine = RefreshEngine.<CognitoTokens>builder()
			.clock(settings.clock())
			.waitTimeout(settings.refreshWaitTimeout())
			.threadNamePrefix("cognito-token-refresh-")
			.waitTimeoutException((timeout) -> new CognitoUnavailableException("RefreshWaitTimeout",
					"Timed out after " + timeout + " waiting for the token refresh in progress", null))
			.interruptedException((ex) -> new CognitoUnavailableException("RefreshWaitInterrupted",
					"Interrupted while waiting for the token refresh in progress", ex));
		builder.refreshInterceptors.forEach(engine::interceptor);
		// last, so that a lock interceptor (several processes or instances) surrounds the
		// re-read
		engine.interceptor(new SharedRecordInterceptor(this.sessions, settings));
		this.refreshEngine = engine.build();
		this.tokens = new SessionTokens(this.sessions, builder.tokenRefresher, builder.tokenVerifier,
				builder.deviceSecretsStore, settings, this.refreshEngine, this);
		this.signInFlow = new SignInFlow(this.sessions, builder.authenticator, builder.tokenVerifier,
				builder.totpMfaClient);
		this.signOutFlow = new SignOutFlow(this.sessions, builder.remoteSignOut, this.tokens, settings.clock(),
				builder.revokeOnSignOut);
		this.identities = new DefaultSessionIdentities(this.sessions, this.tokens, settings);
		this.account = (builder.accountClient != null) ? new AccountFlow(this.sessions, builder.accountClient,
				this.tokens, (builder.deviceClient != null) ? builder.deviceSecretsStore : null) : null;
		this.passkeys = (builder.passkeyClient != null)
				? new DefaultPasskeyOperations(builder.passkeyClient, this::getTokens) : null;
		this.mfa = (builder.totpMfaClient != null) ? new DefaultMfaOperations(builder.totpMfaClient, this::getTokens)
				: null;
		this.devices = (builder.deviceSecretsStore != null && builder.deviceClient != null)
				? new DefaultDeviceOperations(builder.deviceClient, builder.deviceSecretsStore, this::getTokens) : null;
		this.identityPool = (builder.identityPool != null) ? builder.identityPool.apply(this.identities) : null;
		this.description = "DefaultCognitoSessionManager[keys=" + builder.sessionKeyResolver + ", repository="
				+ builder.sessionRepository.getClass().getSimpleName() + ", refreshAhead=" + settings.refreshAhead()
				+ ", reauthenticationTimeout=" + settings.reauthenticationTimeout() + "]";
	}

	/**
	 * Return a new builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Restore the calling thread's session from its repository now rather than on first
	 * use. Reads the repository only: no network I/O.
	 * @return the restored state
	 */
	public UserState initialize() {
		return currentUserState();
	}

	@Override
	public SignInResult signIn(String username, String password) {
		return signIn(username, password, SignInOptions.defaults());
	}

	@Override
	public SignInResult signIn(String username, String password, SignInOptions options) {
		Assert.hasText(username, "username cannot be empty");
		Assert.notNull(options, "options cannot be null");
		return this.signInFlow.signIn(this.sessions.current(), username, password, options);
	}

	@Override
	public SignInResult confirmSignIn(String answer) {
		return confirmSignIn(answer, Map.of());
	}

	@Override
	public SignInResult confirmSignIn(String answer, Map<String, String> responses) {
		return confirmSignIn(answer, responses, Map.of());
	}

	@Override
	public SignInResult confirmSignIn(String answer, Map<String, String> responses,
			Map<String, String> clientMetadata) {
		return this.signInFlow.confirmSignIn(this.sessions.current(), answer, responses, clientMetadata);
	}

	@Override
	public SignInResult autoSignIn() {
		return this.signInFlow.autoSignIn(this.sessions.current());
	}

	@Override
	public TotpSetup associateSoftwareToken() {
		return this.signInFlow.associateSoftwareToken(this.sessions.current());
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
		this.signInFlow.adopt(this.sessions.current(), new RawTokens(idToken, accessToken, refreshToken));
	}

	@Override
	public CognitoTokens getTokens() {
		return getTokens(false);
	}

	@Override
	public CognitoTokens getTokens(boolean forceRefresh) {
		return this.tokens.get(this.sessions.current(), forceRefresh);
	}

	@Override
	public Session currentSession() {
		return this.sessions.currentSession();
	}

	@Override
	public UserState currentUserState() {
		return currentSession().userState();
	}

	@Override
	public boolean isSignedIn() {
		return currentUserState() == UserState.SIGNED_IN;
	}

	@Override
	public String getUsername() {
		return currentSession().state().username();
	}

	@Override
	public String getUserSub() {
		return (currentSession().state() instanceof SessionState.UserPoolSignedIn signedIn)
				? signedIn.tokens().getIdToken().getSubject() : null;
	}

	@Override
	public void signOut() {
		this.signOutFlow.signOut(this.sessions.current());
	}

	@Override
	public SignOutResult signOut(SignOutOptions options) {
		Assert.notNull(options, "options cannot be null");
		return this.signOutFlow.signOut(this.sessions.current(), options);
	}

	@Override
	public void releaseSignInWait() {
		this.sessions.current().gate.release("The wait for the user to sign in again was released");
	}

	/**
	 * How many threads wait for the user of the calling thread's session to sign in again
	 * (for monitoring). A thread counted here is inside its bounded wait, so a sign-in or
	 * {@link #releaseSignInWait()} after this read reaches it.
	 * @return the number of waiting threads
	 */
	public int threadsWaitingForSignIn() {
		return this.sessions.current().gate.waiters();
	}

	@Override
	public Optional<AccountOperations> account() {
		return Optional.ofNullable(this.account);
	}

	@Override
	public Optional<PasskeyOperations> passkeys() {
		return Optional.ofNullable(this.passkeys);
	}

	@Override
	public Optional<MfaOperations> mfa() {
		return Optional.ofNullable(this.mfa);
	}

	@Override
	public Optional<DeviceOperations> devices() {
		return Optional.ofNullable(this.devices);
	}

	@Override
	public Optional<IdentityPoolOperations> identityPool() {
		return Optional.ofNullable(this.identityPool);
	}

	/**
	 * The view of the sessions that the identity-pool side is built on.
	 * @return the session identities
	 */
	public SessionIdentities identities() {
		return this.identities;
	}

	@Override
	public void forgetSession(String sessionKey) {
		Assert.notNull(sessionKey, "sessionKey cannot be null");
		this.sessions.forget(sessionKey);
	}

	/**
	 * How many sessions are held in memory (one for the application scope).
	 * @return the number of sessions in memory
	 */
	public int sessionsInMemory() {
		return this.sessions.size();
	}

	/**
	 * Close the roles that hold resources and the refresh engine. Idempotent.
	 */
	@Override
	public void close() {
		if (this.identityPool instanceof AutoCloseable closeable) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not close " + this.identityPool, ex);
			}
		}
		this.refreshEngine.close();
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

		private SessionRepository sessionRepository = new InMemorySessionRepository();

		private SessionKeyResolver sessionKeyResolver = SessionKeyResolver.application();

		private ApplicationEventPublisher eventPublisher;

		private RemoteSignOut remoteSignOut;

		private boolean revokeOnSignOut = true;

		private TotpMfaClient totpMfaClient;

		private CognitoAccountClient accountClient;

		private CognitoPasskeyClient passkeyClient;

		private DeviceSecretsStore deviceSecretsStore;

		private CognitoDeviceClient deviceClient;

		private Function<SessionIdentities, IdentityPoolOperations> identityPool;

		private final List<RefreshInterceptor<CognitoTokens>> refreshInterceptors = new ArrayList<>();

		private Clock clock = Clock.systemUTC();

		private Duration refreshAhead = DEFAULT_REFRESH_AHEAD;

		private Duration reauthenticationTimeout = DEFAULT_REAUTHENTICATION_TIMEOUT;

		private Duration clockSkew = DEFAULT_CLOCK_SKEW;

		private Duration refreshWaitTimeout = DEFAULT_REFRESH_WAIT_TIMEOUT;

		private boolean guestAccess;

		private int maxSessionsInMemory = DEFAULT_MAX_SESSIONS_IN_MEMORY;

		private Duration idleSessionTimeout;

		private Builder() {
		}

		/**
		 * Bound the sessions of a per-user scope held in memory (cached tokens and state;
		 * the records stay in the repository): at most {@code maximumSize} (default
		 * {@link #DEFAULT_MAX_SESSIONS_IN_MEMORY}, the least recently used are dropped),
		 * and each dropped after {@code idleTimeout} unused (default: never), by the
		 * manager's clock. A dropped session is restored from the repository at its next
		 * use. The application scope's one session is always kept.
		 * @param maximumSize the most sessions held in memory, positive
		 * @param idleTimeout how long an unused session is kept, or {@code null}
		 * @return this builder
		 */
		public Builder sessionsInMemory(int maximumSize, Duration idleTimeout) {
			Assert.isTrue(maximumSize > 0, "maximumSize must be positive");
			Assert.isTrue(idleTimeout == null || (!idleTimeout.isNegative() && !idleTimeout.isZero()),
					"idleTimeout must be positive");
			this.maxSessionsInMemory = maximumSize;
			this.idleSessionTimeout = idleTimeout;
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
		 * Where sessions are kept, by key (default: in memory).
		 * @param sessionRepository the repository
		 * @return this builder
		 */
		public Builder sessionRepository(SessionRepository sessionRepository) {
			this.sessionRepository = sessionRepository;
			return this;
		}

		/**
		 * Whose session a call acts on (default:
		 * {@link SessionKeyResolver#application()}, one session for the application).
		 * @param sessionKeyResolver the resolver
		 * @return this builder
		 */
		public Builder sessionKeyResolver(SessionKeyResolver sessionKeyResolver) {
			this.sessionKeyResolver = sessionKeyResolver;
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
		 * Whether {@link #signOut()} revokes the refresh token ({@code RevokeToken}, with
		 * the {@link #remoteSignOut(RemoteSignOut) remote sign-out}) before the local
		 * sign-out, as Amplify's {@code signOut} does (default {@code true}). A failed
		 * revocation is logged and never keeps the user signed in.
		 * {@link #signOut(SignOutOptions)} does what its options say.
		 * @param revokeOnSignOut whether to revoke on sign-out
		 * @return this builder
		 */
		public Builder revokeOnSignOut(boolean revokeOnSignOut) {
			this.revokeOnSignOut = revokeOnSignOut;
			return this;
		}

		/**
		 * Performs the authenticator-app (TOTP) operations: answering {@code MFA_SETUP}
		 * at sign-in, and the {@link #mfa()} role; without it there is no MFA role and
		 * {@link #associateSoftwareToken()} fails with an {@link IllegalStateException}.
		 * @param totpMfaClient the client
		 * @return this builder
		 */
		public Builder totpMfaClient(TotpMfaClient totpMfaClient) {
			this.totpMfaClient = totpMfaClient;
			return this;
		}

		/**
		 * Performs the account operations: the {@link #account()} role (sign-up,
		 * passwords, attributes, deleting the user) and the sign-up that
		 * {@link #autoSignIn()} completes; without it there is no account role.
		 * @param accountClient the client
		 * @return this builder
		 */
		public Builder accountClient(CognitoAccountClient accountClient) {
			this.accountClient = accountClient;
			return this;
		}

		/**
		 * Performs the passkey operations: the {@link #passkeys()} role; without it there
		 * is none (signing in with a passkey needs no client of its own).
		 * @param passkeyClient the client
		 * @return this builder
		 */
		public Builder passkeyClient(CognitoPasskeyClient passkeyClient) {
			this.passkeyClient = passkeyClient;
			return this;
		}

		/**
		 * Tracks devices: the {@link #devices()} role for the devices the authenticator
		 * tracks in {@code deviceSecretsStore}, and the device key sent with each
		 * refresh; without them there is no devices role.
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
		 * The identity-pool role, built over the manager's sessions (e.g.
		 * {@code SessionCredentials.builder()...::build}); closed with the manager.
		 * @param identityPool builds the role from the session identities
		 * @return this builder
		 */
		public Builder identityPool(Function<SessionIdentities, IdentityPoolOperations> identityPool) {
			this.identityPool = identityPool;
			return this;
		}

		/**
		 * Run around every token refresh, before the re-read of the shared record: e.g. a
		 * lock that several processes or instances sharing the sessions take.
		 * @param interceptor the interceptor
		 * @return this builder
		 */
		public Builder refreshInterceptor(RefreshInterceptor<CognitoTokens> interceptor) {
			Assert.notNull(interceptor, "interceptor cannot be null");
			this.refreshInterceptors.add(interceptor);
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
			Assert.notNull(this.sessionRepository, "sessionRepository cannot be null");
			Assert.notNull(this.sessionKeyResolver, "sessionKeyResolver cannot be null");
			Assert.notNull(this.eventPublisher, "eventPublisher cannot be null");
			return new DefaultCognitoSessionManager(this, new SessionSettings(this.clock, this.refreshAhead,
					this.reauthenticationTimeout, this.clockSkew, this.refreshWaitTimeout));
		}

	}

}
