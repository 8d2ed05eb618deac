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

package io.github.cognitosession.signin.srp;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link DeviceVerifier}.
 *
 * @author Cognito Session contributors
 */
class DeviceVerifierTests {

	private static final String GROUP_KEY = "-fmn4hSlE2";

	private static final String DEVICE_KEY = "us-east-2_6d7e4a1b-3c2f-4e5d-9a8b-7c6d5e4f3a2b";

	private static final String PASSWORD = "device-password-1";

	/**
	 * Computed independently of this code base (Python hashlib and pow) from x =
	 * H(pad(salt) | H(groupKey | deviceKey | ":" | password)), v = g^x mod N. The salt
	 * has its top bit set, so its pad() carries a leading zero byte.
	 */
	private static final String EXPECTED_VERIFIER = "N3O7+bQhN7f4hwlXleG5HHc46l0C5iVCtDJnsljBFzMAmV2V8WcO/no5+u7xmCe9"
			+ "N7akUKzH299X8nv7mm1VYk800nIpXzP3gtj+QSo0wxZL97ZTglfqV8RQ58dMjhEVY/0n3lp97JoHj7OBsIXc0JLJw6/WI54yB4q4oM/q"
			+ "S2KMGOtcz8UvwxeV9VT4FSviBBzO/KyZtRYzOhNp9pqDmmn1+m28vnUWz9u4ZGXkaRU/hyA4aCSR3iDfxjcQQ5k4RYYRiJ7zeU9T7Arf"
			+ "3LlIBduI3sO+gGhvQDzpoMcpHn9Omv7wCPPazQGoyyyCBmikTfEZ3grTM4TpL2ebB1zaMz8fGanNAZWZp8SCTNGYcqwyA9oFnsJ61+c2"
			+ "ItodnTEam00zOaSsbVBT6vQNfxeavYKHozoh0X4tiExl8ewmsmnA/RCeIrZ5qffIJimk0mrkXXehB9G8UcpdWR7VYhqaT1geHAadOaL+"
			+ "hCNx2AAfewCTgzWyWQj+FTKxwmI/JVMt";

	@Test
	void computeWhenKnownInputsThenMatchesIndependentlyComputedVerifier() {
		DeviceVerifier verifier = DeviceVerifier.compute(new BigInteger("e7dc204cebbfda6b62b8493e932f7f4c", 16),
				GROUP_KEY, DEVICE_KEY, PASSWORD);
		assertThat(verifier.salt()).isEqualTo("AOfcIEzrv9prYrhJPpMvf0w=");
		assertThat(verifier.passwordVerifier()).isEqualTo(EXPECTED_VERIFIER);
	}

	@Test
	void createWhenCalledTwiceThenFreshSaltAndVerifier() {
		SecureRandom random = new SecureRandom();
		DeviceVerifier first = DeviceVerifier.create(random, GROUP_KEY, DEVICE_KEY, PASSWORD);
		DeviceVerifier second = DeviceVerifier.create(random, GROUP_KEY, DEVICE_KEY, PASSWORD);
		assertThat(first.salt()).isNotEqualTo(second.salt());
		assertThat(first.passwordVerifier()).isNotEqualTo(second.passwordVerifier());
		assertThat(new BigInteger(1, Base64.getDecoder().decode(first.passwordVerifier()))).isLessThan(SrpGroup.N);
	}

	@Test
	void createWhenPasswordIsEmptyThenIllegalArgument() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DeviceVerifier.create(new SecureRandom(), GROUP_KEY, DEVICE_KEY, ""))
			.withMessage("devicePassword cannot be empty");
	}

	@Test
	void toStringWhenCalledThenHidesSaltAndVerifier() {
		DeviceVerifier verifier = DeviceVerifier.create(new SecureRandom(), GROUP_KEY, DEVICE_KEY, PASSWORD);
		assertThat(verifier.toString()).isEqualTo("DeviceVerifier[PROTECTED]");
	}

}
