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

/**
 * Exit codes of {@code cognito-cli}.
 *
 * @author Cognito Session contributors
 */
final class ExitCodes {

	/** The command succeeded. */
	static final int OK = 0;

	/** The command failed (Cognito refused, network error, not signed in, ...). */
	static final int FAILURE = 1;

	/** The command line was wrong (unknown command or option, missing argument). */
	static final int USAGE = 2;

	/** The application could not start, typically because of a wrong property. */
	static final int CONFIGURATION = 3;

	private ExitCodes() {
	}

}
