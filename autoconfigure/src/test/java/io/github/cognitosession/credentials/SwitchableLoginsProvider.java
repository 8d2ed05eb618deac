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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link LoginsProvider} whose identity a test switches, as sign-in and sign-out do.
 * {@link #notifying(IdentityLogins) Notifying} ones tell the credentials provider of each
 * switch, as the session manager does over an application-wide store; the others leave it
 * to compare identity keys.
 *
 * @author Cognito Session contributors
 */
final class SwitchableLoginsProvider implements LoginsProvider {

	private final boolean notifying;

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private final AtomicInteger identityKeyReads = new AtomicInteger();

	private volatile IdentityLogins logins;

	SwitchableLoginsProvider(IdentityLogins logins) {
		this(logins, false);
	}

	private SwitchableLoginsProvider(IdentityLogins logins, boolean notifying) {
		this.logins = logins;
		this.notifying = notifying;
	}

	static SwitchableLoginsProvider notifying(IdentityLogins logins) {
		return new SwitchableLoginsProvider(logins, true);
	}

	static SwitchableLoginsProvider of(IdentityLogins logins, boolean notifying) {
		return new SwitchableLoginsProvider(logins, notifying);
	}

	void switchTo(IdentityLogins logins) {
		this.logins = logins;
		this.listeners.forEach(Runnable::run);
	}

	int identityKeyReads() {
		return this.identityKeyReads.get();
	}

	@Override
	public String currentIdentityKey() {
		this.identityKeyReads.incrementAndGet();
		return this.logins.getIdentityKey();
	}

	@Override
	public IdentityLogins currentLogins() {
		return this.logins;
	}

	@Override
	public boolean notifyIdentityChanges(Runnable listener) {
		if (this.notifying) {
			this.listeners.add(listener);
		}
		return this.notifying;
	}

}
