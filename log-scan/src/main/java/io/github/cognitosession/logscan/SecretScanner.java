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

package io.github.cognitosession.logscan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in a line of text: by their shape (JWTs and JWEs, AWS secret keys next to
 * an access key id, AWS session tokens, opaque refresh tokens, TOTP secrets, Cognito
 * client secrets) and by value ({@link KnownSecrets}). Shapes are chosen to match what
 * Cognito and Local Cognito issue while staying clear of what logs normally hold (class
 * names, paths, UUIDs, hex digests, {@code [PROTECTED]}).
 *
 * @author Cognito Session contributors
 */
final class SecretScanner {

	private static final int MAX_REPORTED_LINE = 400;

	/** A signed or unsigned JWT: a JSON header and a JSON payload, base64url. */
	private static final Pattern JWT = Pattern
		.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}(?:\\.[A-Za-z0-9_-]*)?");

	/** A JWE in compact form (Cognito's refresh tokens): five base64url parts. */
	private static final Pattern JWE = Pattern
		.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");

	private static final Pattern AWS_ACCESS_KEY_ID = Pattern
		.compile("(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])");

	/** 40 characters of standard base64, the shape of an AWS secret access key. */
	private static final Pattern AWS_SECRET_KEY = Pattern
		.compile("(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{40}(?![A-Za-z0-9+/=])");

	private static final Pattern LABELLED_AWS_SECRET_KEY = Pattern
		.compile("(?i)(?:secret_?access_?key|aws_secret)[\"'\\s:=]+([A-Za-z0-9+/]{40})(?![A-Za-z0-9+/=])");

	/** A long run of standard base64, the shape of an AWS session token. */
	private static final Pattern AWS_SESSION_TOKEN = Pattern.compile("(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{200,}={0,2}");

	/**
	 * A long opaque base64url value, the shape of Local Cognito's refresh tokens (not a
	 * piece of a standard base64 value).
	 */
	private static final Pattern OPAQUE_TOKEN = Pattern
		.compile("(?<![A-Za-z0-9_+/-])[A-Za-z0-9_-]{100,}(?![A-Za-z0-9_+/=-])");

	/** 32 characters of base32, the shape of a TOTP secret (Cognito's SecretCode). */
	private static final Pattern TOTP_SECRET = Pattern.compile("(?<![A-Za-z0-9])[A-Z2-7]{32}(?![A-Za-z0-9])");

	/** 51 lower-case letters and digits, the shape of a Cognito app client secret. */
	private static final Pattern CLIENT_SECRET = Pattern.compile("(?<![A-Za-z0-9])[a-z0-9]{51}(?![A-Za-z0-9])");

	private final Supplier<Collection<String>> knownSecrets;

	SecretScanner(Supplier<Collection<String>> knownSecrets) {
		this.knownSecrets = knownSecrets;
	}

	/**
	 * Scan a line.
	 * @param line the line
	 * @return the secrets found, in the order they appear (empty when none)
	 */
	List<Match> scan(String line) {
		List<Match> matches = new ArrayList<>();
		find(line, JWT, "JWT", matches);
		find(line, JWE, "JWE (refresh token)", matches);
		if (AWS_ACCESS_KEY_ID.matcher(line).find()) {
			find(line, AWS_SECRET_KEY, "AWS secret access key", matches);
		}
		findGroup(line, LABELLED_AWS_SECRET_KEY, "AWS secret access key", matches);
		findIf(line, AWS_SESSION_TOKEN, "AWS session token", matches,
				(value) -> value.indexOf('+') >= 0 || value.indexOf('/') >= 0);
		findIf(line, OPAQUE_TOKEN, "opaque token (refresh token)", matches, SecretScanner::isRandomLooking);
		findIf(line, TOTP_SECRET, "TOTP secret", matches, SecretScanner::hasDigitAndLetter);
		findIf(line, CLIENT_SECRET, "client secret", matches, SecretScanner::hasDigitAndLetter);
		for (String secret : this.knownSecrets.get()) {
			int index = line.indexOf(secret);
			while (index >= 0) {
				matches.add(new Match("known test secret", index, index + secret.length()));
				index = line.indexOf(secret, index + 1);
			}
		}
		matches.sort(Comparator.comparingInt(Match::start));
		return matches;
	}

	/**
	 * The line with every match replaced by {@code [REDACTED <kind>]}, cut to a
	 * reasonable length: what a report may show.
	 * @param line the line
	 * @param matches its matches
	 * @return the redacted line
	 */
	static String redact(String line, List<Match> matches) {
		StringBuilder redacted = new StringBuilder();
		int position = 0;
		for (Match match : matches) {
			if (match.start() >= position) {
				redacted.append(line, position, match.start());
			}
			else if (match.end() <= position) {
				continue;
			}
			if (redacted.isEmpty() || !redacted.toString().endsWith("[REDACTED " + match.kind() + "]")) {
				redacted.append("[REDACTED ").append(match.kind()).append(']');
			}
			position = Math.max(position, match.end());
		}
		redacted.append(line, Math.min(position, line.length()), line.length());
		String result = redacted.toString().replaceAll("\\p{Cntrl}", "?");
		return (result.length() > MAX_REPORTED_LINE) ? result.substring(0, MAX_REPORTED_LINE) + "..." : result;
	}

	private static void find(String line, Pattern pattern, String kind, List<Match> matches) {
		findIf(line, pattern, kind, matches, (value) -> true);
	}

	private static void findIf(String line, Pattern pattern, String kind, List<Match> matches,
			java.util.function.Predicate<String> condition) {
		Matcher matcher = pattern.matcher(line);
		while (matcher.find()) {
			if (condition.test(matcher.group())) {
				matches.add(new Match(kind, matcher.start(), matcher.end()));
			}
		}
	}

	private static void findGroup(String line, Pattern pattern, String kind, List<Match> matches) {
		Matcher matcher = pattern.matcher(line);
		while (matcher.find()) {
			matches.add(new Match(kind, matcher.start(1), matcher.end(1)));
		}
	}

	private static boolean hasDigitAndLetter(String value) {
		return value.chars().anyMatch(Character::isDigit) && value.chars().anyMatch(Character::isLetter);
	}

	// Random base64url has upper case, lower case and digits; identifiers and words do
	// not all at once over 100 characters without a separator.
	private static boolean isRandomLooking(String value) {
		return value.chars().anyMatch(Character::isUpperCase) && value.chars().anyMatch(Character::isLowerCase)
				&& value.chars().anyMatch(Character::isDigit);
	}

	/**
	 * A secret found in a line.
	 *
	 * @param kind what it looks like
	 * @param start where it starts
	 * @param end where it ends (exclusive)
	 */
	record Match(String kind, int start, int end) {

	}

}
