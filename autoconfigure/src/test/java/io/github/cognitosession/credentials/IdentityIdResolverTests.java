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
package io.github.cognitosession.credentials;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import io.github.cognitosession.exception.CognitoSessionException;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.GET_ID;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.POOL_ID;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.error;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.getId;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.identityId;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link IdentityIdResolver}.
 *
 * @author Cognito Session contributors
 */
class IdentityIdResolverTests {

	private static final LatchTransformer latch = new LatchTransformer();

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().extensions(latch))
		.build();

	private final InMemoryIdentityIdStore store = new InMemoryIdentityIdStore();

	private CognitoIdentityClient client;

	private IdentityIdResolver resolver;

	@BeforeEach
	void setUp() {
		latch.close();
		this.client = CognitoIdentityStubs.client(wireMock);
		this.resolver = new IdentityIdResolver(this.client, POOL_ID, this.store);
	}

	@AfterEach
	void tearDown() {
		latch.open();
		this.client.close();
	}

	@Test
	void resolveIdentityIdWhenNothingCachedThenGetIdAndCaches() {
		wireMock.stubFor(getId().willReturn(identityId("eu-west-1:guest-1")));

		assertThat(this.resolver.resolveIdentityId(IdentityLogins.guest("guest"))).isEqualTo("eu-west-1:guest-1");
		assertThat(this.resolver.resolveIdentityId(IdentityLogins.guest("guest"))).isEqualTo("eu-west-1:guest-1");

		assertThat(this.store.load()).contains("eu-west-1:guest-1");
		assertThat(this.resolver.cachedIdentityId()).contains("eu-west-1:guest-1");
		wireMock.verify(exactly(1), requested(GET_ID));
	}

	@Test
	void resolveIdentityIdWhenCalledConcurrentlyThenOneGetId() throws Exception {
		wireMock.stubFor(getId().willReturn(identityId("eu-west-1:guest-1").withTransformers(LatchTransformer.NAME)));
		ExecutorService executor = Executors.newFixedThreadPool(20);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				results.add(executor.submit(() -> this.resolver.resolveIdentityId(IdentityLogins.guest("guest"))));
			}
			assertThat(latch.awaitHeldRequest()).isTrue();
			latch.open();
			for (Future<String> result : results) {
				assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("eu-west-1:guest-1");
			}
		}
		finally {
			executor.shutdownNow();
		}
		wireMock.verify(exactly(1), requested(GET_ID));
	}

	@Test
	void resolveIdentityIdWhenIdentityPoolNotFoundThenErrorNamesPoolAndProperty() {
		wireMock.stubFor(getId()
			.willReturn(error(400, "ResourceNotFoundException", "IdentityPool '" + POOL_ID + "' not found.")));

		assertThatExceptionOfType(CognitoSessionException.class)
			.isThrownBy(() -> this.resolver.resolveIdentityId(IdentityLogins.guest("guest")))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("ResourceNotFoundException"))
			.withMessageContaining(POOL_ID)
			.withMessageContaining("cognito.identity-pool.id");
		assertThat(this.store.load()).isEmpty();
	}

	@Test
	void resolveIdentityIdWhenThrottledThenErrorKeepsCognitoCode() {
		wireMock.stubFor(getId().willReturn(error(400, "TooManyRequestsException", "Rate exceeded")));

		assertThatExceptionOfType(CognitoSessionException.class)
			.isThrownBy(() -> this.resolver.resolveIdentityId(IdentityLogins.guest("guest")))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("TooManyRequestsException"));
	}

	@Test
	void resolveIdentityIdWhenIdentityIdGivenThenNoGetId() {
		IdentityLogins logins = IdentityLogins.federated("dev:carol", IdentityLogins.DEVELOPER_PROVIDER_KEY, "token")
			.withIdentityId("eu-west-1:carol");

		assertThat(this.resolver.resolveIdentityId(logins)).isEqualTo("eu-west-1:carol");
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	@Test
	void evictWhenAnotherIdentityIdCachedMeanwhileThenKeepsIt() {
		this.store.save("eu-west-1:newer");

		this.resolver.evict("eu-west-1:older");

		assertThat(this.store.load()).contains("eu-west-1:newer");
	}

	@Test
	void evictWhenSameIdentityIdCachedThenClears() {
		this.store.save("eu-west-1:rejected");

		this.resolver.evict("eu-west-1:rejected");

		assertThat(this.store.load()).isEmpty();
	}

	@Test
	void resolveIdentityIdWhenCachedThenNoNetwork() {
		this.store.save("eu-west-1:cached");

		assertThat(this.resolver.resolveIdentityId(IdentityLogins.guest("guest"))).isEqualTo("eu-west-1:cached");
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

}
