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

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.util.Assert;

/**
 * Makes an application's own security filter chain accept Cognito access tokens in one
 * line:
 *
 * <pre class="code">
 * http.authorizeHttpRequests((requests) -&gt; requests.requestMatchers("/api/admin/**").hasRole("admin")
 *         .anyRequest().authenticated())
 *     .with(CognitoResourceServerConfigurer.cognitoResourceServer(), Customizer.withDefaults());
 * </pre>
 *
 * It configures Spring Security's {@code oauth2ResourceServer} with a JWT decoder (the
 * application context's {@link JwtDecoder}, which the auto-configuration makes a
 * {@link CognitoJwtDecoders Cognito one}) and the
 * {@link CognitoJwtAuthenticationConverter} (the context's bean of that type, else a
 * default one): the principal's name is the username, groups are {@code ROLE_<group>} and
 * scopes {@code SCOPE_<scope>}. Whether the chain keeps HTTP sessions is left to the
 * application.
 *
 * @author Cognito Session contributors
 */
public final class CognitoResourceServerConfigurer
		extends AbstractHttpConfigurer<CognitoResourceServerConfigurer, HttpSecurity> {

	private JwtDecoder decoder;

	private Converter<Jwt, ? extends AbstractAuthenticationToken> authenticationConverter;

	/**
	 * Create the configurer, for {@code http.with(cognitoResourceServer(), ...)}.
	 * @return a new configurer
	 */
	public static CognitoResourceServerConfigurer cognitoResourceServer() {
		return new CognitoResourceServerConfigurer();
	}

	/**
	 * Use this decoder instead of the application context's {@link JwtDecoder}.
	 * @param decoder the decoder
	 * @return this configurer
	 */
	public CognitoResourceServerConfigurer decoder(JwtDecoder decoder) {
		Assert.notNull(decoder, "decoder cannot be null");
		this.decoder = decoder;
		return this;
	}

	/**
	 * Use this converter of verified tokens into authentications.
	 * @param authenticationConverter the converter
	 * @return this configurer
	 */
	public CognitoResourceServerConfigurer authenticationConverter(
			Converter<Jwt, ? extends AbstractAuthenticationToken> authenticationConverter) {
		Assert.notNull(authenticationConverter, "authenticationConverter cannot be null");
		this.authenticationConverter = authenticationConverter;
		return this;
	}

	@Override
	public void init(HttpSecurity http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		JwtDecoder jwtDecoder = (this.decoder != null) ? this.decoder : bean(context, JwtDecoder.class);
		Assert.state(jwtDecoder != null, "No JwtDecoder: set cognito.user-pool.id (with "
				+ "spring-boot-starter-security-oauth2-resource-server) or pass one to cognitoResourceServer()");
		Converter<Jwt, ? extends AbstractAuthenticationToken> converter = (this.authenticationConverter != null)
				? this.authenticationConverter : bean(context, CognitoJwtAuthenticationConverter.class);
		Converter<Jwt, ? extends AbstractAuthenticationToken> authentication = (converter != null) ? converter
				: new CognitoJwtAuthenticationConverter();
		http.oauth2ResourceServer((resourceServer) -> resourceServer
			.jwt((jwt) -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(authentication)));
	}

	private static <T> T bean(ApplicationContext context, Class<T> type) {
		return (context != null) ? context.getBeanProvider(type).getIfUnique() : null;
	}

}
