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
package io.github.cognitosession.autoconfigure.resource;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.SignedJWT;
import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.autoconfigure.web.CognitoUserScopeAutoConfiguration;
import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.resource.CognitoJwt;
import io.github.cognitosession.resource.CognitoResourceServerConfigurer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An API with the auto-configured resource server, called with real tokens of Local
 * Cognito: the pool's access tokens are accepted with the user's groups and scopes as
 * authorities; an ID token, a token of another pool or another app client, an expired
 * token and one signed with another key are refused with 401 and a
 * {@code WWW-Authenticate} error that says why.
 *
 * @author Cognito Session contributors
 */
class ResourceServerLocalCognitoTests {

	private static final String PASSWORD = "Passw0rd-api";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T10:00:00Z"));

	@RegisterExtension
	final LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(this.clock));

	private Provisioned setup;

	@BeforeEach
	void provision() {
		this.setup = this.cognito.provision()
			.user("alice", PASSWORD)
			.group("admin")
			.otherUser("bob", PASSWORD)
			.create();
	}

	private WebApplicationContextRunner contextRunner(String... extraProperties) {
		List<String> values = new ArrayList<>();
		this.setup.springProperties().forEach((key, value) -> values.add(key + "=" + value));
		values.addAll(List.of(extraProperties));
		return new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CognitoUserScopeAutoConfiguration.class,
					CognitoSessionAutoConfiguration.class, CognitoResourceServerAutoConfiguration.class,
					OAuth2ResourceServerAutoConfiguration.class, SecurityAutoConfiguration.class,
					ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class))
			.withBean(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME, Clock.class, () -> this.clock)
			.withUserConfiguration(Api.class)
			.withPropertyValues(values.toArray(String[]::new));
	}

	@Test
	void requestWhenAccessTokenOfThePoolAndClientThenAcceptedWithGroupsAndScopesAsAuthorities() {
		String accessToken = LocalCognitoTokens.signIn(this.setup).accessToken();
		contextRunner().run((context) -> {
			assertThat(context).hasSingleBean(JwtDecoder.class).hasSingleBean(SecurityFilterChain.class);
			MvcResult result = mockMvc(context).perform(get("/api/me").header("Authorization", "Bearer " + accessToken))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).contains("name=alice")
				.contains("groups=[admin]")
				.contains("ROLE_admin")
				.contains("SCOPE_aws.cognito.signin.user.admin")
				.contains("clientId=" + this.setup.clientId());
		});
	}

	@Test
	void requestWhenIdTokenThenUnauthorizedSayingItIsAnIdToken() {
		String idToken = LocalCognitoTokens.signIn(this.setup).idToken();
		contextRunner()
			.run((context) -> assertThat(refusal(context, idToken)).contains("token_use 'id', expected 'access'")
				.contains("ID token"));
	}

	@Test
	void requestWhenTokenOfAnotherPoolThenUnauthorizedForTheUnknownKey() {
		Provisioned other = this.cognito.provision().poolName("other").user("carol", PASSWORD).create();
		String accessToken = LocalCognitoTokens.signIn(other).accessToken();
		contextRunner().run((context) -> assertThat(refusal(context, accessToken)).contains("no matching key"));
	}

	@Test
	void requestWhenTokenOfAnotherClientThenUnauthorizedNamingTheClientId() {
		String otherClient = LocalCognitoTokens.createClient(this.setup, "other-client");
		String accessToken = LocalCognitoTokens.signIn(this.setup, otherClient, "alice", PASSWORD).accessToken();
		contextRunner().run((context) -> assertThat(refusal(context, accessToken))
			.contains("client_id '" + otherClient + "', expected client id '" + this.setup.clientId() + "'"));
	}

	@Test
	void requestWhenClientIdsEmptyThenTokenOfAnyClientOfThePoolAccepted() {
		String otherClient = LocalCognitoTokens.createClient(this.setup, "other-client");
		String accessToken = LocalCognitoTokens.signIn(this.setup, otherClient, "alice", PASSWORD).accessToken();
		contextRunner("cognito.resource-server.client-ids=").run((context) -> {
			MvcResult result = mockMvc(context).perform(get("/api/me").header("Authorization", "Bearer " + accessToken))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).contains("clientId=" + otherClient);
		});
	}

	@Test
	void requestWhenApplicationTokenValidatorRefusesThenUnauthorizedWithItsDescription() {
		String accessToken = LocalCognitoTokens.signIn(this.setup).accessToken();
		OAuth2TokenValidator<Jwt> onlyBob = (jwt) -> "bob".equals(jwt.getClaimAsString("username"))
				? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Only bob may call", null));
		contextRunner().withBean("onlyBob", OAuth2TokenValidator.class, () -> onlyBob)
			.run((context) -> assertThat(refusal(context, accessToken)).contains("Only bob may call"));
	}

	@Test
	void requestWhenTokenExpiredThenUnauthorizedSayingWhen() {
		AuthenticationResultType tokens = LocalCognitoTokens.signIn(this.setup);
		Instant expiresAt = this.clock.instant().plusSeconds(tokens.expiresIn());
		this.clock.advance(Duration.ofSeconds(tokens.expiresIn()).plusMinutes(2));
		contextRunner().run((context) -> assertThat(refusal(context, tokens.accessToken()))
			.contains("Access token expired at " + expiresAt));
	}

	@Test
	void requestWhenTokenWithinClockSkewAfterExpiryThenAccepted() {
		AuthenticationResultType tokens = LocalCognitoTokens.signIn(this.setup);
		this.clock.advance(Duration.ofSeconds(tokens.expiresIn()).plusSeconds(30));
		contextRunner().run((context) -> assertThat(
				mockMvc(context).perform(get("/api/me").header("Authorization", "Bearer " + tokens.accessToken()))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(200));
	}

	@Test
	void requestWhenTokenSignedWithAnotherKeyThenUnauthorizedForTheSignature() throws Exception {
		SignedJWT genuine = SignedJWT.parse(LocalCognitoTokens.signIn(this.setup).accessToken());
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		SignedJWT forged = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(genuine.getHeader().getKeyID()).build(),
				genuine.getJWTClaimsSet());
		forged.sign(new RSASSASigner((RSAPrivateKey) generator.generateKeyPair().getPrivate()));
		contextRunner()
			.run((context) -> assertThat(refusal(context, forged.serialize())).contains("Invalid signature"));
	}

	@Test
	void requestWhenNoTokenThenUnauthorizedAskingForABearerToken() {
		contextRunner().run((context) -> {
			MvcResult result = mockMvc(context).perform(get("/api/me")).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(401);
			assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer")
				.doesNotContain("error=");
		});
	}

	@Test
	void requestWhenOwnChainWithOneLineDslThenGroupsAuthorizeRequests() {
		String alice = LocalCognitoTokens.signIn(this.setup).accessToken();
		String bob = LocalCognitoTokens.signIn(this.setup, this.setup.clientId(), "bob", PASSWORD).accessToken();
		contextRunner().withUserConfiguration(AdminOnly.class).run((context) -> {
			MockMvc mvc = mockMvc(context);
			assertThat(mvc.perform(get("/api/admin").header("Authorization", "Bearer " + alice))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(200);
			MvcResult forbidden = mvc.perform(get("/api/admin").header("Authorization", "Bearer " + bob)).andReturn();
			assertThat(forbidden.getResponse().getStatus()).isEqualTo(403);
			assertThat(forbidden.getResponse().getHeader("WWW-Authenticate")).contains("insufficient_scope");
			assertThat(mvc.perform(get("/api/me").header("Authorization", "Bearer " + bob))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("name=bob").contains("groups=[]");
		});
	}

	private static String refusal(AssertableWebApplicationContext context, String token) throws Exception {
		MvcResult result = mockMvc(context).perform(get("/api/me").header("Authorization", "Bearer " + token))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		String header = result.getResponse().getHeader("WWW-Authenticate");
		assertThat(header).startsWith("Bearer error=\"invalid_token\"");
		return header;
	}

	private static MockMvc mockMvc(AssertableWebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class Api {

		@Bean
		MeController meController() {
			return new MeController();
		}

	}

	@RestController
	static class MeController {

		@GetMapping("/api/me")
		String me(Authentication authentication) {
			CognitoJwt token = CognitoJwt.from(authentication);
			return "name=" + authentication.getName() + ", groups=" + token.getGroups() + ", clientId="
					+ token.getClientId() + ", authorities="
					+ authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
		}

		@GetMapping("/api/admin")
		String admin(Authentication authentication) {
			return "admin " + authentication.getName();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class AdminOnly {

		@Bean
		SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) {
			http.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/api/admin").hasRole("admin").anyRequest().authenticated())
				.with(CognitoResourceServerConfigurer.cognitoResourceServer(), Customizer.withDefaults());
			return http.build();
		}

	}

}
