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

package io.github.cognitosession.local.s3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes an {@code aws-chunked} body
 * ({@code <hex-size>[;chunk-signature=<sig>]\r\n<data>\r\n ... 0...\r\n[trailers]\r\n}).
 *
 * @param content the decoded content
 * @param chunks the chunks with their signatures (the final empty chunk included)
 * @author Cognito Session contributors
 */
record AwsChunkedBody(byte[] content, List<Chunk> chunks) {

	static AwsChunkedBody decode(byte[] body) {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		List<Chunk> chunks = new ArrayList<>();
		int position = 0;
		while (true) {
			int lineEnd = indexOfCrlf(body, position);
			String header = new String(body, position, lineEnd - position, StandardCharsets.US_ASCII);
			position = lineEnd + 2;
			int semicolon = header.indexOf(';');
			int size;
			try {
				size = Integer.parseInt((semicolon >= 0) ? header.substring(0, semicolon) : header, 16);
			}
			catch (NumberFormatException ex) {
				throw malformed();
			}
			String signature = null;
			if (semicolon >= 0 && header.startsWith("chunk-signature=", semicolon + 1)) {
				signature = header.substring(semicolon + 1 + "chunk-signature=".length());
			}
			if (size < 0 || position + size > body.length) {
				throw malformed();
			}
			byte[] data = new byte[size];
			System.arraycopy(body, position, data, 0, size);
			chunks.add(new Chunk(data, signature));
			content.write(data, 0, size);
			position += size;
			if (size == 0) {
				// Trailers (checksums) follow the last chunk; the content is complete.
				return new AwsChunkedBody(content.toByteArray(), chunks);
			}
			if (position + 2 > body.length || body[position] != '\r' || body[position + 1] != '\n') {
				throw malformed();
			}
			position += 2;
		}
	}

	private static int indexOfCrlf(byte[] body, int from) {
		for (int i = from; i + 1 < body.length; i++) {
			if (body[i] == '\r' && body[i + 1] == '\n') {
				return i;
			}
		}
		throw malformed();
	}

	private static S3Error malformed() {
		return new S3Error(400, "IncompleteBody", "The aws-chunked request body is malformed.");
	}

	record Chunk(byte[] data, String signature) {

	}

}
