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

package io.github.cognitosession.local.fault;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InternalErrorException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Faults injected through the Java API reach the real SDK client as Cognito's errors,
 * 5xx, dropped connections and held calls.
 *
 * @author Cognito Session contributors
 */
class FaultInjectionTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	private static CognitoIdentityProviderClient client;

	private static Provisioned setup;

	@BeforeAll
	static void createClient() {
		client = Sdk.admin(cognito.cognito());
		setup = cognito.provision().create();
	}

	@AfterAll
	static void closeClient() {
		client.close();
	}

	@AfterEach
	void clearFaults() {
		cognito.cognito().faults().clear();
	}

	@Test
	void failNextWhenErrorThenNextCallsFailThenServiceRecovers() {
		cognito.cognito()
			.faults()
			.failNext("DescribeUserPool", 2, Fault.error("TooManyRequestsException", "Rate exceeded"));
		assertThatExceptionOfType(TooManyRequestsException.class).isThrownBy(this::describe)
			.withMessageContaining("Rate exceeded");
		assertThatExceptionOfType(TooManyRequestsException.class).isThrownBy(this::describe);
		assertThat(describe().userPool().id()).isEqualTo(setup.userPoolId());
	}

	@Test
	void failNextWhenServerErrorThenHttp500InternalError() {
		cognito.cognito().faults().failNext("DescribeUserPool", Fault.serverError());
		assertThatExceptionOfType(InternalErrorException.class).isThrownBy(this::describe)
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(500));
	}

	@Test
	void failNextWhenOtherOperationThenUnaffected() {
		cognito.cognito().faults().failNext("InitiateAuth", Fault.serverError());
		assertThat(describe().userPool()).isNotNull();
		assertThat(cognito.cognito().faults().remaining("InitiateAuth")).isEqualTo(1);
	}

	@Test
	void failNextWhenDropConnectionThenClientSeesIoFailure() {
		cognito.cognito().faults().failNext("DescribeUserPool", Fault.dropConnection());
		assertThatExceptionOfType(SdkClientException.class).isThrownBy(this::describe)
			.isNotInstanceOf(CognitoIdentityProviderException.class);
		assertThat(describe().userPool()).isNotNull();
	}

	@Test
	void holdUntilWhenReleasedThenCallCompletes() throws Exception {
		CountDownLatch arrived = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		cognito.cognito().faults().failNext("DescribeUserPool", Fault.holdUntil(release, arrived::countDown));
		CompletableFuture<DescribeUserPoolResponse> call = CompletableFuture.supplyAsync(this::describe);
		assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(call).isNotDone();
		release.countDown();
		assertThat(call.get(10, TimeUnit.SECONDS).userPool().id()).isEqualTo(setup.userPoolId());
	}

	@Test
	void failNextWhenTimesIsZeroThenRejected() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> cognito.cognito().faults().failNext("GetId", 0, Fault.serverError()));
	}

	private DescribeUserPoolResponse describe() {
		return client.describeUserPool((request) -> request.userPoolId(setup.userPoolId()));
	}

}
