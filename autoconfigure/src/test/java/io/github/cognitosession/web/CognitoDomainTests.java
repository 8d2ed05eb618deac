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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link CognitoDomain}.
 *
 * @author Cognito Session contributors
 */
class CognitoDomainTests {

	@Test
	void ofWhenPrefixDomainThenHttpsEndpoints() {
		CognitoDomain domain = CognitoDomain.of(" myapp.auth.eu-west-1.amazoncognito.com ");
		assertThat(domain.isLocal()).isFalse();
		assertThat(domain.authorizationUri())
			.hasToString("https://myapp.auth.eu-west-1.amazoncognito.com/oauth2/authorize");
		assertThat(domain.tokenUri()).hasToString("https://myapp.auth.eu-west-1.amazoncognito.com/oauth2/token");
		assertThat(domain.userInfoUri()).hasToString("https://myapp.auth.eu-west-1.amazoncognito.com/oauth2/userInfo");
		assertThat(domain.logoutUri()).hasToString("https://myapp.auth.eu-west-1.amazoncognito.com/logout");
	}

	@Test
	void ofWhenLoopbackHttpUrlWithPathThenLocal() {
		CognitoDomain domain = CognitoDomain.of("http://127.0.0.1:9229/local//");
		assertThat(domain.isLocal()).isTrue();
		assertThat(domain.tokenUri()).hasToString("http://127.0.0.1:9229/local/oauth2/token");
		assertThat(CognitoDomain.of("http://localhost:9229").isLocal()).isTrue();
		assertThat(CognitoDomain.of("http://[::1]:9229").isLocal()).isTrue();
	}

	@Test
	void ofWhenPlainHttpToRemoteHostThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> CognitoDomain.of("http://auth.example.com"))
			.withMessageContaining("plain http");
		assertThatIllegalArgumentException().isThrownBy(() -> CognitoDomain.of("http://127.0.0.1.evil.example"))
			.withMessageContaining("plain http");
	}

	@Test
	void ofWhenMalformedThenRejectedNamingTheProblem() {
		assertThatIllegalArgumentException().isThrownBy(() -> CognitoDomain.of("ftp://auth.example.com"))
			.withMessageContaining("must use https");
		assertThatIllegalArgumentException().isThrownBy(() -> CognitoDomain.of("https://user:pw@auth.example.com"))
			.withMessageContaining("user info");
		assertThatIllegalArgumentException().isThrownBy(() -> CognitoDomain.of("auth example.com"))
			.withMessageContaining("not a valid host name or URL");
		assertThatIllegalArgumentException().isThrownBy(() -> CognitoDomain.of(" "))
			.withMessageContaining("cannot be empty");
	}

}
