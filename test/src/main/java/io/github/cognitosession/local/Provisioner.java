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

package io.github.cognitosession.local;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.local.identity.IdentityPool;
import io.github.cognitosession.local.identity.IdentityPoolSettings;
import io.github.cognitosession.local.srp.PasswordVerifier;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.DeviceTracking;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import io.github.cognitosession.local.userpool.operations.UserPoolServices;

/**
 * Creates a user pool, an app client, optionally a user and an identity pool in one call,
 * directly on the emulator's model (no HTTP round trips).
 *
 * <pre class="code">
 * Provisioned setup = cognito.provision()
 *     .clientSecret(true)
 *     .refreshTokenRotation(Duration.ofSeconds(10))
 *     .user("alice", "Passw0rd!")
 *     .userAttribute("email", "alice@example.com")
 *     .identityPool(true)
 *     .create();
 * </pre>
 *
 * @author Cognito Session contributors
 */
public final class Provisioner {

	/** The scopes a client provisioned with OAuth URLs allows by default. */
	public static final List<String> DEFAULT_OAUTH_SCOPES = List.of("openid", "email", "profile");

	private final LocalCognito cognito;

	private String poolName = "local-pool";

	private String clientName = "local-client";

	private boolean clientSecret;

	private List<String> explicitAuthFlows = List.of("ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH",
			"ALLOW_REFRESH_TOKEN_AUTH");

	private Duration rotationGracePeriod;

	private Duration accessTokenValidity = AppClient.DEFAULT_TOKEN_VALIDITY;

	private Duration idTokenValidity = AppClient.DEFAULT_TOKEN_VALIDITY;

	private Duration refreshTokenValidity = AppClient.DEFAULT_REFRESH_TOKEN_VALIDITY;

	private List<String> callbackUrls = List.of();

	private List<String> logoutUrls = List.of();

	private List<String> oauthScopes = DEFAULT_OAUTH_SCOPES;

	private String username;

	private String password;

	private boolean temporaryPassword;

	private PoolUser.Mfa mfa;

	private boolean mfaRequired;

	private DeviceTracking deviceTracking = DeviceTracking.OFF;

	private String softwareTokenSecret;

	private final Map<String, String> attributes = new LinkedHashMap<>();

	private Boolean identityPoolGuests;

	Provisioner(LocalCognito cognito) {
		this.cognito = cognito;
	}

	public Provisioner poolName(String poolName) {
		this.poolName = Objects.requireNonNull(poolName, "poolName cannot be null");
		return this;
	}

	public Provisioner clientName(String clientName) {
		this.clientName = Objects.requireNonNull(clientName, "clientName cannot be null");
		return this;
	}

	/**
	 * Whether the app client gets a secret (then every call needs a SECRET_HASH).
	 * @param secret whether to generate a secret
	 * @return this provisioner
	 */
	public Provisioner clientSecret(boolean secret) {
		this.clientSecret = secret;
		return this;
	}

	/**
	 * The client's auth flows; by default SRP, password and refresh.
	 * @param flows the flows, e.g. {@code ALLOW_USER_SRP_AUTH}
	 * @return this provisioner
	 */
	public Provisioner explicitAuthFlows(String... flows) {
		this.explicitAuthFlows = List.of(flows);
		return this;
	}

	/**
	 * Enable refresh-token rotation on the client.
	 * @param gracePeriod how long a rotated token stays usable (0 to 60 s)
	 * @return this provisioner
	 */
	public Provisioner refreshTokenRotation(Duration gracePeriod) {
		Objects.requireNonNull(gracePeriod, "gracePeriod cannot be null");
		if (gracePeriod.isNegative() || gracePeriod.compareTo(Duration.ofSeconds(60)) > 0) {
			throw new IllegalArgumentException("gracePeriod must be between 0 and 60 seconds");
		}
		this.rotationGracePeriod = gracePeriod;
		return this;
	}

	/**
	 * Token lifetimes of the client.
	 * @param accessToken the access token lifetime
	 * @param idToken the ID token lifetime
	 * @param refreshToken the refresh token lifetime
	 * @return this provisioner
	 */
	public Provisioner tokenValidity(Duration accessToken, Duration idToken, Duration refreshToken) {
		this.accessTokenValidity = Objects.requireNonNull(accessToken, "accessToken cannot be null");
		this.idTokenValidity = Objects.requireNonNull(idToken, "idToken cannot be null");
		this.refreshTokenValidity = Objects.requireNonNull(refreshToken, "refreshToken cannot be null");
		return this;
	}

	/**
	 * Hosted-UI URLs of the client. With at least one callback URL the client is set up
	 * for the hosted UI: the authorization code flow, the Cognito user pool as identity
	 * provider, and the {@link #oauthScopes(String...) scopes}.
	 * @param callbackUrls the callback URLs (where the hosted UI may send codes)
	 * @param logoutUrls the sign-out URLs (where {@code /logout} may send the browser)
	 * @return this provisioner
	 */
	public Provisioner oauthUrls(List<String> callbackUrls, List<String> logoutUrls) {
		this.callbackUrls = List.copyOf(callbackUrls);
		this.logoutUrls = List.copyOf(logoutUrls);
		return this;
	}

	/**
	 * The OAuth scopes the client allows, {@code openid email profile} by default; used
	 * only with {@link #oauthUrls(List, List) OAuth URLs}.
	 * @param scopes the scopes, e.g. {@code openid}, {@code phone},
	 * {@code aws.cognito.signin.user.admin}
	 * @return this provisioner
	 */
	public Provisioner oauthScopes(String... scopes) {
		this.oauthScopes = List.of(scopes);
		return this;
	}

	/**
	 * A confirmed user with a permanent password.
	 * @param username the username
	 * @param password the password
	 * @return this provisioner
	 */
	public Provisioner user(String username, String password) {
		this.username = Objects.requireNonNull(username, "username cannot be null");
		this.password = Objects.requireNonNull(password, "password cannot be null");
		this.temporaryPassword = false;
		return this;
	}

	/**
	 * A user created by an admin: the password is temporary, so sign-in answers
	 * NEW_PASSWORD_REQUIRED.
	 * @param username the username
	 * @param temporaryPassword the temporary password
	 * @return this provisioner
	 */
	public Provisioner userWithTemporaryPassword(String username, String temporaryPassword) {
		user(username, temporaryPassword);
		this.temporaryPassword = true;
		return this;
	}

	public Provisioner userAttribute(String name, String value) {
		this.attributes.put(name, value);
		return this;
	}

	/**
	 * The user's second factor (the code is readable with {@link LocalCognito#lastCode}).
	 * @param mfa SMS_MFA or SOFTWARE_TOKEN_MFA
	 * @return this provisioner
	 */
	public Provisioner mfa(PoolUser.Mfa mfa) {
		this.mfa = mfa;
		return this;
	}

	/**
	 * Whether the pool requires MFA ({@code MfaConfiguration ON}): a user without a
	 * second factor then gets an {@code MFA_SETUP} challenge at sign-in and sets up an
	 * authenticator app with AssociateSoftwareToken and VerifySoftwareToken (codes from
	 * {@link io.github.cognitosession.local.totp.Totp#code}).
	 * @param required whether MFA is required
	 * @return this provisioner
	 */
	public Provisioner mfaRequired(boolean required) {
		this.mfaRequired = required;
		return this;
	}

	/**
	 * How the pool tracks devices ({@code DeviceConfiguration}): sign-ins then end with
	 * {@code NewDeviceMetadata}, and a remembered device skips MFA via
	 * {@code DEVICE_SRP_AUTH}.
	 * @param deviceTracking the setting
	 * @return this provisioner
	 */
	public Provisioner deviceTracking(DeviceTracking deviceTracking) {
		this.deviceTracking = Objects.requireNonNull(deviceTracking, "deviceTracking cannot be null");
		return this;
	}

	/**
	 * Give the user an authenticator app that is already set up: sign-in answers
	 * SOFTWARE_TOKEN_MFA and checks real TOTP codes of this secret.
	 * @param base32Secret the shared secret in base32, e.g. from
	 * {@link io.github.cognitosession.local.totp.Totp#newSecret}
	 * @return this provisioner
	 */
	public Provisioner softwareTokenMfa(String base32Secret) {
		this.softwareTokenSecret = Objects.requireNonNull(base32Secret, "base32Secret cannot be null");
		this.mfa = PoolUser.Mfa.SOFTWARE_TOKEN_MFA;
		return this;
	}

	/**
	 * Also create an identity pool that accepts the client's ID tokens.
	 * @param allowGuests whether unauthenticated identities are allowed
	 * @return this provisioner
	 */
	public Provisioner identityPool(boolean allowGuests) {
		this.identityPoolGuests = allowGuests;
		return this;
	}

	/**
	 * Create everything.
	 * @return what was created
	 */
	public Provisioned create() {
		UserPoolServices services = this.cognito.userPoolServices();
		UserPool pool = services.pools().create(this.poolName);
		pool.setMfaRequired(this.mfaRequired);
		pool.setDeviceTracking(this.deviceTracking);
		boolean hostedUi = !this.callbackUrls.isEmpty();
		AppClient client = services.pools()
			.createClient(pool, this.clientSecret,
					(builder) -> builder.clientName(this.clientName)
						.explicitAuthFlows(this.explicitAuthFlows)
						.refreshTokenRotation(this.rotationGracePeriod != null,
								(this.rotationGracePeriod != null) ? this.rotationGracePeriod : Duration.ZERO)
						.accessTokenValidity(this.accessTokenValidity)
						.idTokenValidity(this.idTokenValidity)
						.refreshTokenValidity(this.refreshTokenValidity)
						.callbackUrls(this.callbackUrls)
						.logoutUrls(this.logoutUrls)
						.allowedOAuthFlowsUserPoolClient(hostedUi)
						.allowedOAuthFlows(hostedUi ? List.of("code") : List.of())
						.allowedOAuthScopes(hostedUi ? this.oauthScopes : List.of())
						.supportedIdentityProviders(hostedUi ? List.of("COGNITO") : List.of()));
		if (this.username != null) {
			Instant now = services.clock().instant();
			PoolUser user = pool.addUser(this.username, now);
			user.putAttributes(this.attributes, now);
			user.setPassword(
					PasswordVerifier.create(services.random(), pool.srpPoolName(), this.username, this.password),
					this.temporaryPassword ? PoolUser.Status.FORCE_CHANGE_PASSWORD : PoolUser.Status.CONFIRMED, now);
			if (this.softwareTokenSecret != null) {
				user.associateSoftwareToken(this.softwareTokenSecret);
				user.verifySoftwareToken(now);
			}
			if (this.mfa != null) {
				user.setMfa(this.mfa, now);
			}
		}
		String identityPoolId = null;
		if (this.identityPoolGuests != null) {
			IdentityPool identityPool = this.cognito.identities()
				.add(new IdentityPoolSettings().name(this.poolName + "-identities")
					.allowUnauthenticated(this.identityPoolGuests)
					.userPoolProvider(Provisioned.providerName(pool.region(), pool.id()), client.clientId()));
			identityPoolId = identityPool.id();
		}
		return new Provisioned(this.cognito.endpoint(), this.cognito.region(), pool.id(), client.clientId(),
				client.clientSecret(), this.username, this.password, identityPoolId, this.cognito.issuer(pool.id()),
				hostedUi ? this.cognito.hostedUiDomain() : null);
	}

}
