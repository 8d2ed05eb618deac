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
import java.util.List;

import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeletionProtectionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DomainStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * User-pool lifecycle: Cognito's defaults for omitted settings, what Describe answers,
 * Update's reset of omitted settings, deletion protection, listing, MFA configuration and
 * domains, with Cognito's errors.
 *
 * @author Cognito Session contributors
 */
class PoolLifecycleTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@Test
	void createUserPoolWhenOnlyNamedThenCognitosDefaults() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			UserPoolType pool = admin.createUserPool((request) -> request.poolName("defaults")).userPool();
			assertThat(pool.id()).matches("us-east-1_[A-Za-z0-9]{9}");
			assertThat(pool.arn()).isEqualTo("arn:aws:cognito-idp:us-east-1:000000000000:userpool/" + pool.id());
			PasswordPolicyType password = pool.policies().passwordPolicy();
			assertThat(password.minimumLength()).isEqualTo(8);
			assertThat(password.requireUppercase()).isTrue();
			assertThat(password.requireLowercase()).isTrue();
			assertThat(password.requireNumbers()).isTrue();
			assertThat(password.requireSymbols()).isTrue();
			assertThat(password.temporaryPasswordValidityDays()).isEqualTo(7);
			assertThat(pool.mfaConfiguration()).isEqualTo(UserPoolMfaType.OFF);
			assertThat(pool.deletionProtection()).isEqualTo(DeletionProtectionType.INACTIVE);
			assertThat(pool.adminCreateUserConfig().allowAdminCreateUserOnly()).isFalse();
			assertThat(pool.estimatedNumberOfUsers()).isZero();
			assertThat(pool.creationDate()).isNotNull();
			assertThat(pool.schemaAttributes()).extracting(SchemaAttributeType::name)
				.contains("sub", "email", "email_verified", "phone_number", "updated_at");
		}
	}

	@Test
	void createUserPoolWhenPartialPasswordPolicyThenOmittedRulesAreOff() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			PasswordPolicyType password = admin
				.createUserPool((request) -> request.poolName("lenient")
					.policies((policies) -> policies.passwordPolicy((policy) -> policy.minimumLength(6))))
				.userPool()
				.policies()
				.passwordPolicy();
			assertThat(password.minimumLength()).isEqualTo(6);
			assertThat(password.requireUppercase()).isFalse();
			assertThat(password.requireSymbols()).isFalse();
			assertThat(password.temporaryPasswordValidityDays()).isEqualTo(7);
		}
	}

	@Test
	void createUserPoolWhenCustomSchemaThenDescribedWithCustomPrefix() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = admin
				.createUserPool((request) -> request.poolName("schema")
					.schema((attribute) -> attribute.name("tenant").attributeDataType("String").mutable(true)))
				.userPool()
				.id();
			admin.addCustomAttributes((request) -> request.userPoolId(poolId)
				.customAttributes((attribute) -> attribute.name("plan").attributeDataType("String")));
			assertThat(admin.describeUserPool((request) -> request.userPoolId(poolId)).userPool().schemaAttributes())
				.extracting(SchemaAttributeType::name)
				.contains("custom:tenant", "custom:plan");
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> admin.addCustomAttributes((request) -> request.userPoolId(poolId)
					.customAttributes((attribute) -> attribute.name("plan").attributeDataType("String"))))
				.withMessageContaining("Existing attribute already has name custom:plan");
		}
	}

	@Test
	void createUserPoolWhenMfaOnWithoutSmsConfigurationThenCognitosError() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> admin
					.createUserPool((request) -> request.poolName("mfa").mfaConfiguration(UserPoolMfaType.ON)))
				.withMessageContaining(
						"SMS configuration and Auto verification for phone_number are required when MFA is required/optional");
		}
	}

	@Test
	void createUserPoolWhenUsernameAndAliasAttributesThenRefused() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> admin.createUserPool((request) -> request.poolName("both")
					.usernameAttributes(UsernameAttributeType.EMAIL)
					.aliasAttributes(AliasAttributeType.PHONE_NUMBER)))
				.withMessageContaining("Only one of the aliasAttributes or usernameAttributes can be set");
		}
	}

	@Test
	void setUserPoolMfaConfigWhenTotpEnabledThenMfaCanBeRequiredAndGetAnswersIt() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = admin.createUserPool((request) -> request.poolName("totp")).userPool().id();
			admin.setUserPoolMfaConfig((request) -> request.userPoolId(poolId)
				.mfaConfiguration(UserPoolMfaType.ON)
				.softwareTokenMfaConfiguration((totp) -> totp.enabled(true)));
			GetUserPoolMfaConfigResponse config = admin.getUserPoolMfaConfig((request) -> request.userPoolId(poolId));
			assertThat(config.mfaConfiguration()).isEqualTo(UserPoolMfaType.ON);
			assertThat(config.softwareTokenMfaConfiguration().enabled()).isTrue();
			assertThat(config.smsMfaConfiguration()).isNull();
			assertThat(admin.describeUserPool((request) -> request.userPoolId(poolId)).userPool().mfaConfiguration())
				.isEqualTo(UserPoolMfaType.ON);
		}
	}

	@Test
	void setUserPoolMfaConfigWhenEveryFactorOffButMfaOnThenCognitosError() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = admin.createUserPool((request) -> request.poolName("no-factor")).userPool().id();
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> admin.setUserPoolMfaConfig((request) -> request.userPoolId(poolId)
					.mfaConfiguration(UserPoolMfaType.OPTIONAL)
					.softwareTokenMfaConfiguration((totp) -> totp.enabled(false))))
				.withMessageContaining("can't disable all MFAs with a required or optional configuration");
		}
	}

	@Test
	void updateUserPoolWhenSettingOmittedThenItReturnsToItsDefault() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = admin
				.createUserPool((request) -> request.poolName("update")
					.autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
					.deletionProtection(DeletionProtectionType.ACTIVE))
				.userPool()
				.id();
			admin.updateUserPool((request) -> request.userPoolId(poolId)
				.policies((policies) -> policies.passwordPolicy((policy) -> policy.minimumLength(12))));
			UserPoolType updated = admin.describeUserPool((request) -> request.userPoolId(poolId)).userPool();
			assertThat(updated.name()).isEqualTo("update");
			assertThat(updated.policies().passwordPolicy().minimumLength()).isEqualTo(12);
			assertThat(updated.autoVerifiedAttributes()).isEmpty();
			assertThat(updated.deletionProtection()).isEqualTo(DeletionProtectionType.INACTIVE);
			assertThat(updated.lastModifiedDate()).isAfterOrEqualTo(updated.creationDate());
		}
	}

	@Test
	void deleteUserPoolWhenDeletionProtectionActiveThenRefusedUntilInactive() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = admin
				.createUserPool(
						(request) -> request.poolName("protected").deletionProtection(DeletionProtectionType.ACTIVE))
				.userPool()
				.id();
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> admin.deleteUserPool((request) -> request.userPoolId(poolId)))
				.withMessageContaining("deletion protection is activated");
			admin.updateUserPool(
					(request) -> request.userPoolId(poolId).deletionProtection(DeletionProtectionType.INACTIVE));
			admin.deleteUserPool((request) -> request.userPoolId(poolId));
			assertThatExceptionOfType(ResourceNotFoundException.class)
				.isThrownBy(() -> admin.describeUserPool((request) -> request.userPoolId(poolId)))
				.withMessageContaining("User pool " + poolId + " does not exist.");
		}
	}

	@Test
	void listUserPoolsWhenMorePoolsThanMaxResultsThenPagesThroughAllOnce() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			List<String> created = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				String name = "listed-" + i;
				created.add(admin.createUserPool((request) -> request.poolName(name)).userPool().id());
			}
			List<String> listed = new ArrayList<>();
			String token = null;
			do {
				String page = token;
				ListUserPoolsResponse response = admin
					.listUserPools((request) -> request.maxResults(2).nextToken(page));
				assertThat(response.userPools()).hasSizeLessThanOrEqualTo(2);
				response.userPools().forEach((pool) -> listed.add(pool.id()));
				token = response.nextToken();
			}
			while (token != null);
			assertThat(listed).containsAll(created).doesNotHaveDuplicates();
		}
	}

	@Test
	void listUserPoolsWhenMaxResultsMissingThenCognitosValidationError() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> admin.listUserPools((request) -> request.nextToken(null)))
				.withMessageContaining(
						"Value null at 'maxResults' failed to satisfy constraint: Member must not be null");
		}
	}

	@Test
	void userPoolDomainWhenCreatedThenDescribedAndDeletedAndUnknownDomainIsEmpty() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = admin.createUserPool((request) -> request.poolName("domain")).userPool().id();
			admin.createUserPoolDomain((request) -> request.userPoolId(poolId).domain("acme-dev"));
			var description = admin.describeUserPoolDomain((request) -> request.domain("acme-dev")).domainDescription();
			assertThat(description.userPoolId()).isEqualTo(poolId);
			assertThat(description.status()).isEqualTo(DomainStatusType.ACTIVE);
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> admin.createUserPoolDomain((request) -> request.userPoolId(poolId).domain("other")));
			admin.deleteUserPoolDomain((request) -> request.userPoolId(poolId).domain("acme-dev"));
			assertThat(admin.describeUserPoolDomain((request) -> request.domain("acme-dev"))
				.domainDescription()
				.userPoolId()).isNull();
		}
	}

}
