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

package io.github.cognitosession.store;

/**
 * Thrown while reading a store or key file whose content is unusable (corrupt, truncated,
 * encrypted with another key, from an unknown format version). The message is a reason
 * fit for a log line: it never contains key material or plaintext.
 *
 * @author Cognito Session contributors
 */
final class UnreadableSessionFileException extends Exception {

	UnreadableSessionFileException(String reason) {
		super(reason);
	}

}
