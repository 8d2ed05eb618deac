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
package io.github.cognitosession.autoconfigure.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Provisioner;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.credentials.SessionCredentialsProvider;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionRepository;
import io.github.cognitosession.web.CognitoSessionScope;
import io.github.cognitosession.web.HttpSessionKeyResolver;
import io.github.cognitosession.web.HttpSessionSessionRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Per-request AWS credentials against Local Cognito's identity pool: many users signed in
 * in their own HTTP sessions, requests handled concurrently with the request bound to the
 * thread as the servlet container does.
 *
 * @author Cognito Session contributors
 */
class PerRequestCredentialsTests {

	private static final int USERS = 20;

	private static final int REQUESTS = 200;

	private static final String PASSWORD = "Passw0rd-user";

	@RegisterExtension
	static LocalCognitoExtension cognito = LocalCognitoExtension.create();

	private static Provisioned setup;

	@BeforeAll
	static void provision() {
		Provisioner provisioner = cognito.provision().user("user0", PASSWORD).identityPool(true);
		for (int i = 1; i < USERS; i++) {
			provisioner.otherUser("user" + i, PASSWORD);
		}
		setup = provisioner.create();
	}

	/** A web application in the user scope (one Cognito session per HTTP session). */
	private WebApplicationContextRunner contextRunner(boolean guestAccess, int maxCachedIdentities) {
		List<String> values = new ArrayList<>();
		setup.springProperties().forEach((key, value) -> values.add(key + "=" + value));
		values.add("cognito.identity-pool.guest-access=" + guestAccess);
		values.add("cognito.identity-pool.max-cached-identities=" + maxCachedIdentities);
		values.add("cognito.session.scope=user");
		values.add("cognito.session.reauthentication-timeout=0s");
		return new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CognitoUserScopeAutoConfiguration.class,
					CognitoSessionAutoConfiguration.class))
			.withPropertyValues(values.toArray(String[]::new));
	}

	@Test
	void resolveCredentialsWhenManyUsersConcurrentlyThenEachRequestGetsItsOwnIdentity() {
		contextRunner(false, 5).run((context) -> {
			try (SessionCredentialsProvider provider = provider(context)) {
				CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
				Map<String, MockHttpSession> sessions = signInAll(manager);
				ExecutorService threads = Executors.newFixedThreadPool(16);
				CountDownLatch go = new CountDownLatch(1);
				List<Future<String[]>> results = new ArrayList<>();
				for (int i = 0; i < REQUESTS; i++) {
					String user = "user" + (i % USERS);
					Callable<String[]> request = () -> inRequest(sessions.get(user), () -> {
						// all requests start together, so that many users' refreshes
						// overlap
						assertThat(go.await(30, TimeUnit.SECONDS)).isTrue();
						AwsCredentials credentials = provider.resolveCredentials();
						return new String[] { user, credentials.accessKeyId(), manager.getUsername() };
					});
					results.add(threads.submit(request));
				}
				go.countDown();
				Map<String, String> userOfAccessKey = new HashMap<>();
				for (Future<String[]> result : results) {
					String[] call = result.get(60, TimeUnit.SECONDS);
					assertThat(call[2]).as("the manager acts on the request's user").isEqualTo(call[0]);
					String previous = userOfAccessKey.putIfAbsent(call[1], call[0]);
					assertThat(previous).as("access key " + call[1] + " of one user only").isIn(null, call[0]);
				}
				threads.shutdown();
				Map<String, String> identityOfUser = new HashMap<>();
				for (Map.Entry<String, MockHttpSession> session : sessions.entrySet()) {
					SessionRecord record = (SessionRecord) session.getValue()
						.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE);
					assertThat(record.getIdentityId()).as("identity id kept in the HTTP session").isNotNull();
					identityOfUser.put(session.getKey(), record.getIdentityId());
				}
				assertThat(new HashSet<>(identityOfUser.values())).hasSize(USERS);
				assertThat(new HashSet<>(userOfAccessKey.values())).hasSize(USERS);
				assertThat(provider.cachedIdentities()).isLessThanOrEqualTo(5);
				assertThat(provider.pendingTimers()).as("evicted identities' timers cancelled").isLessThanOrEqualTo(5);
			}
		});
	}

	@Test
	void resolveCredentialsWhenSameUserAgainThenServedFromCache() {
		contextRunner(false, 10).run((context) -> {
			try (SessionCredentialsProvider provider = provider(context)) {
				CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
				MockHttpSession session = signIn(manager, "user1");
				MockHttpSession secondSession = signIn(manager, "user1");
				String first = inRequest(session, () -> provider.resolveCredentials().accessKeyId());
				String again = inRequest(session, () -> provider.resolveCredentials().accessKeyId());
				String otherSession = inRequest(secondSession, () -> provider.resolveCredentials().accessKeyId());
				assertThat(again).isEqualTo(first);
				assertThat(otherSession).as("one identity, one cache entry").isEqualTo(first);
				assertThat(provider.cachedIdentities()).isEqualTo(1);
			}
		});
	}

	@Test
	void resolveCredentialsWhenUserGotCredentialsThenHttpSessionHoldsOnlyTheRecordWithItsIdentityId() {
		contextRunner(false, 10).run((context) -> {
			try (SessionCredentialsProvider provider = provider(context)) {
				MockHttpSession session = signIn(context.getBean(CognitoSessionManager.class), "user4");
				int before = serializedSize(session.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE));
				inRequest(session, provider::resolveCredentials);
				SessionRecord record = (SessionRecord) session
					.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE);
				int after = serializedSize(record);
				int all = 0;
				for (String name : java.util.Collections.list(session.getAttributeNames())) {
					all += serializedSize(session.getAttribute(name));
				}
				System.out.println("HTTP session with Local Cognito tokens: SessionRecord " + before
						+ " bytes, with identity id " + after + " bytes, all attributes " + all + " bytes");
				assertThat(java.util.Collections.list(session.getAttributeNames())).containsExactlyInAnyOrder(
						HttpSessionSessionRepository.RECORD_ATTRIBUTE, HttpSessionKeyResolver.KEY_ATTRIBUTE);
				assertThat(record.getIdentityId()).isNotNull();
				assertThat(after - before).isLessThan(100);
				assertThat(after).isLessThan(5_000);
			}
		});
	}

	private static int serializedSize(Object value) throws java.io.IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		return bytes.size();
	}

	@Test
	void resolveCredentialsWhenNobodySignedInAndGuestAccessThenGuestCredentials() {
		contextRunner(true, 10).run((context) -> {
			try (SessionCredentialsProvider provider = provider(context)) {
				CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
				String guest = inRequest(new MockHttpSession(), () -> provider.resolveCredentials().accessKeyId());
				String noRequest = provider.resolveCredentials().accessKeyId();
				String user = inRequest(signIn(manager, "user2"), () -> provider.resolveCredentials().accessKeyId());
				assertThat(noRequest).as("all guests share the guest identity").isEqualTo(guest);
				assertThat(user).isNotEqualTo(guest);
			}
		});
	}

	@Test
	void resolveCredentialsWhenNobodySignedInAndNoGuestAccessThenClearError() {
		contextRunner(false, 10).run((context) -> {
			try (SessionCredentialsProvider provider = provider(context)) {
				assertThatExceptionOfType(NotSignedInException.class).isThrownBy(provider::resolveCredentials)
					.withMessageContaining("No user is signed in on this thread")
					.withMessageContaining("cognito.identity-pool.guest-access")
					.withMessageContaining("CognitoSessionScope.runAs");
				assertThatExceptionOfType(NotSignedInException.class)
					.isThrownBy(() -> inRequest(new MockHttpSession(), provider::resolveCredentials));
			}
		});
	}

	@Test
	void runAsWhenOnAnotherThreadThenResolvesThatUsersIdentity() {
		contextRunner(false, 10).run((context) -> {
			try (SessionCredentialsProvider provider = provider(context)) {
				CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
				MockHttpSession session = signIn(manager, "user3");
				String inRequest = inRequest(session, () -> provider.resolveCredentials().accessKeyId());
				CognitoSessionScope.Snapshot snapshot = inRequest(session, CognitoSessionScope::snapshot);
				SessionRecord captured = snapshot.getRecord();
				assertThat(snapshot.toString()).contains("user3")
					.doesNotContain(captured.getIdToken())
					.doesNotContain(captured.getAccessToken())
					.doesNotContain(captured.getRefreshToken());
				ExecutorService worker = Executors.newSingleThreadExecutor();
				try {
					String[] onWorker = worker.submit(() -> CognitoSessionScope.runAs(snapshot,
							() -> new String[] { provider.resolveCredentials().accessKeyId(), manager.getUsername() }))
						.get(30, TimeUnit.SECONDS);
					assertThat(onWorker[0]).isEqualTo(inRequest);
					assertThat(onWorker[1]).isEqualTo("user3");
					assertThatExceptionOfType(Exception.class)
						.isThrownBy(() -> worker.submit(provider::resolveCredentials).get(30, TimeUnit.SECONDS))
						.withCauseInstanceOf(NotSignedInException.class);
				}
				finally {
					worker.shutdown();
				}
			}
		});
	}

	private static SessionCredentialsProvider provider(AssertableWebApplicationContext context) {
		assertThat(context).hasNotFailed();
		assertThat(context).getBean(SessionRepository.class).isInstanceOf(HttpSessionSessionRepository.class);
		return context.getBean("cognitoCredentialsProvider", SessionCredentialsProvider.class);
	}

	private static Map<String, MockHttpSession> signInAll(CognitoSessionManager manager) throws Exception {
		Map<String, MockHttpSession> sessions = new ConcurrentHashMap<>();
		for (int i = 0; i < USERS; i++) {
			sessions.put("user" + i, signIn(manager, "user" + i));
		}
		return sessions;
	}

	private static MockHttpSession signIn(CognitoSessionManager manager, String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		inRequest(session, () -> manager.signIn(username, PASSWORD));
		return session;
	}

	private static <T> T inRequest(MockHttpSession session, Callable<T> work) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(session);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			return work.call();
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

}
