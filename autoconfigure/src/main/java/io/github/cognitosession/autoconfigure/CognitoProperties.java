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
package io.github.cognitosession.autoconfigure;

import io.github.cognitosession.userpool.CognitoIds;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.cognitosession.signin.UserPoolAuthFlow;
import io.github.cognitosession.token.RefreshTokenRotation;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for Cognito sessions ({@code cognito.*}). Validated when
 * bound, so that a mistake fails start-up with a message naming the property.
 *
 * @author Cognito Session contributors
 */
@ConfigurationProperties("cognito")
public class CognitoProperties implements InitializingBean {

	/**
	 * AWS region of the pools, e.g. "eu-west-1". Taken from the user pool id (or the
	 * identity pool id) when not set.
	 */
	private String region;

	private final UserPool userPool = new UserPool();

	private final Session session = new Session();

	private final IdentityPool identityPool = new IdentityPool();

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public UserPool getUserPool() {
		return this.userPool;
	}

	public Session getSession() {
		return this.session;
	}

	public IdentityPool getIdentityPool() {
		return this.identityPool;
	}

	/**
	 * The region to use: the configured one, else the prefix of the user pool id, else
	 * the prefix of the identity pool id.
	 * @return the region, or {@code null} when it cannot be derived
	 */
	public String determineRegion() {
		if (this.region != null && !this.region.isBlank()) {
			return this.region.trim();
		}
		String fromUserPool = CognitoIds.regionOfUserPoolId(this.userPool.getId());
		return (fromUserPool != null) ? fromUserPool : CognitoIds.regionOfIdentityPoolId(this.identityPool.getId());
	}

	@Override
	public void afterPropertiesSet() {
		new CognitoPropertiesValidator().validate(this);
	}

	/**
	 * Who shares a Cognito session.
	 */
	public enum SessionScope {

		/**
		 * One session for the whole application (a CLI, a desktop app, a batch job).
		 */
		APPLICATION,

		/**
		 * One session per user of a web application, kept in their HTTP session.
		 */
		USER

	}

	/**
	 * Where the session is kept.
	 */
	public enum StoreType {

		/**
		 * An AES-GCM encrypted file that survives restarts.
		 */
		FILE,

		/**
		 * Process memory: the session ends with the process.
		 */
		MEMORY

	}

	/**
	 * Whether remembered devices are tracked.
	 */
	public enum DeviceTracking {

		/**
		 * New devices are confirmed, remembered devices skip MFA, and the devices role
		 * exists (when the user pool tracks devices).
		 */
		ENABLED,

		/**
		 * No device is confirmed or remembered, and there is no devices role.
		 */
		DISABLED

	}

	/**
	 * User-pool settings.
	 */
	public static class UserPool {

		/**
		 * Id of the user pool, e.g. "eu-west-1_AbCdEf123". Cognito sessions are
		 * configured only when it is set.
		 */
		private String id;

		/**
		 * Id of the user pool's app client.
		 */
		private String clientId;

		/**
		 * Secret of the app client, when it has one (then SECRET_HASH is sent).
		 */
		private String clientSecret;

		/**
		 * Authentication flow used to sign in with a username and password.
		 */
		private UserPoolAuthFlow authFlow = UserPoolAuthFlow.USER_SRP_AUTH;

		/**
		 * Endpoint that replaces "https://cognito-idp.<region>.amazonaws.com", e.g. a
		 * local emulator such as "http://127.0.0.1:9229". Must use https, or http to a
		 * loopback host. The tokens' signing keys come from it too, so set the issuer
		 * with it.
		 */
		private URI endpoint;

		/**
		 * Expected "iss" of the pool's tokens. Defaults to
		 * "https://cognito-idp.<region>.amazonaws.com/<pool id>", even with an endpoint
		 * override. Must use https, or http to a loopback host.
		 */
		private URI issuer;

		/**
		 * How tokens are refreshed: "enabled" uses GetTokensFromRefreshToken (needed when
		 * the app client rotates refresh tokens), "disabled" uses InitiateAuth
		 * REFRESH_TOKEN_AUTH, "auto" tries GetTokensFromRefreshToken and falls back to
		 * InitiateAuth when the endpoint does not implement it.
		 */
		private RefreshTokenRotation refreshTokenRotation = RefreshTokenRotation.AUTO;

		/**
		 * Whether remembered devices are tracked: "enabled" confirms the devices the pool
		 * tracks and signs remembered ones in without MFA, "disabled" ignores devices.
		 */
		private DeviceTracking deviceTracking = DeviceTracking.ENABLED;

		/**
		 * Name this device gets when Cognito tracks it (shown by ListDevices).
		 */
		private String deviceName = "Cognito Session for Spring Boot";

		public String getId() {
			return this.id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getClientId() {
			return this.clientId;
		}

		public void setClientId(String clientId) {
			this.clientId = clientId;
		}

		public String getClientSecret() {
			return this.clientSecret;
		}

		public void setClientSecret(String clientSecret) {
			this.clientSecret = clientSecret;
		}

		public UserPoolAuthFlow getAuthFlow() {
			return this.authFlow;
		}

		public void setAuthFlow(UserPoolAuthFlow authFlow) {
			this.authFlow = authFlow;
		}

		public URI getEndpoint() {
			return this.endpoint;
		}

		public void setEndpoint(URI endpoint) {
			this.endpoint = endpoint;
		}

		public URI getIssuer() {
			return this.issuer;
		}

		public void setIssuer(URI issuer) {
			this.issuer = issuer;
		}

		public RefreshTokenRotation getRefreshTokenRotation() {
			return this.refreshTokenRotation;
		}

		public void setRefreshTokenRotation(RefreshTokenRotation refreshTokenRotation) {
			this.refreshTokenRotation = refreshTokenRotation;
		}

		public DeviceTracking getDeviceTracking() {
			return this.deviceTracking;
		}

		public void setDeviceTracking(DeviceTracking deviceTracking) {
			this.deviceTracking = deviceTracking;
		}

		public String getDeviceName() {
			return this.deviceName;
		}

		public void setDeviceName(String deviceName) {
			this.deviceName = deviceName;
		}

	}

	/**
	 * Session settings: persistence and token freshness.
	 */
	public static class Session {

		/**
		 * Who shares a Cognito session: "application" (one session for the whole process,
		 * as in a CLI or desktop app) or "user" (one per user, kept in their HTTP
		 * session). Defaults to "user" in a servlet web application with Spring Security,
		 * else "application".
		 */
		private SessionScope scope;

		/**
		 * Where the session is kept in the application scope (in the user scope it is
		 * kept in the HTTP session).
		 */
		private StoreType store = StoreType.FILE;

		/**
		 * File of the encrypted session store. Defaults to "~/.cognito-session/<user pool
		 * id>.session".
		 */
		private Path storePath;

		/**
		 * Base64-encoded 256-bit AES key, typically given as an environment variable. In
		 * the application scope it encrypts the session file (without it, a key is
		 * generated once into an owner-only key file next to the store). In the user
		 * scope it encrypts each user's session record in their HTTP session; required
		 * when the HTTP sessions are kept outside the application (Spring Session), the
		 * same on every instance.
		 */
		private String encryptionKey;

		/**
		 * Keys that records in HTTP sessions may still be encrypted with (base64 256-bit
		 * AES keys): they are read with these and rewritten with the current key at their
		 * next change. Lets the key be replaced without signing everybody out.
		 */
		private List<String> previousEncryptionKeys = new ArrayList<>();

		/**
		 * In the user scope, how many users' sessions are held in memory (cached tokens
		 * and state) at most; the least recently used are dropped and restored from their
		 * HTTP session at their next request.
		 */
		private int maxSessionsInMemory = 10_000;

		/**
		 * In the user scope, how long a user's session is held in memory unused. Unset:
		 * until its HTTP session ends or the memory bound drops it.
		 */
		private Duration inMemoryIdleTimeout;

		/**
		 * The lock that instances sharing HTTP sessions (Spring Session on Redis) take
		 * around a refresh of one user's tokens.
		 */
		private final RefreshLock refreshLock = new RefreshLock();

		/**
		 * How long before the ID or access token expires the tokens are refreshed.
		 */
		private Duration refreshAhead = Duration.ofMinutes(5);

		/**
		 * How long a call that needs tokens waits for the user to sign in again after the
		 * refresh token was rejected. Zero fails at once. Default 30 s, but 0 in the user
		 * scope, where a request thread must never wait for a sign-in that happens in
		 * another request.
		 */
		private Duration reauthenticationTimeout;

		/**
		 * Clock difference tolerated when checking the tokens' "exp", "nbf" and "iat",
		 * also for the hosted-UI login's ID token. At most 5 minutes.
		 */
		private Duration clockSkew = Duration.ofSeconds(60);

		/**
		 * Whether signing out (signOut()) revokes the refresh token with Cognito's
		 * RevokeToken first, which also invalidates the access and ID tokens issued with
		 * it. A failed revocation is logged and never keeps the user signed in.
		 */
		private boolean revokeOnSignOut = true;

		public SessionScope getScope() {
			return this.scope;
		}

		public void setScope(SessionScope scope) {
			this.scope = scope;
		}

		public StoreType getStore() {
			return this.store;
		}

		public void setStore(StoreType store) {
			this.store = store;
		}

		public Path getStorePath() {
			return this.storePath;
		}

		public void setStorePath(Path storePath) {
			this.storePath = storePath;
		}

		public String getEncryptionKey() {
			return this.encryptionKey;
		}

		public void setEncryptionKey(String encryptionKey) {
			this.encryptionKey = encryptionKey;
		}

		public Duration getRefreshAhead() {
			return this.refreshAhead;
		}

		public void setRefreshAhead(Duration refreshAhead) {
			this.refreshAhead = refreshAhead;
		}

		public Duration getReauthenticationTimeout() {
			return this.reauthenticationTimeout;
		}

		public void setReauthenticationTimeout(Duration reauthenticationTimeout) {
			this.reauthenticationTimeout = reauthenticationTimeout;
		}

		public Duration getClockSkew() {
			return this.clockSkew;
		}

		public void setClockSkew(Duration clockSkew) {
			this.clockSkew = clockSkew;
		}

		public boolean isRevokeOnSignOut() {
			return this.revokeOnSignOut;
		}

		public void setRevokeOnSignOut(boolean revokeOnSignOut) {
			this.revokeOnSignOut = revokeOnSignOut;
		}

		public List<String> getPreviousEncryptionKeys() {
			return this.previousEncryptionKeys;
		}

		public void setPreviousEncryptionKeys(List<String> previousEncryptionKeys) {
			this.previousEncryptionKeys = previousEncryptionKeys;
		}

		public int getMaxSessionsInMemory() {
			return this.maxSessionsInMemory;
		}

		public void setMaxSessionsInMemory(int maxSessionsInMemory) {
			this.maxSessionsInMemory = maxSessionsInMemory;
		}

		public Duration getInMemoryIdleTimeout() {
			return this.inMemoryIdleTimeout;
		}

		public void setInMemoryIdleTimeout(Duration inMemoryIdleTimeout) {
			this.inMemoryIdleTimeout = inMemoryIdleTimeout;
		}

		public RefreshLock getRefreshLock() {
			return this.refreshLock;
		}

		/**
		 * The cross-instance refresh lock.
		 */
		public static class RefreshLock {

			/**
			 * Whether instances sharing HTTP sessions in Redis lock a user's token
			 * refresh (with Spring Integration's Redis lock registry on the classpath).
			 */
			private boolean enabled = true;

			/**
			 * How long the lock is held at most: an instance that dies while refreshing
			 * blocks the others for this long. Longer than a refresh call can take (the
			 * Cognito client times out after 10 s); shorter than the app client's
			 * refresh-token rotation grace period, if it has one. Others wait for it
			 * twice as long.
			 */
			private Duration lease = Duration.ofSeconds(15);

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}

			public Duration getLease() {
				return this.lease;
			}

			public void setLease(Duration lease) {
				this.lease = lease;
			}

		}

	}

	/**
	 * Identity-pool settings, for AWS credentials.
	 */
	public static class IdentityPool {

		/**
		 * Id of the identity pool, e.g. "eu-west-1:0a1b2c3d-...". AWS credentials are
		 * available only when it is set.
		 */
		private String id;

		/**
		 * Endpoint that replaces "https://cognito-identity.<region>.amazonaws.com". Must
		 * use https, or http to a loopback host.
		 */
		private URI endpoint;

		/**
		 * Whether to fetch unauthenticated (guest) credentials when nobody is signed in.
		 */
		private boolean guestAccess;

		/**
		 * ARN of the role to assume instead of the pool's default role for the identity.
		 */
		private String customRoleArn;

		/**
		 * Whether the Cognito credentials provider becomes the application's
		 * AwsCredentialsProvider bean, used by every Spring Cloud AWS client.
		 */
		private boolean defaultCredentialsProvider = true;

		/**
		 * How many identities' credentials a web application caches at most (one per
		 * signed-in user, plus the guest); the least recently used is evicted beyond
		 * that.
		 */
		private int maxCachedIdentities = 1000;

		public String getId() {
			return this.id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public URI getEndpoint() {
			return this.endpoint;
		}

		public void setEndpoint(URI endpoint) {
			this.endpoint = endpoint;
		}

		public boolean isGuestAccess() {
			return this.guestAccess;
		}

		public void setGuestAccess(boolean guestAccess) {
			this.guestAccess = guestAccess;
		}

		public String getCustomRoleArn() {
			return this.customRoleArn;
		}

		public void setCustomRoleArn(String customRoleArn) {
			this.customRoleArn = customRoleArn;
		}

		public boolean isDefaultCredentialsProvider() {
			return this.defaultCredentialsProvider;
		}

		public void setDefaultCredentialsProvider(boolean defaultCredentialsProvider) {
			this.defaultCredentialsProvider = defaultCredentialsProvider;
		}

		public int getMaxCachedIdentities() {
			return this.maxCachedIdentities;
		}

		public void setMaxCachedIdentities(int maxCachedIdentities) {
			this.maxCachedIdentities = maxCachedIdentities;
		}

	}

}
