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

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.util.Assert;

/**
 * An {@link IdentityIdStore} that keeps the identity id in memory only: it is lost when
 * the process ends.
 *
 * @author Cognito Session contributors
 */
public final class InMemoryIdentityIdStore implements IdentityIdStore {

	private final AtomicReference<String> identityId = new AtomicReference<>();

	@Override
	public Optional<String> load() {
		return Optional.ofNullable(this.identityId.get());
	}

	@Override
	public void save(String identityId) {
		Assert.hasText(identityId, "identityId cannot be empty");
		this.identityId.set(identityId);
	}

	@Override
	public void clear() {
		this.identityId.set(null);
	}

	@Override
	public String toString() {
		return "InMemoryIdentityIdStore[identityId=" + this.identityId.get() + "]";
	}

}
