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

package io.github.cognitosession.local.trigger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.SignIn;
import io.github.cognitosession.local.TestSrpClient;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Lambda triggers as Java callbacks: the events they get (shaped like Cognito's Lambda
 * events) and what their answers do.
 *
 * @author Cognito Session contributors
 */
class TriggerTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@Test
	void preSignUpWhenAutoConfirmAndAutoVerifyThenConfirmedWithoutCodeAndEventShapedLikeCognitos() {
		List<TriggerEvent> events = new ArrayList<>();
		Provisioned setup = cognito.provision().trigger(TriggerType.PRE_SIGN_UP, (event) -> {
			events.add(event);
			event.response().put("autoConfirmUser", true);
			event.response().put("autoVerifyEmail", true);
		}).create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito());
				CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			SignUpResponse signUp = client.signUp((request) -> request.clientId(setup.clientId())
				.username("alice")
				.password("Passw0rd!")
				.userAttributes(attribute("email", "alice@example.com"))
				.clientMetadata(Map.of("invite", "abc")));
			assertThat(signUp.userConfirmed()).isTrue();
			assertThat(signUp.codeDeliveryDetails()).isNull();
			assertThat(admin.adminGetUser((request) -> request.userPoolId(setup.userPoolId()).username("alice"))
				.userAttributes()).contains(attribute("email_verified", "true"));
		}
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.triggerSource()).isEqualTo("PreSignUp_SignUp");
			assertThat(event.userPoolId()).isEqualTo(setup.userPoolId());
			assertThat(event.userName()).isEqualTo("alice");
			assertThat(event.request()).containsEntry("userAttributes", Map.of("email", "alice@example.com"))
				.containsEntry("clientMetadata", Map.of("invite", "abc"));
			assertThat(event.toJson().path("callerContext").path("clientId").asString()).isEqualTo(setup.clientId());
			assertThat(event.toJson().path("version").asString()).isEqualTo("1");
		});
	}

	@Test
	void preSignUpWhenTriggerThrowsThenUserLambdaValidationExceptionAndNoUser() {
		Provisioned setup = cognito.provision().trigger(TriggerType.PRE_SIGN_UP, (event) -> {
			throw new IllegalArgumentException("Domain not allowed");
		}).create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito());
				CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			assertThatExceptionOfType(UserLambdaValidationException.class)
				.isThrownBy(() -> client
					.signUp((request) -> request.clientId(setup.clientId()).username("bob").password("Passw0rd!")))
				.withMessageContaining("PreSignUp failed with error Domain not allowed.");
			assertThatExceptionOfType(UserNotFoundException.class).isThrownBy(
					() -> admin.adminGetUser((request) -> request.userPoolId(setup.userPoolId()).username("bob")));
		}
	}

	@Test
	void preSignUpWhenAdminCreatesUserThenAdminCreateUserSource() {
		List<String> sources = new ArrayList<>();
		Provisioned setup = cognito.provision()
			.trigger(TriggerType.PRE_SIGN_UP, (event) -> sources.add(event.triggerSource()))
			.create();
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			admin.adminCreateUser(
					(request) -> request.userPoolId(setup.userPoolId()).username("carl").messageAction("SUPPRESS"));
		}
		assertThat(sources).containsExactly("PreSignUp_AdminCreateUser");
	}

	@Test
	void postConfirmationWhenSignUpConfirmedThenCalledWithConfirmedUser() {
		List<TriggerEvent> events = new ArrayList<>();
		Provisioned setup = cognito.provision().trigger(TriggerType.POST_CONFIRMATION, events::add).create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			client.signUp((request) -> request.clientId(setup.clientId())
				.username("dana")
				.password("Passw0rd!")
				.userAttributes(attribute("email", "dana@example.com")));
			assertThat(events).isEmpty();
			client.confirmSignUp((request) -> request.clientId(setup.clientId())
				.username("dana")
				.confirmationCode(cognito.cognito().lastCode(setup.userPoolId(), "dana")));
		}
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.triggerSource()).isEqualTo("PostConfirmation_ConfirmSignUp");
			assertThat(attributes(event)).containsEntry("cognito:user_status", "CONFIRMED")
				.containsEntry("email", "dana@example.com")
				.containsEntry("email_verified", "true");
		});
	}

	@Test
	void preTokenGenerationWhenVersionOneAnswersThenIdTokenClaimsChangeAndGroupsAreOverridden() throws Exception {
		List<String> sources = new ArrayList<>();
		Provisioned setup = cognito.provision()
			.user("erin", "Passw0rd!")
			.userAttribute("email", "erin@example.com")
			.group("staff")
			.trigger(TriggerType.PRE_TOKEN_GENERATION, (event) -> {
				sources.add(event.triggerSource());
				assertThat(event.request()).containsKey("groupConfiguration");
				Map<String, Object> details = new LinkedHashMap<>();
				details.put("claimsToAddOrOverride", Map.of("tenant", "acme", "sub", "forged"));
				details.put("claimsToSuppress", List.of("email"));
				details.put("groupOverrideDetails", Map.of("groupsToOverride", List.of("vip")));
				event.response().put("claimsOverrideDetails", details);
			})
			.create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			AuthenticationResultType tokens = SignIn.tokens(client, setup);
			JWTClaimsSet id = JWTParser.parse(tokens.idToken()).getJWTClaimsSet();
			JWTClaimsSet access = JWTParser.parse(tokens.accessToken()).getJWTClaimsSet();
			assertThat(id.getStringClaim("tenant")).isEqualTo("acme");
			assertThat(id.getSubject()).isNotEqualTo("forged");
			assertThat(id.getClaims()).doesNotContainKey("email");
			assertThat(id.getStringListClaim("cognito:groups")).containsExactly("vip");
			assertThat(access.getStringListClaim("cognito:groups")).containsExactly("vip");
			assertThat(access.getClaims()).doesNotContainKey("tenant");
			client.initiateAuth((request) -> request.clientId(setup.clientId())
				.authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
				.authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken())));
		}
		assertThat(sources).containsExactly("TokenGeneration_Authentication", "TokenGeneration_RefreshTokens");
	}

	@Test
	void preTokenGenerationWhenVersionTwoAnswersThenAccessTokenClaimsAndScopesChange() throws Exception {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = admin.createUserPool((request) -> request.poolName("v2")
				.lambdaConfig((lambda) -> lambda.preTokenGenerationConfig((config) -> config.lambdaVersion("V2_0")
					.lambdaArn("arn:aws:lambda:us-east-1:123456789012:function:pre-token"))))
				.userPool()
				.id();
			String clientId = admin
				.createUserPoolClient((request) -> request.userPoolId(poolId)
					.clientName("api")
					.explicitAuthFlowsWithStrings("ALLOW_ADMIN_USER_PASSWORD_AUTH"))
				.userPoolClient()
				.clientId();
			cognito.cognito().trigger(poolId, TriggerType.PRE_TOKEN_GENERATION, (event) -> {
				assertThat(event.toJson().path("version").asString()).isEqualTo("2");
				assertThat(event.request()).containsKey("scopes");
				event.response()
					.put("claimsAndScopeOverrideDetails",
							Map.of("accessTokenGeneration",
									Map.of("claimsToAddOrOverride", Map.of("plan", "gold"), "scopesToAdd",
											List.of("orders/read")),
									"idTokenGeneration", Map.of("claimsToSuppress", List.of("cognito:username"))));
			});
			admin.adminCreateUser((request) -> request.userPoolId(poolId).username("finn").messageAction("SUPPRESS"));
			admin.adminSetUserPassword(
					(request) -> request.userPoolId(poolId).username("finn").password("Passw0rd!").permanent(true));
			AuthenticationResultType tokens = admin
				.adminInitiateAuth((request) -> request.userPoolId(poolId)
					.clientId(clientId)
					.authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
					.authParameters(Map.of("USERNAME", "finn", "PASSWORD", "Passw0rd!")))
				.authenticationResult();
			JWTClaimsSet access = JWTParser.parse(tokens.accessToken()).getJWTClaimsSet();
			assertThat(access.getStringClaim("plan")).isEqualTo("gold");
			assertThat(access.getStringClaim("scope")).isEqualTo("aws.cognito.signin.user.admin orders/read");
			// A claim Cognito protects stays.
			assertThat(JWTParser.parse(tokens.idToken()).getJWTClaimsSet().getStringClaim("cognito:username"))
				.isEqualTo("finn");
		}
	}

	@Test
	void customAuthWhenAnswerRightThenTokensAndWhenWrongThriceThenNotAuthorized() {
		Provisioned setup = customAuth(cognito.provision().user("gina", "Passw0rd!")).create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			InitiateAuthResponse challenge = startCustom(client, setup, "gina");
			assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
			assertThat(challenge.challengeParameters()).containsEntry("question", "6 x 7?")
				.containsEntry("USERNAME", "gina")
				.doesNotContainKey("answer");
			RespondToAuthChallengeResponse wrong = answer(client, setup, challenge.session(), "41");
			assertThat(wrong.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
			assertThat(answer(client, setup, wrong.session(), "42").authenticationResult().idToken()).isNotBlank();

			InitiateAuthResponse again = startCustom(client, setup, "gina");
			RespondToAuthChallengeResponse first = answer(client, setup, again.session(), "1");
			RespondToAuthChallengeResponse second = answer(client, setup, first.session(), "2");
			assertThatExceptionOfType(NotAuthorizedException.class)
				.isThrownBy(() -> answer(client, setup, second.session(), "3"))
				.withMessageContaining("Incorrect username or password.");
		}
	}

	@Test
	void customAuthWhenStartedWithSrpThenPasswordVerifierFirstThenCustomChallenge() {
		Provisioned setup = customAuth(cognito.provision().user("hugo", "Passw0rd!")).create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			TestSrpClient srp = new TestSrpClient();
			InitiateAuthResponse verifier = client.initiateAuth((request) -> request.clientId(setup.clientId())
				.authFlow(AuthFlowType.CUSTOM_AUTH)
				.authParameters(Map.of("USERNAME", "hugo", "CHALLENGE_NAME", "SRP_A", "SRP_A", srp.srpA())));
			assertThat(verifier.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
			RespondToAuthChallengeResponse custom = client.respondToAuthChallenge((request) -> request
				.clientId(setup.clientId())
				.challengeName(ChallengeNameType.PASSWORD_VERIFIER)
				.challengeResponses(
						srp.respond(setup.userPoolId(), "Passw0rd!", verifier.challengeParameters(), Instant.now())));
			assertThat(custom.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
			assertThat(answer(client, setup, custom.session(), "42").authenticationResult().accessToken()).isNotBlank();
		}
	}

	@Test
	void customAuthWhenPoolHasNoDefineTriggerThenCognitosError() {
		Provisioned setup = cognito.provision()
			.user("ida", "Passw0rd!")
			.explicitAuthFlows("ALLOW_CUSTOM_AUTH")
			.create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> startCustom(client, setup, "ida"))
				.withMessageContaining("Custom auth lambda trigger is not configured for the user pool.");
		}
	}

	@Test
	void userMigrationWhenUnknownUserSignsInWithPasswordThenMigratedAndSignedIn() {
		List<TriggerEvent> events = new ArrayList<>();
		Provisioned setup = cognito.provision().trigger(TriggerType.USER_MIGRATION, (event) -> {
			events.add(event);
			if (!"Legacy-Pass1".equals(event.request().get("password"))) {
				throw new IllegalStateException("Bad password");
			}
			event.response().put("userAttributes", Map.of("email", "jo@example.com", "email_verified", "true"));
			event.response().put("finalUserStatus", "CONFIRMED");
			event.response().put("messageAction", "SUPPRESS");
		}).create();
		Provisioned jo = new Provisioned(setup.endpoint(), setup.region(), setup.userPoolId(), setup.clientId(), null,
				"jo", "Legacy-Pass1", null, setup.issuer());
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito());
				CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			assertThatExceptionOfType(UserLambdaValidationException.class)
				.isThrownBy(() -> SignIn.password(client, jo, "Wrong-Pass1"))
				.withMessageContaining("UserMigration failed with error Bad password.");
			assertThat(SignIn.password(client, jo, "Legacy-Pass1").authenticationResult().idToken()).isNotBlank();
			assertThat(
					admin.adminGetUser((request) -> request.userPoolId(setup.userPoolId()).username("jo")).userStatus())
				.isEqualTo(UserStatusType.CONFIRMED);
			assertThat(SignIn.tokens(client, jo).accessToken()).isNotBlank();
		}
		assertThat(events).extracting(TriggerEvent::triggerSource)
			.containsExactly("UserMigration_Authentication", "UserMigration_Authentication");
	}

	@Test
	void userMigrationWhenUnknownUserForgetsPasswordThenMigratedWithResetRequiredAndCodeSent() {
		Provisioned setup = cognito.provision().trigger(TriggerType.USER_MIGRATION, (event) -> {
			assertThat(event.triggerSource()).isEqualTo("UserMigration_ForgotPassword");
			assertThat(event.request()).doesNotContainKey("password");
			event.response().put("userAttributes", Map.of("email", "kai@example.com", "email_verified", "true"));
		}).create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito());
				CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			assertThat(client.forgotPassword((request) -> request.clientId(setup.clientId()).username("kai"))
				.codeDeliveryDetails()
				.destination()).isEqualTo("k***@e***");
			assertThat(admin.adminGetUser((request) -> request.userPoolId(setup.userPoolId()).username("kai"))
				.userStatus()).isEqualTo(UserStatusType.RESET_REQUIRED);
			client.confirmForgotPassword((request) -> request.clientId(setup.clientId())
				.username("kai")
				.password("New-Passw0rd!")
				.confirmationCode(cognito.cognito().inbox("kai@example.com").get(0).code()));
			assertThat(admin.adminGetUser((request) -> request.userPoolId(setup.userPoolId()).username("kai"))
				.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
		}
	}

	@Test
	void builderTriggerWhenSetThenEveryPoolUsesItAndAPoolsOwnTriggerWins() {
		List<String> calls = new ArrayList<>();
		try (LocalCognito local = LocalCognito.builder()
			.trigger(TriggerType.PRE_SIGN_UP, (event) -> calls.add("every pool"))
			.build()
			.start(); CognitoIdentityProviderClient client = Sdk.userPools(local)) {
			Provisioned first = local.provision().create();
			Provisioned second = local.provision()
				.trigger(TriggerType.PRE_SIGN_UP, (event) -> calls.add("own trigger"))
				.create();
			for (Provisioned setup : List.of(first, second)) {
				client.signUp((request) -> request.clientId(setup.clientId()).username("lee").password("Passw0rd!"));
			}
		}
		assertThat(calls).containsExactly("every pool", "own trigger");
	}

	private static io.github.cognitosession.local.Provisioner customAuth(
			io.github.cognitosession.local.Provisioner provisioner) {
		return provisioner.explicitAuthFlows("ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
			.trigger(TriggerType.DEFINE_AUTH_CHALLENGE, (event) -> {
				List<?> session = (List<?>) event.request().get("session");
				Map<?, ?> last = session.isEmpty() ? Map.of() : (Map<?, ?>) session.get(session.size() - 1);
				long failures = session.stream()
					.filter((entry) -> "CUSTOM_CHALLENGE".equals(((Map<?, ?>) entry).get("challengeName"))
							&& Boolean.FALSE.equals(((Map<?, ?>) entry).get("challengeResult")))
					.count();
				if ("SRP_A".equals(last.get("challengeName"))) {
					event.response().put("challengeName", "PASSWORD_VERIFIER");
				}
				else if (Boolean.TRUE.equals(last.get("challengeResult"))
						&& "CUSTOM_CHALLENGE".equals(last.get("challengeName"))) {
					event.response().put("issueTokens", true);
				}
				else if (failures >= 3) {
					event.response().put("failAuthentication", true);
				}
				else {
					event.response().put("challengeName", "CUSTOM_CHALLENGE");
				}
			})
			.trigger(TriggerType.CREATE_AUTH_CHALLENGE, (event) -> {
				event.response().put("publicChallengeParameters", Map.of("question", "6 x 7?"));
				event.response().put("privateChallengeParameters", Map.of("answer", "42"));
				event.response().put("challengeMetadata", "ARITHMETIC");
			})
			.trigger(TriggerType.VERIFY_AUTH_CHALLENGE_RESPONSE, (event) -> {
				Map<?, ?> expected = (Map<?, ?>) event.request().get("privateChallengeParameters");
				event.response()
					.put("answerCorrect", expected.get("answer").equals(event.request().get("challengeAnswer")));
			});
	}

	private static InitiateAuthResponse startCustom(CognitoIdentityProviderClient client, Provisioned setup,
			String username) {
		return client.initiateAuth((request) -> request.clientId(setup.clientId())
			.authFlow(AuthFlowType.CUSTOM_AUTH)
			.authParameters(Map.of("USERNAME", username)));
	}

	private static RespondToAuthChallengeResponse answer(CognitoIdentityProviderClient client, Provisioned setup,
			String session, String answer) {
		Map<String, String> responses = new HashMap<>(Map.of("USERNAME", setup.username(), "ANSWER", answer));
		return client.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
			.challengeName(ChallengeNameType.CUSTOM_CHALLENGE)
			.session(session)
			.challengeResponses(responses));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> attributes(TriggerEvent event) {
		return (Map<String, Object>) event.request().get("userAttributes");
	}

	private static AttributeType attribute(String name, String value) {
		return AttributeType.builder().name(name).value(value).build();
	}

}
