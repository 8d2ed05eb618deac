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
package io.github.cognitosession.resource;

import java.util.ArrayList;
import java.util.Collection;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.Assert;

/**
 * Turns a verified Cognito access token into Spring Security's
 * {@link JwtAuthenticationToken}: the name is the user's {@code username} (a
 * machine-to-machine token has none: then its {@code sub}, the app client's id), the
 * authorities are those of {@link CognitoGrantedAuthoritiesConverter} plus Spring
 * Security's bearer-token factor. {@link CognitoJwt#of(Jwt)} reads the rest of the token.
 *
 * @author Cognito Session contributors
 */
public final class CognitoJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private Converter<Jwt, Collection<GrantedAuthority>> authoritiesConverter = new CognitoGrantedAuthoritiesConverter();

	/**
	 * Set the converter of the token's authorities (default
	 * {@link CognitoGrantedAuthoritiesConverter}).
	 * @param authoritiesConverter the converter
	 */
	public void setAuthoritiesConverter(Converter<Jwt, Collection<GrantedAuthority>> authoritiesConverter) {
		Assert.notNull(authoritiesConverter, "authoritiesConverter cannot be null");
		this.authoritiesConverter = authoritiesConverter;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Collection<GrantedAuthority> converted = this.authoritiesConverter.convert(jwt);
		Collection<GrantedAuthority> authorities = new ArrayList<>((converted != null) ? converted.size() + 1 : 1);
		if (converted != null) {
			authorities.addAll(converted);
		}
		// a new one each time: the factor records when it was issued
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.BEARER_AUTHORITY));
		return new JwtAuthenticationToken(jwt, authorities, CognitoJwt.of(jwt).getName());
	}

}
