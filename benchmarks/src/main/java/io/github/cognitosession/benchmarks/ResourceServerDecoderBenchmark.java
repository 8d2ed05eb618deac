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
package io.github.cognitosession.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.autoconfigure.resource.CognitoResourceServerAutoConfiguration;
import io.github.cognitosession.autoconfigure.web.CognitoUserScopeAutoConfiguration;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An API's resource server with the library's Cognito {@link JwtDecoder} against Spring
 * Boot's plain one, in the same run, each as its auto-configuration builds it:
 * <ul>
 * <li>{@code cognito*}: {@code cognito.user-pool.*} set, the library's auto-configuration
 * ({@code CognitoJwtDecoders}: RS256 only, the pool's keys through {@code JwkSources},
 * {@code CognitoAccessTokenValidator}: {@code token_use}, issuer, {@code client_id},
 * {@code exp}/{@code nbf}/{@code iat} with the clock skew) and its default stateless
 * chain with {@code CognitoJwtAuthenticationConverter};</li>
 * <li>{@code plain*}: {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} set,
 * Spring Boot's auto-configuration (a {@link SupplierJwtDecoder} of
 * {@code NimbusJwtDecoder.withIssuerLocation(issuer)}, validated by
 * {@code JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(issuer))}) and
 * its default chain with Spring Security's {@code JwtAuthenticationConverter}.</li>
 * </ul>
 * Both decode the same RS256 access token of Cognito's shape. The issuer, its discovery
 * document and its keys are served on 127.0.0.1; the keys are fetched once by each
 * decoder in the set-up and then cached, so that {@code *Decode} measures parsing, the
 * signature and the validators, and {@code *Request} a whole {@code GET /api/me} with the
 * token as a Bearer header through {@link MockMvc}: Spring Security's filter chain, the
 * decoder, the authentication converter and a controller returning the principal's name
 * (no socket, no servlet container). Each is measured alone on one thread
 * ({@code cognito*}, {@code plain*}) and side by side ({@code *SideBySide}: a thread of
 * each at the same time, for the ratio on a shared machine). Run with {@code java -jar
 * benchmarks/target/benchmarks.jar ResourceServerDecoderBenchmark}.
 *
 * @author Cognito Session contributors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ResourceServerDecoderBenchmark {

	private static final String USERNAME = "alice";

	private UserPoolKeysStub userPool;

	private AnnotationConfigWebApplicationContext cognitoApi;

	private AnnotationConfigWebApplicationContext plainApi;

	private JwtDecoder cognitoDecoder;

	private JwtDecoder plainDecoder;

	private MockMvc cognitoMvc;

	private MockMvc plainMvc;

	private String accessToken;

	private int keyFetchesAfterSetUp;

	@Setup
	public void setUp() throws Exception {
		this.userPool = new UserPoolKeysStub();
		// valid for longer than any run, so that no expiry is measured
		this.accessToken = this.userPool.accessToken(USERNAME, Duration.ofHours(12));
		Map<String, Object> cognito = new LinkedHashMap<>();
		cognito.put("cognito.user-pool.id", UserPoolKeysStub.USER_POOL_ID);
		cognito.put("cognito.user-pool.client-id", UserPoolKeysStub.CLIENT_ID);
		cognito.put("cognito.user-pool.endpoint", this.userPool.endpoint().toString());
		cognito.put("cognito.user-pool.issuer", this.userPool.issuer());
		cognito.put("cognito.session.store", "memory");
		this.cognitoApi = api(CognitoApi.class, cognito);
		this.plainApi = api(PlainApi.class,
				Map.of("spring.security.oauth2.resourceserver.jwt.issuer-uri", this.userPool.issuer()));
		this.cognitoDecoder = this.cognitoApi.getBean(JwtDecoder.class);
		this.plainDecoder = this.plainApi.getBean(JwtDecoder.class);
		check(this.cognitoDecoder instanceof NimbusJwtDecoder, "the Cognito API's decoder is " + this.cognitoDecoder);
		check(this.plainDecoder instanceof SupplierJwtDecoder, "the plain API's decoder is " + this.plainDecoder);
		this.cognitoMvc = mockMvc(this.cognitoApi);
		this.plainMvc = mockMvc(this.plainApi);
		// fetch and cache the keys (and the plain decoder's discovery), check both accept
		// the token and name the user as each converter does
		check(USERNAME.equals(cognitoDecode().getClaimAsString("username")), "the Cognito decoder's token");
		check(USERNAME.equals(plainDecode().getClaimAsString("username")), "the plain decoder's token");
		// the decoders are the ones compared: only the Cognito one checks token_use
		String idToken = this.userPool.token(USERNAME, "id", Duration.ofHours(12));
		check(refuses(this.cognitoDecoder, idToken), "the Cognito decoder accepted a token with token_use=id");
		check(!refuses(this.plainDecoder, idToken), "the plain decoder refused a token with token_use=id");
		String subject = plainDecode().getSubject();
		expectOk(this.cognitoMvc, USERNAME);
		expectOk(this.plainMvc, subject);
		this.keyFetchesAfterSetUp = this.userPool.keyFetches();
		check(this.keyFetchesAfterSetUp == 2, "the keys were fetched " + this.keyFetchesAfterSetUp + " times");
	}

	@TearDown
	public void tearDown() {
		int fetches = this.userPool.keyFetches();
		this.cognitoApi.close();
		this.plainApi.close();
		this.userPool.close();
		// a fetch while measuring would have been measured: the run does not count
		check(fetches == this.keyFetchesAfterSetUp,
				"the keys were fetched again while measuring (" + fetches + " fetches in all)");
	}

	@Benchmark
	@Threads(1)
	public Jwt cognitoDecode() {
		return this.cognitoDecoder.decode(this.accessToken);
	}

	@Benchmark
	@Threads(1)
	public Jwt plainDecode() {
		return this.plainDecoder.decode(this.accessToken);
	}

	@Benchmark
	@Threads(1)
	public MockHttpServletResponse cognitoRequest() throws Exception {
		return request(this.cognitoMvc);
	}

	@Benchmark
	@Threads(1)
	public MockHttpServletResponse plainRequest() throws Exception {
		return request(this.plainMvc);
	}

	/*
	 * Side by side: one thread of each decoder at the same time in the same fork, so that
	 * both see the same machine (other processes on a shared machine change the solo
	 * runs' numbers from one benchmark to the next).
	 */

	@Benchmark
	@Group("decodeSideBySide")
	@GroupThreads(1)
	public Jwt decodeSideBySideCognito() {
		return this.cognitoDecoder.decode(this.accessToken);
	}

	@Benchmark
	@Group("decodeSideBySide")
	@GroupThreads(1)
	public Jwt decodeSideBySidePlain() {
		return this.plainDecoder.decode(this.accessToken);
	}

	@Benchmark
	@Group("requestSideBySide")
	@GroupThreads(1)
	public MockHttpServletResponse requestSideBySideCognito() throws Exception {
		return request(this.cognitoMvc);
	}

	@Benchmark
	@Group("requestSideBySide")
	@GroupThreads(1)
	public MockHttpServletResponse requestSideBySidePlain() throws Exception {
		return request(this.plainMvc);
	}

	private MockHttpServletResponse request(MockMvc mvc) throws Exception {
		return mvc.perform(get("/api/me").header("Authorization", "Bearer " + this.accessToken))
			.andReturn()
			.getResponse();
	}

	private void expectOk(MockMvc mvc, String name) throws Exception {
		MockHttpServletResponse response = request(mvc);
		check(response.getStatus() == 200 && name.equals(response.getContentAsString()),
				"GET /api/me answered " + response.getStatus() + " " + response.getContentAsString());
	}

	private static boolean refuses(JwtDecoder decoder, String token) {
		try {
			decoder.decode(token);
			return false;
		}
		catch (JwtValidationException ex) {
			return true;
		}
	}

	private static AnnotationConfigWebApplicationContext api(Class<?> configuration, Map<String, Object> properties) {
		AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
		context.setServletContext(new MockServletContext());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("benchmark", properties));
		context.register(configuration);
		context.refresh();
		return context;
	}

	private static MockMvc mockMvc(AnnotationConfigWebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context)
			.addFilters(context.getBean("springSecurityFilterChain", Filter.class))
			.build();
	}

	private static void check(boolean condition, String problem) {
		if (!condition) {
			throw new IllegalStateException("Benchmark set-up broken: " + problem);
		}
	}

	/**
	 * An application with {@code cognito.user-pool.*}: the library's auto-configuration
	 * before Spring Boot's, as the starter orders them.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	@ImportAutoConfiguration({ CognitoSessionAutoConfiguration.class, CognitoUserScopeAutoConfiguration.class,
			CognitoResourceServerAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
			SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
			UserDetailsServiceAutoConfiguration.class })
	static class CognitoApi {

		@Bean
		MeController meController() {
			return new MeController();
		}

	}

	/**
	 * An application with {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}:
	 * Spring Boot's auto-configuration alone.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	@ImportAutoConfiguration({ OAuth2ResourceServerAutoConfiguration.class, SecurityAutoConfiguration.class,
			ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class })
	static class PlainApi {

		@Bean
		MeController meController() {
			return new MeController();
		}

	}

	/**
	 * The API: who is calling.
	 */
	@RestController
	static class MeController {

		@GetMapping("/api/me")
		String me(Authentication authentication) {
			return authentication.getName();
		}

	}

}
