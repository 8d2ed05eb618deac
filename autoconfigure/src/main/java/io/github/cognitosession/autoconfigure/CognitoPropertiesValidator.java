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
import io.github.cognitosession.userpool.CognitoUrls;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import io.github.cognitosession.store.Base64SessionKeySource;
import io.github.cognitosession.token.CognitoTokenVerifier;
import io.github.cognitosession.autoconfigure.CognitoProperties.StoreType;

/**
 * Checks bound {@link CognitoProperties} and throws an
 * {@link InvalidCognitoConfigurationException} for the first mistake. Secret values (the
 * client secret, the encryption key) are never put into a message.
 *
 * @author Cognito Session contributors
 */
final class CognitoPropertiesValidator {

	private static final Pattern ROLE_ARN = Pattern.compile("arn:[\\w-]+:iam::\\d{12}:role/\\S+");

	/** Cognito's limit of ConfirmDevice's DeviceName. */
	private static final int MAX_DEVICE_NAME_LENGTH = 1024;

	void validate(CognitoProperties properties) {
		validateUserPool(properties.getUserPool());
		validateIdentityPool(properties.getIdentityPool());
		validateRegion(properties);
		validateSession(properties.getSession());
	}

	private void validateUserPool(CognitoProperties.UserPool userPool) {
		String id = userPool.getId();
		if (id == null) {
			return;
		}
		if (!CognitoIds.USER_POOL_ID.matcher(id.trim()).matches()) {
			throw new InvalidCognitoConfigurationException("cognito.user-pool.id",
					"is '" + id + "', which is not a user pool id",
					"Set cognito.user-pool.id to the pool id shown in the Cognito console, "
							+ "in the form <region>_<id>, e.g. eu-west-1_AbCdEf123.");
		}
		if (isBlank(userPool.getClientId())) {
			throw new InvalidCognitoConfigurationException("cognito.user-pool.client-id", "is not set",
					"Set cognito.user-pool.client-id to the id of an app client of user pool " + id.trim()
							+ " (Cognito console: App integration > App clients).");
		}
		if (userPool.getClientSecret() != null && userPool.getClientSecret().isBlank()) {
			throw new InvalidCognitoConfigurationException("cognito.user-pool.client-secret", "is blank",
					"Remove cognito.user-pool.client-secret for an app client without a secret, "
							+ "or set it to the app client's secret.");
		}
		if (userPool.getAuthFlow() == null) {
			throw new InvalidCognitoConfigurationException("cognito.user-pool.auth-flow", "is not set",
					"Set cognito.user-pool.auth-flow to user-srp-auth, user-password-auth, custom-auth-with-srp, "
							+ "custom-auth-without-srp or user-auth.");
		}
		if (userPool.getDeviceTracking() == null) {
			throw new InvalidCognitoConfigurationException("cognito.user-pool.device-tracking", "is not set",
					"Set cognito.user-pool.device-tracking to enabled or disabled.");
		}
		if (isBlank(userPool.getDeviceName()) || userPool.getDeviceName().length() > MAX_DEVICE_NAME_LENGTH) {
			throw new InvalidCognitoConfigurationException("cognito.user-pool.device-name",
					isBlank(userPool.getDeviceName()) ? "is blank"
							: "is longer than Cognito's limit of " + MAX_DEVICE_NAME_LENGTH + " characters",
					"Set cognito.user-pool.device-name to a short name for this device, or remove it.");
		}
		validateHttpUri("cognito.user-pool.endpoint", userPool.getEndpoint(), "http://127.0.0.1:9229");
		validateHttpUri("cognito.user-pool.issuer", userPool.getIssuer(),
				"https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123");
	}

	private void validateIdentityPool(CognitoProperties.IdentityPool identityPool) {
		String id = identityPool.getId();
		if (!isBlank(id) && !CognitoIds.IDENTITY_POOL_ID.matcher(id.trim()).matches()) {
			throw new InvalidCognitoConfigurationException("cognito.identity-pool.id",
					"is '" + id + "', which is not an identity pool id",
					"Set cognito.identity-pool.id to the identity pool id shown in the Cognito console, "
							+ "in the form <region>:<uuid>, e.g. eu-west-1:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d.");
		}
		validateHttpUri("cognito.identity-pool.endpoint", identityPool.getEndpoint(), "http://127.0.0.1:9229");
		String roleArn = identityPool.getCustomRoleArn();
		if (roleArn != null && !ROLE_ARN.matcher(roleArn.trim()).matches()) {
			throw new InvalidCognitoConfigurationException("cognito.identity-pool.custom-role-arn",
					"is '" + roleArn + "', which is not an IAM role ARN",
					"Set cognito.identity-pool.custom-role-arn to a role ARN such as "
							+ "arn:aws:iam::123456789012:role/MyRole, or remove it to use the pool's default role.");
		}
		if (identityPool.getMaxCachedIdentities() < 1) {
			throw new InvalidCognitoConfigurationException("cognito.identity-pool.max-cached-identities",
					"is " + identityPool.getMaxCachedIdentities() + ", which leaves no room for any identity",
					"Set cognito.identity-pool.max-cached-identities to a positive number, e.g. 1000.");
		}
	}

	private void validateRegion(CognitoProperties properties) {
		String region = properties.getRegion();
		if (region != null && !CognitoIds.REGION.matcher(region.trim()).matches()) {
			throw new InvalidCognitoConfigurationException("cognito.region", "is '" + region + "', not a region name",
					"Set cognito.region to an AWS region such as eu-west-1, or remove it to take the region "
							+ "from the pool id.");
		}
		if (region != null) {
			String userPoolId = properties.getUserPool().getId();
			String identityPoolId = properties.getIdentityPool().getId();
			checkConsistent(region.trim(), "cognito.user-pool.id", userPoolId,
					CognitoIds.regionOfUserPoolId(userPoolId), properties.getUserPool().getEndpoint());
			checkConsistent(region.trim(), "cognito.identity-pool.id", identityPoolId,
					CognitoIds.regionOfIdentityPoolId(identityPoolId), properties.getIdentityPool().getEndpoint());
		}
	}

	/**
	 * A pool id names its region: a different {@code cognito.region} would send every
	 * call to a region where the pool does not exist. Emulators may use ids with any
	 * prefix, so an endpoint override lifts the check.
	 */
	private void checkConsistent(String region, String idProperty, String id, String idRegion, URI endpoint) {
		if (idRegion != null && endpoint == null && !idRegion.equals(region)) {
			throw new InvalidCognitoConfigurationException("cognito.region",
					"is '" + region + "', but " + idProperty + " '" + id + "' is a pool in region '" + idRegion + "'",
					"Remove cognito.region (the region is taken from the pool id) or set it to '" + idRegion + "'.");
		}
	}

	private void validateSession(CognitoProperties.Session session) {
		if (session.getStore() == null) {
			throw new InvalidCognitoConfigurationException("cognito.session.store", "is not set",
					"Set cognito.session.store to file or memory.");
		}
		validateDuration("cognito.session.refresh-ahead", session.getRefreshAhead(), "5m");
		if (session.getReauthenticationTimeout() != null) {
			// unset means the default of the kind of application
			validateDuration("cognito.session.reauthentication-timeout", session.getReauthenticationTimeout(), "30s");
		}
		validateDuration("cognito.session.clock-skew", session.getClockSkew(), "60s");
		if (session.getClockSkew().compareTo(CognitoTokenVerifier.MAX_CLOCK_SKEW) > 0) {
			throw new InvalidCognitoConfigurationException("cognito.session.clock-skew",
					"is " + session.getClockSkew() + ", more than the 5 minutes allowed",
					"Set cognito.session.clock-skew to at most 5m (the default is 60s); a larger skew keeps accepting "
							+ "expired tokens, so synchronize the clock (NTP) instead.");
		}
		validateEncryptionKey(session.getEncryptionKey());
		List<String> previousKeys = session.getPreviousEncryptionKeys();
		for (int i = 0; i < previousKeys.size(); i++) {
			validateKey("cognito.session.previous-encryption-keys[" + i + "]", previousKeys.get(i),
					"Set each of cognito.session.previous-encryption-keys to a key that was "
							+ "cognito.session.encryption-key before (a base64-encoded 256-bit AES key), or remove it.");
		}
		if (!previousKeys.isEmpty() && session.getEncryptionKey() == null) {
			throw new InvalidCognitoConfigurationException("cognito.session.previous-encryption-keys",
					"is set, but cognito.session.encryption-key is not",
					"Set cognito.session.encryption-key to the new key, or remove the previous keys.");
		}
		if (session.getMaxSessionsInMemory() < 1) {
			throw new InvalidCognitoConfigurationException("cognito.session.max-sessions-in-memory",
					"is " + session.getMaxSessionsInMemory() + ", but must be positive",
					"Set cognito.session.max-sessions-in-memory to a positive number, e.g. 10000.");
		}
		if (session.getInMemoryIdleTimeout() != null
				&& (session.getInMemoryIdleTimeout().isNegative() || session.getInMemoryIdleTimeout().isZero())) {
			throw new InvalidCognitoConfigurationException("cognito.session.in-memory-idle-timeout",
					"is " + session.getInMemoryIdleTimeout() + ", but must be positive",
					"Set cognito.session.in-memory-idle-timeout to a positive duration (e.g. 30m), or remove it.");
		}
		Duration lease = session.getRefreshLock().getLease();
		if (lease == null || lease.isNegative() || lease.toMillis() < 1) {
			throw new InvalidCognitoConfigurationException("cognito.session.refresh-lock.lease",
					"is " + lease + ", but must be a positive duration",
					"Set cognito.session.refresh-lock.lease to a duration longer than a refresh call, e.g. 15s.");
		}
		Path storePath = session.getStorePath();
		if (session.getStore() == StoreType.FILE && storePath != null && Files.isDirectory(storePath)) {
			throw new InvalidCognitoConfigurationException("cognito.session.store-path",
					"is '" + storePath + "', which is a directory",
					"Set cognito.session.store-path to a file path, e.g. " + storePath.resolve("session.bin") + ".");
		}
	}

	private void validateEncryptionKey(String encryptionKey) {
		if (encryptionKey == null) {
			return;
		}
		validateKey(Base64SessionKeySource.PROPERTY, encryptionKey,
				"Set cognito.session.encryption-key to a base64-encoded 256-bit AES key "
						+ "(e.g. the output of 'openssl rand -base64 32'), or remove it to use a generated key file.");
	}

	private void validateKey(String property, String key, String action) {
		try {
			// The store's own key parser is the single definition of a valid key.
			new Base64SessionKeySource(key);
		}
		catch (IllegalArgumentException ex) {
			// The message names the property and never repeats the value.
			String problem = ex.getMessage().substring(Base64SessionKeySource.PROPERTY.length()).split(";")[0].trim();
			throw new InvalidCognitoConfigurationException(property, problem, action);
		}
	}

	private void validateDuration(String property, Duration duration, String example) {
		if (duration == null || duration.isNegative()) {
			throw new InvalidCognitoConfigurationException(property,
					(duration == null) ? "is not set" : "is negative (" + duration + ")",
					"Set " + property + " to zero or a positive duration, e.g. " + example + ".");
		}
	}

	/**
	 * Endpoints are called and the issuer decides which tokens are trusted: https, or
	 * plain http to a loopback host (a local emulator) only.
	 */
	private void validateHttpUri(String property, URI uri, String example) {
		if (uri == null) {
			return;
		}
		if (!CognitoUrls.isAbsoluteHttp(uri)) {
			throw new InvalidCognitoConfigurationException(property,
					"is '" + uri + "', which is not an absolute http or https URI",
					"Set " + property + " to an absolute URI with scheme and host, e.g. " + example + ".");
		}
		if (!CognitoUrls.isSecure(uri)) {
			throw new InvalidCognitoConfigurationException(property,
					"is '" + uri + "', which uses plain http to a host that is not loopback: whoever is on the path "
							+ "could read the tokens or serve their own signing keys",
					"Set " + property + " to an https URL (https://" + uri.getRawAuthority()
							+ "...); plain http is allowed only for a local emulator on a loopback host ("
							+ CognitoUrls.LOOPBACK_HOSTS + ").");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
