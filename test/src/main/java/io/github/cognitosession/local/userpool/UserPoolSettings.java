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

package io.github.cognitosession.local.userpool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A user pool's settings as CreateUserPool, UpdateUserPool and SetUserPoolMfaConfig give
 * them, in the API's own JSON shape with Cognito's defaults filled in, so that
 * DescribeUserPool answers what was set. Typed accessors read the settings the emulator
 * acts on; the others (e-mail and SMS configuration, message templates, tags) are kept
 * and returned only. Immutable: an update makes a new instance.
 *
 * @author Cognito Session contributors
 */
public final class UserPoolSettings {

	/** The members CreateUserPool takes and DescribeUserPool returns as given. */
	public static final List<String> POOL_MEMBERS = List.of("Policies", "DeletionProtection", "LambdaConfig",
			"AutoVerifiedAttributes", "AliasAttributes", "UsernameAttributes", "SmsVerificationMessage",
			"EmailVerificationMessage", "EmailVerificationSubject", "VerificationMessageTemplate",
			"SmsAuthenticationMessage", "UserAttributeUpdateSettings", "MfaConfiguration", "DeviceConfiguration",
			"EmailConfiguration", "SmsConfiguration", "UserPoolTags", "AdminCreateUserConfig", "UserPoolAddOns",
			"UsernameConfiguration", "AccountRecoverySetting", "UserPoolTier");

	/** What UpdateUserPool cannot change: it keeps these whatever the request says. */
	private static final Set<String> IMMUTABLE = Set.of("AliasAttributes", "UsernameAttributes",
			"UsernameConfiguration", "Schema");

	/** Set by SetUserPoolMfaConfig only; not part of DescribeUserPool's answer. */
	static final List<String> MFA_MEMBERS = List.of("SoftwareTokenMfaConfiguration", "EmailMfaConfiguration",
			"WebAuthnConfiguration");

	private static final String OFF = "OFF";

	private final ObjectNode json;

	private UserPoolSettings(ObjectNode json) {
		this.json = json;
	}

	/**
	 * The settings of a new pool.
	 * @param request the CreateUserPool request body
	 * @return the settings with Cognito's defaults
	 * @throws CognitoError for combinations Cognito refuses
	 */
	public static UserPoolSettings create(JsonNode request) {
		ObjectNode json = Json.object();
		json.put("PoolName", request.get("PoolName").stringValue());
		copy(request, json, POOL_MEMBERS);
		copy(request, json, List.of("Schema"));
		// Not members of CreateUserPool; the provisioning helper sets them in one go.
		copy(request, json, MFA_MEMBERS);
		return new UserPoolSettings(withDefaults(json)).checked();
	}

	/**
	 * The settings after UpdateUserPool: like Cognito, every mutable setting the request
	 * leaves out returns to its default.
	 * @param request the UpdateUserPool request body
	 * @return the new settings
	 */
	public UserPoolSettings update(JsonNode request) {
		ObjectNode json = Json.object();
		JsonNode name = request.get("PoolName");
		json.put("PoolName", (name != null && name.isString()) ? name.stringValue() : name());
		for (String member : IMMUTABLE) {
			if (this.json.has(member)) {
				json.set(member, this.json.get(member).deepCopy());
			}
		}
		copy(request, json, POOL_MEMBERS.stream().filter((member) -> !IMMUTABLE.contains(member)).toList());
		copy(this.json, json, MFA_MEMBERS);
		return new UserPoolSettings(withDefaults(json)).checked();
	}

	/**
	 * The settings after SetUserPoolMfaConfig.
	 * @param request the request body
	 * @return the new settings
	 */
	public UserPoolSettings mfaConfig(JsonNode request) {
		ObjectNode json = this.json.deepCopy();
		JsonNode sms = request.get("SmsMfaConfiguration");
		if (sms != null && !sms.isNull()) {
			json.remove(List.of("SmsConfiguration", "SmsAuthenticationMessage"));
			copy(sms, json, List.of("SmsConfiguration", "SmsAuthenticationMessage"));
		}
		copy(request, json, MFA_MEMBERS);
		JsonNode mfa = request.get("MfaConfiguration");
		if (mfa != null && mfa.isString()) {
			json.put("MfaConfiguration", mfa.stringValue());
		}
		UserPoolSettings settings = new UserPoolSettings(json);
		if (!OFF.equals(settings.mfaConfiguration()) && !settings.anyMfaConfigured()) {
			throw CognitoError.invalidParameter(
					"Invalid MFA configuration given, can't disable all MFAs with a required or optional configuration.");
		}
		return settings;
	}

	/**
	 * Restore settings written by {@link #toJson()}.
	 * @param json the JSON
	 * @return the settings
	 */
	public static UserPoolSettings restore(JsonNode json) {
		return new UserPoolSettings((ObjectNode) json.deepCopy());
	}

	private static ObjectNode withDefaults(ObjectNode json) {
		ObjectNode policies = object(json, "Policies");
		ObjectNode password = object(policies, "PasswordPolicy");
		if (password.isEmpty()) {
			PasswordPolicy defaults = PasswordPolicy.DEFAULT;
			password.put("MinimumLength", defaults.minimumLength())
				.put("RequireUppercase", defaults.requireUppercase())
				.put("RequireLowercase", defaults.requireLowercase())
				.put("RequireNumbers", defaults.requireNumbers())
				.put("RequireSymbols", defaults.requireSymbols());
		}
		for (String rule : List.of("RequireUppercase", "RequireLowercase", "RequireNumbers", "RequireSymbols")) {
			if (!password.has(rule)) {
				password.put(rule, false);
			}
		}
		if (!password.has("MinimumLength")) {
			password.put("MinimumLength", PasswordPolicy.DEFAULT.minimumLength());
		}
		if (!password.has("TemporaryPasswordValidityDays")) {
			password.put("TemporaryPasswordValidityDays", PasswordPolicy.DEFAULT.temporaryPasswordValidityDays());
		}
		if (!policies.has("SignInPolicy")) {
			policies.putObject("SignInPolicy").putArray("AllowedFirstAuthFactors").add("PASSWORD");
		}
		putIfAbsent(json, "DeletionProtection", "INACTIVE");
		putIfAbsent(json, "MfaConfiguration", OFF);
		putIfAbsent(json, "UserPoolTier", "ESSENTIALS");
		object(json, "LambdaConfig");
		ObjectNode template = object(json, "VerificationMessageTemplate");
		if (!template.has("DefaultEmailOption")) {
			template.put("DefaultEmailOption", "CONFIRM_WITH_CODE");
		}
		ObjectNode email = object(json, "EmailConfiguration");
		if (!email.has("EmailSendingAccount")) {
			email.put("EmailSendingAccount", "COGNITO_DEFAULT");
		}
		ObjectNode admin = object(json, "AdminCreateUserConfig");
		if (!admin.has("AllowAdminCreateUserOnly")) {
			admin.put("AllowAdminCreateUserOnly", false);
		}
		if (!admin.has("UnusedAccountValidityDays")) {
			admin.put("UnusedAccountValidityDays", PasswordPolicy.DEFAULT.temporaryPasswordValidityDays());
		}
		ObjectNode updates = object(json, "UserAttributeUpdateSettings");
		if (!updates.has("AttributesRequireVerificationBeforeUpdate")) {
			updates.putArray("AttributesRequireVerificationBeforeUpdate");
		}
		return json;
	}

	private UserPoolSettings checked() {
		if (!list("AliasAttributes").isEmpty() && !list("UsernameAttributes").isEmpty()) {
			throw CognitoError
				.invalidParameter("Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
		}
		if (!OFF.equals(mfaConfiguration()) && !anyMfaConfigured()) {
			throw CognitoError.invalidParameter(
					"SMS configuration and Auto verification for phone_number are required when MFA is required/optional");
		}
		return this;
	}

	private boolean anyMfaConfigured() {
		return this.json.has("SmsConfiguration") || enabled("SoftwareTokenMfaConfiguration")
				|| enabled("EmailMfaConfiguration");
	}

	private boolean enabled(String member) {
		JsonNode node = this.json.get(member);
		if (node == null || !node.isObject()) {
			return false;
		}
		JsonNode enabled = node.get("Enabled");
		// EmailMfaConfiguration has no Enabled flag: configuring it turns it on.
		return (enabled != null) ? enabled.asBoolean() : "EmailMfaConfiguration".equals(member);
	}

	public String name() {
		return this.json.get("PoolName").stringValue();
	}

	public PasswordPolicy passwordPolicy() {
		JsonNode policy = this.json.get("Policies").get("PasswordPolicy");
		return new PasswordPolicy(policy.get("MinimumLength").asInt(), policy.get("RequireUppercase").asBoolean(),
				policy.get("RequireLowercase").asBoolean(), policy.get("RequireNumbers").asBoolean(),
				policy.get("RequireSymbols").asBoolean(), policy.get("TemporaryPasswordValidityDays").asInt());
	}

	/**
	 * {@code MfaConfiguration}: {@code OFF} (the default), {@code ON} or
	 * {@code OPTIONAL}.
	 * @return the setting
	 */
	public String mfaConfiguration() {
		return this.json.get("MfaConfiguration").stringValue();
	}

	/**
	 * Whether every user must sign in with a second factor.
	 * @return whether MFA is {@code ON}
	 */
	public boolean mfaRequired() {
		return "ON".equals(mfaConfiguration());
	}

	/**
	 * Whether MFA challenges can happen at all.
	 * @return whether MFA is not {@code OFF}
	 */
	public boolean mfaEnabled() {
		return !OFF.equals(mfaConfiguration());
	}

	public boolean smsMfaEnabled() {
		return mfaEnabled() && this.json.has("SmsConfiguration");
	}

	public boolean softwareTokenMfaEnabled() {
		return mfaEnabled() && enabled("SoftwareTokenMfaConfiguration");
	}

	/**
	 * How the pool tracks devices ({@code DeviceConfiguration}).
	 * @return the setting
	 */
	public DeviceTracking deviceTracking() {
		JsonNode device = this.json.get("DeviceConfiguration");
		if (device == null || !device.isObject()) {
			return DeviceTracking.OFF;
		}
		JsonNode prompt = device.get("DeviceOnlyRememberedOnUserPrompt");
		return (prompt != null && prompt.asBoolean()) ? DeviceTracking.USER_OPT_IN : DeviceTracking.ALWAYS;
	}

	/**
	 * {@code AutoVerifiedAttributes}: the attributes Cognito verifies by sending a code
	 * at sign-up ({@code email}, {@code phone_number}).
	 * @return the attributes
	 */
	public List<String> autoVerifiedAttributes() {
		return list("AutoVerifiedAttributes");
	}

	/**
	 * {@code UsernameAttributes}: users sign up and in with their e-mail or phone number
	 * instead of a username.
	 * @return the attributes
	 */
	public List<String> usernameAttributes() {
		return list("UsernameAttributes");
	}

	/**
	 * {@code AliasAttributes}: users may also sign in with these verified attributes.
	 * @return the attributes
	 */
	public List<String> aliasAttributes() {
		return list("AliasAttributes");
	}

	/**
	 * Whether usernames are case-sensitive ({@code UsernameConfiguration.CaseSensitive},
	 * {@code true} when not set, as in Cognito's API).
	 * @return whether case-sensitive
	 */
	public boolean caseSensitive() {
		JsonNode configuration = this.json.get("UsernameConfiguration");
		JsonNode sensitive = (configuration != null) ? configuration.get("CaseSensitive") : null;
		return sensitive == null || sensitive.asBoolean();
	}

	public boolean deletionProtection() {
		return "ACTIVE".equals(this.json.get("DeletionProtection").stringValue());
	}

	/**
	 * {@code AdminCreateUserConfig.AllowAdminCreateUserOnly}: SignUp is refused.
	 * @return whether only administrators create users
	 */
	public boolean adminCreateUserOnly() {
		return this.json.get("AdminCreateUserConfig").get("AllowAdminCreateUserOnly").asBoolean();
	}

	/**
	 * The account recovery mechanisms by priority ({@code verified_email},
	 * {@code verified_phone_number}, {@code admin_only}); empty for Cognito's legacy
	 * behaviour (SMS preferred over e-mail).
	 * @return the mechanism names
	 */
	public List<String> recoveryMechanisms() {
		JsonNode setting = this.json.get("AccountRecoverySetting");
		JsonNode mechanisms = (setting != null) ? setting.get("RecoveryMechanisms") : null;
		List<JsonNode> ordered = new ArrayList<>();
		if (mechanisms != null && mechanisms.isArray()) {
			mechanisms.forEach(ordered::add);
		}
		ordered.sort(Comparator.comparingInt((mechanism) -> mechanism.path("Priority").asInt()));
		return ordered.stream().map((mechanism) -> mechanism.path("Name").asString()).toList();
	}

	/**
	 * The {@code LambdaConfig} as given.
	 * @return the configuration
	 */
	public JsonNode lambdaConfig() {
		return this.json.get("LambdaConfig");
	}

	/**
	 * The event version of the pre-token-generation trigger
	 * ({@code LambdaConfig.PreTokenGenerationConfig.LambdaVersion}).
	 * @return {@code V1_0} (the default), {@code V2_0} or {@code V3_0}
	 */
	public String preTokenGenerationVersion() {
		JsonNode version = lambdaConfig().path("PreTokenGenerationConfig").get("LambdaVersion");
		return (version != null && version.isString()) ? version.stringValue() : "V1_0";
	}

	/**
	 * The custom attributes of the schema, with their {@code custom:} prefix.
	 * @return the names
	 */
	public Set<String> customAttributes() {
		return Set.copyOf(StandardAttributes.customNames(this.json.get("Schema")));
	}

	/**
	 * The settings with more custom attributes (AddCustomAttributes).
	 * @param attributes the {@code CustomAttributes} of the request
	 * @return the new settings
	 */
	public UserPoolSettings withCustomAttributes(JsonNode attributes) {
		ObjectNode json = this.json.deepCopy();
		JsonNode existing = json.get("Schema");
		ArrayNode schema = (existing instanceof ArrayNode array) ? array : json.putArray("Schema");
		attributes.forEach((attribute) -> schema.add(attribute.deepCopy()));
		return new UserPoolSettings(json);
	}

	/**
	 * A copy of the settings in the API's shape.
	 * @return the JSON
	 */
	public ObjectNode toJson() {
		return this.json.deepCopy();
	}

	private List<String> list(String member) {
		JsonNode node = this.json.get(member);
		List<String> values = new ArrayList<>();
		if (node != null && node.isArray()) {
			node.forEach((item) -> values.add(item.asString()));
		}
		return List.copyOf(values);
	}

	private static void copy(JsonNode from, ObjectNode to, List<String> members) {
		for (String member : members) {
			JsonNode value = from.get(member);
			if (value != null && !value.isNull()) {
				to.set(member, value.deepCopy());
			}
		}
	}

	private static ObjectNode object(ObjectNode parent, String member) {
		JsonNode node = parent.get(member);
		if (node instanceof ObjectNode object) {
			return object;
		}
		return parent.putObject(member);
	}

	private static void putIfAbsent(ObjectNode json, String member, String value) {
		if (!json.has(member)) {
			json.put(member, value);
		}
	}

}
