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

package io.github.cognitosession.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import io.github.cognitosession.state.UserState;
import java.util.Optional;

import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link HttpSessionSessionRepository} and {@link HttpSessionKeyResolver}: the
 * user scope of a web application.
 *
 * @author Cognito Session contributors
 */
class HttpSessionSessionRepositoryTests {

	private static final String ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123";

	private final HttpSessionSessionRepository repository = new HttpSessionSessionRepository();

	private final HttpSessionKeyResolver keys = new HttpSessionKeyResolver();

	/** The calling thread's session, as the session manager reaches it. */
	private final CurrentSession store = new CurrentSession();

	@AfterEach
	void unbindRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void loadWhenNoRequestThenEmpty() {
		assertThat(this.store.load()).isEmpty();
		assertThat(this.store.sessionKey()).isEqualTo("no-request");
	}

	@Test
	void saveWhenNoRequestThenFailsClearly() {
		assertThatExceptionOfType(SessionStoreException.class).isThrownBy(() -> this.store.save(record("alice")))
			.withMessageContaining("No HTTP request");
	}

	@Test
	void loadWhenRequestWithoutSessionThenEmptyAndNoSessionCreated() {
		MockHttpServletRequest request = bind(new MockHttpServletRequest());
		assertThat(this.store.load()).isEmpty();
		this.store.clear();
		assertThat(request.getSession(false)).isNull();
	}

	@Test
	void saveWhenInRequestThenLoadReturnsRecordOfThatSessionOnly() {
		MockHttpSession aliceSession = new MockHttpSession();
		MockHttpSession bobSession = new MockHttpSession();
		bind(requestWith(aliceSession));
		this.store.save(record("alice"));
		String aliceKey = this.store.sessionKey();
		bind(requestWith(bobSession));
		assertThat(this.store.load()).isEmpty();
		this.store.save(record("bob"));
		assertThat(this.store.load()).map(SessionRecord::getUsername).contains("bob");
		assertThat(this.store.sessionKey()).isNotEqualTo(aliceKey);
		bind(requestWith(aliceSession));
		assertThat(this.store.load()).map(SessionRecord::getUsername).contains("alice");
		assertThat(this.store.sessionKey()).isEqualTo(aliceKey);
	}

	@Test
	void sessionKeyWhenSessionIdChangesThenStaysTheSameAndIsNotTheSessionId() {
		MockHttpServletRequest request = bind(requestWith(new MockHttpSession(null, "0A1B2C3D4E5F")));
		this.store.save(record("alice"));
		String key = this.store.sessionKey();
		String oldId = request.getSession().getId();
		request.changeSessionId();
		assertThat(request.getSession().getId()).isNotEqualTo(oldId);
		assertThat(this.store.sessionKey()).isEqualTo(key)
			.isNotEqualTo(oldId)
			.isNotEqualTo(request.getSession().getId());
		assertThat(this.store.load()).isPresent();
	}

	@Test
	void sessionKeyWhenNoSessionThenStableWithinTheRequest() {
		bind(new MockHttpServletRequest());
		String key = this.store.sessionKey();
		assertThat(this.store.sessionKey()).isEqualTo(key);
		bind(new MockHttpServletRequest());
		assertThat(this.store.sessionKey()).isNotEqualTo(key);
	}

	@Test
	void isApplicationWideWhenKeyFollowsTheRequestThenFalse() {
		// the credentials provider must then compare identity keys on every call
		assertThat(this.keys.isApplicationWide()).isFalse();
	}

	@Test
	void saveWhenKeyOfAnotherUsersSessionThenRefusedAndNothingWritten() {
		MockHttpSession aliceSession = new MockHttpSession();
		bind(requestWith(aliceSession));
		this.store.save(record("alice"));
		String aliceKey = this.keys.resolveKey();
		MockHttpSession bobSession = new MockHttpSession();
		bind(requestWith(bobSession));
		this.store.save(record("bob"));

		assertThatExceptionOfType(SessionStoreException.class)
			.isThrownBy(() -> this.repository.save(aliceKey, record("mallory")))
			.withMessageContaining("not the one of the HTTP session");
		assertThat(this.repository.load(aliceKey)).as("another user's key reads nothing here").isEmpty();
		this.repository.remove(aliceKey);
		assertThat(this.store.load()).map(SessionRecord::getUsername).contains("bob");
		bind(requestWith(aliceSession));
		assertThat(this.store.load()).map(SessionRecord::getUsername).contains("alice");
	}

	@Test
	void saveWhenRequestHadNoSessionThenTheSessionCreatedKeepsTheRequestsKey() {
		MockHttpServletRequest request = bind(new MockHttpServletRequest());
		String key = this.keys.resolveKey();
		this.repository.save(key, record("alice"));
		assertThat(request.getSession(false)).isNotNull();
		assertThat(this.keys.resolveKey()).isEqualTo(key);
		assertThat(this.repository.load(key)).map(SessionRecord::getUsername).contains("alice");
	}

	@Test
	void clearWhenRecordStoredThenRemovedButSessionKept() {
		MockHttpSession session = new MockHttpSession();
		bind(requestWith(session));
		this.store.save(record("alice"));
		this.store.clear();
		assertThat(this.store.load()).isEmpty();
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void clearWhenSessionInvalidatedThenNoError() {
		MockHttpSession session = new MockHttpSession();
		bind(requestWith(session));
		this.store.save(record("alice"));
		session.invalidate();
		bind(requestWith(session));
		this.store.clear();
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void loadWhenAttributeHoldsForeignValueThenEmpty() {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE, "not a record");
		bind(requestWith(session));
		assertThat(this.store.load()).isEmpty();
	}

	@Test
	void recordWhenSerializedLikeTheHttpSessionThenSmallAndIntact() throws Exception {
		TestCognitoTokens tokens = new TestCognitoTokens();
		SessionRecord record = SessionRecord.builder()
			.state(UserState.SIGNED_IN)
			.username("alice")
			.idToken(tokens.sign(
					TestCognitoTokens
						.idTokenClaims(ISSUER, "4k8mvhq0dsa2ts5aaaimdtrvs6", "alice",
								"qNbm0J8Go1kSsVw3cKDX9mg5fM9DfFHP6gV4ZpJhkTo")
						.build()))
			.accessToken(tokens
				.sign(TestCognitoTokens.accessTokenClaims(ISSUER, "4k8mvhq0dsa2ts5aaaimdtrvs6", "alice").build()))
			.refreshToken(TestCognitoTokens.refreshToken())
			.build();
		byte[] serialized = serialize(record);
		System.out.println("SessionRecord: id token " + record.getIdToken().length() + " chars, access token "
				+ record.getAccessToken().length() + " chars, refresh token " + record.getRefreshToken().length()
				+ " chars; serialized " + serialized.length + " bytes");
		assertThat(serialized.length).isLessThan(5_000);
		assertThat(deserialize(serialized)).isEqualTo(record);
	}

	static byte[] serialize(Object value) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		return bytes.toByteArray();
	}

	private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
			return in.readObject();
		}
	}

	/**
	 * The repository at the key the resolver gives the calling thread.
	 */
	private final class CurrentSession {

		Optional<SessionRecord> load() {
			return HttpSessionSessionRepositoryTests.this.repository.load(sessionKey());
		}

		void save(SessionRecord record) {
			HttpSessionSessionRepositoryTests.this.repository.save(sessionKey(), record);
		}

		void clear() {
			HttpSessionSessionRepositoryTests.this.repository.remove(sessionKey());
		}

		String sessionKey() {
			return HttpSessionSessionRepositoryTests.this.keys.resolveKey();
		}

	}

	private static SessionRecord record(String username) {
		return SessionRecord.builder()
			.state(UserState.SIGNED_IN)
			.username(username)
			.idToken("id-" + username)
			.accessToken("access-" + username)
			.refreshToken("refresh-" + username)
			.build();
	}

	private static MockHttpServletRequest requestWith(MockHttpSession session) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(session);
		return request;
	}

	private static MockHttpServletRequest bind(MockHttpServletRequest request) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		return request;
	}

}
