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

import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.srp.PasswordVerifier;
import io.github.cognitosession.local.token.TokenIssuer;
import io.github.cognitosession.local.userpool.Device;
import io.github.cognitosession.local.userpool.DeviceTracking;
import io.github.cognitosession.local.userpool.PoolUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A signed-in user's devices: ConfirmDevice (registers the device's SRP verifier),
 * UpdateDeviceStatus, GetDevice, ListDevices and ForgetDevice, all authorized by the
 * access token.
 *
 * @author Cognito Session contributors
 */
public final class Devices implements OperationGroup {

	private static final String REMEMBERED = "remembered";

	private static final String NOT_REMEMBERED = "not_remembered";

	private static final int MAX_LIMIT = 60;

	private final UserPoolServices services;

	public Devices(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "ConfirmDevice", this::confirmDevice)
			.add(OperationRegistry.USER_POOLS, "UpdateDeviceStatus", this::updateDeviceStatus)
			.add(OperationRegistry.USER_POOLS, "GetDevice", this::getDevice)
			.add(OperationRegistry.USER_POOLS, "ListDevices", this::listDevices)
			.add(OperationRegistry.USER_POOLS, "ForgetDevice", this::forgetDevice);
	}

	private JsonNode confirmDevice(Params request) {
		TokenIssuer.Subject subject = subject(request);
		Device device = subject.user().device(request.required("DeviceKey"));
		if (device == null) {
			throw deviceNotFound();
		}
		Params config = request.object("DeviceSecretVerifierConfig");
		if (config == null) {
			throw CognitoError.invalidParameter("Missing required parameter DeviceSecretVerifierConfig");
		}
		PasswordVerifier verifier;
		try {
			verifier = PasswordVerifier.of(positive(config.required("Salt")),
					positive(config.required("PasswordVerifier")));
		}
		catch (IllegalArgumentException ex) {
			throw CognitoError.invalidParameter("DeviceSecretVerifierConfig is not valid: " + ex.getMessage());
		}
		boolean prompt = subject.pool().deviceTracking() == DeviceTracking.USER_OPT_IN;
		device.confirm(verifier, request.optional("DeviceName"), !prompt, now());
		return Json.object().put("UserConfirmationNecessary", prompt);
	}

	private JsonNode updateDeviceStatus(Params request) {
		Device device = confirmedDevice(request);
		String status = request.required("DeviceRememberedStatus");
		if (!REMEMBERED.equals(status) && !NOT_REMEMBERED.equals(status)) {
			throw CognitoError.invalidParameter("DeviceRememberedStatus must be remembered or not_remembered");
		}
		device.setRemembered(REMEMBERED.equals(status), now());
		return Json.empty();
	}

	private JsonNode getDevice(Params request) {
		ObjectNode response = Json.object();
		response.set("Device", describe(confirmedDevice(request)));
		return response;
	}

	private JsonNode listDevices(Params request) {
		PoolUser user = subject(request).user();
		Integer limit = request.integer("Limit");
		int pageSize = (limit != null) ? limit : MAX_LIMIT;
		if (pageSize < 0 || pageSize > MAX_LIMIT) {
			throw CognitoError.invalidParameter("Limit must be between 0 and " + MAX_LIMIT);
		}
		List<Device> devices = user.confirmedDevices();
		int start = 0;
		String token = request.optional("PaginationToken");
		if (token != null) {
			start = paginationStart(token, devices.size());
		}
		int end = Math.min(devices.size(), start + pageSize);
		ObjectNode response = Json.object();
		ArrayNode array = response.putArray("Devices");
		devices.subList(start, end).forEach((device) -> array.add(describe(device)));
		if (end < devices.size()) {
			response.put("PaginationToken", Base64.getEncoder().encodeToString(Integer.toString(end).getBytes()));
		}
		return response;
	}

	private JsonNode forgetDevice(Params request) {
		TokenIssuer.Subject subject = subject(request);
		if (!subject.user().removeDevice(request.required("DeviceKey"))) {
			throw deviceNotFound();
		}
		return Json.empty();
	}

	private Device confirmedDevice(Params request) {
		Device device = subject(request).user().device(request.required("DeviceKey"));
		if (device == null || !device.confirmed()) {
			throw deviceNotFound();
		}
		return device;
	}

	private static ObjectNode describe(Device device) {
		ObjectNode node = Json.object().put("DeviceKey", device.key());
		ArrayNode attributes = node.putArray("DeviceAttributes");
		if (device.name() != null) {
			attributes.addObject().put("Name", "device_name").put("Value", device.name());
		}
		attributes.addObject().put("Name", "device_status").put("Value", "valid");
		attributes.addObject()
			.put("Name", "dev:device_remembered_status")
			.put("Value", device.remembered() ? REMEMBERED : NOT_REMEMBERED);
		Json.putTime(node, "DeviceCreateDate", device.createdAt());
		Json.putTime(node, "DeviceLastModifiedDate", device.lastModifiedAt());
		Json.putTime(node, "DeviceLastAuthenticatedDate", device.lastAuthenticatedAt());
		return node;
	}

	private static int paginationStart(String token, int size) {
		try {
			int start = Integer.parseInt(new String(Base64.getDecoder().decode(token)));
			if (start >= 0 && start <= size) {
				return start;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw CognitoError.invalidParameter("PaginationToken is not valid");
	}

	private static BigInteger positive(String base64) {
		try {
			return new BigInteger(1, Base64.getDecoder().decode(base64));
		}
		catch (IllegalArgumentException ex) {
			throw CognitoError.invalidParameter("DeviceSecretVerifierConfig values must be base64");
		}
	}

	private TokenIssuer.Subject subject(Params request) {
		return this.services.tokens().verifyAccessToken(request.required("AccessToken"));
	}

	private Instant now() {
		return this.services.clock().instant();
	}

	private static CognitoError deviceNotFound() {
		return CognitoError.resourceNotFound("Device does not exist.");
	}

}
