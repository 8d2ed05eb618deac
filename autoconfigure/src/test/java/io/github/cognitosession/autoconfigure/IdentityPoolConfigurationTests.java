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
package io.github.cognitosession.autoconfigure;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.awspring.cloud.autoconfigure.core.AwsAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.CredentialsProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.core.RegionProviderAutoConfiguration;
import io.awspring.cloud.autoconfigure.s3.S3AutoConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.cognitosession.credentials.SessionCredentialsProvider;
import io.github.cognitosession.session.IdentityPoolOperations;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.state.UserState;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link IdentityPoolConfiguration}: the Cognito credentials provider as the
 * application's {@link AwsCredentialsProvider} ahead of Spring Cloud AWS, the opt-out,
 * and Spring Cloud AWS's S3 client signing with the Cognito identity against Local
 * Cognito's S3.
 *
 * @author Cognito Session contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class IdentityPoolConfigurationTests {

	private static final String INFO_LINE = "AWS clients sign with Cognito identity pool";

	@RegisterExtension
	static LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@RegisterExtension
	static WireMockExtension s3 = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static Provisioned setup;

	@BeforeAll
	static void provision() {
		setup = cognito.provision().user("alice", "Passw0rd-alice").identityPool(true).create();
	}

	private static String[] properties(String... extra) {
		List<String> values = new ArrayList<>();
		for (Map.Entry<String, String> entry : setup.springProperties().entrySet()) {
			values.add(entry.getKey() + "=" + entry.getValue());
		}
		values.add("cognito.session.store=memory");
		values.add("cognito.identity-pool.guest-access=true");
		values.add("spring.cloud.aws.region.static=us-east-1");
		values.add("spring.cloud.aws.s3.path-style-access-enabled=true");
		values.add("spring.cloud.aws.s3.endpoint=" + setup.s3Endpoint());
		values.addAll(List.of(extra));
		return values.toArray(String[]::new);
	}

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CognitoSessionAutoConfiguration.class, AwsAutoConfiguration.class,
				CredentialsProviderAutoConfiguration.class, RegionProviderAutoConfiguration.class,
				S3AutoConfiguration.class))
		.withPropertyValues(properties());

	@Test
	void autoConfigurationWhenIdentityPoolThenCognitoProviderIsTheApplicationsAwsCredentialsProvider(
			CapturedOutput output) {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			SessionCredentialsProvider provider = context
				.getBean(IdentityPoolConfiguration.CREDENTIALS_PROVIDER_BEAN_NAME, SessionCredentialsProvider.class);
			AwsCredentialsProvider applicationProvider = context.getBean(AwsCredentialsProvider.class);
			assertThat(applicationProvider).isInstanceOf(DeferredCredentialsProvider.class);
			assertThat(applicationProvider.resolveCredentials()).isSameAs(provider.resolveCredentials());
			// the SDK reaches the one identity's provider with no hop through the session
			// provider
			assertThat(((DeferredCredentialsProvider) applicationProvider).delegate())
				.isSameAs(provider.resolvingProvider())
				.isNotSameAs(provider);
			// and a warm call does not even go there: the bean mirrors its credentials
			assertThat(((DeferredCredentialsProvider) applicationProvider).mirrored())
				.isSameAs(provider.resolveCredentials());
			// Spring Cloud AWS's own chain backed off
			assertThat(context).doesNotHaveBean("credentialsProvider");
		});
		assertThat(output.getOut().split(INFO_LINE, -1)).hasSize(2);
		assertThat(output.getOut()).contains("cognito.identity-pool.default-credentials-provider=false");
	}

	@Test
	void s3ClientWhenGuestThenPutObjectSignedWithCognitoCredentialsIsAcceptedByLocalS3() {
		this.contextRunner.run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			assertThat(manager.currentUserState()).isEqualTo(UserState.GUEST);
			S3Client client = context.getBean(S3Client.class);
			client.putObject((request) -> request.bucket("guest-bucket").key("hello.txt"),
					RequestBody.fromString("hello", StandardCharsets.UTF_8));
			assertThat(client.listObjectsV2((request) -> request.bucket("guest-bucket")).contents())
				.extracting(S3Object::key)
				.containsExactly("hello.txt");
		});
	}

	@Test
	void s3ClientWhenSignedInThenPutObjectSignedWithTheUsersIdentity() {
		this.contextRunner.run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			AwsSessionCredentials guest = manager.identityPool().orElseThrow().getCredentials();
			assertThat(manager.signIn("alice", "Passw0rd-alice").isDone()).isTrue();
			AwsSessionCredentials alice = manager.identityPool().orElseThrow().getCredentials();
			assertThat(alice.accessKeyId()).isNotEqualTo(guest.accessKeyId());
			S3Client client = context.getBean(S3Client.class);
			client.putObject(
					(request) -> request.bucket("users")
						.key(manager.identityPool().orElseThrow().getIdentityId() + "/a.txt"),
					RequestBody.fromString("alice", StandardCharsets.UTF_8));
			assertThat(client
				.getObjectAsBytes((request) -> request.bucket("users")
					.key(manager.identityPool().orElseThrow().getIdentityId() + "/a.txt"))
				.asUtf8String()).isEqualTo("alice");
		});
	}

	@Test
	void s3ClientWhenFederatedThenSignedWithTheFederatedIdentityAndUserPoolTokensUnavailable() {
		cognito.cognito().acceptFederatedLogin("accounts.google.com", "google-token-1", "google-subject-1");
		String federatedPool;
		try (CognitoIdentityClient admin = CognitoIdentityClient.builder()
			.region(Region.US_EAST_1)
			.endpointOverride(URI.create(cognito.endpoint()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.build()) {
			federatedPool = admin
				.createIdentityPool((request) -> request.identityPoolName("federated")
					.allowUnauthenticatedIdentities(true)
					.supportedLoginProviders(Map.of("accounts.google.com", "google-client-id")))
				.identityPoolId();
		}
		this.contextRunner.withPropertyValues("cognito.identity-pool.id=" + federatedPool).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			String guestIdentity = manager.identityPool().orElseThrow().getIdentityId();
			manager.identityPool().orElseThrow().federatedSignIn("accounts.google.com", "google-token-1");
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(manager.identityPool().orElseThrow().getIdentityId()).startsWith(setup.region() + ":")
				.isEqualTo(guestIdentity);
			assertThatExceptionOfType(NotSignedInException.class).isThrownBy(manager::getTokens)
				.withMessageStartingWith("Not signed in to the user pool");
			context.getBean(S3Client.class)
				.putObject((request) -> request.bucket("federated").key("f.txt"), RequestBody.fromString("f"));
			manager.signOut();
			assertThat(manager.currentUserState()).isEqualTo(UserState.GUEST);
			assertThat(manager.identityPool().orElseThrow().getIdentityId()).isNotEqualTo(guestIdentity);
		});
	}

	@Test
	void s3ClientWhenRequestMadeThenSigV4HeaderCarriesCognitoAccessKeyIdAndSessionToken() {
		s3.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
		this.contextRunner.withPropertyValues("spring.cloud.aws.s3.endpoint=" + s3.baseUrl()).run((context) -> {
			AwsSessionCredentials credentials = context.getBean(CognitoSessionManager.class)
				.identityPool()
				.orElseThrow()
				.getCredentials();
			context.getBean(S3Client.class)
				.putObject((request) -> request.bucket("bucket").key("key"), RequestBody.fromString("x"));
			s3.verify(
					anyRequestedFor(anyUrl())
						.withHeader("Authorization",
								matching("AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId()
										+ "/\\d{8}/us-east-1/s3/.*"))
						.withHeader("X-Amz-Security-Token", equalTo(credentials.sessionToken())));
		});
	}

	@Test
	void autoConfigurationWhenFileStorePathBoundWithS3ResourceResolverThenNoCircularReference(@TempDir Path directory) {
		// binding a Path runs Spring Cloud AWS's S3 protocol resolver, which creates the
		// S3Client while the Cognito properties are being bound
		this.contextRunner
			.withPropertyValues("cognito.session.store=file",
					"cognito.session.store-path=" + directory.resolve("app.session"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				context.getBean(S3Client.class)
					.putObject((request) -> request.bucket("file-store").key("k"), RequestBody.fromString("v"));
				assertThat(directory.resolve("app.session")).exists();
			});
	}

	@Test
	void autoConfigurationWhenOptedOutThenSpringCloudAwsKeepsItsOwnChain(CapturedOutput output) {
		this.contextRunner.withPropertyValues("cognito.identity-pool.default-credentials-provider=false")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasBean(IdentityPoolConfiguration.CREDENTIALS_PROVIDER_BEAN_NAME);
				AwsCredentialsProvider applicationProvider = context.getBean(AwsCredentialsProvider.class);
				assertThat(applicationProvider).isNotInstanceOf(SessionCredentialsProvider.class)
					.isSameAs(context.getBean("credentialsProvider"));
				// still there for whoever asks for it by name, and behind the manager
				assertThat(context.getBean(CognitoSessionManager.class)
					.identityPool()
					.orElseThrow()
					.getCredentials()
					.accessKeyId()).isNotEmpty();
			});
		assertThat(output.getOut()).doesNotContain(INFO_LINE);
	}

	@Test
	void autoConfigurationWhenApplicationHasItsOwnAwsCredentialsProviderThenItWins() {
		AwsCredentialsProvider own = StaticCredentialsProvider.create(AwsBasicCredentials.create("own", "own"));
		this.contextRunner.withBean("ownCredentialsProvider", AwsCredentialsProvider.class, () -> own)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasBean(IdentityPoolConfiguration.CREDENTIALS_PROVIDER_BEAN_NAME);
				assertThat(context.getBean(AwsCredentialsProvider.class)).isSameAs(own);
			});
	}

	@Test
	void autoConfigurationWhenSpringCloudAwsAbsentThenCredentialsStillWork() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CognitoSessionAutoConfiguration.class))
			.withPropertyValues(properties())
			.withClassLoader(new FilteredClassLoader("io.awspring.cloud"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
				assertThat(context.getBean(AwsCredentialsProvider.class).resolveCredentials().accessKeyId())
					.isEqualTo(manager.identityPool().orElseThrow().getCredentials().accessKeyId());
				assertThat(manager.identityPool().orElseThrow().getIdentityId()).startsWith(setup.region() + ":");
			});
	}

	@Test
	void autoConfigurationWhenNoIdentityPoolThenNoProviderAndCredentialsNotConfigured() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CognitoSessionAutoConfiguration.class))
			.withPropertyValues("cognito.user-pool.id=" + setup.userPoolId(),
					"cognito.user-pool.client-id=" + setup.clientId(), "cognito.session.store=memory")
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.doesNotHaveBean(SessionCredentialsProvider.class)
					.doesNotHaveBean(IdentityPoolOperations.class)
					.doesNotHaveBean(AwsCredentialsProvider.class);
				CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
				assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
				assertThat(manager.identityPool()).as("visible before run time").isEmpty();
			});
	}

	@Test
	void cognitoClientsWhenBuiltThenAnonymousWithBoundedApiCallTimeout() {
		this.contextRunner.run((context) -> {
			CognitoIdentityClient client = context.getBean(CognitoIdentityClient.class);
			assertThat(client.serviceClientConfiguration().overrideConfiguration().apiCallTimeout())
				.contains(Duration.ofSeconds(10));
			assertThat(client.serviceClientConfiguration().credentialsProvider())
				.isNotInstanceOf(SessionCredentialsProvider.class);
		});
	}

}
