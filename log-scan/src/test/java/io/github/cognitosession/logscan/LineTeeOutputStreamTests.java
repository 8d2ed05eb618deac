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

package io.github.cognitosession.logscan;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LineTeeOutputStream}.
 *
 * @author Cognito Session contributors
 */
class LineTeeOutputStreamTests {

	private final ByteArrayOutputStream target = new ByteArrayOutputStream();

	private final List<String> lines = new ArrayList<>();

	private final LineTeeOutputStream tee = new LineTeeOutputStream(this.target, StandardCharsets.UTF_8,
			this.lines::add);

	@Test
	void writeWhenLinesPrintedThenPassedOnUnchangedAndHandedOverOneByOne() {
		PrintStream out = new PrintStream(this.tee, true, StandardCharsets.UTF_8);
		out.print("first line\nsecond ");
		out.println("line, Zoë");
		out.print("unfinished");
		assertThat(this.target.toString(StandardCharsets.UTF_8)).isEqualTo("first line\nsecond line, Zoë\nunfinished");
		assertThat(this.lines).containsExactly("first line", "second line, Zoë");
		this.tee.finish();
		assertThat(this.lines).containsExactly("first line", "second line, Zoë", "unfinished");
	}

	@Test
	void writeWhenLineLongerThanLimitThenHandedOverInOverlappingPieces() throws Exception {
		String secret = "SECRET-AT-THE-BOUNDARY";
		int before = LineTeeOutputStream.MAX_LINE_BYTES - secret.length() / 2;
		this.tee.write(("x".repeat(before) + secret + "y".repeat(100) + "\n").getBytes(StandardCharsets.UTF_8));
		assertThat(this.lines).hasSize(2);
		assertThat(this.lines).anySatisfy((piece) -> assertThat(piece).contains(secret));
	}

}
