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

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.faults.Fault;
import io.github.cognitosession.faults.FaultMatrix;
import io.github.cognitosession.faults.UpstreamCalls;
import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.refresh.ManualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import static io.github.cognitosession.credentials.CognitoIdentityStubs.credentials;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.getCredentials;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.getId;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.identityId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The fault matrix of the identity-pool calls, {@code GetId} and
 * {@code GetCredentialsForIdentity}, through {@link CognitoIdentityCredentialsProvider}:
 * a fault never drops the cached identity id, still-valid credentials keep being served,
 * a caller without valid credentials gets a clear exception naming the call (with no ID
 * token or AWS secret in it), and after a failure Cognito Identity is called at most once
 * a second (time driven by the test clock).
 *
 * @author Cognito Session contributors
 */
class IdentityPoolFaultMatrixTests {

	private static final String POOL_ID = CognitoIdentityStubs.POOL_ID;

	private static final String IDENTITY_ID = "eu-west-1:alice";

	private static final String ID_TOKEN = "eyJhbGciOiJSUzI1NiJ9.id-token-secret.signature";

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private static final Instant EXPIRY = T0.plus(Duration.ofHours(1));

	/** Within the stale time: the caller's call refreshes. */
	private static final Instant STALE = EXPIRY.minusSeconds(30);

	private static final UpstreamCalls calls = new UpstreamCalls();

	@RegisterExtension
	static WireMockExtension cognito = FaultMatrix.server(calls);

	private final MutableClock clock = new MutableClock(T0);

	private final ManualScheduler scheduler = new ManualScheduler(this.clock);

	private final InMemoryIdentityIdStore identityIdStore = new InMemoryIdentityIdStore();

	private CognitoIdentityClient client;

	private CognitoIdentityCredentialsProvider provider;

	@BeforeEach
	void createProvider() {
		calls.reset();
		this.client = FaultMatrix.identityPools(cognito.baseUrl(), POOL_ID);
		this.provider = CognitoIdentityCredentialsProvider.builder()
			.cognitoIdentityClient(this.client)
			.identityPoolId(POOL_ID)
			.identityIdStore(this.identityIdStore)
			.loginsProvider(new SwitchableLoginsProvider(
					IdentityLogins.userPool("user:alice", "eu-west-1", "eu-west-1_AbCdEf", ID_TOKEN)))
			.clock(this.clock)
			.scheduler(this.scheduler)
			.build();
	}

	@AfterEach
	void close() {
		this.provider.close();
		this.scheduler.shutdownNow();
		this.client.close();
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void resolveCredentialsWhenGetIdFaultsThenClearFailureNothingCachedAndAtMostOneCallASecond(Fault fault) {
		cognito.stubFor(getId().willReturn(fault.awsJson()));

		FaultMatrix.assertClearFailure(catchThrowable(this.provider::resolveCredentials), fault, "GetId", ID_TOKEN);

		int attempts = calls.count("GetId");
		assertThat(attempts).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(calls.count("GetCredentialsForIdentity")).isZero();
		assertThat(this.identityIdStore.load()).isEmpty();
		moveClockBy(Duration.ofMillis(999));
		FaultMatrix.assertClearFailure(catchThrowable(this.provider::resolveCredentials), fault, "GetId", ID_TOKEN);
		assertThat(calls.count("GetId")).isEqualTo(attempts);
		// once Cognito Identity answers again, after the backoff
		cognito.stubFor(getId().willReturn(identityId(IDENTITY_ID)));
		cognito.stubFor(getCredentials().willReturn(credentials(IDENTITY_ID, "ASIAALICE", EXPIRY)));
		moveClockBy(CognitoIdentityCredentialsProvider.DEFAULT_MAX_BACKOFF);
		assertThat(this.provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAALICE");
		assertThat(this.identityIdStore.load()).contains(IDENTITY_ID);
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void resolveCredentialsWhenFirstGetCredentialsFaultsThenClearFailureAndIdentityIdKept(Fault fault) {
		cognito.stubFor(getId().willReturn(identityId(IDENTITY_ID)));
		cognito.stubFor(getCredentials().willReturn(fault.awsJson()));

		FaultMatrix.assertClearFailure(catchThrowable(this.provider::resolveCredentials), fault,
				"GetCredentialsForIdentity", ID_TOKEN);

		assertThat(calls.count("GetCredentialsForIdentity")).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(this.identityIdStore.load()).contains(IDENTITY_ID);
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void resolveCredentialsWhenRefreshFaultsWhileValidThenServedIdentityKeptAndAtMostOneCallASecond(Fault fault) {
		cognito.stubFor(getId().willReturn(identityId(IDENTITY_ID)));
		cognito.stubFor(getCredentials().willReturn(credentials(IDENTITY_ID, "ASIAALICE", EXPIRY)));
		assertThat(this.provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAALICE");
		calls.reset();
		cognito.stubFor(getCredentials().willReturn(fault.awsJson()));

		moveClockTo(STALE);
		assertThat(this.provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAALICE");

		int attempts = calls.count("GetCredentialsForIdentity");
		assertThat(attempts).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(this.identityIdStore.load()).contains(IDENTITY_ID);
		moveClockTo(STALE.plusMillis(999));
		assertThat(this.provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAALICE");
		assertThat(this.provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAALICE");
		assertThat(calls.count("GetCredentialsForIdentity")).isEqualTo(attempts);
		assertThat(calls.count("GetId")).isZero();
		// expired: the failure surfaces, clearly
		moveClockTo(EXPIRY.plus(CognitoIdentityCredentialsProvider.DEFAULT_MAX_BACKOFF));
		FaultMatrix.assertClearFailure(catchThrowable(this.provider::resolveCredentials), fault,
				"GetCredentialsForIdentity", ID_TOKEN, "secret-ASIAALICE", "session-ASIAALICE");
		assertThat(this.identityIdStore.load()).contains(IDENTITY_ID);
	}

	private void moveClockBy(Duration duration) {
		moveClockTo(this.clock.instant().plus(duration));
	}

	private void moveClockTo(Instant instant) {
		this.clock.set(instant);
		this.scheduler.runDueTasks();
	}

}
