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

import java.io.File;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tests for {@link HeadlessChromium}'s handling of a missing browser.
 *
 * @author Cognito Session contributors
 */
class HeadlessChromiumTests {

	@Test
	void requireExecutableWhenMissingOnCiThenFails(@TempDir Path directory) {
		File missing = directory.resolve("chromium").toFile();

		assertThatThrownBy(() -> HeadlessChromium.requireExecutable(missing, "chromium", true))
			.isInstanceOf(AssertionFailedError.class)
			.hasMessageContaining("install the Debian package 'chromium'");
	}

	@Test
	void requireExecutableWhenMissingLocallyThenSkips(@TempDir Path directory) {
		File missing = directory.resolve("chromedriver").toFile();

		assertThatThrownBy(() -> HeadlessChromium.requireExecutable(missing, "chromium-driver", false))
			.isInstanceOf(TestAbortedException.class)
			.hasMessageContaining("-Dwebdriver.chrome.driver");
	}

	@Test
	void requireExecutableWhenPresentThenPasses(@TempDir Path directory) throws Exception {
		File present = directory.resolve("browser").toFile();
		present.createNewFile();
		present.setExecutable(true);

		assertThatNoException().isThrownBy(() -> HeadlessChromium.requireExecutable(present, "chromium", true));
	}

}
