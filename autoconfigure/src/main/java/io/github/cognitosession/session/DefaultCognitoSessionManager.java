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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.cognitosession.credentials.CognitoIdentityCredentialsProvider;
import io.github.cognitosession.event.TokenRefreshFailedEvent;
import io.github.cognitosession.event.TokensRefreshedEvent;
import io.github.cognitosession.exception.CognitoErrorTranslator;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.exception.InvalidSessionStateException;
import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.exception.ThrottledException;
import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.signin.PendingChallenge;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.UserPoolAuthenticator;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionStore;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.RefreshFailureClassifier;
import io.github.cognitosession.token.RefreshedTokens;
import io.github.cognitosession.token.StoredTokenReader;
import io.github.cognitosession.token.TokenRefresher;
import io.github.cognitosession.token.TokenVerifier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

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
 * </ul>
 * Thread safe.
 *
 * @author Cognito Session contributors
 */
public final class DefaultCognitoSessionManager implements CognitoSessionManager {

	/** How long before expiry tokens are refreshed by default. */
	public static final Duration DEFAULT_REFRESH_AHEAD = Duration.ofMinutes(5);

	/** How long calls wait in a {@code *_INVALID} state by default. */
	public static final Duration DEFAULT_REAUTHENTICATION_TIMEOUT = Duration.ofSeconds(30);

	/** How long tokens are still served after expiry when Cognito cannot be reached. */
	public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

	/** How long a caller waits for a refresh started by another thread by default. */
	public static final Duration DEFAULT_REFRESH_WAIT_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * After a refresh failed for a transient reason, how long still-valid tokens are
	 * served without trying again, so that an outage does not turn every call into a
	 * request to Cognito.
	 */
	private static final Duration TRANSIENT_FAILURE_BACKOFF = Duration.ofSeconds(10);

	private static final Log logger = LogFactory.getLog(DefaultCognitoSessionManager.class);

	private final UserPoolAuthenticator authenticator;

	private final TokenVerifier tokenVerifier;

	private final TokenRefresher tokenRefresher;

	private final SessionStore sessionStore;

	private final ApplicationEventPublisher eventPublisher;

	private final RemoteSignOut remoteSignOut;

	private final Clock clock;

	private final Duration reauthenticationTimeout;

	private final Duration clockSkew;

	private final RefreshAheadPolicy refreshAheadPolicy;

	private final SingleFlight<CognitoTokens> refreshes;

	private final RefreshFailureClassifier failureClassifier = new RefreshFailureClassifier();

	private final ConcurrentMap<String, SessionContext> contexts = new ConcurrentHashMap<>();

	private final String description;

	private final SessionIdentity identity;

	/**
	 * The context of the last call, so that a constant session key needs no map lookup.
	 */
	private volatile SessionContext lastContext;

	private DefaultCognitoSessionManager(Builder builder) {
		this.authenticator = builder.authenticator;
		this.tokenVerifier = builder.tokenVerifier;
		this.tokenRefresher = builder.tokenRefresher;
		this.sessionStore = builder.sessionStore;
		this.eventPublisher = builder.eventPublisher;
		this.remoteSignOut = builder.remoteSignOut;
		this.clock = builder.clock;
		this.reauthenticationTimeout = builder.reauthenticationTimeout;
		this.clockSkew = builder.clockSkew;
		this.refreshAheadPolicy = new RefreshAheadPolicy(builder.refreshAhead);
		this.refreshes = new SingleFlight<>(builder.refreshWaitTimeout);
		this.identity = new SessionIdentity(this::restoredContext, this::getTokens, builder.sessionStore,
				builder.userPoolRegion, builder.userPoolId, builder.guestAccess, builder.reauthenticationTimeout);
		this.description = "DefaultCognitoSessionManager[store=" + builder.sessionStore.getClass().getSimpleName()
				+ ", refreshAhead=" + builder.refreshAhead + ", reauthenticationTimeout="
				+ builder.reauthenticationTimeout + "]";
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
		SessionContext context = restoredContext();
		return complete(context, this.authenticator.initiate(username, password));
	}

	@Override
	public SignInResult confirmSignIn(String answer) {
		return confirmSignIn(answer, Map.of());
	}

	@Override
	public SignInResult confirmSignIn(String answer, Map<String, String> responses) {
		SessionContext context = restoredContext();
		PendingChallenge challenge = context.pendingChallenge;
		if (challenge == null) {
			throw new InvalidSessionStateException("No sign-in challenge is waiting for an answer; call signIn first");
		}
		return complete(context,
				this.authenticator.respond(challenge, answer, (responses != null) ? responses : Map.of()));
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
		complete(restoredContext(),
				new AuthenticationOutcome.Authenticated(new RawTokens(idToken, accessToken, refreshToken)));
	}

	private SignInResult complete(SessionContext context, AuthenticationOutcome outcome) {
		if (outcome instanceof AuthenticationOutcome.ChallengeRequired required) {
			PendingChallenge challenge = required.challenge();
			context.pendingChallenge = challenge;
			return SignInResult.challenge(challenge.step(), challenge.parameters());
		}
		RawTokens raw = ((AuthenticationOutcome.Authenticated) outcome).tokens();
		CognitoTokens tokens = this.tokenVerifier.verify(raw.idToken(), raw.accessToken(), raw.refreshToken());
		String username = tokens.getUsername();
		synchronized (context.lock) {
			this.sessionStore.save(signedInRecord(username, tokens, keptIdentityId(username)));
			context.tokens = tokens;
			context.federated = null;
			context.pendingChallenge = null;
			context.refreshRetryAt = null;
			context.stateMachine.transition(UserState.SIGNED_IN, username, null);
		}
		context.gate.signal();
		return SignInResult.done();
	}

	@Override
	public CognitoTokens getTokens() {
		return getTokens(false);
	}

	@Override
	public CognitoTokens getTokens(boolean forceRefresh) {
		SessionContext context = restoredContext();
		long deadline = System.nanoTime() + this.reauthenticationTimeout.toNanos();
		boolean force = forceRefresh;
		while (true) {
			UserState state = context.stateMachine.state();
			if (state == UserState.SIGNED_IN) {
				FederatedLogin federated = context.federated;
				if (federated != null) {
					throw new NotSignedInException(
							"Not signed in to the user pool: the session is a federated sign-in with "
									+ federated.providerKey() + ", which has no user-pool tokens");
				}
				CognitoTokens tokens = currentTokens(context);
				if (tokens != null) {
					Instant now = this.clock.instant();
					if (!force && (!this.refreshAheadPolicy.needsRefresh(tokens, now)
							|| backingOff(context, tokens, now))) {
						return tokens;
					}
					CognitoTokens refreshed = refresh(context, tokens, force);
					if (refreshed != null) {
						return refreshed;
					}
				}
			}
			else if (state.isAwaitingReauthentication()) {
				context.gate.await(() -> context.stateMachine.state().isAwaitingReauthentication(),
						deadline - System.nanoTime(), this.reauthenticationTimeout);
				// Tokens from the new sign-in are fresh.
				force = false;
			}
			else {
				throw new NotSignedInException("No user is signed in (state " + state + ")");
			}
		}
	}

	private boolean backingOff(SessionContext context, CognitoTokens tokens, Instant now) {
		Instant retryAt = context.refreshRetryAt;
		return retryAt != null && now.isBefore(retryAt) && isUsable(tokens, now);
	}

	private boolean isUsable(CognitoTokens tokens, Instant now) {
		return now.isBefore(tokens.getExpiresAt().plus(this.clockSkew));
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
		CognitoTokens tokens = currentTokens(context);
		return (tokens != null) ? tokens.getIdToken().getSubject() : null;
	}

	@Override
	public void signOut() {
		SessionContext context = restoredContext();
		synchronized (context.lock) {
			try {
				this.sessionStore.clear();
			}
			catch (RuntimeException ex) {
				logger.warn("Could not clear the session store; the session is forgotten in memory only: "
						+ ex.getMessage());
			}
			context.tokens = null;
			context.federated = null;
			context.pendingChallenge = null;
			context.refreshRetryAt = null;
			context.stateMachine.transition(this.identity.signedOutState(), null, null);
		}
		context.gate.release("The user signed out");
	}

	@Override
	public SignOutResult signOut(SignOutOptions options) {
		Assert.notNull(options, "options cannot be null");
		SignOutResult result;
		try {
			result = signOutRemotely(restoredContext(), options);
		}
		finally {
			signOut();
		}
		return result;
	}

	private SignOutResult signOutRemotely(SessionContext context, SignOutOptions options) {
		if (!options.global() && !options.revokeToken()) {
			return new SignOutResult(true, true, List.of());
		}
		if (this.remoteSignOut == null) {
			return failedRemoteSignOut(options,
					new InvalidSessionStateException("Remote sign-out is not configured for this session manager"));
		}
		CognitoTokens tokens = (context.stateMachine.state() == UserState.SIGNED_IN) ? currentTokens(context) : null;
		if (tokens == null) {
			return failedRemoteSignOut(options, new NotSignedInException("No user-pool tokens to sign out remotely"));
		}
		if (options.global() && !this.clock.instant().isBefore(tokens.getAccessToken().getExpiresAt())) {
			// GlobalSignOut is authorised by the access token, so it must be a live one.
			tokens = refreshForSignOut(context, tokens);
		}
		return this.remoteSignOut.signOut(tokens, options);
	}

	private CognitoTokens refreshForSignOut(SessionContext context, CognitoTokens tokens) {
		try {
			CognitoTokens refreshed = refresh(context, tokens, true);
			return (refreshed != null) ? refreshed : tokens;
		}
		catch (RuntimeException ex) {
			return tokens;
		}
	}

	private static SignOutResult failedRemoteSignOut(SignOutOptions options, Exception error) {
		return new SignOutResult(!options.global(), !options.revokeToken(), List.of(error));
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

	@Override
	public String getIdentityId() {
		return this.identity.getIdentityId();
	}

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

	@Override
	public void releaseSignInWait() {
		context().gate.release("The wait for the user to sign in again was released");
	}

	private SessionContext context() {
		String key = this.sessionStore.sessionKey();
		// The credentials provider's hot path comes here for the identity key: an
		// application-wide store returns the same key instance every time.
		SessionContext last = this.lastContext;
		if (last != null && last.key == key) {
			return last;
		}
		SessionContext context = this.contexts.get(key);
		if (context == null) {
			context = this.contexts.computeIfAbsent(key,
					(newKey) -> new SessionContext(newKey, new UserStateMachine(this, this.eventPublisher)));
		}
		this.lastContext = context;
		return context;
	}

	private SessionContext restoredContext() {
		SessionContext context = context();
		if (!context.restored) {
			synchronized (context.lock) {
				if (!context.restored) {
					restore(context);
					context.restored = true;
				}
			}
		}
		return context;
	}

	private void restore(SessionContext context) {
		Optional<SessionRecord> record = loadRecord();
		UserState state = record.map(this::restoredState).orElse(this.identity.signedOutState());
		boolean someone = state == UserState.SIGNED_IN || state.isAwaitingReauthentication();
		String username = someone ? record.get().getUsername() : null;
		if (someone && record.get().isFederated() && record.get().getFederatedToken() != null) {
			context.federated = new FederatedLogin(record.get().getFederatedProvider(),
					record.get().getFederatedToken(), null);
		}
		context.stateMachine.restore(state, username);
	}

	private UserState restoredState(SessionRecord record) {
		return switch (record.getState()) {
			case SIGNED_IN -> (record.hasUserPoolTokens() || isRestorableFederation(record)) ? UserState.SIGNED_IN
					: this.identity.signedOutState();
			case SIGNED_OUT_USER_POOLS_TOKEN_INVALID, SIGNED_OUT_FEDERATED_TOKENS_INVALID -> record.getState();
			case GUEST, SIGNED_OUT, UNKNOWN -> this.identity.signedOutState();
		};
	}

	private static boolean isRestorableFederation(SessionRecord record) {
		return record.isFederated() && record.getFederatedToken() != null;
	}

	/**
	 * The identity id to keep in the record of a user who signs in: a guest's (Cognito
	 * links the guest identity to the login) or the same user's, never another user's.
	 */
	private String keptIdentityId(String username) {
		return loadRecord()
			.filter((record) -> record.getState() == UserState.GUEST
					|| (!record.isFederated() && username.equals(record.getUsername())))
			.map(SessionRecord::getIdentityId)
			.orElse(null);
	}

	private Optional<SessionRecord> loadRecord() {
		try {
			return this.sessionStore.load();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read the session store; continuing signed out: " + ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * The verified tokens of the stored record, read from the store once after a restart
	 * (no network: they were verified before they were stored).
	 */
	private CognitoTokens currentTokens(SessionContext context) {
		CognitoTokens tokens = context.tokens;
		if (tokens != null) {
			return tokens;
		}
		synchronized (context.lock) {
			if (context.tokens != null || context.stateMachine.state() != UserState.SIGNED_IN) {
				return context.tokens;
			}
			Optional<SessionRecord> record = loadRecord().filter(SessionRecord::hasUserPoolTokens);
			if (record.isEmpty()) {
				// Someone else (another process sharing the store) signed out.
				context.stateMachine.transition(this.identity.signedOutState(), null, null);
				return null;
			}
			try {
				context.tokens = StoredTokenReader.read(record.get().getIdToken(), record.get().getAccessToken(),
						record.get().getRefreshToken());
			}
			catch (InvalidTokenException ex) {
				logger.warn("The stored tokens are unreadable; the user must sign in again: " + ex.getMessage());
				invalidate(context, null, ex);
			}
			return context.tokens;
		}
	}

	/**
	 * Refresh through the single flight of this session.
	 * @return the new tokens, or {@code null} when the session changed state meanwhile
	 */
	private CognitoTokens refresh(SessionContext context, CognitoTokens seen, boolean force) {
		return this.refreshes.run(this.sessionStore.sessionKey(), () -> refreshOnce(context, seen, force));
	}

	private CognitoTokens refreshOnce(SessionContext context, CognitoTokens seen, boolean force) {
		if (context.stateMachine.state() != UserState.SIGNED_IN) {
			return null;
		}
		CognitoTokens current = context.tokens;
		if (current != null && current != seen
				&& (force || !this.refreshAheadPolicy.needsRefresh(current, this.clock.instant()))) {
			// Another caller refreshed (or signed in) after this caller looked.
			return current;
		}
		CognitoTokens known = (current != null) ? current : seen;
		CognitoTokens base = newerStoredTokens(known);
		if (base != known && !force && !this.refreshAheadPolicy.needsRefresh(base, this.clock.instant())) {
			return adopt(context, current, base);
		}
		String username = (context.stateMachine.username() != null) ? context.stateMachine.username()
				: base.getUsername();
		CognitoTokens refreshed;
		boolean rotated;
		try {
			if (base.getRefreshToken() == null) {
				throw new InvalidSessionStateException("The session has no refresh token");
			}
			RefreshedTokens response = this.tokenRefresher.refresh(username, base.getRefreshToken());
			refreshed = this.tokenVerifier.verify(response.idToken(), response.accessToken(), response.refreshToken());
			rotated = response.rotated();
		}
		catch (RuntimeException ex) {
			return refreshFailed(context, current, base, username, ex);
		}
		synchronized (context.lock) {
			if (context.stateMachine.state() != UserState.SIGNED_IN || context.tokens != current) {
				// Signed out or in again while refreshing: the refreshed tokens are
				// stale.
				return context.tokens;
			}
			save(signedInRecord(username, refreshed, keptIdentityId(username)));
			context.tokens = refreshed;
			context.refreshRetryAt = null;
		}
		this.eventPublisher.publishEvent(new TokensRefreshedEvent(this, username, refreshed.getExpiresAt(), rotated));
		return refreshed;
	}

	/**
	 * Another process sharing the store (e.g. a second CLI run) may have refreshed since
	 * this one read it; with rotation, refreshing with the old token would then be
	 * rejected as reuse.
	 */
	private CognitoTokens newerStoredTokens(CognitoTokens known) {
		Optional<SessionRecord> stored = loadRecord()
			.filter((record) -> record.getState() == UserState.SIGNED_IN && record.hasUserPoolTokens())
			.filter((record) -> !known.getIdToken().getTokenValue().equals(record.getIdToken()));
		if (stored.isEmpty()) {
			return known;
		}
		try {
			CognitoTokens tokens = StoredTokenReader.read(stored.get().getIdToken(), stored.get().getAccessToken(),
					stored.get().getRefreshToken());
			return tokens.getExpiresAt().isAfter(known.getExpiresAt()) ? tokens : known;
		}
		catch (InvalidTokenException ex) {
			return known;
		}
	}

	private CognitoTokens adopt(SessionContext context, CognitoTokens current, CognitoTokens stored) {
		synchronized (context.lock) {
			if (context.stateMachine.state() == UserState.SIGNED_IN && context.tokens == current) {
				context.tokens = stored;
			}
			return context.tokens;
		}
	}

	private CognitoTokens refreshFailed(SessionContext context, CognitoTokens current, CognitoTokens base,
			String username, RuntimeException failure) {
		RefreshFailureClassifier.Kind kind = (failure instanceof InvalidSessionStateException)
				? RefreshFailureClassifier.Kind.TOKEN_REJECTED : this.failureClassifier.classify(failure);
		this.eventPublisher.publishEvent(new TokenRefreshFailedEvent(this, username, failure));
		if (kind == RefreshFailureClassifier.Kind.TOKEN_REJECTED) {
			invalidate(context, current, failure);
			return null;
		}
		Instant now = this.clock.instant();
		if (isUsable(base, now)) {
			context.refreshRetryAt = now.plus(TRANSIENT_FAILURE_BACKOFF);
			logger.warn("Token refresh failed (" + errorCode(failure) + "); serving the current tokens until "
					+ base.getExpiresAt());
			return (base != current) ? adopt(context, current, base) : base;
		}
		throw translate(kind, failure);
	}

	private void invalidate(SessionContext context, CognitoTokens base, Throwable cause) {
		synchronized (context.lock) {
			if (context.stateMachine.state() != UserState.SIGNED_IN
					|| (base != null && context.tokens != null && context.tokens != base)) {
				return;
			}
			String username = context.stateMachine.username();
			// Keep the username so the application knows who must sign in again.
			// and the identity id, which is still the user's when they sign in again
			save(SessionRecord.builder()
				.state(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID)
				.username(username)
				.identityId(loadRecord().map(SessionRecord::getIdentityId).orElse(null))
				.build());
			context.tokens = null;
			context.stateMachine.transition(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID, username, cause);
		}
	}

	private void save(SessionRecord record) {
		try {
			this.sessionStore.save(record);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not save the session (state " + record.getState() + "); it is kept in memory only: "
					+ ex.getMessage());
		}
	}

	private static SessionRecord signedInRecord(String username, CognitoTokens tokens, String identityId) {
		return SessionRecord.builder()
			.state(UserState.SIGNED_IN)
			.username(username)
			.identityId(identityId)
			.idToken(tokens.getIdToken().getTokenValue())
			.accessToken(tokens.getAccessToken().getTokenValue())
			.refreshToken(tokens.getRefreshToken())
			.build();
	}

	private static RuntimeException translate(RefreshFailureClassifier.Kind kind, RuntimeException failure) {
		if (failure instanceof CognitoSessionException) {
			return failure;
		}
		if (failure instanceof SdkException sdkException) {
			return CognitoErrorTranslator.translate(sdkException, "token refresh");
		}
		return switch (kind) {
			case THROTTLED -> new ThrottledException(errorCode(failure),
					"Cognito throttled the token refresh; try again later", failure);
			case UNAVAILABLE -> new CognitoUnavailableException(errorCode(failure),
					"Cognito could not be reached to refresh the tokens (" + errorCode(failure) + ")", failure);
			default -> new CognitoSessionException(errorCode(failure),
					"Token refresh failed (" + errorCode(failure) + ")", failure);
		};
	}

	private static String errorCode(Throwable failure) {
		if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null
				&& service.awsErrorDetails().errorCode() != null) {
			return service.awsErrorDetails().errorCode();
		}
		if (failure instanceof CognitoSessionException session && session.getErrorCode() != null) {
			return session.getErrorCode();
		}
		return failure.getClass().getSimpleName();
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
			Assert.notNull(this.clock, "clock cannot be null");
			requireNotNegative(this.refreshAhead, "refreshAhead");
			requireNotNegative(this.reauthenticationTimeout, "reauthenticationTimeout");
			requireNotNegative(this.clockSkew, "clockSkew");
			requireNotNegative(this.refreshWaitTimeout, "refreshWaitTimeout");
			return new DefaultCognitoSessionManager(this);
		}

		private static void requireNotNegative(Duration value, String name) {
			Assert.notNull(value, () -> name + " cannot be null");
			Assert.isTrue(!value.isNegative(), () -> name + " cannot be negative");
		}

	}

}
