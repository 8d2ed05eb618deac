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

package io.github.cognitosession.local.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.cognitosession.local.server.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The directory the standalone emulator keeps its state in ({@code --data
 *
<dir>
 * }): one JSON file, replaced atomically (written to a temporary file, flushed, then
 * moved over the old one), so a crash leaves the previous state or the new one, never
 * half of one. The file holds signing keys, password verifiers and tokens: it is created
 * readable by its owner only where the file system supports it.
 *
 * @author Cognito Session contributors
 */
public final class DataDirectory {

	/** The state file's name. */
	public static final String FILE_NAME = "local-cognito.json";

	/** The format this version writes and reads. */
	static final int FORMAT = 1;

	private final Path directory;

	private final Path file;

	private byte[] lastWritten;

	/**
	 * Use a directory, creating it when missing.
	 * @param directory the directory
	 * @throws UncheckedIOException when it cannot be created
	 * @throws IllegalArgumentException when the path is a file
	 */
	public DataDirectory(Path directory) {
		this.directory = Objects.requireNonNull(directory, "directory cannot be null").toAbsolutePath();
		if (Files.exists(this.directory) && !Files.isDirectory(this.directory)) {
			throw new IllegalArgumentException("--data " + this.directory + " is a file, not a directory");
		}
		try {
			Files.createDirectories(this.directory, ownerOnly(true));
		}
		catch (FileAlreadyExistsException ex) {
			throw new IllegalArgumentException("--data " + this.directory + " is not a directory");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + this.directory, ex);
		}
		this.file = this.directory.resolve(FILE_NAME);
	}

	public Path file() {
		return this.file;
	}

	/**
	 * Read the state.
	 * @return the state, empty when the directory holds none yet
	 * @throws IllegalStateException when the file cannot be read or is not a state this
	 * version wrote, naming the file and what to do
	 */
	public synchronized Optional<JsonNode> load() {
		if (!Files.exists(this.file)) {
			return Optional.empty();
		}
		JsonNode state;
		try {
			byte[] bytes = Files.readAllBytes(this.file);
			state = Json.MAPPER.readTree(bytes);
			this.lastWritten = bytes;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the Local Cognito data file " + this.file + ": " + ex, ex);
		}
		catch (JacksonException ex) {
			throw corrupt("it is not valid JSON");
		}
		if (state == null || !state.isObject() || !state.path("format").isIntegralNumber()) {
			throw corrupt("it is not a Local Cognito state");
		}
		if (state.get("format").asInt() != FORMAT) {
			throw corrupt("it has format " + state.get("format").asInt() + ", this version reads format " + FORMAT);
		}
		return Optional.of(state);
	}

	/**
	 * Write the state, replacing the previous one atomically; nothing is written when it
	 * did not change.
	 * @param state the state
	 */
	public synchronized void save(JsonNode state) {
		byte[] bytes = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(state);
		if (Arrays.equals(bytes, this.lastWritten)) {
			return;
		}
		Path temporary = null;
		try {
			temporary = Files.createTempFile(this.directory, ".local-cognito-", ".tmp", ownerOnly(false));
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			move(temporary);
			temporary = null;
			this.lastWritten = bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the Local Cognito data file " + this.file, ex);
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ex) {
					// the write already failed; that is the error to report
				}
			}
		}
	}

	private void move(Path temporary) throws IOException {
		try {
			Files.move(temporary, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			// Same directory, so only exotic file systems get here.
			Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private IllegalStateException corrupt(String reason) {
		return new IllegalStateException("The Local Cognito data file " + this.file + " cannot be used: " + reason
				+ ". Move it away (or point --data elsewhere) to start with an empty state.");
	}

	private FileAttribute<?>[] ownerOnly(boolean directory) {
		if (!this.directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[0];
		}
		Set<PosixFilePermission> permissions = PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------");
		return new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) };
	}

	@Override
	public String toString() {
		return "DataDirectory[" + this.directory + "]";
	}

}
