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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link UserFiles}' file-name checks.
 *
 * @author Cognito Session contributors
 */
class UserFilesTests {

	@Test
	void checkedNameWhenBrowserSendsPathThenKeepsLastSegment() {
		assertThat(UserFiles.checkedName("C:\\Users\\demo\\report 1.txt")).isEqualTo("report 1.txt");
		assertThat(UserFiles.checkedName("/home/demo/notes.md")).isEqualTo("notes.md");
	}

	@Test
	void checkedNameWhenTraversalThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> UserFiles.checkedName("a/.."))
			.withMessageContaining("may only contain");
	}

	@Test
	void checkedNameWhenControlOrMarkupCharactersThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> UserFiles.checkedName("evil\n.txt"))
			.withMessageContaining("may only contain");
		assertThatIllegalArgumentException().isThrownBy(() -> UserFiles.checkedName("<script>.html"))
			.withMessageContaining("may only contain");
	}

	@Test
	void checkedNameWhenEmptyThenAsksForAFile() {
		assertThatIllegalArgumentException().isThrownBy(() -> UserFiles.checkedName(""))
			.withMessage("Choose a file to upload");
		assertThatIllegalArgumentException().isThrownBy(() -> UserFiles.checkedName(null))
			.withMessage("Choose a file to upload");
	}

	@Test
	void checkedNameWhenTooLongThenRejected() {
		assertThat(UserFiles.checkedName("a".repeat(UserFiles.MAX_NAME_LENGTH))).hasSize(UserFiles.MAX_NAME_LENGTH);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UserFiles.checkedName("a".repeat(UserFiles.MAX_NAME_LENGTH + 1)))
			.withMessageContaining("longer than 200");
	}

}
