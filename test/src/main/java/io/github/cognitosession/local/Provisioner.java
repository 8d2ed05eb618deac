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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.local.identity.IdentityPool;
import io.github.cognitosession.local.identity.IdentityPoolSettings;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.srp.PasswordVerifier;
import io.github.cognitosession.local.trigger.Trigger;
import io.github.cognitosession.local.trigger.TriggerType;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.DeviceTracking;
import io.github.cognitosession.local.userpool.Group;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.TokenValidity;
import io.github.cognitosession.local.userpool.UserPool;
import io.github.cognitosession.local.userpool.UserPoolSettings;
import io.github.cognitosession.local.userpool.operations.UserPoolServices;
import tools.jackson.databind.node.ObjectNode;

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

	private Duration accessTokenValidity = TokenValidity.DEFAULT_ACCESS.duration();

	private Duration idTokenValidity = TokenValidity.DEFAULT_ACCESS.duration();

	private Duration refreshTokenValidity = TokenValidity.DEFAULT_REFRESH.duration();

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

	private List<String> autoVerifiedAttributes = List.of("email");

	private final List<Group> groups = new ArrayList<>();

	// username -> password of further confirmed users (no attributes, MFA or groups)
	private final Map<String, String> otherUsers = new LinkedHashMap<>();

	private List<String> aliasAttributes = List.of();

	private List<String> allowedFirstAuthFactors = List.of();

	private boolean emailMfa;

	private String passkeyRelyingParty;

	private final Map<TriggerType, Trigger> triggers = new EnumMap<>(TriggerType.class);

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
	 * A further confirmed user with a permanent password, beside the
	 * {@link #user(String, String) main one} (whose attributes, MFA and groups it does
	 * not get): for tests of several users.
	 * @param username the username
	 * @param password the password
	 * @return this provisioner
	 */
	public Provisioner otherUser(String username, String password) {
		this.otherUsers.put(Objects.requireNonNull(username, "username cannot be null"),
				Objects.requireNonNull(password, "password cannot be null"));
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
	 * The pool's {@code AutoVerifiedAttributes}: where SignUp sends its confirmation code
	 * ({@code email} by default, as Cognito's console sets it; none for a pool whose
	 * sign-ups an administrator confirms).
	 * @param attributes {@code email}, {@code phone_number}, or none
	 * @return this provisioner
	 */
	public Provisioner autoVerifiedAttributes(String... attributes) {
		this.autoVerifiedAttributes = List.of(attributes);
		return this;
	}

	/**
	 * A group the user belongs to (its tokens then carry {@code cognito:groups}).
	 * @param name the group name
	 * @return this provisioner
	 */
	public Provisioner group(String name) {
		return group(name, null, null);
	}

	/**
	 * A group with a role the user belongs to (its ID tokens then carry
	 * {@code cognito:roles} and, by precedence, {@code cognito:preferred_role}).
	 * @param name the group name
	 * @param roleArn the IAM role ARN, or {@code null}
	 * @param precedence the precedence (lower wins), or {@code null}
	 * @return this provisioner
	 */
	public Provisioner group(String name, String roleArn, Integer precedence) {
		Instant now = this.cognito.userPoolServices().now();
		this.groups
			.add(new Group(Objects.requireNonNull(name, "name cannot be null"), null, roleArn, precedence, now, now));
		return this;
	}

	/**
	 * A trigger of the new pool only.
	 * @param type the trigger
	 * @param trigger the handler
	 * @return this provisioner
	 */
	public Provisioner trigger(TriggerType type, Trigger trigger) {
		this.triggers.put(Objects.requireNonNull(type, "type cannot be null"),
				Objects.requireNonNull(trigger, "trigger cannot be null"));
		return this;
	}

	/**
	 * Let users sign in with these attributes too ({@code AliasAttributes}:
	 * {@code email}, {@code phone_number}, {@code preferred_username}), once verified.
	 * @param attributes the alias attributes
	 * @return this provisioner
	 */
	public Provisioner aliasAttributes(String... attributes) {
		this.aliasAttributes = List.of(attributes);
		return this;
	}

	/**
	 * The first factors of choice-based sign-in the pool allows
	 * ({@code Policies.SignInPolicy.AllowedFirstAuthFactors}; Cognito's default is
	 * {@code PASSWORD} alone). The client also needs {@code ALLOW_USER_AUTH}.
	 * @param factors e.g. {@code PASSWORD}, {@code EMAIL_OTP}, {@code SMS_OTP},
	 * {@code WEB_AUTHN}
	 * @return this provisioner
	 */
	public Provisioner allowedFirstAuthFactors(String... factors) {
		this.allowedFirstAuthFactors = List.of(factors);
		return this;
	}

	/**
	 * Allow codes by e-mail as a second factor ({@code EmailMfaConfiguration}).
	 * @param enabled whether e-mail MFA is on
	 * @return this provisioner
	 */
	public Provisioner emailMfa(boolean enabled) {
		this.emailMfa = enabled;
		return this;
	}

	/**
	 * Allow passkeys: {@code WEB_AUTHN} among the first factors, and the relying-party id
	 * they are registered for ({@code WebAuthnConfiguration.RelyingPartyId}, e.g.
	 * {@code localhost}).
	 * @param relyingPartyId the relying-party id
	 * @return this provisioner
	 */
	public Provisioner passkeys(String relyingPartyId) {
		this.passkeyRelyingParty = relyingPartyId;
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
	 * The pool's settings: Cognito's defaults, with MFA {@code OPTIONAL} (authenticator
	 * apps; a user given SMS MFA gets SMS codes too) so that users' own MFA settings
	 * apply, or {@code ON} with {@link #mfaRequired(boolean)}, and e-mail verification at
	 * sign-up.
	 */
	private ObjectNode poolSettings() {
		ObjectNode settings = Json.object().put("PoolName", this.poolName);
		settings.put("MfaConfiguration", this.mfaRequired ? "ON" : "OPTIONAL");
		settings.putObject("SoftwareTokenMfaConfiguration").put("Enabled", true);
		settings.set("AutoVerifiedAttributes", Json.strings(this.autoVerifiedAttributes));
		if (!this.aliasAttributes.isEmpty()) {
			settings.set("AliasAttributes", Json.strings(this.aliasAttributes));
		}
		List<String> factors = new ArrayList<>(this.allowedFirstAuthFactors);
		if (this.passkeyRelyingParty != null) {
			if (factors.isEmpty()) {
				factors.add("PASSWORD");
			}
			if (!factors.contains("WEB_AUTHN")) {
				factors.add("WEB_AUTHN");
			}
			settings.putObject("WebAuthnConfiguration")
				.put("RelyingPartyId", this.passkeyRelyingParty)
				.put("UserVerification", "preferred");
		}
		if (!factors.isEmpty()) {
			settings.putObject("Policies")
				.putObject("SignInPolicy")
				.set("AllowedFirstAuthFactors", Json.strings(factors));
		}
		if (this.emailMfa) {
			settings.putObject("EmailMfaConfiguration");
		}
		if (this.deviceTracking.isOn()) {
			settings.putObject("DeviceConfiguration")
				.put("ChallengeRequiredOnNewDevice", false)
				.put("DeviceOnlyRememberedOnUserPrompt", this.deviceTracking == DeviceTracking.USER_OPT_IN);
		}
		return settings;
	}

	/**
	 * Create everything.
	 * @return what was created
	 */
	public Provisioned create() {
		UserPoolServices services = this.cognito.userPoolServices();
		UserPool pool = services.pools().create(UserPoolSettings.create(poolSettings()));
		this.triggers.forEach((type, trigger) -> this.cognito.trigger(pool.id(), type, trigger));
		this.groups.forEach(pool::addGroup);
		boolean hostedUi = !this.callbackUrls.isEmpty();
		ObjectNode settings = AppClient.settings(this.clientName, TokenValidity.of(this.accessTokenValidity),
				TokenValidity.of(this.idTokenValidity), TokenValidity.of(this.refreshTokenValidity));
		settings.set("ExplicitAuthFlows", Json.strings(this.explicitAuthFlows));
		if (this.rotationGracePeriod != null) {
			settings.putObject("RefreshTokenRotation")
				.put("Feature", "ENABLED")
				.put("RetryGracePeriodSeconds", this.rotationGracePeriod.toSeconds());
		}
		if (hostedUi) {
			settings.set("CallbackURLs", Json.strings(this.callbackUrls));
			settings.set("LogoutURLs", Json.strings(this.logoutUrls));
			settings.put("AllowedOAuthFlowsUserPoolClient", true);
			settings.set("AllowedOAuthFlows", Json.strings(List.of("code")));
			settings.set("AllowedOAuthScopes", Json.strings(this.oauthScopes));
			settings.set("SupportedIdentityProviders", Json.strings(List.of("COGNITO")));
		}
		AppClient client = services.pools().createClient(pool, this.clientSecret, settings);
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
			this.groups.forEach((group) -> user.joinGroup(group.name()));
		}
		this.otherUsers.forEach((username, password) -> {
			Instant now = services.clock().instant();
			pool.addUser(username, now)
				.setPassword(PasswordVerifier.create(services.random(), pool.srpPoolName(), username, password),
						PoolUser.Status.CONFIRMED, now);
		});
		String identityPoolId = null;
		if (this.identityPoolGuests != null) {
			IdentityPool identityPool = this.cognito.identities()
				.add(new IdentityPoolSettings().name(this.poolName + "-identities")
					.allowUnauthenticated(this.identityPoolGuests)
					.userPoolProvider(Provisioned.providerName(pool.region(), pool.id()), client.clientId())
					.toJson());
			identityPoolId = identityPool.id();
		}
		this.cognito.save();
		return new Provisioned(this.cognito.endpoint(), this.cognito.region(), pool.id(), client.clientId(),
				client.clientSecret(), this.username, this.password, identityPoolId, this.cognito.issuer(pool.id()),
				hostedUi ? this.cognito.hostedUiDomain() : null);
	}

}
