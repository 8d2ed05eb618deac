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
package io.github.cognitosession.credentials;

/**
 * A {@link LoginsProvider} whose identity a test switches, as sign-in and sign-out do.
 *
 * @author Cognito Session contributors
 */
final class SwitchableLoginsProvider implements LoginsProvider {

	private volatile IdentityLogins logins;

	SwitchableLoginsProvider(IdentityLogins logins) {
		this.logins = logins;
	}

	void switchTo(IdentityLogins logins) {
		this.logins = logins;
	}

	@Override
	public String currentIdentityKey() {
		return this.logins.getIdentityKey();
	}

	@Override
	public IdentityLogins currentLogins() {
		return this.logins;
	}

}
