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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.local.server.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The event a trigger gets, in the shape of Cognito's Lambda trigger events
 * ({@code version}, {@code triggerSource}, {@code region}, {@code userPoolId},
 * {@code userName}, {@code callerContext}, {@code request}, {@code response}). The
 * request and response are plain mutable maps of JSON values (strings, numbers, booleans,
 * lists, maps), so a trigger writes its answer as a Lambda function would.
 *
 * @author Cognito Session contributors
 */
public final class TriggerEvent {

	private final Map<String, Object> event;

	@SuppressWarnings("unchecked")
	private TriggerEvent(Map<String, Object> event) {
		this.event = event;
		this.event.computeIfAbsent("request", (key) -> new LinkedHashMap<String, Object>());
		this.event.computeIfAbsent("response", (key) -> new LinkedHashMap<String, Object>());
	}

	/**
	 * A new event.
	 * @param type the trigger
	 * @param triggerSource e.g. {@code PreSignUp_SignUp}
	 * @param version the event version ({@code 1}, or {@code 2} for pre-token generation
	 * V2)
	 * @param region the region
	 * @param userPoolId the pool
	 * @param userName the user, may be {@code null} (custom auth before the user is
	 * known)
	 * @param clientId the app client, may be {@code null} (admin operations)
	 * @param request the request part
	 * @return the event
	 */
	public static TriggerEvent of(TriggerType type, String triggerSource, String version, String region,
			String userPoolId, String userName, String clientId, Map<String, Object> request) {
		Objects.requireNonNull(type, "type cannot be null");
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("version", version);
		event.put("triggerSource", triggerSource);
		event.put("region", region);
		event.put("userPoolId", userPoolId);
		event.put("userName", userName);
		Map<String, Object> caller = new LinkedHashMap<>();
		caller.put("awsSdkVersion", "local-cognito");
		caller.put("clientId", (clientId != null) ? clientId : "CLIENT_ID_NOT_APPLICABLE");
		event.put("callerContext", caller);
		event.put("request", new LinkedHashMap<>(request));
		event.put("response", new LinkedHashMap<String, Object>());
		return new TriggerEvent(event);
	}

	public String triggerSource() {
		return (String) this.event.get("triggerSource");
	}

	public String userPoolId() {
		return (String) this.event.get("userPoolId");
	}

	public String userName() {
		return (String) this.event.get("userName");
	}

	/**
	 * The request part: what Cognito tells the trigger.
	 * @return the mutable request map
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Object> request() {
		return (Map<String, Object>) this.event.get("request");
	}

	/**
	 * The response part: what the trigger answers.
	 * @return the mutable response map
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Object> response() {
		return (Map<String, Object>) this.event.get("response");
	}

	/**
	 * The whole event as JSON, as a Lambda function receives it.
	 * @return the JSON
	 */
	public ObjectNode toJson() {
		return Json.MAPPER.valueToTree(this.event);
	}

	/**
	 * Take the response of an event a webhook returned.
	 * @param returned the returned event (or just its response)
	 * @return whether it carried a response object
	 */
	@SuppressWarnings("unchecked")
	boolean takeResponse(JsonNode returned) {
		JsonNode response = returned.has("response") ? returned.get("response") : null;
		if (response == null || !response.isObject()) {
			return false;
		}
		response().clear();
		response().putAll(Json.MAPPER.convertValue(response, Map.class));
		return true;
	}

	@Override
	public String toString() {
		// Requests carry passwords (user migration) and answers: never printed.
		return "TriggerEvent[" + triggerSource() + ", " + userPoolId() + "]";
	}

}
