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

package io.github.cognitosession.faults;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * The faults of the fault matrix: what an upstream call can meet that is not Cognito's
 * genuine answer. None of them says anything about the session, so none may change it.
 *
 * @author Cognito Session contributors
 */
public enum Fault {

	/** The connection is reset before an answer. */
	CONNECTION_RESET,

	/** HTTP 200 with an empty body. */
	EMPTY_BODY,

	/** HTTP 200 with a body cut off in the middle of the JSON. */
	MALFORMED_JSON,

	/** HTTP 500 (Cognito's InternalErrorException). */
	HTTP_500,

	/** HTTP 503 with a load balancer's HTML page. */
	HTTP_503,

	/** Cognito's throttling (TooManyRequestsException; 429 on the OAuth endpoints). */
	THROTTLING,

	/** An answer that comes after the client's timeout. */
	TIMEOUT;

	/**
	 * How long a {@link #TIMEOUT} answer is held back: well past
	 * {@link FaultMatrix#CLIENT_TIMEOUT}, so that the client gives up first.
	 */
	static final int DELAY_MILLIS = 2000;

	/**
	 * Whether the fault is an HTTP 200 that arrives in time. For an operation whose
	 * answer has no fields ({@code RevokeToken}, {@code GlobalSignOut},
	 * {@code SetUserMFAPreference}, {@code UpdateDeviceStatus}, {@code ForgetDevice}) the
	 * SDK reads no body, so that is Cognito's complete answer and the call succeeds.
	 * @return whether the fault is a timely HTTP 200
	 */
	public boolean isTimelyOk() {
		return this == EMPTY_BODY || this == MALFORMED_JSON;
	}

	/**
	 * The fault as an AWS JSON 1.1 service (Cognito user pools, Cognito Identity)
	 * answers.
	 * @return the response
	 */
	public ResponseDefinitionBuilder awsJson() {
		return switch (this) {
			case CONNECTION_RESET -> connectionReset();
			case EMPTY_BODY -> response(200, "application/x-amz-json-1.1", "");
			case MALFORMED_JSON -> response(200, "application/x-amz-json-1.1", "{\"AuthenticationResult\":{\"IdT");
			case HTTP_500 -> response(500, "application/x-amz-json-1.1",
					"{\"__type\":\"InternalErrorException\",\"message\":\"Internal server error\"}")
				.withHeader("x-amzn-ErrorType", "InternalErrorException");
			case HTTP_503 -> serviceUnavailable();
			case THROTTLING -> response(400, "application/x-amz-json-1.1",
					"{\"__type\":\"TooManyRequestsException\",\"message\":\"Rate exceeded\"}")
				.withHeader("x-amzn-ErrorType", "TooManyRequestsException");
			case TIMEOUT -> response(200, "application/x-amz-json-1.1", "{}").withFixedDelay(DELAY_MILLIS);
		};
	}

	/**
	 * The fault as a plain HTTP endpoint answers (the hosted UI's OAuth 2.0 endpoints,
	 * the JWKS).
	 * @return the response
	 */
	public ResponseDefinitionBuilder http() {
		return switch (this) {
			case CONNECTION_RESET -> connectionReset();
			case EMPTY_BODY -> response(200, "application/json", "");
			case MALFORMED_JSON -> response(200, "application/json", "{\"keys\":[{\"kty\":\"RSA\",\"n\":");
			case HTTP_500 -> response(500, "application/json", "{\"error\":\"server_error\"}");
			case HTTP_503 -> serviceUnavailable();
			case THROTTLING ->
				response(429, "application/json", "{\"error\":\"too_many_requests\"}").withHeader("Retry-After", "1");
			case TIMEOUT -> response(200, "application/json", "{}").withFixedDelay(DELAY_MILLIS);
		};
	}

	private static ResponseDefinitionBuilder connectionReset() {
		return aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
	}

	private static ResponseDefinitionBuilder serviceUnavailable() {
		return response(503, "text/html", "<html><body><h1>503 Service Unavailable</h1></body></html>");
	}

	private static ResponseDefinitionBuilder response(int status, String contentType, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body);
	}

}
