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

import java.io.PrintWriter;

/**
 * The demo's output: numbered steps with aligned {@code label: value} lines under them,
 * for a person to read.
 *
 * @author Cognito Session contributors
 */
final class DemoOutput {

	private static final String INDENT = "      ";

	private static final int LABEL_WIDTH = 18;

	private static final int VISIBLE_KEY_CHARACTERS = 4;

	private final PrintWriter out;

	private final int steps;

	private int step;

	DemoOutput(PrintWriter out, int steps) {
		this.out = out;
		this.steps = steps;
	}

	void title(String text) {
		this.out.println(text);
	}

	void step(String title) {
		this.step++;
		this.out.println();
		this.out.println("[" + this.step + "/" + this.steps + "] " + title);
	}

	void value(String label, Object value) {
		this.out.println(INDENT + String.format("%-" + LABEL_WIDTH + "s", label + ":") + " " + value);
	}

	void line(String text) {
		this.out.println(INDENT + text);
	}

	void blank() {
		this.out.println();
	}

	void flush() {
		this.out.flush();
	}

	/**
	 * Mask an access key id as {@code ASIA****WXYZ}: enough to recognise it, not enough
	 * to use it.
	 * @param accessKeyId the access key id
	 * @return the masked id
	 */
	static String maskAccessKeyId(String accessKeyId) {
		if (accessKeyId == null || accessKeyId.length() < 3 * VISIBLE_KEY_CHARACTERS) {
			return "****";
		}
		return accessKeyId.substring(0, VISIBLE_KEY_CHARACTERS) + "****"
				+ accessKeyId.substring(accessKeyId.length() - VISIBLE_KEY_CHARACTERS);
	}

}
