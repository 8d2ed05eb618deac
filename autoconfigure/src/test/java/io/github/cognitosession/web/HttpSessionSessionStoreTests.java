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
 * Tests for {@link HttpSessionSessionStore}.
 *
 * @author Cognito Session contributors
 */
class HttpSessionSessionStoreTests {

	private static final String ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123";

	private final HttpSessionSessionStore store = new HttpSessionSessionStore();

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
		assertThat(this.store.isApplicationWide()).isFalse();
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
		session.setAttribute(HttpSessionSessionStore.RECORD_ATTRIBUTE, "not a record");
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
