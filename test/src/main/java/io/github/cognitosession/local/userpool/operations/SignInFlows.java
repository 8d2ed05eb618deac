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

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cognitosession.local.server.CognitoError;
import tools.jackson.databind.JsonNode;

/**
 * The sign-in flows ({@code AuthFlow} of InitiateAuth and AdminInitiateAuth) and the
 * challenges ({@code ChallengeName} of RespondToAuthChallenge and
 * AdminRespondToAuthChallenge) the emulator knows, each a small handler registered by
 * name. A new flow or challenge is one more registration.
 *
 * @author Cognito Session contributors
 */
final class SignInFlows {

	/** Flows InitiateAuth takes. */
	static final Set<Api> CLIENT = Set.of(Api.CLIENT);

	/** Flows AdminInitiateAuth takes. */
	static final Set<Api> ADMIN = Set.of(Api.ADMIN);

	/** Flows both take. */
	static final Set<Api> BOTH = Set.of(Api.CLIENT, Api.ADMIN);

	private final Map<String, Flow> flows = new ConcurrentHashMap<>();

	private final Map<String, ChallengeAnswer> challenges = new ConcurrentHashMap<>();

	/**
	 * Register a flow.
	 * @param name the {@code AuthFlow} value
	 * @param allowedBy the {@code ExplicitAuthFlows} value the client needs, e.g.
	 * {@code ALLOW_USER_SRP_AUTH}
	 * @param apis the operations that take it
	 * @param start the handler
	 */
	void flow(String name, String allowedBy, Set<Api> apis, FlowStart start) {
		this.flows.put(name, new Flow(allowedBy, apis, start));
	}

	/**
	 * Register a challenge.
	 * @param name the {@code ChallengeName}
	 * @param answer the handler
	 */
	void challenge(String name, ChallengeAnswer answer) {
		this.challenges.put(name, answer);
	}

	JsonNode start(SignInContext context, String name, Map<String, String> parameters) {
		Flow flow = this.flows.get(name);
		if (flow == null || !flow.apis().contains(context.admin() ? Api.ADMIN : Api.CLIENT)) {
			throw CognitoError.invalidParameter("Initiate Auth method not supported.");
		}
		if (!context.client().allows(flow.allowedBy())) {
			throw CognitoError.invalidParameter(name + " flow not enabled for this client");
		}
		return flow.start().start(context, parameters);
	}

	JsonNode answer(SignInContext context, String name, String session, Map<String, String> responses) {
		ChallengeAnswer answer = this.challenges.get(name);
		if (answer == null) {
			throw CognitoError.invalidParameter("Unsupported ChallengeName " + name);
		}
		return answer.answer(context, session, responses);
	}

	/**
	 * The operations a flow is started with.
	 */
	enum Api {

		/** InitiateAuth. */
		CLIENT,

		/** AdminInitiateAuth. */
		ADMIN

	}

	/**
	 * Starts a flow.
	 */
	@FunctionalInterface
	interface FlowStart {

		JsonNode start(SignInContext context, Map<String, String> parameters);

	}

	/**
	 * Answers a challenge.
	 */
	@FunctionalInterface
	interface ChallengeAnswer {

		JsonNode answer(SignInContext context, String session, Map<String, String> responses);

	}

	private record Flow(String allowedBy, Set<Api> apis, FlowStart start) {

	}

}
