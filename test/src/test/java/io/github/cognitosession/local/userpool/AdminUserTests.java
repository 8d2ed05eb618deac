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

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.TestSrpClient;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.local.message.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedUserStateException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The admin user API: creating users (temporary passwords, invitations, message actions),
 * reading, disabling, resetting, signing out and changing attributes, and the admin
 * sign-in flows, with Cognito's answers and errors.
 *
 * @author Cognito Session contributors
 */
class AdminUserTests {

	private static final MutableClock clock = MutableClock.startingNow();

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(clock));

	@Test
	void adminCreateUserWhenTemporaryPasswordThenForceChangePasswordAndCognitosUserShape() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			Pool pool = pool(admin);
			UserType user = admin
				.adminCreateUser((request) -> request.userPoolId(pool.id())
					.username("alice")
					.temporaryPassword("Temp-Pass-1")
					.messageAction("SUPPRESS")
					.userAttributes(attribute("email", "alice@example.com")))
				.user();
			assertThat(user.username()).isEqualTo("alice");
			assertThat(user.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
			assertThat(user.enabled()).isTrue();
			assertThat(user.attributes()).extracting(AttributeType::name).containsExactly("sub", "email");
			assertThat(user.userCreateDate()).isNotNull();
			assertThat(cognito.cognito().inbox("alice@example.com")).isEmpty();
			AdminInitiateAuthResponse signIn = admin.adminInitiateAuth((request) -> request.userPoolId(pool.id())
				.clientId(pool.clientId())
				.authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
				.authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Temp-Pass-1")));
			assertThat(signIn.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
			assertThat(admin
				.adminRespondToAuthChallenge((request) -> request.userPoolId(pool.id())
					.clientId(pool.clientId())
					.challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
					.session(signIn.session())
					.challengeResponses(Map.of("USERNAME", "alice", "NEW_PASSWORD", "Permanent-Pass-1")))
				.authenticationResult()
				.tokenType()).isEqualTo("Bearer");
			assertThat(admin.adminGetUser((request) -> request.userPoolId(pool.id()).username("alice")).userStatus())
				.isEqualTo(UserStatusType.CONFIRMED);
		}
	}

	@Test
	void adminCreateUserWhenNoTemporaryPasswordThenInvitationByEmailCarriesAPolicyConformingPassword() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			Pool pool = pool(admin);
			admin.adminCreateUser((request) -> request.userPoolId(pool.id())
				.username("bob")
				.desiredDeliveryMediums(DeliveryMediumType.EMAIL)
				.userAttributes(attribute("email", "bob@example.com")));
			List<Message> inbox = cognito.cognito().inbox("bob@example.com");
			assertThat(inbox).singleElement().satisfies((message) -> {
				assertThat(message.purpose()).isEqualTo(Message.Purpose.TEMPORARY_PASSWORD);
				assertThat(message.medium()).isEqualTo(Message.DeliveryMedium.EMAIL);
				assertThat(message.code()).matches(".*[A-Z].*")
					.matches(".*[a-z].*")
					.matches(".*[0-9].*")
					.hasSizeGreaterThanOrEqualTo(8);
			});
			assertThat(admin
				.adminInitiateAuth((request) -> request.userPoolId(pool.id())
					.clientId(pool.clientId())
					.authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
					.authParameters(Map.of("USERNAME", "bob", "PASSWORD", inbox.get(0).code())))
				.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
		}
	}

	@Test
	void adminCreateUserWhenResendThenNewInvitationAndWhenConfirmedThenUnsupportedState() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			Pool pool = pool(admin);
			admin.adminCreateUser((request) -> request.userPoolId(pool.id())
				.username("carl")
				.desiredDeliveryMediums(DeliveryMediumType.EMAIL)
				.userAttributes(attribute("email", "carl@example.com")));
			admin.adminCreateUser((request) -> request.userPoolId(pool.id())
				.username("carl")
				.messageAction("RESEND")
				.desiredDeliveryMediums(DeliveryMediumType.EMAIL));
			List<Message> inbox = cognito.cognito().inbox("carl@example.com");
			assertThat(inbox).hasSize(2);
			assertThat(inbox.get(1).code()).isNotEqualTo(inbox.get(0).code());
			admin.adminSetUserPassword((
					request) -> request.userPoolId(pool.id()).username("carl").password("Permanent-1").permanent(true));
			assertThatExceptionOfType(UnsupportedUserStateException.class).isThrownBy(() -> admin
				.adminCreateUser((request) -> request.userPoolId(pool.id()).username("carl").messageAction("RESEND")));
		}
	}

	@Test
	void adminCreateUserWhenUsernameTakenThenUsernameExists() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			Pool pool = pool(admin);
			user(admin, pool, "dora");
			assertThatExceptionOfType(UsernameExistsException.class)
				.isThrownBy(() -> admin.adminCreateUser(
						(request) -> request.userPoolId(pool.id()).username("dora").messageAction("SUPPRESS")))
				.withMessageContaining("User account already exists");
		}
	}

	@Test
	void passwordsWhenAgainstThePolicyThenInvalidPasswordNamesTheRule() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			Pool pool = pool(admin);
			user(admin, pool, "eve");
			assertThat(List.of("Short-1", "lowercase-only-1", "UPPERCASE-ONLY-1", "No-Digits-Here", "NoSymbols123"))
				.extracting((password) -> {
					try {
						admin.adminSetUserPassword(
								(request) -> request.userPoolId(pool.id()).username("eve").password(password));
						return "accepted";
					}
					catch (InvalidPasswordException ex) {
						return ex.awsErrorDetails().errorMessage();
					}
				})
				.containsExactly("Password did not conform with policy: Password not long enough",
						"Password did not conform with policy: Password must have uppercase characters",
						"Password did not conform with policy: Password must have lowercase characters",
						"Password did not conform with policy: Password must have numeric characters",
						"Password did not conform with policy: Password must have symbol characters");
		}
	}

	@Test
	void temporaryPasswordWhenOlderThanPolicyAllowsThenExpired() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			Pool pool = pool(admin);
			admin.adminCreateUser((request) -> request.userPoolId(pool.id())
				.username("finn")
				.temporaryPassword("Temp-Pass-1")
				.messageAction("SUPPRESS"));
			clock.advance(Duration.ofDays(7).plusMinutes(1));
			assertThatExceptionOfType(NotAuthorizedException.class)
				.isThrownBy(() -> passwordSignIn(admin, pool, "finn", "Temp-Pass-1"))
				.withMessageContaining("Temporary password has expired and must be reset by an administrator.");
		}
	}

	@Test
	void adminGetUserWhenUnknownThenUserNotFound() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			Pool pool = pool(admin);
			assertThatExceptionOfType(UserNotFoundException.class)
				.isThrownBy(() -> admin.adminGetUser((request) -> request.userPoolId(pool.id()).username("nobody")))
				.withMessageContaining("User does not exist.");
		}
	}

	@Test
	void adminDisableUserWhenDisabledThenSignInAndTokensRefusedUntilEnabled() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito());
				CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			Pool pool = pool(admin);
			user(admin, pool, "gus");
			String accessToken = passwordSignIn(admin, pool, "gus", "Passw0rd!").authenticationResult().accessToken();
			admin.adminDisableUser((request) -> request.userPoolId(pool.id()).username("gus"));
			assertThat(admin.adminGetUser((request) -> request.userPoolId(pool.id()).username("gus")).enabled())
				.isFalse();
			assertThatExceptionOfType(NotAuthorizedException.class)
				.isThrownBy(() -> passwordSignIn(admin, pool, "gus", "Passw0rd!"))
				.withMessageContaining("User is disabled.");
			assertThatExceptionOfType(NotAuthorizedException.class)
				.isThrownBy(() -> client.getUser((request) -> request.accessToken(accessToken)));
			admin.adminEnableUser((request) -> request.userPoolId(pool.id()).username("gus"));
			assertThat(passwordSignIn(admin, pool, "gus", "Passw0rd!").authenticationResult()).isNotNull();
		}
	}

	@Test
	void adminResetUserPasswordWhenVerifiedEmailThenResetRequiredUntilConfirmedWithTheCode() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito());
				CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			Pool pool = pool(admin);
			user(admin, pool, "hana", attribute("email", "hana@example.com"), attribute("email_verified", "true"));
			admin.adminResetUserPassword((request) -> request.userPoolId(pool.id()).username("hana"));
			assertThat(admin.adminGetUser((request) -> request.userPoolId(pool.id()).username("hana")).userStatus())
				.isEqualTo(UserStatusType.RESET_REQUIRED);
			assertThatExceptionOfType(PasswordResetRequiredException.class)
				.isThrownBy(() -> passwordSignIn(admin, pool, "hana", "Passw0rd!"))
				.withMessageContaining("Password reset required for the user");
			String code = cognito.cognito().inbox("hana@example.com").get(0).code();
			client.confirmForgotPassword((request) -> request.clientId(pool.clientId())
				.username("hana")
				.confirmationCode(code)
				.password("New-Passw0rd!"));
			assertThat(passwordSignIn(admin, pool, "hana", "New-Passw0rd!").authenticationResult()).isNotNull();
		}
	}

	@Test
	void adminResetUserPasswordWhenNoVerifiedContactThenCognitosError() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			Pool pool = pool(admin);
			user(admin, pool, "ivan", attribute("email", "ivan@example.com"));
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(
						() -> admin.adminResetUserPassword((request) -> request.userPoolId(pool.id()).username("ivan")))
				.withMessageContaining("no registered/verified email or phone_number");
		}
	}

	@Test
	void adminUserGlobalSignOutWhenCalledThenRefreshTokenAndAccessTokenRevoked() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito());
				CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			Pool pool = pool(admin);
			user(admin, pool, "jill");
			var tokens = passwordSignIn(admin, pool, "jill", "Passw0rd!").authenticationResult();
			admin.adminUserGlobalSignOut((request) -> request.userPoolId(pool.id()).username("jill"));
			assertThatExceptionOfType(NotAuthorizedException.class)
				.isThrownBy(() -> admin.adminInitiateAuth((request) -> request.userPoolId(pool.id())
					.clientId(pool.clientId())
					.authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
					.authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken()))));
			assertThatExceptionOfType(NotAuthorizedException.class)
				.isThrownBy(() -> client.getUser((request) -> request.accessToken(tokens.accessToken())))
				.withMessageContaining("Access Token has been revoked");
		}
	}

	@Test
	void adminUpdateUserAttributesWhenEmailChangesThenUnverifiedAndDeleteRemovesAttributes() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			Pool pool = pool(admin);
			user(admin, pool, "kim", attribute("email", "kim@example.com"), attribute("email_verified", "true"),
					attribute("name", "Kim"));
			admin.adminUpdateUserAttributes((request) -> request.userPoolId(pool.id())
				.username("kim")
				.userAttributes(attribute("email", "kim@example.org")));
			AdminGetUserResponse updated = admin
				.adminGetUser((request) -> request.userPoolId(pool.id()).username("kim"));
			assertThat(updated.userAttributes()).contains(attribute("email", "kim@example.org"),
					attribute("email_verified", "false"));
			admin.adminDeleteUserAttributes(
					(request) -> request.userPoolId(pool.id()).username("kim").userAttributeNames("name"));
			assertThat(admin.adminGetUser((request) -> request.userPoolId(pool.id()).username("kim")).userAttributes())
				.extracting(AttributeType::name)
				.doesNotContain("name");
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> admin.adminUpdateUserAttributes((request) -> request.userPoolId(pool.id())
					.username("kim")
					.userAttributes(attribute("custom:unknown", "x"))))
				.withMessageContaining("Attribute does not exist in the schema.");
		}
	}

	@Test
	void adminInitiateAuthWhenUnknownUserOrWrongPasswordOrWrongApiThenCognitosErrors() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito());
				CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			Pool pool = pool(admin);
			user(admin, pool, "lena");
			assertThatExceptionOfType(UserNotFoundException.class)
				.isThrownBy(() -> passwordSignIn(admin, pool, "nobody", "Passw0rd!"));
			assertThatExceptionOfType(NotAuthorizedException.class)
				.isThrownBy(() -> passwordSignIn(admin, pool, "lena", "Wrong-Pass-1"))
				.withMessageContaining("Incorrect username or password.");
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> client.initiateAuth((request) -> request.clientId(pool.clientId())
					.authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
					.authParameters(Map.of("USERNAME", "lena", "PASSWORD", "Passw0rd!"))))
				.withMessageContaining("Initiate Auth method not supported.");
			String otherPool = admin.createUserPool((request) -> request.poolName("other")).userPool().id();
			assertThatExceptionOfType(ResourceNotFoundException.class)
				.isThrownBy(() -> admin.adminInitiateAuth((request) -> request.userPoolId(otherPool)
					.clientId(pool.clientId())
					.authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
					.authParameters(Map.of("USERNAME", "lena", "PASSWORD", "Passw0rd!"))));
		}
	}

	@Test
	void adminInitiateAuthWhenUserSrpAuthThenAdminRespondToAuthChallengeProvesThePassword() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = admin.createUserPool((request) -> request.poolName("admin-srp")).userPool().id();
			String clientId = admin.createUserPoolClient((request) -> request.userPoolId(poolId).clientName("srp"))
				.userPoolClient()
				.clientId();
			admin.adminCreateUser((request) -> request.userPoolId(poolId).username("olga").messageAction("SUPPRESS"));
			admin.adminSetUserPassword(
					(request) -> request.userPoolId(poolId).username("olga").password("Passw0rd!").permanent(true));
			TestSrpClient srp = new TestSrpClient();
			AdminInitiateAuthResponse challenge = admin.adminInitiateAuth((request) -> request.userPoolId(poolId)
				.clientId(clientId)
				.authFlow(AuthFlowType.USER_SRP_AUTH)
				.authParameters(Map.of("USERNAME", "olga", "SRP_A", srp.srpA())));
			assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
			assertThat(
					admin
						.adminRespondToAuthChallenge(
								(request) -> request.userPoolId(poolId)
									.clientId(clientId)
									.challengeName(ChallengeNameType.PASSWORD_VERIFIER)
									.challengeResponses(srp.respond(poolId, "Passw0rd!",
											challenge.challengeParameters(), clock.instant())))
						.authenticationResult()
						.idToken())
				.isNotBlank();
		}
	}

	@Test
	void adminInitiateAuthWhenClientPreventsUserExistenceErrorsThenUnknownUserLooksLikeWrongPassword() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = admin.createUserPool((request) -> request.poolName("quiet")).userPool().id();
			String clientId = admin
				.createUserPoolClient((request) -> request.userPoolId(poolId)
					.clientName("quiet")
					.preventUserExistenceErrors("ENABLED")
					.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH))
				.userPoolClient()
				.clientId();
			assertThatExceptionOfType(NotAuthorizedException.class)
				.isThrownBy(() -> admin.adminInitiateAuth((request) -> request.userPoolId(poolId)
					.clientId(clientId)
					.authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
					.authParameters(Map.of("USERNAME", "nobody", "PASSWORD", "Passw0rd!"))))
				.withMessageContaining("Incorrect username or password.");
		}
	}

	@Test
	void usernamesWhenPoolIsCaseInsensitiveThenAnyCaseFindsTheUser() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = admin
				.createUserPool((request) -> request.poolName("insensitive")
					.usernameConfiguration((configuration) -> configuration.caseSensitive(false)))
				.userPool()
				.id();
			admin.adminCreateUser((request) -> request.userPoolId(poolId).username("Mona").messageAction("SUPPRESS"));
			assertThat(admin.adminGetUser((request) -> request.userPoolId(poolId).username("MONA")).username())
				.isEqualTo("Mona");
			assertThatExceptionOfType(UsernameExistsException.class).isThrownBy(() -> admin
				.adminCreateUser((request) -> request.userPoolId(poolId).username("mona").messageAction("SUPPRESS")));
		}
	}

	@Test
	void emailAsUsernameWhenPoolUsesUsernameAttributesThenUserNamedBySubAndFoundByEmail() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = admin
				.createUserPool(
						(request) -> request.poolName("email-login").usernameAttributes(UsernameAttributeType.EMAIL))
				.userPool()
				.id();
			UserType user = admin
				.adminCreateUser(
						(request) -> request.userPoolId(poolId).username("nina@example.com").messageAction("SUPPRESS"))
				.user();
			String sub = user.attributes()
				.stream()
				.filter((a) -> a.name().equals("sub"))
				.findFirst()
				.orElseThrow()
				.value();
			assertThat(user.username()).isEqualTo(sub);
			assertThat(user.attributes()).contains(attribute("email", "nina@example.com"));
			assertThat(
					admin.adminGetUser((request) -> request.userPoolId(poolId).username("nina@example.com")).username())
				.isEqualTo(sub);
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> admin.adminCreateUser(
						(request) -> request.userPoolId(poolId).username("not-an-email").messageAction("SUPPRESS")))
				.withMessageContaining("Username should be an email.");
		}
	}

	private static AdminInitiateAuthResponse passwordSignIn(CognitoIdentityProviderClient admin, Pool pool,
			String username, String password) {
		return admin.adminInitiateAuth((request) -> request.userPoolId(pool.id())
			.clientId(pool.clientId())
			.authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
			.authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
	}

	private static void user(CognitoIdentityProviderClient admin, Pool pool, String username,
			AttributeType... attributes) {
		admin.adminCreateUser((request) -> request.userPoolId(pool.id())
			.username(username)
			.messageAction("SUPPRESS")
			.userAttributes(attributes));
		admin.adminSetUserPassword(
				(request) -> request.userPoolId(pool.id()).username(username).password("Passw0rd!").permanent(true));
	}

	private static Pool pool(CognitoIdentityProviderClient admin) {
		String poolId = admin.createUserPool((request) -> request.poolName("admin-api")).userPool().id();
		String clientId = admin
			.createUserPoolClient((request) -> request.userPoolId(poolId)
				.clientName("backend")
				.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
						ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
			.userPoolClient()
			.clientId();
		return new Pool(poolId, clientId);
	}

	private static AttributeType attribute(String name, String value) {
		return AttributeType.builder().name(name).value(value).build();
	}

	private record Pool(String id, String clientId) {

	}

}
