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

package io.github.cognitosession.samples.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.github.cognitosession.device.Device;
import io.github.cognitosession.device.DeviceOperations;
import io.github.cognitosession.session.CognitoSessionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code devices list|remember|forget}: the signed-in user's remembered devices. A
 * remembered device signs in without MFA.
 *
 * @author Cognito Session contributors
 */
@Command(name = "devices",
		description = "The signed-in user's devices: 'devices list', 'devices remember', 'devices forget'.",
		synopsisSubcommandLabel = "COMMAND")
final class DevicesCommand implements Runnable {

	/**
	 * The devices role, there whenever the session manager tracks devices.
	 */
	static DeviceOperations devices(Supplier<CognitoSessionManager> sessionManager) {
		return sessionManager.get()
			.devices()
			.orElseThrow(() -> new IllegalStateException("Device tracking is off for this session manager"));
	}

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	/**
	 * {@code devices list}: one line per device Cognito tracks for the user.
	 */
	@Command(name = "list", description = "List the devices Cognito tracks for the signed-in user.")
	static final class ListDevices implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<CognitoSessionManager> sessionManager;

		ListDevices(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
			this.terminal = terminal;
			this.sessionManager = sessionManager;
		}

		@Override
		public Integer call() {
			List<Device> devices = devices(this.sessionManager).listDevices();
			if (devices.isEmpty()) {
				this.terminal.out().println("No devices.");
			}
			for (Device device : devices) {
				this.terminal.out()
					.println(((device.getName() != null) ? device.getName() : "(unnamed)") + "\t"
							+ (device.isRemembered() ? "remembered" : "not remembered") + "\tlast sign-in "
							+ ((device.getLastAuthenticated() != null) ? device.getLastAuthenticated() : "unknown"));
			}
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code devices remember}: this device skips MFA from now on.
	 */
	@Command(name = "remember", description = "Remember this device: its sign-ins skip MFA.")
	static final class Remember implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<CognitoSessionManager> sessionManager;

		Remember(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
			this.terminal = terminal;
			this.sessionManager = sessionManager;
		}

		@Override
		public Integer call() {
			devices(this.sessionManager).rememberDevice();
			this.terminal.out().println("This device is remembered.");
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code devices forget}: this device asks for MFA again.
	 */
	@Command(name = "forget", description = "Forget this device: its next sign-in asks for MFA again.")
	static final class Forget implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<CognitoSessionManager> sessionManager;

		Forget(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
			this.terminal = terminal;
			this.sessionManager = sessionManager;
		}

		@Override
		public Integer call() {
			devices(this.sessionManager).forgetDevice();
			this.terminal.out().println("This device is forgotten.");
			return ExitCodes.OK;
		}

	}

}
