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
package io.github.cognitosession.session;

import io.github.cognitosession.store.SessionRepository;

/**
 * The application scope's resolver: one session for the whole process.
 *
 * @author Cognito Session contributors
 */
final class ApplicationSessionKeyResolver implements SessionKeyResolver {

	static final ApplicationSessionKeyResolver INSTANCE = new ApplicationSessionKeyResolver();

	private ApplicationSessionKeyResolver() {
	}

	@Override
	public String resolveKey() {
		return SessionRepository.APPLICATION_KEY;
	}

	@Override
	public boolean isApplicationWide() {
		return true;
	}

	@Override
	public String toString() {
		return "SessionKeyResolver[application]";
	}

}
