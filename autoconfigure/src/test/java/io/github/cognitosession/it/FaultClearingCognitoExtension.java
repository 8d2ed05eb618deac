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

package io.github.cognitosession.it;

import java.time.Clock;

import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Provisioner;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Local Cognito for the refresh integration tests: the emulator runs on the test's clock
 * and forgets its injected faults after each test, so that a fault left unconsumed by one
 * test never fails the next.
 *
 * @author Cognito Session contributors
 */
final class FaultClearingCognitoExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	private final LocalCognitoExtension delegate;

	private FaultClearingCognitoExtension(LocalCognitoExtension delegate) {
		this.delegate = delegate;
	}

	static FaultClearingCognitoExtension withClock(Clock clock) {
		return new FaultClearingCognitoExtension(LocalCognitoExtension.configure((builder) -> builder.clock(clock)));
	}

	LocalCognito cognito() {
		return this.delegate.cognito();
	}

	Provisioner provision() {
		return this.delegate.provision();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.delegate.beforeAll(context);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.delegate.afterAll(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.delegate.beforeEach(context);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.delegate.cognito().faults().clear();
		this.delegate.afterEach(context);
	}

}
