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
package io.github.cognitosession.userpool;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.util.StringUtils;

/**
 * The one rule for every URL the library calls or trusts (Cognito endpoints, the key set,
 * the issuer, the hosted-UI domain): an absolute {@code https} URL with a host, or plain
 * {@code http} only to a loopback host (a local emulator). Over plain http to another
 * host, whoever is on the path could serve their own signing keys for the pool's issuer,
 * or read the tokens and codes in transit.
 *
 * @author Cognito Session contributors
 */
public final class CognitoUrls {

	/**
	 * The hosts plain http is allowed for, as named in messages.
	 */
	public static final String LOOPBACK_HOSTS = "127.0.0.1, ::1, localhost";

	private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

	private CognitoUrls() {
	}

	/**
	 * Check a URL against the rule.
	 * @param uri the URL
	 * @return the URL
	 * @throws IllegalArgumentException with a message naming the problem (and the URL,
	 * which is configuration, never a secret) when the URL breaks the rule
	 */
	public static URI requireSecure(URI uri) {
		if (!isAbsoluteHttp(uri)) {
			throw new IllegalArgumentException("'" + uri + "' is not an absolute http or https URL with a host");
		}
		if (!isSecure(uri)) {
			throw new IllegalArgumentException("'" + uri
					+ "' uses plain http to a host that is not loopback: use https (plain http is allowed only for "
					+ LOOPBACK_HOSTS + ")");
		}
		return uri;
	}

	/**
	 * Whether a URL is an absolute {@code http} or {@code https} URL with a host.
	 * @param uri the URL
	 * @return whether it is
	 */
	public static boolean isAbsoluteHttp(URI uri) {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		return uri.isAbsolute() && (scheme.equals("https") || scheme.equals("http"))
				&& StringUtils.hasText(uri.getHost());
	}

	/**
	 * Whether an absolute http(s) URL is safe to call or trust: {@code https}, or
	 * {@code http} to a loopback host.
	 * @param uri an absolute http or https URL
	 * @return whether it is secure
	 */
	public static boolean isSecure(URI uri) {
		return "https".equalsIgnoreCase(uri.getScheme()) || isLoopback(uri.getHost());
	}

	/**
	 * Whether a host is a loopback host: {@code localhost} or a literal loopback address
	 * ({@code 127.0.0.0/8}, {@code ::1}). Names other than {@code localhost} are never
	 * resolved, so that the configuration does not depend on DNS.
	 * @param host a host name or literal address, IPv6 with or without brackets
	 * @return whether the host is loopback
	 */
	public static boolean isLoopback(String host) {
		if (!StringUtils.hasText(host)) {
			return false;
		}
		String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		if (bare.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (!IPV4_LITERAL.matcher(bare).matches() && !IPV6_LITERAL.matcher(bare).matches()) {
			return false;
		}
		try {
			// a literal address (an IPv6 one has a colon), which is parsed, never looked
			// up
			return InetAddress.getByName(bare).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
