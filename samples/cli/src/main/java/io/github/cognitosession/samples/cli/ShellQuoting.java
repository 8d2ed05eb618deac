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
 * Quotes values for POSIX shells, for output meant for {@code eval "$(...)"}. The
 * credentials come from an endpoint, which must not be able to run commands in the user's
 * shell: a value is put in single quotes, inside which a shell interprets nothing, and
 * each single quote it holds is written as {@code '\''} (end the quoted part, an escaped
 * quote, quote again). Control characters (line breaks included) are refused rather than
 * quoted: no credential holds one, and an unquoted {@code eval $(...)} would mangle them.
 *
 * @author Cognito Session contributors
 */
final class ShellQuoting {

	private ShellQuoting() {
	}

	/**
	 * An {@code export} line for a variable.
	 * @param name the variable's name, a fixed one of ours
	 * @param value the value, whatever the endpoint returned
	 * @return {@code export NAME='value'}
	 * @throws CliException naming the variable (never the value) if the value holds a
	 * control character
	 */
	static String export(String name, String value) {
		return "export " + name + "=" + quote(name, value);
	}

	static String quote(String name, String value) {
		StringBuilder quoted = new StringBuilder(value.length() + 2).append('\'');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c)) {
				throw new CliException(
						"the credentials returned for " + name + " hold a control character; nothing was printed");
			}
			if (c == '\'') {
				quoted.append("'\\''");
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('\'').toString();
	}

}
