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

package io.github.cognitosession.exception;

/**
 * Makes a value that someone else chose (a token's {@code kid}, {@code iss}, {@code aud},
 * {@code token_use} or any other claim) safe to put into an exception message or a log
 * line: control and invisible formatting characters (line breaks, escape sequences,
 * bidirectional overrides) become {@code '?'}, so a value cannot forge log lines or hide
 * text, and a long value is cut to {@value #MAX_LENGTH} characters, so it cannot flood a
 * log.
 *
 * @author Cognito Session contributors
 */
public final class UntrustedValue {

	/**
	 * The number of characters of a value that are kept.
	 */
	public static final int MAX_LENGTH = 100;

	private static final char REPLACEMENT = '?';

	private UntrustedValue() {
	}

	/**
	 * Return a value fit for a message: control and formatting characters replaced by
	 * {@code '?'}, and at most {@value #MAX_LENGTH} characters followed by
	 * {@code "...(<n> chars)"} when it was longer.
	 * @param value the value, may be {@code null}
	 * @return the sanitized text ({@code "null"} for {@code null})
	 */
	public static String sanitize(Object value) {
		return sanitize(value, MAX_LENGTH);
	}

	/**
	 * Return a value fit for a message, as {@link #sanitize(Object)} does, but cut at
	 * another length, e.g. for a whole message that quotes several values.
	 * @param value the value, may be {@code null}
	 * @param maxLength the number of characters kept
	 * @return the sanitized text ({@code "null"} for {@code null})
	 */
	public static String sanitize(Object value, int maxLength) {
		if (maxLength < 1) {
			throw new IllegalArgumentException("maxLength must be positive");
		}
		String text = String.valueOf(value);
		int length = text.length();
		int end = Math.min(length, maxLength);
		if (end < length && Character.isHighSurrogate(text.charAt(end - 1))) {
			// never split a surrogate pair, which would leave half a character
			end--;
		}
		StringBuilder sanitized = new StringBuilder(end + 16);
		int i = 0;
		while (i < end) {
			int codePoint = text.codePointAt(i);
			if (isUnsafe(codePoint)) {
				sanitized.append(REPLACEMENT);
			}
			else {
				sanitized.appendCodePoint(codePoint);
			}
			i += Character.charCount(codePoint);
		}
		if (end < length) {
			sanitized.append("...(").append(length).append(" chars)");
		}
		return sanitized.toString();
	}

	// A lone surrogate is unsafe too: it is not a character and breaks encoders.
	private static boolean isUnsafe(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
					Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE ->
				true;
			default -> false;
		};
	}

}
