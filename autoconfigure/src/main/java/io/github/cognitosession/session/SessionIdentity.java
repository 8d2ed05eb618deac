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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import org.springframework.util.Assert;

import io.github.cognitosession.credentials.CognitoIdentityCredentialsProvider;
import io.github.cognitosession.credentials.FederatedTokenRejectedException;
import io.github.cognitosession.credentials.GuestAccessNotAllowedException;
import io.github.cognitosession.credentials.IdentityIdStore;
import io.github.cognitosession.credentials.IdentityLogins;
import io.github.cognitosession.credentials.IdentityPoolNotConfiguredException;
import io.github.cognitosession.credentials.LoginsProvider;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionStore;
import io.github.cognitosession.token.CognitoTokens;

/**
 * The session's identity-pool side: tells the {@link CognitoIdentityCredentialsProvider}
 * whose credentials to fetch (the {@link LoginsProvider} of the session), keeps the
 * identity id in the session record, performs federated sign-ins and moves the session to
 * {@link UserState#SIGNED_OUT_FEDERATED_TOKENS_INVALID} when the identity pool rejects
 * the federated token.
 * <p>
 * The identity key is the state machine's, which changes with every sign-in, federated
 * sign-in, sign-out and invalidation, so that the provider never serves the previous
 * identity's credentials after a change.
 *
 * @author Cognito Session contributors
 */
final class SessionIdentity implements LoginsProvider {

	private static final Log logger = LogFactory.getLog(SessionIdentity.class);

	private final Supplier<SessionContext> contexts;

	private final Supplier<CognitoTokens> userPoolTokens;

	private final SessionStore sessionStore;

	private final SessionRecords records;

	private final IdentityIdStore identityIdStore;

	private final String userPoolRegion;

	private final String userPoolId;

	private final boolean guestAccess;

	private final Duration reauthenticationTimeout;

	private final AtomicReference<CognitoIdentityCredentialsProvider> credentialsProvider = new AtomicReference<>();

	private final boolean applicationWide;

	private final List<Runnable> identityChangeListeners = new CopyOnWriteArrayList<>();

	/**
	 * The per-identity cache of a multi-user application, which then serves this
	 * session's credentials and identity id and checks its federated sign-ins instead of
	 * the attached provider, or null.
	 */
	private final AtomicReference<PerIdentityCredentialsProvider> perIdentity = new AtomicReference<>();

	SessionIdentity(Supplier<SessionContext> contexts, Supplier<CognitoTokens> userPoolTokens,
			SessionStore sessionStore, String userPoolRegion, String userPoolId, boolean guestAccess,
			Duration reauthenticationTimeout) {
		this.contexts = contexts;
		this.userPoolTokens = userPoolTokens;
		this.sessionStore = sessionStore;
		this.records = new SessionRecords(sessionStore);
		this.identityIdStore = new SessionIdentityIdStore(sessionStore, contexts);
		this.applicationWide = sessionStore.isApplicationWide();
		this.userPoolRegion = userPoolRegion;
		this.userPoolId = userPoolId;
		this.guestAccess = guestAccess;
		this.reauthenticationTimeout = reauthenticationTimeout;
	}

	boolean guestAccess() {
		return this.guestAccess;
	}

	/**
	 * The state of a session where nobody is signed in.
	 */
	UserState signedOutState() {
		return this.guestAccess ? UserState.GUEST : UserState.SIGNED_OUT;
	}

	CognitoIdentityCredentialsProvider attach(CognitoIdentityCredentialsProvider.Builder builder) {
		Assert.notNull(builder, "builder cannot be null");
		Assert.state(this.userPoolRegion != null && this.userPoolId != null,
				"The user pool (region and id) must be set on the session manager's builder for identity-pool logins");
		CognitoIdentityCredentialsProvider provider = builder.loginsProvider(this)
			.identityIdStore(this.identityIdStore)
			.guestAccess(this.guestAccess)
			.refreshFailureListener(this::credentialsRefreshFailed)
			.build();
		if (!this.credentialsProvider.compareAndSet(null, provider)) {
			provider.close();
			throw new IllegalStateException("A credentials provider is already attached to this session manager");
		}
		return provider;
	}

	@Override
	public String currentIdentityKey() {
		return this.contexts.get().stateMachine.identityKey();
	}

	/**
	 * Only over an application-wide store: there, the identity key is the same on every
	 * thread. A per-user store's key depends on the request being served.
	 */
	@Override
	public boolean notifyIdentityChanges(Runnable listener) {
		Assert.notNull(listener, "listener cannot be null");
		if (!this.applicationWide) {
			return false;
		}
		this.identityChangeListeners.add(listener);
		return true;
	}

	/**
	 * Called by the state machines after every change of an identity key.
	 */
	void identityChanged() {
		for (Runnable listener : this.identityChangeListeners) {
			listener.run();
		}
	}

	@Override
	public IdentityLogins currentLogins() {
		SessionContext context = this.contexts.get();
		long deadline = System.nanoTime() + this.reauthenticationTimeout.toNanos();
		while (true) {
			awaitReauthentication(context, deadline);
			String identityKey = context.stateMachine.identityKey();
			IdentityLogins logins;
			try {
				logins = logins(context, identityKey);
			}
			catch (NotSignedInException ex) {
				if (identityKey.equals(context.stateMachine.identityKey())) {
					throw ex;
				}
				continue;
			}
			// Tokens read after a change must not be tagged with the previous identity.
			if (identityKey.equals(context.stateMachine.identityKey())) {
				return logins;
			}
		}
	}

	private IdentityLogins logins(SessionContext context, String identityKey) {
		if (context.stateMachine.state() != UserState.SIGNED_IN) {
			return IdentityLogins.guest(identityKey);
		}
		FederatedLogin federated = context.federated;
		if (federated != null) {
			boolean developer = IdentityLogins.DEVELOPER_PROVIDER_KEY.equals(federated.providerKey());
			return federatedLogins(identityKey, federated, developer ? this.identityIdStore.load().orElse(null) : null);
		}
		String idToken = this.userPoolTokens.get().getIdToken().getTokenValue();
		return IdentityLogins.userPool(identityKey, this.userPoolRegion, this.userPoolId, idToken);
	}

	/**
	 * The logins of a federated sign-in.
	 * @param identityKey the identity key to tag them with
	 * @param federated the federated login
	 * @param identityId the session's identity id (used by developer-authenticated
	 * identities only), or {@code null}
	 */
	static IdentityLogins federatedLogins(String identityKey, FederatedLogin federated, String identityId) {
		IdentityLogins logins = IdentityLogins.federated(identityKey, federated.providerKey(), federated.token());
		if (identityId != null && IdentityLogins.DEVELOPER_PROVIDER_KEY.equals(federated.providerKey())) {
			// A developer-authenticated token is only valid with its own identity.
			logins = logins.withIdentityId(identityId);
		}
		return (federated.customRoleArn() != null) ? logins.withCustomRoleArn(federated.customRoleArn()) : logins;
	}

	/**
	 * The identity id of the current identity: cached in the session record, or fetched
	 * with {@code GetId}.
	 */
	String getIdentityId() {
		PerIdentityCredentialsProvider perIdentity = perUserCache();
		if (perIdentity != null) {
			// waits for a new sign-in itself
			return perIdentity.sessionIdentityId();
		}
		CognitoIdentityCredentialsProvider provider = provider();
		awaitReauthentication(this.contexts.get(), System.nanoTime() + this.reauthenticationTimeout.toNanos());
		return provider.getIdentityId();
	}

	AwsSessionCredentials getCredentials() {
		PerIdentityCredentialsProvider perIdentity = perUserCache();
		if (perIdentity != null) {
			// waits for a new sign-in itself
			return (AwsSessionCredentials) perIdentity.sessionCredentials();
		}
		CognitoIdentityCredentialsProvider provider = provider();
		awaitReauthentication(this.contexts.get(), System.nanoTime() + this.reauthenticationTimeout.toNanos());
		AwsCredentials credentials = provider.resolveCredentials();
		return (AwsSessionCredentials) credentials;
	}

	/**
	 * The per-identity cache when the store is a per-user one: the attached provider has
	 * one cached value, which the users' calls would otherwise take from each other. An
	 * application-wide store has one identity, which the attached provider serves best.
	 */
	private PerIdentityCredentialsProvider perUserCache() {
		return this.applicationWide ? null : this.perIdentity.get();
	}

	/**
	 * The error of {@link #getCredentials()} and {@link #getIdentityId()} when nobody is
	 * signed in and guest access is off, whichever cache serves them.
	 */
	static GuestAccessNotAllowedException guestAccessNotAllowed() {
		return new GuestAccessNotAllowedException("Nobody is signed in and guest access is off "
				+ "(cognito.identity-pool.guest-access): sign in to get AWS credentials");
	}

	/**
	 * Cached identity id without network I/O, or {@code null}.
	 */
	String cachedIdentityId() {
		return (this.credentialsProvider.get() != null) ? this.identityIdStore.load().orElse(null) : null;
	}

	void federatedSignIn(SessionContext context, String providerKey, String token, FederatedSignInOptions options) {
		Assert.hasText(providerKey, "providerKey cannot be empty");
		Assert.hasText(token, "token cannot be empty");
		Assert.notNull(options, "options cannot be null");
		CognitoIdentityCredentialsProvider provider = provider();
		AwsCredentialsProvider check = this.perIdentity.get();
		synchronized (context.lock) {
			String identityId = (options.getIdentityId() != null) ? options.getIdentityId()
					: carriedIdentityId(providerKey);
			this.records.save(SessionRecord.builder()
				.state(UserState.SIGNED_IN)
				.federatedProvider(providerKey)
				.federatedToken(token)
				.identityId(identityId)
				.build());
			context.tokens = null;
			context.pendingChallenge = null;
			context.refreshRetryAt = null;
			context.federated = new FederatedLogin(providerKey, token, options.getCustomRoleArn());
			context.stateMachine.transition(UserState.SIGNED_IN, null, null);
		}
		context.gate.signal();
		try {
			// Like AWSMobileClient, find out now whether the identity pool accepts the
			// token.
			((check != null) ? check : provider).resolveCredentials();
		}
		catch (FederatedTokenRejectedException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			logger.warn("Federated sign-in with " + providerKey
					+ " kept; fetching its AWS credentials failed and is retried on use: " + ex.getMessage());
		}
	}

	/**
	 * A guest who federates keeps the guest identity, which Cognito then links to the
	 * login; so does the same provider's identity when federating again.
	 */
	private String carriedIdentityId(String providerKey) {
		return this.records.load()
			.filter((record) -> record.getState() == UserState.GUEST
					|| providerKey.equals(record.getFederatedProvider()))
			.map(SessionRecord::getIdentityId)
			.orElse(null);
	}

	/**
	 * Let a per-identity credentials cache serve this session's credentials and identity
	 * id over a per-user store, and check its federated sign-ins instead of the attached
	 * provider, so that the check warms the cache entry the session's requests then use.
	 * The first one to ask wins.
	 * @param perIdentity the cache
	 * @return whether it is used from now on
	 */
	boolean usePerIdentityCredentials(PerIdentityCredentialsProvider perIdentity) {
		Assert.notNull(perIdentity, "perIdentity cannot be null");
		return this.perIdentity.compareAndSet(null, perIdentity);
	}

	void stopUsingPerIdentityCredentials(PerIdentityCredentialsProvider perIdentity) {
		this.perIdentity.compareAndSet(perIdentity, null);
	}

	/**
	 * The credentials provider failed to refresh: a rejected federated token ends the
	 * federated session. Called on the refreshing thread, before the waiting callers see
	 * the failure.
	 */
	void credentialsRefreshFailed(RuntimeException failure) {
		credentialsRefreshFailed(this.contexts.get(), null, failure);
	}

	/**
	 * A credentials refresh for the given session failed, on any thread: a rejected
	 * federated token moves the session to
	 * {@link UserState#SIGNED_OUT_FEDERATED_TOKENS_INVALID}, unless it has changed
	 * identity since. The stored record is updated when the calling thread's store
	 * resolves to that session; elsewhere (a timer thread of a per-user store) only the
	 * in-memory state changes, and a session restored from its record later finds out
	 * again on its first credentials fetch.
	 * @param context the session
	 * @param identityKey the identity key the refresh was made for, or {@code null} for
	 * the session's current one
	 * @param failure the failure
	 */
	void credentialsRefreshFailed(SessionContext context, String identityKey, RuntimeException failure) {
		if (!(failure instanceof FederatedTokenRejectedException rejected)) {
			return;
		}
		synchronized (context.lock) {
			FederatedLogin federated = context.federated;
			if (context.stateMachine.state() != UserState.SIGNED_IN || federated == null
					|| !federated.providerKey().equals(rejected.getProviderKey())
					|| (identityKey != null && !identityKey.equals(context.stateMachine.identityKey()))) {
				return;
			}
			if (context.key.equals(currentSessionKey())) {
				this.records.save(SessionRecord.builder()
					.state(UserState.SIGNED_OUT_FEDERATED_TOKENS_INVALID)
					.federatedProvider(federated.providerKey())
					.identityId(this.identityIdStore.load().orElse(null))
					.build());
			}
			else {
				logger.debug("A federated token was rejected outside the session's requests; "
						+ "its state changes in memory only");
			}
			context.stateMachine.transition(UserState.SIGNED_OUT_FEDERATED_TOKENS_INVALID, null, failure);
		}
	}

	private String currentSessionKey() {
		try {
			return this.sessionStore.sessionKey();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Wait, at most the re-authentication timeout, while the session awaits a new sign-in
	 * (or federated sign-in).
	 */
	void awaitReauthentication(SessionContext context) {
		awaitReauthentication(context, System.nanoTime() + this.reauthenticationTimeout.toNanos());
	}

	private void awaitReauthentication(SessionContext context, long deadline) {
		if (context.stateMachine.state().isAwaitingReauthentication()) {
			context.gate.await(() -> context.stateMachine.state().isAwaitingReauthentication(),
					deadline - System.nanoTime(), this.reauthenticationTimeout);
		}
	}

	private CognitoIdentityCredentialsProvider provider() {
		CognitoIdentityCredentialsProvider provider = this.credentialsProvider.get();
		if (provider == null) {
			throw new IdentityPoolNotConfiguredException();
		}
		return provider;
	}

	@Override
	public String toString() {
		return "SessionIdentity[userPool=" + this.userPoolId + ", guestAccess=" + this.guestAccess + "]";
	}

}
