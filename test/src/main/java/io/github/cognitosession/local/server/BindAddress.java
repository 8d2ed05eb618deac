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

package io.github.cognitosession.local.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Whether the address the emulator binds is reachable from other machines. The admin API
 * (create users, set passwords) has no authentication and codes are readable, so anything
 * but loopback deserves a warning.
 *
 * @author Cognito Session contributors
 */
public final class BindAddress {

	private BindAddress() {
	}

	/**
	 * The warning to log before listening on an address, if it is not loopback.
	 * @param host the address or host name to bind
	 * @return the warning, empty for a loopback address
	 */
	public static Optional<String> exposureWarning(String host) {
		if (isLoopback(host)) {
			return Optional.empty();
		}
		return Optional.of("Local Cognito is bound to " + host + ", which other machines may reach. Its admin API "
				+ "has no authentication: anyone who can connect can create users, set passwords and issue tokens. "
				+ "Bind 127.0.0.1 (the default) unless that is what you want.");
	}

	private static boolean isLoopback(String host) {
		try {
			// No DNS query for literals; a name is resolved as the server itself would.
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			// Binding will fail with a clear error; no reason to warn as well.
			return true;
		}
	}

}
