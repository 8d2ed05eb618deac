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
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.function.Consumer;

/**
 * Passes every byte on to the stream it wraps and hands each complete line, decoded, to a
 * consumer. A line longer than {@value #MAX_LINE_BYTES} bytes is handed over in pieces
 * that overlap, so that a secret is never cut in two without also being seen whole.
 *
 * @author Cognito Session contributors
 */
final class LineTeeOutputStream extends OutputStream {

	static final int MAX_LINE_BYTES = 64 * 1024;

	private static final int OVERLAP_BYTES = 4 * 1024;

	private final OutputStream target;

	private final Charset charset;

	private final Consumer<String> lines;

	private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

	LineTeeOutputStream(OutputStream target, Charset charset, Consumer<String> lines) {
		this.target = target;
		this.charset = charset;
		this.lines = lines;
	}

	@Override
	public synchronized void write(int b) throws IOException {
		this.target.write(b);
		append(b);
	}

	@Override
	public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
		this.target.write(bytes, offset, length);
		for (int i = offset; i < offset + length; i++) {
			append(bytes[i]);
		}
	}

	private void append(int b) {
		if (b == '\n') {
			emit();
			return;
		}
		this.line.write(b);
		if (this.line.size() >= MAX_LINE_BYTES) {
			byte[] piece = this.line.toByteArray();
			this.lines.accept(new String(piece, this.charset));
			this.line.reset();
			this.line.write(piece, piece.length - OVERLAP_BYTES, OVERLAP_BYTES);
		}
	}

	private void emit() {
		if (this.line.size() > 0) {
			this.lines.accept(this.line.toString(this.charset));
			this.line.reset();
		}
	}

	@Override
	public synchronized void flush() throws IOException {
		this.target.flush();
	}

	/**
	 * Hand over what is left of an unfinished line.
	 */
	synchronized void finish() {
		emit();
	}

}
