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

package io.github.cognitosession.logscan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secrets the tests of this JVM use (passwords, client secrets, keys): a log line
 * that contains one of them is a finding. Tests and fixtures {@link #register(String)}
 * the secrets they make up or receive; fixed ones can be listed, one per line ({@code #}
 * starts a comment), in a {@value #RESOURCE} resource, which every module's test
 * resources may have. Values shorter than {@value #MIN_LENGTH} characters are ignored:
 * they would be found in innocent text.
 *
 * @author Cognito Session contributors
 */
public final class KnownSecrets {

	/**
	 * The resource listing fixed test secrets.
	 */
	public static final String RESOURCE = "log-scan/known-secrets.txt";

	/**
	 * The shortest secret that is looked for.
	 */
	public static final int MIN_LENGTH = 6;

	private static final Set<String> secrets = ConcurrentHashMap.newKeySet();

	private KnownSecrets() {
	}

	/**
	 * Register a secret the tests use, so that a log line holding it fails the build.
	 * @param secret the secret; ignored when {@code null} or shorter than
	 * {@value #MIN_LENGTH} characters
	 */
	public static void register(String secret) {
		if (secret != null && secret.strip().length() >= MIN_LENGTH) {
			secrets.add(secret.strip());
		}
	}

	static Set<String> all() {
		return Set.copyOf(secrets);
	}

	/**
	 * Register the secrets listed in every {@value #RESOURCE} on the class path.
	 * @param classLoader the class loader to look in
	 */
	static void registerListed(ClassLoader classLoader) {
		try {
			Enumeration<URL> resources = classLoader.getResources(RESOURCE);
			while (resources.hasMoreElements()) {
				try (BufferedReader reader = new BufferedReader(
						new InputStreamReader(resources.nextElement().openStream(), StandardCharsets.UTF_8))) {
					reader.lines()
						.map(String::strip)
						.filter((line) -> !line.startsWith("#"))
						.forEach(KnownSecrets::register);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

}
