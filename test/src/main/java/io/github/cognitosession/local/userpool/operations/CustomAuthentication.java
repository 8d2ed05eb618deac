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

package io.github.cognitosession.local.userpool.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.token.TokenSource;
import io.github.cognitosession.local.trigger.TriggerEvent;
import io.github.cognitosession.local.trigger.TriggerType;
import io.github.cognitosession.local.userpool.PoolUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CUSTOM_AUTH: the define-auth-challenge trigger decides each step from the challenges so
 * far; CUSTOM_CHALLENGE challenges come from the create-auth-challenge trigger and their
 * answers are checked by the verify-auth-challenge-response trigger. With
 * {@code CHALLENGE_NAME=SRP_A} and an {@code SRP_A} the sign-in starts with the password
 * by SRP (PASSWORD_VERIFIER), as Amplify's custom auth with SRP does.
 *
 * @author Cognito Session contributors
 */
final class CustomAuthentication {

	static final String CUSTOM_CHALLENGE = "CUSTOM_CHALLENGE";

	private final SignInSteps steps;

	CustomAuthentication(SignInSteps steps) {
		this.steps = Objects.requireNonNull(steps, "steps cannot be null");
	}

	void registerWith(SignInFlows flows) {
		flows.flow("CUSTOM_AUTH", "ALLOW_CUSTOM_AUTH", SignInFlows.BOTH, this::start);
		flows.challenge(CUSTOM_CHALLENGE, this::answer);
	}

	private JsonNode start(SignInContext context, Map<String, String> parameters) {
		if (!this.steps.services().triggers().has(context.pool().id(), TriggerType.DEFINE_AUTH_CHALLENGE)) {
			throw CognitoError.invalidParameter("Custom auth lambda trigger is not configured for the user pool.");
		}
		String login = SignInSteps.required(parameters, "USERNAME");
		PoolUser user = this.steps.find(context, login);
		SecretHash.check(context.client(), parameters.get("SECRET_HASH"), login,
				(user != null) ? user.username() : null);
		if (user == null) {
			throw SignInSteps.userNotFound(context);
		}
		CustomAuthState state = CustomAuthState.START;
		if ("SRP_A".equals(parameters.get("CHALLENGE_NAME"))) {
			SignInSteps.checkNoResetRequired(user);
			state = state.after("SRP_A", true, null);
			String srpA = SignInSteps.required(parameters, "SRP_A");
			Map<String, Object> decision = defineResponse(context, user, state);
			if (!SrpAuthentication.PASSWORD_VERIFIER.equals(decision.get("challengeName"))) {
				return act(context, user, state, decision);
			}
			return SrpAuthentication.challenge(this.steps, context, user, srpA,
					ChallengeSessions.Pending.of(SrpAuthentication.PASSWORD_VERIFIER, context.client(), user)
						.custom(state));
		}
		return next(context, user, state);
	}

	private JsonNode answer(SignInContext context, String session, Map<String, String> responses) {
		String username = SignInSteps.required(responses, "USERNAME");
		SecretHash.check(context.client(), responses.get("SECRET_HASH"), username);
		String answer = SignInSteps.required(responses, "ANSWER");
		ChallengeSessions.Pending pending = this.steps.sessions().take(session, CUSTOM_CHALLENGE, context.client());
		PoolUser user = context.pool().user(pending.username());
		CustomAuthState state = pending.custom();
		Map<String, Object> request = request(context, user, state);
		request.remove("session");
		request.put("privateChallengeParameters", new LinkedHashMap<>(state.privateParameters()));
		request.put("challengeAnswer", answer);
		TriggerEvent event = event(TriggerType.VERIFY_AUTH_CHALLENGE_RESPONSE,
				"VerifyAuthChallengeResponse_Authentication", context, user, request);
		this.steps.services().triggers().invoke(TriggerType.VERIFY_AUTH_CHALLENGE_RESPONSE, event);
		boolean correct = Boolean.TRUE.equals(event.response().get("answerCorrect"));
		return next(context, user, state.after(CUSTOM_CHALLENGE, correct, state.challengeMetadata()));
	}

	/**
	 * Ask the define-auth-challenge trigger what comes next and do it.
	 * @param context the sign-in
	 * @param user the user
	 * @param state the challenges so far
	 * @return tokens or the next challenge
	 */
	JsonNode next(SignInContext context, PoolUser user, CustomAuthState state) {
		return act(context, user, state, defineResponse(context, user, state));
	}

	private JsonNode act(SignInContext context, PoolUser user, CustomAuthState state, Map<String, Object> response) {
		if (Boolean.TRUE.equals(response.get("failAuthentication"))) {
			throw CognitoError.notAuthorized(SignInSteps.WRONG_PASSWORD);
		}
		if (Boolean.TRUE.equals(response.get("issueTokens"))) {
			if (!user.enabled()) {
				throw CognitoError.notAuthorized("User is disabled.");
			}
			return this.steps.signedIn(context, user, null, TokenSource.AUTHENTICATION);
		}
		Object challengeName = response.get("challengeName");
		if (!CUSTOM_CHALLENGE.equals(challengeName)) {
			throw CognitoError.of("InvalidLambdaResponseException", "Unrecognizable lambda output");
		}
		Map<String, Object> request = request(context, user, state);
		request.put("challengeName", CUSTOM_CHALLENGE);
		TriggerEvent create = event(TriggerType.CREATE_AUTH_CHALLENGE, "CreateAuthChallenge_Authentication", context,
				user, request);
		this.steps.services().triggers().invoke(TriggerType.CREATE_AUTH_CHALLENGE, create);
		Map<String, Object> privateParameters = map(create.response().get("privateChallengeParameters"));
		Object metadata = create.response().get("challengeMetadata");
		CustomAuthState next = state.challenge(privateParameters, (metadata != null) ? metadata.toString() : null);
		ObjectNode challenge = SignInSteps.challenge(CUSTOM_CHALLENGE, this.steps.sessions()
			.open(ChallengeSessions.Pending.of(CUSTOM_CHALLENGE, context.client(), user).custom(next)));
		ObjectNode parameters = SignInSteps.parameters(challenge);
		map(create.response().get("publicChallengeParameters"))
			.forEach((name, value) -> parameters.put(name, String.valueOf(value)));
		parameters.put("USERNAME", user.username());
		return challenge;
	}

	private Map<String, Object> defineResponse(SignInContext context, PoolUser user, CustomAuthState state) {
		TriggerEvent event = event(TriggerType.DEFINE_AUTH_CHALLENGE, "DefineAuthChallenge_Authentication", context,
				user, request(context, user, state));
		this.steps.services().triggers().invoke(TriggerType.DEFINE_AUTH_CHALLENGE, event);
		return event.response();
	}

	private static Map<String, Object> request(SignInContext context, PoolUser user, CustomAuthState state) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("userAttributes", Users.eventAttributes(user));
		request.put("session", state.session());
		request.put("clientMetadata", new LinkedHashMap<>(context.clientMetadata()));
		request.put("userNotFound", false);
		return request;
	}

	private static TriggerEvent event(TriggerType type, String source, SignInContext context, PoolUser user,
			Map<String, Object> request) {
		return TriggerEvent.of(type, source, "1", context.pool().region(), context.pool().id(), user.username(),
				context.client().clientId(), request);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

}
