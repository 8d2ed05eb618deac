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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.cognitosession.credentials.CognitoIdentityCredentialsProvider;
import io.github.cognitosession.credentials.IdentityIdStore;
import io.github.cognitosession.credentials.IdentityLogins;
import io.github.cognitosession.credentials.LoginsProvider;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionStore;
import io.github.cognitosession.token.CognitoTokens;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.annotations.ThreadSafe;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.util.Assert;

/**
 * An {@link AwsCredentialsProvider} for servers with many users: it resolves the
 * identity-pool credentials of the session the {@link CognitoSessionManager} acts on for
 * the calling thread (in a web application, the user whose request is being handled),
 * those of a guest when nobody is signed in and guest access is on, and otherwise fails
 * with a {@link NotSignedInException} that names the situation.
 * <p>
 * Credentials are cached per identity (a user's {@code sub}; a federated sign-in of one
 * session; all guests share one guest identity) in a
 * {@link CognitoIdentityCredentialsProvider} of their own, so that concurrent requests of
 * different users never see each other's credentials and a user's requests do not each
 * fetch credentials. At most {@link Builder#maxCachedIdentities(int)} identities are
 * cached; the least recently used one is then evicted and its provider closed. A user's
 * identity id is kept in their session record, so a user whose entry was evicted gets
 * credentials again without {@code GetId}.
 * <p>
 * <b>Threads without a request.</b> The session is the one the session store resolves on
 * the calling thread: with the HTTP-session store, none outside a request (nobody signed
 * in: a guest's credentials if guest access is on, else the error) unless one is bound
 * for the thread, e.g. with {@code CognitoSessionScope.runAs}.
 * <p>
 * Prefetches run on one shared daemon thread with the ID token (or federated token) the
 * identity's last caller saw; a refresh that must block runs on the caller's thread, with
 * tokens the session manager refreshed first if needed.
 * <p>
 * <b>Federated sessions.</b> With a {@link DefaultCognitoSessionManager}, a session
 * signed in with {@code federatedSignIn} has an entry of its own, keyed by the session's
 * identity key (which holds no token and changes when the session federates again, so a
 * fresh token starts over at once), with the provider's token as its logins and its
 * identity id kept in the session record. A token the identity pool rejects moves that
 * session to {@link UserState#SIGNED_OUT_FEDERATED_TOKENS_INVALID}. The manager's
 * {@code federatedSignIn} checks the new token through this provider, which warms the
 * entry the session's requests then use. Other session managers' federated sessions get
 * the manager's own credentials.
 * <p>
 * <b>The session manager's credentials.</b> Built over a
 * {@link DefaultCognitoSessionManager} with a per-user store, this provider also serves
 * the manager's {@code getCredentials()} and {@code getIdentityId()} (with the manager's
 * own error when nobody is signed in) until it is closed, so that application code that
 * asks the manager shares this cache.
 *
 * @author Cognito Session contributors
 */
@ThreadSafe
public final class PerIdentityCredentialsProvider implements AwsCredentialsProvider, SdkAutoCloseable {

	/** How many identities are cached by default. */
	public static final int DEFAULT_MAX_CACHED_IDENTITIES = 1000;

	private static final String GUEST_KEY = "guest";

	private static final String FEDERATED_KEY_PREFIX = "federated:";

	private static final Log logger = LogFactory.getLog(PerIdentityCredentialsProvider.class);

	private final CognitoSessionManager sessionManager;

	/** The session manager when it is the default one (federated entries), else null. */
	private final DefaultCognitoSessionManager defaultManager;

	private final SessionStore sessionStore;

	private final CognitoIdentityCredentialsProvider.Builder template;

	private final String userPoolRegion;

	private final String userPoolId;

	private final boolean guestAccess;

	private final int maxCachedIdentities;

	private final ScheduledThreadPoolExecutor scheduler;

	private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

	private final AtomicLong useCounter = new AtomicLong();

	private final Object evictionLock = new Object();

	private volatile boolean closed;

	private PerIdentityCredentialsProvider(Builder builder) {
		Assert.notNull(builder.sessionManager, "sessionManager cannot be null");
		Assert.notNull(builder.sessionStore, "sessionStore cannot be null");
		Assert.notNull(builder.cognitoIdentityClient, "cognitoIdentityClient cannot be null");
		Assert.hasText(builder.identityPoolId, "identityPoolId cannot be empty");
		Assert.hasText(builder.userPoolRegion, "userPoolRegion cannot be empty");
		Assert.hasText(builder.userPoolId, "userPoolId cannot be empty");
		Assert.isTrue(builder.maxCachedIdentities > 0, "maxCachedIdentities must be positive");
		Assert.notNull(builder.clock, "clock cannot be null");
		this.sessionManager = builder.sessionManager;
		this.defaultManager = (builder.sessionManager instanceof DefaultCognitoSessionManager manager) ? manager : null;
		this.sessionStore = builder.sessionStore;
		this.userPoolRegion = builder.userPoolRegion;
		this.userPoolId = builder.userPoolId;
		this.guestAccess = builder.guestAccess;
		this.maxCachedIdentities = builder.maxCachedIdentities;
		this.scheduler = createScheduler();
		this.template = CognitoIdentityCredentialsProvider.builder()
			.cognitoIdentityClient(builder.cognitoIdentityClient)
			.identityPoolId(builder.identityPoolId)
			.customRoleArn(builder.customRoleArn)
			.guestAccess(builder.guestAccess)
			.clock(builder.clock)
			// one thread for the timers of every identity, not one per identity
			.scheduler(this.scheduler);
		if (this.defaultManager != null) {
			// last: the manager may call in as soon as it holds this
			this.defaultManager.usePerIdentityCredentials(this);
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

	/**
	 * Return a new builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public AwsCredentials resolveCredentials() {
		return resolve(Query.CREDENTIALS);
	}

	/**
	 * Return the identity id of the identity whose credentials
	 * {@link #resolveCredentials()} resolves on the calling thread: the one its cache
	 * entry or the user's session record knows, else one fetched with {@code GetId}.
	 * @return the identity id
	 * @throws NotSignedInException if nobody is signed in and guest access is off
	 */
	public String getIdentityId() {
		return resolve(Query.IDENTITY_ID);
	}

	/**
	 * The credentials of {@link DefaultCognitoSessionManager#getCredentials()}: those of
	 * {@link #resolveCredentials()}, with the manager's error when nobody is signed in.
	 */
	AwsCredentials sessionCredentials() {
		return resolve(Query.SESSION_CREDENTIALS);
	}

	/**
	 * The identity id of {@link DefaultCognitoSessionManager#getIdentityId()}: that of
	 * {@link #getIdentityId()}, with the manager's error when nobody is signed in.
	 */
	String sessionIdentityId() {
		return resolve(Query.SESSION_IDENTITY_ID);
	}

	private <T> T resolve(Query<T> query) {
		// the default manager's context: the state and the federated login in one lookup
		SessionContext context = (this.defaultManager != null) ? this.defaultManager.sessionContext() : null;
		UserState state = (context != null) ? context.stateMachine.state() : this.sessionManager.currentUserState();
		if (state == UserState.SIGNED_IN) {
			return (context != null && context.federated != null) ? federated(query, context) : user(query);
		}
		if (state.isAwaitingReauthentication()) {
			awaitReauthentication(context);
			return resolve(query);
		}
		if (!this.guestAccess) {
			throw query.nobodySignedIn().apply(state);
		}
		Entry guest = entry(GUEST_KEY, null, null, null);
		guest.latest = IdentityLogins.guest(GUEST_KEY);
		return query.ofEntry().apply(guest.provider);
	}

	private static NotSignedInException notSignedIn(UserState state) {
		return new NotSignedInException("No user is signed in on this thread (state " + state
				+ ") and guest access is off (cognito.identity-pool.guest-access): AWS credentials are only "
				+ "available while handling a signed-in user's request or inside CognitoSessionScope.runAs");
	}

	private <T> T user(Query<T> query) {
		CognitoTokens tokens;
		try {
			tokens = this.sessionManager.getTokens();
		}
		catch (NotSignedInException ex) {
			if (this.sessionManager.isSignedIn()) {
				// a federated session: the default manager's federated meanwhile, another
				// manager's has its own provider
				return (this.defaultManager != null) ? resolve(query) : query.ofManager().apply(this.sessionManager);
			}
			throw ex;
		}
		String key = "user:" + tokens.getIdToken().getSubject();
		Optional<SessionRecord> record = loadRecord();
		Entry entry = entry(key, record.map(SessionRecord::getIdentityId).orElse(null), null, null);
		entry.latest = IdentityLogins.userPool(key, this.userPoolRegion, this.userPoolId,
				tokens.getIdToken().getTokenValue());
		T result = query.ofEntry().apply(entry.provider);
		keepIdentityId(record, entry.identityId);
		return result;
	}

	/**
	 * A federated session's credentials (or identity id), from an entry of that session's
	 * federated sign-in: its identity key changes with every sign-in, so a new token gets
	 * a new entry and a rejected token's entry is never used again.
	 */
	private <T> T federated(Query<T> query, SessionContext context) {
		// The key first: a federated login is always set before the key of its sign-in
		// changes, so the login read next is this key's or a newer one of this session.
		String identityKey = context.stateMachine.identityKey();
		FederatedLogin federated = context.federated;
		if (federated == null || context.stateMachine.state() != UserState.SIGNED_IN) {
			// signed in or out meanwhile
			return resolve(query);
		}
		String key = FEDERATED_KEY_PREFIX + identityKey;
		Optional<SessionRecord> record = loadRecord();
		String identityId = record.map(SessionRecord::getIdentityId).orElse(null);
		Entry entry = entry(key, identityId, context.key, identityKey);
		if (entry.latest == null) {
			// the token never changes under one identity key
			entry.latest = SessionIdentity.federatedLogins(key, federated, identityId);
		}
		T result = query.ofEntry().apply(entry.provider);
		if (identityKey.equals(context.stateMachine.identityKey())) {
			// not into the record of a newer sign-in, whose identity may be another
			keepIdentityId(record, entry.identityId);
		}
		return result;
	}

	private void awaitReauthentication(SessionContext context) {
		if (context != null) {
			// unlike getTokens(), also ends with a new federated sign-in
			this.defaultManager.awaitReauthentication(context);
		}
		else {
			// waits for a new sign-in (or fails at once) exactly like getTokens()
			this.sessionManager.getTokens();
		}
	}

	private void keepIdentityId(Optional<SessionRecord> record, String identityId) {
		if (identityId == null || record.isEmpty() || identityId.equals(record.get().getIdentityId())
				|| record.get().getState() != UserState.SIGNED_IN) {
			return;
		}
		try {
			this.sessionStore.save(record.get().mutate().identityId(identityId).build());
		}
		catch (RuntimeException ex) {
			logger.debug("Could not keep the identity id in the session record: " + ex.getMessage());
		}
	}

	private Optional<SessionRecord> loadRecord() {
		try {
			return this.sessionStore.load();
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The entry of an identity, created if needed; a federated session's entry also names
	 * the session it belongs to ({@code sessionKey} and {@code identityKey}, else null),
	 * so that a rejected token reaches that session from any thread.
	 */
	private Entry entry(String key, String knownIdentityId, String sessionKey, String identityKey) {
		Entry entry = this.entries.get(key);
		if (entry == null) {
			Assert.state(!this.closed, "The credentials provider is closed");
			Consumer<RuntimeException> failureListener = (sessionKey != null)
					? (failure) -> this.defaultManager.federatedCredentialsFailed(sessionKey, identityKey, failure)
					: null;
			entry = this.entries.computeIfAbsent(key, (newKey) -> new Entry(newKey, knownIdentityId, failureListener));
			if (this.entries.size() > this.maxCachedIdentities) {
				evictLeastRecentlyUsed(entry);
			}
		}
		entry.lastUsed = this.useCounter.incrementAndGet();
		return entry;
	}

	/**
	 * Evicts on insertion only, so that the hot path takes no lock; the scan is over at
	 * most {@code maxCachedIdentities + threads} entries and happens only when a new
	 * identity comes in.
	 */
	private void evictLeastRecentlyUsed(Entry keep) {
		synchronized (this.evictionLock) {
			while (this.entries.size() > this.maxCachedIdentities) {
				Entry oldest = null;
				for (Entry candidate : this.entries.values()) {
					if (candidate != keep && (oldest == null || candidate.lastUsed < oldest.lastUsed)) {
						oldest = candidate;
					}
				}
				if (oldest == null || !this.entries.remove(oldest.key, oldest)) {
					return;
				}
				oldest.provider.close();
			}
		}
	}

	/**
	 * How many prefetch timers are pending: at most one per cached identity, as evicted
	 * identities are closed (for monitoring).
	 * @return the number of pending timers
	 */
	public int pendingTimers() {
		return this.scheduler.getQueue().size();
	}

	/**
	 * How many identities are cached now.
	 * @return the number of cached identities
	 */
	public int cachedIdentities() {
		return this.entries.size();
	}

	/**
	 * Close every cached provider and the shared timer thread. Idempotent.
	 */
	@Override
	public void close() {
		this.closed = true;
		if (this.defaultManager != null) {
			this.defaultManager.stopUsingPerIdentityCredentials(this);
		}
		for (Map.Entry<String, Entry> entry : this.entries.entrySet()) {
			if (this.entries.remove(entry.getKey(), entry.getValue())) {
				entry.getValue().provider.close();
			}
		}
		this.scheduler.shutdownNow();
	}

	@Override
	public String toString() {
		return "PerIdentityCredentialsProvider[cachedIdentities=" + this.entries.size() + ", maxCachedIdentities="
				+ this.maxCachedIdentities + ", guestAccess=" + this.guestAccess + "]";
	}

	/**
	 * What a caller asks of the current identity's cache entry, and the error when nobody
	 * is signed in and guest access is off: the provider's own, or the session manager's
	 * (as its attached provider raises it).
	 */
	private record Query<T>(Function<CognitoIdentityCredentialsProvider, T> ofEntry,
			Function<CognitoSessionManager, T> ofManager, Function<UserState, RuntimeException> nobodySignedIn) {

		static final Query<AwsCredentials> CREDENTIALS = new Query<>(
				CognitoIdentityCredentialsProvider::resolveCredentials, CognitoSessionManager::getCredentials,
				PerIdentityCredentialsProvider::notSignedIn);

		static final Query<String> IDENTITY_ID = new Query<>(CognitoIdentityCredentialsProvider::getIdentityId,
				CognitoSessionManager::getIdentityId, PerIdentityCredentialsProvider::notSignedIn);

		static final Query<AwsCredentials> SESSION_CREDENTIALS = new Query<>(CREDENTIALS.ofEntry(),
				CREDENTIALS.ofManager(), (state) -> SessionIdentity.guestAccessNotAllowed());

		static final Query<String> SESSION_IDENTITY_ID = new Query<>(IDENTITY_ID.ofEntry(), IDENTITY_ID.ofManager(),
				(state) -> SessionIdentity.guestAccessNotAllowed());

	}

	/**
	 * One identity's provider, with the logins its last caller saw (used by prefetches on
	 * the timer thread, where no session is bound) and its identity id.
	 */
	private final class Entry implements LoginsProvider, IdentityIdStore {

		final String key;

		final CognitoIdentityCredentialsProvider provider;

		volatile IdentityLogins latest;

		volatile String identityId;

		volatile long lastUsed;

		Entry(String key, String identityId, Consumer<RuntimeException> failureListener) {
			this.key = key;
			this.identityId = identityId;
			synchronized (PerIdentityCredentialsProvider.this.template) {
				this.provider = PerIdentityCredentialsProvider.this.template.loginsProvider(this)
					.identityIdStore(this)
					.refreshFailureListener(failureListener)
					.build();
			}
		}

		@Override
		public String currentIdentityKey() {
			return this.key;
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
	 * Builder for {@link PerIdentityCredentialsProvider}.
	 */
	public static final class Builder {

		private CognitoSessionManager sessionManager;

		private SessionStore sessionStore;

		private CognitoIdentityClient cognitoIdentityClient;

		private String identityPoolId;

		private String userPoolRegion;

		private String userPoolId;

		private String customRoleArn;

		private boolean guestAccess;

		private int maxCachedIdentities = DEFAULT_MAX_CACHED_IDENTITIES;

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/**
		 * The session manager whose session for the calling thread decides whose
		 * credentials are resolved (required).
		 * @param sessionManager the session manager
		 * @return this builder
		 */
		public Builder sessionManager(CognitoSessionManager sessionManager) {
			this.sessionManager = sessionManager;
			return this;
		}

		/**
		 * The session manager's store, where the identity id of a user is kept
		 * (required).
		 * @param sessionStore the store
		 * @return this builder
		 */
		public Builder sessionStore(SessionStore sessionStore) {
			this.sessionStore = sessionStore;
			return this;
		}

		/**
		 * The anonymous Cognito Identity client (required).
		 * @param cognitoIdentityClient the client
		 * @return this builder
		 */
		public Builder cognitoIdentityClient(CognitoIdentityClient cognitoIdentityClient) {
			this.cognitoIdentityClient = cognitoIdentityClient;
			return this;
		}

		/**
		 * The identity pool id (required).
		 * @param identityPoolId the identity pool id
		 * @return this builder
		 */
		public Builder identityPoolId(String identityPoolId) {
			this.identityPoolId = identityPoolId;
			return this;
		}

		/**
		 * The user pool whose ID tokens are the users' logins (required).
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
		 * The IAM role to ask for instead of the identity pool's default (optional).
		 * @param customRoleArn the role ARN
		 * @return this builder
		 */
		public Builder customRoleArn(String customRoleArn) {
			this.customRoleArn = customRoleArn;
			return this;
		}

		/**
		 * Whether a thread where nobody is signed in gets guest credentials (default
		 * {@code false}).
		 * @param guestAccess whether guests get credentials
		 * @return this builder
		 */
		public Builder guestAccess(boolean guestAccess) {
			this.guestAccess = guestAccess;
			return this;
		}

		/**
		 * How many identities' credentials are cached at most (default
		 * {@link #DEFAULT_MAX_CACHED_IDENTITIES}).
		 * @param maxCachedIdentities the bound
		 * @return this builder
		 */
		public Builder maxCachedIdentities(int maxCachedIdentities) {
			this.maxCachedIdentities = maxCachedIdentities;
			return this;
		}

		/**
		 * The clock for every time decision (default the system UTC clock).
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Build the provider. Performs no I/O.
		 * @return the provider
		 */
		public PerIdentityCredentialsProvider build() {
			return new PerIdentityCredentialsProvider(this);
		}

	}

}
