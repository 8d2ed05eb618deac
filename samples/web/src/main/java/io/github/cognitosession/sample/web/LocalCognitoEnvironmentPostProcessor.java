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

package io.github.cognitosession.sample.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Provisioned;
import org.apache.commons.logging.Log;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded Local Cognito and points the application at it, unless
 * {@code cognito.hosted-ui.domain} is set (then a real or other Cognito-compatible user
 * pool is used) or {@code sample.local-cognito.enabled} is {@code false}.
 * <p>
 * It has to be an environment post-processor: the {@code cognito.*} and
 * {@code spring.cloud.aws.*} properties must exist before any auto-configuration binds
 * them, and the app client's callback and sign-out URLs must name the port the server
 * will listen on, so the port is fixed here (a free one when {@code server.port} is 0).
 * It provisions a user pool with a public app client for the hosted UI, the demo user, an
 * identity pool and the bucket {@code sample.s3.bucket}. The emulator is registered in
 * the application context as a disposable singleton, so it stops when the context closes
 * or fails to start.
 *
 * @author Cognito Session contributors
 */
public final class LocalCognitoEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/**
	 * Name of the property source holding the emulator's settings.
	 */
	public static final String PROPERTY_SOURCE_NAME = "localCognito";

	/**
	 * Name of the emulator's bean.
	 */
	public static final String BEAN_NAME = "localCognito";

	static final String DEMO_USERNAME = "demo";

	static final int DEFAULT_SERVER_PORT = 8080;

	static final String DEFAULT_BUCKET = "cognito-session-sample";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Log logger;

	public LocalCognitoEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(LocalCognitoEnvironmentPostProcessor.class);
	}

	// After the config data, so application.properties, profiles and command-line
	// arguments decide whether the emulator is wanted and on which port.
	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
			return;
		}
		if (environment.containsProperty("cognito.hosted-ui.domain")) {
			this.logger.info("cognito.hosted-ui.domain is set: using it instead of an embedded Local Cognito");
			return;
		}
		if (!environment.getProperty("sample.local-cognito.enabled", Boolean.class, true)) {
			return;
		}
		int port = serverPort(environment);
		String configuredPassword = environment.getProperty("sample.local-cognito.password");
		String password = (configuredPassword != null) ? configuredPassword : generatedPassword();
		LocalCognito cognito = LocalCognito.builder().issuerBaseFromEndpoint().build().start();
		try {
			Provisioned setup = cognito.provision()
				.poolName("web-sample")
				.clientName("web-sample")
				.oauthUrls(
						List.of(url("localhost", port, "/login/oauth2/code/cognito"),
								url("127.0.0.1", port, "/login/oauth2/code/cognito")),
						List.of(url("localhost", port, "/"), url("127.0.0.1", port, "/")))
				.user(DEMO_USERNAME, password)
				.userAttribute("email", "demo@example.com")
				.identityPool(false)
				.create();
			LocalBucket.create(setup, environment.getProperty("sample.s3.bucket", DEFAULT_BUCKET));
			environment.getPropertySources()
				.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties(cognito, setup, port)));
			LocalCognitoDemo demo = new LocalCognitoDemo(cognito.endpoint(), DEMO_USERNAME, password);
			application.addInitializers((context) -> register(context, cognito, demo));
			// A generated password is shown, or nobody could sign in; a configured one is
			// known already and stays out of the log.
			this.logger.info("Local Cognito runs at " + cognito.endpoint() + ". Open http://localhost:" + port
					+ "/ and sign in as '" + DEMO_USERNAME + "' with " + ((configuredPassword != null)
							? "the password set in sample.local-cognito.password" : "the password '" + password + "'"));
		}
		catch (RuntimeException ex) {
			cognito.close();
			throw ex;
		}
	}

	// The setup's own properties include the hosted-UI domain, as the client has OAuth
	// URLs.
	private static Map<String, Object> properties(LocalCognito cognito, Provisioned setup, int port) {
		Map<String, Object> properties = new LinkedHashMap<>(setup.springProperties());
		properties.put("server.port", String.valueOf(port));
		// The sign-out address comes from configuration, never from the request's Host.
		properties.put("cognito.hosted-ui.base-url", url("localhost", port, ""));
		properties.put("spring.cloud.aws.region.static", setup.region());
		properties.put("spring.cloud.aws.s3.endpoint", cognito.s3Endpoint());
		properties.put("spring.cloud.aws.s3.path-style-access-enabled", "true");
		return properties;
	}

	private static void register(ConfigurableApplicationContext context, LocalCognito cognito, LocalCognitoDemo demo) {
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(BEAN_NAME, cognito);
		beanFactory.registerSingleton("localCognitoDemo", demo);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(BEAN_NAME, cognito::close);
		}
	}

	private static int serverPort(ConfigurableEnvironment environment) {
		int port = environment.getProperty("server.port", Integer.class, DEFAULT_SERVER_PORT);
		return (port != 0) ? port : freePort();
	}

	// The callback URL registered with the app client must carry the real port, so a
	// random port (server.port=0, as in tests) is chosen here rather than by the server.
	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for the web sample", ex);
		}
	}

	private static String url(String host, int port, String path) {
		return "http://" + host + ":" + port + path;
	}

	private static String generatedPassword() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return "Demo-" + HexFormat.of().formatHex(bytes);
	}

}
