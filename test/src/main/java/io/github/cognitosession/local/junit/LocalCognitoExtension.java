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

package io.github.cognitosession.local.junit;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.message.Message;
import io.github.cognitosession.local.Provisioner;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link LocalCognito} for a test class: as a {@code static} field with
 * {@code @RegisterExtension} it starts once before all tests on a random port and stops
 * after them (as an instance field, around each test). Test methods can take the
 * {@link LocalCognito} as a parameter.
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static LocalCognitoExtension cognito = LocalCognitoExtension.create();
 *
 * &#64;Test
 * void signIn() {
 *     Provisioned setup = cognito.provision().user("alice", "Passw0rd!").create();
 *     ...
 * }
 * </pre>
 *
 * @author Cognito Session contributors
 */
public final class LocalCognitoExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private final LocalCognito cognito;

	private boolean startedPerTest;

	private LocalCognitoExtension(LocalCognito cognito) {
		this.cognito = cognito;
	}

	/**
	 * An extension with the default emulator (127.0.0.1, random port, us-east-1).
	 * @return the extension
	 */
	public static LocalCognitoExtension create() {
		return configure((builder) -> {
		});
	}

	/**
	 * An extension whose emulator is configured by the caller (clock, issuer, region...).
	 * @param customizer customizes the builder
	 * @return the extension
	 */
	public static LocalCognitoExtension configure(Consumer<LocalCognito.Builder> customizer) {
		Objects.requireNonNull(customizer, "customizer cannot be null");
		LocalCognito.Builder builder = LocalCognito.builder();
		customizer.accept(builder);
		return new LocalCognitoExtension(builder.build());
	}

	/**
	 * The emulator (running during the tests).
	 * @return the emulator
	 */
	public LocalCognito cognito() {
		return this.cognito;
	}

	/**
	 * Shortcut for {@code cognito().provision()}.
	 * @return a provisioner
	 */
	public Provisioner provision() {
		return this.cognito.provision();
	}

	/**
	 * Shortcut for {@code cognito().endpoint()}.
	 * @return the endpoint
	 */
	public String endpoint() {
		return this.cognito.endpoint();
	}

	/**
	 * The messages sent to an e-mail address or phone number (codes, temporary
	 * passwords), oldest first: the user's inbox.
	 * @param destination the address or number, unmasked
	 * @return the messages
	 */
	public List<Message> inbox(String destination) {
		return this.cognito.inbox(destination);
	}

	/**
	 * The code of the last message to a user.
	 * @param poolId the user pool id
	 * @param username the user
	 * @return the code
	 * @throws java.util.NoSuchElementException when nothing was sent to the user
	 */
	public String lastCode(String poolId, String username) {
		return this.cognito.lastCode(poolId, username);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.cognito.start();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.cognito.stop();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (!this.cognito.isRunning()) {
			this.cognito.start();
			this.startedPerTest = true;
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (this.startedPerTest) {
			this.cognito.stop();
			this.startedPerTest = false;
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == LocalCognito.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return this.cognito;
	}

}
