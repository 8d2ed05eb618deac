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

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Provisioned;

/**
 * The demo's Cognito: an embedded Local Cognito on a random loopback port with a user
 * pool, a public app client, an identity pool that allows guests, and a demo user whose
 * password is random and never shown.
 *
 * @author Cognito Session contributors
 */
final class DemoCognito implements AutoCloseable {

	static final String USERNAME = "demo";

	private static final int PASSWORD_BYTES = 18;

	private final LocalCognito cognito;

	private final Provisioned setup;

	private DemoCognito(LocalCognito cognito, Provisioned setup) {
		this.cognito = cognito;
		this.setup = setup;
	}

	static DemoCognito start() {
		LocalCognito cognito = LocalCognito.builder().build().start();
		try {
			Provisioned setup = cognito.provision()
				.poolName("cognito-session-demo")
				.clientName("cognito-cli-demo")
				.user(USERNAME, randomPassword())
				.userAttribute("email", "demo@example.com")
				.identityPool(true)
				.create();
			return new DemoCognito(cognito, setup);
		}
		catch (RuntimeException ex) {
			cognito.stop();
			throw ex;
		}
	}

	private static String randomPassword() {
		byte[] random = new byte[PASSWORD_BYTES];
		new SecureRandom().nextBytes(random);
		// Letters of both cases, a digit and a symbol, whatever the policy asks for.
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "aA1!";
	}

	Provisioned setup() {
		return this.setup;
	}

	String endpoint() {
		return this.cognito.endpoint();
	}

	/**
	 * The application's properties: the provisioned pools, and an in-memory session so
	 * that the user's own session file is never touched.
	 * @return the properties
	 */
	Map<String, String> applicationProperties() {
		Map<String, String> properties = new LinkedHashMap<>(this.setup.springProperties());
		properties.put("cognito.session.store", "memory");
		properties.put("cognito.identity-pool.guest-access", "true");
		return properties;
	}

	@Override
	public void close() {
		this.cognito.stop();
	}

}
