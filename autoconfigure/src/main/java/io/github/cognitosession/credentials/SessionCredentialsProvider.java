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
package io.github.cognitosession.credentials;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.annotations.ThreadSafe;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.session.IdentityPoolOperations;
import io.github.cognitosession.session.Session;
import io.github.cognitosession.session.SessionIdentities;
import io.github.cognitosession.state.FederatedLogin;
import io.github.cognitosession.state.SessionState;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.userpool.CognitoIds;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.util.Assert;

/**
 * The identity pool's AWS credentials of the sessions of a session manager, as an
 * {@link AwsCredentialsProvider}: the application's one by default, and the cache behind
 * the manager's {@link IdentityPoolOperations} role
 * ({@link DefaultIdentityPoolOperations}). It owns its cache of credentials per identity:
 * <ul>
 * <li><b>Application scope</b> (one session for the whole process): one
 * {@link CognitoIdentityCredentialsProvider} over the session. The session tells it of
 * every identity change, so a warm {@link #resolveCredentials()} is one volatile read,
 * and the previous identity's credentials are never served after a change, not even to a
 * listener of that change's event.</li>
 * <li><b>User scope</b> (a web application's users): one entry per identity (a user's
 * {@code sub}, so that a user's sessions share it; a session's federated sign-in; one
 * guest identity for all anonymous requests), at most {@code maxCachedIdentities} of them
 * in a Caffeine cache whose removal listener closes the evicted entry (cancelling its
 * refresh timer). Prefetches run on one shared daemon thread with the logins the
 * identity's last caller saw. A user's identity id is kept in their session, so an
 * evicted user gets credentials again without {@code GetId}.</li>
 * </ul>
 * A token the identity pool rejects ends that session's federated sign-in
 * ({@code SIGNED_OUT_FEDERATED_TOKENS_INVALID}) through the sessions' narrow feedback,
 * also when the rejection happens on the prefetch thread.
 *
 * @author Cognito Session contributors
 */
@ThreadSafe
public final class SessionCredentialsProvider implements AwsCredentialsProvider, SdkAutoCloseable {

	/** How many identities are cached at most by default in the user scope. */
	public static final int DEFAULT_MAX_CACHED_IDENTITIES = 1000;

	/*
	 * The cache keys are strings the sessions already hold, so that a warm call neither
	 * builds nor hashes a new one: a user's sub (a UUID), a federated sign-in's identity
	 * key ("SIGNED_IN#<n>") and this constant, which neither can equal.
	 */
	private static final String GUEST_KEY = "#guest";

	private static final Log logger = LogFactory.getLog(SessionCredentialsProvider.class);

	private final SessionIdentities identities;

	private final String userPoolRegion;

	private final String userPoolId;

	private final boolean guestAccess;

	private final int maxCachedIdentities;

	/** The application scope's provider, else null. */
	private final CognitoIdentityCredentialsProvider single;

	/** The user scope's entries, else null. */
	private final Cache<String, Entry> entries;

	private final CognitoIdentityCredentialsProvider.Builder template;

	/** The user scope's shared scheduler, when this provider owns it, else null. */
	private final ScheduledThreadPoolExecutor ownScheduler;

	private final ScheduledExecutorService scheduler;

	private volatile boolean closed;

	SessionCredentialsProvider(Builder builder, SessionIdentities identities) {
		Assert.notNull(identities, "identities cannot be null");
		Assert.notNull(builder.template, "template cannot be null");
		Assert.hasText(builder.userPoolId, "userPoolId cannot be empty");
		Assert.isTrue(builder.maxCachedIdentities > 0, "maxCachedIdentities must be positive");
		this.identities = identities;
		this.userPoolId = builder.userPoolId.trim();
		this.userPoolRegion = CognitoIds.regionOfUserPoolId(this.userPoolId);
		Assert.notNull(this.userPoolRegion, () -> "userPoolId must look like <region>_<id>, got " + this.userPoolId);
		this.guestAccess = identities.isGuestAccess();
		this.maxCachedIdentities = builder.maxCachedIdentities;
		this.template = builder.template.guestAccess(this.guestAccess);
		ApplicationSession application = new ApplicationSession();
		if (identities.onIdentityChange(application::identityChanged)) {
			this.single = this.template.loginsProvider(application)
				.identityIdStore(application)
				// guest credentials are kept warm; a user's are refreshed when used
				.backgroundRefresh(this.guestAccess)
				.refreshFailureListener(application::refreshFailed)
				.build();
			this.entries = null;
			this.ownScheduler = null;
			this.scheduler = null;
		}
		else {
			this.single = null;
			this.ownScheduler = (builder.scheduler != null) ? null : createScheduler();
			this.scheduler = (builder.scheduler != null) ? builder.scheduler : this.ownScheduler;
			// one thread for the timers of every identity, not one per identity
			this.template.scheduler(this.scheduler).backgroundRefresh(false);
			this.entries = Caffeine.newBuilder()
				.maximumSize(this.maxCachedIdentities)
				// evicted entries are closed on the thread that evicts them: no pool
				// needed
				.executor(Runnable::run)
				.<String, Entry>removalListener((key, entry, cause) -> {
					if (entry != null) {
						entry.provider.close();
					}
				})
				.build();
		}
	}

	private static ScheduledThreadPoolExecutor createScheduler() {
		CustomizableThreadFactory threadFactory = new CustomizableThreadFactory("cognito-identity-credentials-");
		threadFactory.setDaemon(true);
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, threadFactory);
		executor.setKeepAliveTime(1, TimeUnit.MINUTES);
		executor.allowCoreThreadTimeOut(true);
		executor.setRemoveOnCancelPolicy(true);
		executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		return executor;
	}

	@Override
	public AwsCredentials resolveCredentials() {
		CognitoIdentityCredentialsProvider application = this.single;
		return (application != null) ? application.resolveCredentials() : resolve(Query.CREDENTIALS);
	}

	/**
	 * The provider a caller that only resolves credentials can hold in place of this one:
	 * in the application scope the one identity's provider, so that a warm call is that
	 * provider's one volatile read with no hop through this one (the AWS SDK calls it
	 * before it signs every request); in the user scope this provider.
	 * @return the provider that resolves what {@link #resolveCredentials()} resolves
	 */
	public AwsCredentialsProvider resolvingProvider() {
		return (this.single != null) ? this.single : this;
	}

	/**
	 * As {@link #resolvingProvider()}, and in the application scope keep {@code mirror}
	 * equal to the one identity's credentials while they are fresh, so that a wrapper the
	 * AWS SDK holds answers a warm call from its own field.
	 * @param mirror the wrapper's mirror
	 * @return the provider that resolves what {@link #resolveCredentials()} resolves
	 */
	public AwsCredentialsProvider resolvingProvider(CredentialsMirror mirror) {
		CognitoIdentityCredentialsProvider application = this.single;
		if (application != null) {
			application.mirrorTo(mirror);
		}
		return resolvingProvider();
	}

	/**
	 * Return the identity id of the identity whose credentials
	 * {@link #resolveCredentials()} resolves on the calling thread: the one its cache
	 * entry or the session knows, else one fetched with {@code GetId}.
	 * @return the identity id
	 * @throws NotSignedInException in the user scope, if nobody is signed in and guest
	 * access is off (in the application scope a {@link GuestAccessNotAllowedException})
	 */
	public String getIdentityId() {
		CognitoIdentityCredentialsProvider application = this.single;
		return (application != null) ? application.getIdentityId() : resolve(Query.IDENTITY_ID);
	}

	/**
	 * The credentials of {@link IdentityPoolOperations#getCredentials()}: those of
	 * {@link #resolveCredentials()}, waiting for a new sign-in in a {@code *_INVALID}
	 * state, with the role's error when nobody is signed in and guest access is off.
	 */
	AwsSessionCredentials sessionCredentials() {
		if (this.single != null) {
			this.identities.awaitReauthentication();
			return (AwsSessionCredentials) this.single.resolveCredentials();
		}
		return (AwsSessionCredentials) resolve(Query.SESSION_CREDENTIALS);
	}

	/**
	 * The identity id of {@link IdentityPoolOperations#getIdentityId()}: in the user
	 * scope, the identity id of the entry of the calling thread's identity (all guests
	 * share one).
	 */
	String sessionIdentityId() {
		if (this.single != null) {
			this.identities.awaitReauthentication();
			return this.single.getIdentityId();
		}
		return resolve(Query.SESSION_IDENTITY_ID);
	}

	private <T> T resolve(Query<T> query) {
		Session session = this.identities.currentSession();
		SessionState state = session.state();
		if (state instanceof SessionState.UserPoolSignedIn) {
			return user(query, session);
		}
		if (state instanceof SessionState.FederatedSignedIn federated) {
			return federated(query, session, federated.login());
		}
		if (state.isAwaitingReauthentication()) {
			// unlike getTokens(), also ends with a new federated sign-in
			this.identities.awaitReauthentication();
			return resolve(query);
		}
		if (!this.guestAccess) {
			throw query.nobodySignedIn().apply(state.userState());
		}
		Entry guest = entry(GUEST_KEY, null, null);
		if (guest.latest == null) {
			guest.latest = IdentityLogins.guest(GUEST_KEY);
		}
		return query.ofEntry().apply(guest.provider);
	}

	private <T> T user(Query<T> query, Session session) {
		CognitoTokens tokens;
		try {
			tokens = this.identities.currentTokens();
		}
		catch (NotSignedInException ex) {
			if (!this.identities.currentSession().identityKey().equals(session.identityKey())) {
				// signed out or in again meanwhile
				return resolve(query);
			}
			throw ex;
		}
		String key = tokens.getIdToken().getSubject();
		Entry entry = entry(key, session.identityId(), null);
		entry.useIdToken(tokens.getIdToken().getTokenValue());
		T result = query.ofEntry().apply(entry.provider);
		keepIdentityId(session, entry.identityId);
		return result;
	}

	/**
	 * A federated session's credentials (or identity id), from an entry of that session's
	 * federated sign-in: its identity key changes with every sign-in, so a new token gets
	 * a new entry and a rejected token's entry is never used again.
	 */
	private <T> T federated(Query<T> query, Session session, FederatedLogin login) {
		String key = session.identityKey();
		Entry entry = entry(key, session.identityId(),
				(failure) -> federatedCredentialsFailed(session, login, failure));
		if (entry.latest == null) {
			// the token never changes under one identity key
			entry.latest = federatedLogins(key, login, session.identityId());
		}
		T result = query.ofEntry().apply(entry.provider);
		keepIdentityId(session, entry.identityId);
		return result;
	}

	private void keepIdentityId(Session session, String identityId) {
		if (identityId != null && !identityId.equals(session.identityId())) {
			this.identities.identityIdResolved(session, identityId);
		}
	}

	private void federatedCredentialsFailed(Session session, FederatedLogin login, RuntimeException failure) {
		if (failure instanceof FederatedTokenRejectedException rejected
				&& login.providerKey().equals(rejected.getProviderKey())) {
			this.identities.federatedTokenRejected(session, failure);
		}
	}

	/**
	 * The logins of a federated sign-in.
	 * @param identityKey the identity key to tag them with
	 * @param login the federated login
	 * @param identityId the session's identity id (used by developer-authenticated
	 * identities only), or {@code null}
	 */
	static IdentityLogins federatedLogins(String identityKey, FederatedLogin login, String identityId) {
		IdentityLogins logins = IdentityLogins.federated(identityKey, login.providerKey(), login.token());
		if (identityId != null && login.isDeveloperAuthenticated()) {
			// A developer-authenticated token is only valid with its own identity.
			logins = logins.withIdentityId(identityId);
		}
		return (login.customRoleArn() != null) ? logins.withCustomRoleArn(login.customRoleArn()) : logins;
	}

	private Entry entry(String key, String knownIdentityId, Consumer<RuntimeException> failureListener) {
		Entry entry = this.entries.getIfPresent(key);
		if (entry != null) {
			return entry;
		}
		Assert.state(!this.closed, "The credentials provider is closed");
		return this.entries.get(key, (newKey) -> new Entry(newKey, knownIdentityId, failureListener));
	}

	private static NotSignedInException notSignedIn(UserState state) {
		return new NotSignedInException("No user is signed in on this thread (state " + state
				+ ") and guest access is off (cognito.identity-pool.guest-access): AWS credentials are only "
				+ "available while handling a signed-in user's request or inside CognitoSessionScope.runAs");
	}

	static GuestAccessNotAllowedException guestAccessNotAllowed() {
		return new GuestAccessNotAllowedException("Nobody is signed in and guest access is off "
				+ "(cognito.identity-pool.guest-access): sign in to get AWS credentials");
	}

	/**
	 * How many identities are cached now (one in the application scope).
	 * @return the number of cached identities
	 */
	public int cachedIdentities() {
		if (this.entries == null) {
			return 1;
		}
		this.entries.cleanUp();
		return (int) this.entries.estimatedSize();
	}

	/**
	 * How many prefetch timers are pending in the user scope: at most one per cached
	 * identity, as evicted identities are closed (for monitoring).
	 * @return the number of pending timers
	 */
	public int pendingTimers() {
		return (this.ownScheduler != null) ? this.ownScheduler.getQueue().size() : 0;
	}

	/**
	 * Close every cached provider and the shared timer thread. Idempotent.
	 */
	@Override
	public void close() {
		this.closed = true;
		if (this.single != null) {
			this.single.close();
			return;
		}
		this.entries.invalidateAll();
		this.entries.cleanUp();
		if (this.ownScheduler != null) {
			this.ownScheduler.shutdownNow();
		}
	}

	@Override
	public String toString() {
		return "SessionCredentialsProvider[scope=" + ((this.single != null) ? "application" : "user")
				+ ", cachedIdentities=" + cachedIdentities() + ", maxCachedIdentities=" + this.maxCachedIdentities
				+ ", guestAccess=" + this.guestAccess + "]";
	}

	/**
	 * What a caller asks of the current identity's cache entry, and the error when nobody
	 * is signed in and guest access is off: the provider's own, or the session role's.
	 */
	private record Query<T>(Function<CognitoIdentityCredentialsProvider, T> ofEntry,
			Function<UserState, RuntimeException> nobodySignedIn) {

		static final Query<AwsCredentials> CREDENTIALS = new Query<>(
				CognitoIdentityCredentialsProvider::resolveCredentials, SessionCredentialsProvider::notSignedIn);

		static final Query<String> IDENTITY_ID = new Query<>(CognitoIdentityCredentialsProvider::getIdentityId,
				SessionCredentialsProvider::notSignedIn);

		static final Query<AwsCredentials> SESSION_CREDENTIALS = new Query<>(CREDENTIALS.ofEntry(),
				(state) -> guestAccessNotAllowed());

		static final Query<String> SESSION_IDENTITY_ID = new Query<>(CognitoIdentityCredentialsProvider::getIdentityId,
				(state) -> guestAccessNotAllowed());

	}

	/**
	 * The application scope's one session, as logins and identity id store of the one
	 * provider.
	 */
	private final class ApplicationSession implements LoginsProvider, IdentityIdStore {

		private volatile Runnable identityListener;

		void identityChanged() {
			Runnable listener = this.identityListener;
			if (listener != null) {
				listener.run();
			}
		}

		@Override
		public String currentIdentityKey() {
			return SessionCredentialsProvider.this.identities.currentSession().identityKey();
		}

		@Override
		public boolean notifyIdentityChanges(Runnable listener) {
			this.identityListener = listener;
			return true;
		}

		@Override
		public IdentityLogins currentLogins() {
			SessionIdentities sessions = SessionCredentialsProvider.this.identities;
			sessions.awaitReauthentication();
			Session session = sessions.currentSession();
			SessionState state = session.state();
			if (state instanceof SessionState.FederatedSignedIn federated) {
				return federatedLogins(session.identityKey(), federated.login(), session.identityId());
			}
			if (!(state instanceof SessionState.UserPoolSignedIn)) {
				return IdentityLogins.guest(session.identityKey());
			}
			// Tokens refreshed after a change of identity are not published as this
			// identity's credentials: the provider checks the identity version at
			// publication.
			return IdentityLogins.userPool(session.identityKey(), SessionCredentialsProvider.this.userPoolRegion,
					SessionCredentialsProvider.this.userPoolId, sessions.currentTokens().getIdToken().getTokenValue());
		}

		void refreshFailed(RuntimeException failure) {
			Session session = SessionCredentialsProvider.this.identities.currentSession();
			if (session.state() instanceof SessionState.FederatedSignedIn federated) {
				federatedCredentialsFailed(session, federated.login(), failure);
			}
		}

		@Override
		public Optional<String> load() {
			return Optional.ofNullable(SessionCredentialsProvider.this.identities.currentSession().identityId());
		}

		@Override
		public void save(String identityId) {
			SessionIdentities sessions = SessionCredentialsProvider.this.identities;
			sessions.identityIdResolved(sessions.currentSession(), identityId);
		}

		@Override
		public void clear() {
			SessionIdentities sessions = SessionCredentialsProvider.this.identities;
			sessions.identityIdResolved(sessions.currentSession(), null);
		}

	}

	/**
	 * One identity's provider in the user scope, with the logins its last caller saw
	 * (used by prefetches on the timer thread, where no session is bound) and its
	 * identity id.
	 */
	private final class Entry implements LoginsProvider, IdentityIdStore {

		final String key;

		final CognitoIdentityCredentialsProvider provider;

		volatile IdentityLogins latest;

		volatile String identityId;

		/** The user's ID token in {@link #latest}, compared by reference. */
		private volatile String idToken;

		Entry(String key, String identityId, Consumer<RuntimeException> failureListener) {
			this.key = key;
			this.identityId = identityId;
			CognitoIdentityCredentialsProvider.Builder template = SessionCredentialsProvider.this.template;
			synchronized (template) {
				this.provider = template.loginsProvider(this)
					.identityIdStore(this)
					.refreshFailureListener(failureListener)
					.build();
			}
		}

		@Override
		public String currentIdentityKey() {
			return this.key;
		}

		/**
		 * Log in with the user's current ID token: new logins only when the token
		 * changed, so that a warm call allocates and writes nothing.
		 */
		void useIdToken(String token) {
			if (this.idToken != token) {
				this.latest = IdentityLogins.userPool(this.key, SessionCredentialsProvider.this.userPoolRegion,
						SessionCredentialsProvider.this.userPoolId, token);
				this.idToken = token;
			}
		}

		@Override
		public IdentityLogins currentLogins() {
			IdentityLogins logins = this.latest;
			Assert.state(logins != null, "No logins for this identity yet");
			return logins;
		}

		@Override
		public boolean notifyIdentityChanges(Runnable listener) {
			// one entry per identity: its key never changes
			return true;
		}

		@Override
		public Optional<String> load() {
			return Optional.ofNullable(this.identityId);
		}

		@Override
		public void save(String identityId) {
			this.identityId = identityId;
		}

		@Override
		public void clear() {
			this.identityId = null;
		}

	}

	/**
	 * Builder for {@link SessionCredentialsProvider}.
	 */
	public static final class Builder {

		private final CognitoIdentityCredentialsProvider.Builder template;

		private String userPoolId;

		private int maxCachedIdentities = DEFAULT_MAX_CACHED_IDENTITIES;

		private ScheduledExecutorService scheduler;

		Builder(CognitoIdentityCredentialsProvider.Builder template) {
			this.template = template;
		}

		/**
		 * The user pool whose ID tokens are the users' logins (required).
		 * @param userPoolId the user pool id
		 * @return this builder
		 */
		public Builder userPoolId(String userPoolId) {
			this.userPoolId = userPoolId;
			return this;
		}

		/**
		 * How many identities' credentials are cached at most in the user scope (default
		 * {@link #DEFAULT_MAX_CACHED_IDENTITIES}).
		 * @param maxCachedIdentities the bound
		 * @return this builder
		 */
		public Builder maxCachedIdentities(int maxCachedIdentities) {
			this.maxCachedIdentities = maxCachedIdentities;
			return this;
		}

		/**
		 * The scheduler of the user scope's prefetches and timers, shared by every
		 * identity (default: one daemon thread owned by the provider). A given scheduler
		 * is not shut down when the provider closes.
		 * @param scheduler the scheduler
		 * @return this builder
		 */
		public Builder scheduler(ScheduledExecutorService scheduler) {
			this.scheduler = scheduler;
			return this;
		}

		/**
		 * Build the identity-pool role over the sessions of a session manager. Performs
		 * no I/O.
		 * @param identities the sessions
		 * @return the role, whose
		 * {@link DefaultIdentityPoolOperations#credentialsProvider()} is the credentials
		 * cache
		 */
		public DefaultIdentityPoolOperations build(SessionIdentities identities) {
			return new DefaultIdentityPoolOperations(identities, new SessionCredentialsProvider(this, identities));
		}

	}

}
