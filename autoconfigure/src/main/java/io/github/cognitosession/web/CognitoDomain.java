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

package io.github.cognitosession.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

import io.github.cognitosession.userpool.CognitoUrls;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * A user pool domain serving the hosted UI (managed login) and its OAuth 2.0 endpoints.
 * <p>
 * Accepts an Amazon Cognito prefix domain
 * ({@code myapp.auth.eu-west-1.amazoncognito.com}), a custom domain
 * ({@code auth.example.com}), or a full {@code https://} URL. A plain {@code http://} URL
 * is accepted only for a loopback host, such as a local emulator
 * ({@code http://127.0.0.1:9229}), because the authorization code and tokens travel over
 * it.
 *
 * @author Cognito Session contributors
 */
public final class CognitoDomain {

	private final URI baseUri;

	private CognitoDomain(URI baseUri) {
		this.baseUri = baseUri;
	}

	/**
	 * Parse and validate a domain.
	 * @param domain a host name or a full URL
	 * @return the domain
	 * @throws IllegalArgumentException naming the problem when the domain is not usable
	 */
	public static CognitoDomain of(String domain) {
		Assert.hasText(domain, "domain cannot be empty");
		String trimmed = domain.strip();
		String candidate = trimmed.contains("://") ? trimmed : "https://" + trimmed;
		URI uri;
		try {
			uri = new URI(candidate);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("'" + trimmed + "' is not a valid host name or URL", ex);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new IllegalArgumentException("'" + trimmed + "' must use https");
		}
		if (!StringUtils.hasText(uri.getHost())) {
			throw new IllegalArgumentException("'" + trimmed + "' has no host name");
		}
		if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalArgumentException("'" + trimmed + "' must not contain user info, a query or a fragment");
		}
		if (scheme.equals("http") && !CognitoUrls.isLoopback(uri.getHost())) {
			throw new IllegalArgumentException(
					"'" + trimmed + "' uses plain http, which is allowed only for a loopback host ("
							+ CognitoUrls.LOOPBACK_HOSTS + ")");
		}
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return new CognitoDomain(URI.create(scheme + "://" + uri.getRawAuthority() + path));
	}

	/**
	 * The base URL, without a trailing slash.
	 * @return the base URL
	 */
	public URI getBaseUri() {
		return this.baseUri;
	}

	/**
	 * Whether this domain is served over plain http on a loopback host (a local
	 * emulator).
	 * @return {@code true} for a local domain
	 */
	public boolean isLocal() {
		return "http".equals(this.baseUri.getScheme());
	}

	public URI authorizationUri() {
		return resolve("/oauth2/authorize");
	}

	public URI tokenUri() {
		return resolve("/oauth2/token");
	}

	public URI userInfoUri() {
		return resolve("/oauth2/userInfo");
	}

	public URI logoutUri() {
		return resolve("/logout");
	}

	private URI resolve(String path) {
		return URI.create(this.baseUri + path);
	}

	@Override
	public boolean equals(Object other) {
		return (this == other) || (other instanceof CognitoDomain that && this.baseUri.equals(that.baseUri));
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.baseUri);
	}

	@Override
	public String toString() {
		return this.baseUri.toString();
	}

}
