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

package io.github.cognitosession.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.Assert;

/**
 * A {@link SessionKeySource} that generates a random 256-bit key once, keeps it in a key
 * file readable only by its owner, and reuses it afterwards. Used when no
 * {@code cognito.session.encryption-key} is configured; the protection is then that of
 * the user's account, like a keychain without a password.
 * <p>
 * The key file holds the key in base64 on one line, so it can be moved into
 * {@code cognito.session.encryption-key} later. It is created owner-only ({@code 0600} on
 * POSIX systems) from the start, and published with a hard link so that another process
 * never sees it half written; when two processes create it at once, both end up with the
 * first one's key. A key file that does not hold a valid key is moved aside (with a WARN)
 * and replaced, which means the session stored under it is lost and the user signs in
 * again.
 * <p>
 * On POSIX systems a key file, or a directory of the key file, that is not owned by the
 * user running the application or that other users can access is refused with a
 * {@link SessionStoreException} naming the file and the fix ({@code chmod 600},
 * {@code chmod 700}): its key could have been read or replaced.
 * <p>
 * The key is read once and cached. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class KeyFileSessionKeySource implements SessionKeySource {

	private static final Log logger = LogFactory.getLog(KeyFileSessionKeySource.class);

	private static final String ALTERNATIVE = "set " + Base64SessionKeySource.PROPERTY + " (then no key file is used)";

	/**
	 * Upper bound on what is read from the key file; a valid one is 45 bytes.
	 */
	private static final int MAX_KEY_FILE_BYTES = 1024;

	private final Path keyFile;

	private final Clock clock;

	private final SecureRandom secureRandom = new SecureRandom();

	private volatile SecretKey key;

	/**
	 * Create a key source for the given key file.
	 * @param keyFile where the key is kept (created with its directory when missing)
	 */
	public KeyFileSessionKeySource(Path keyFile) {
		this(keyFile, Clock.systemUTC());
	}

	/**
	 * Create a key source for the given key file.
	 * @param keyFile where the key is kept (created with its directory when missing)
	 * @param clock the clock used to name a bad key file when it is moved aside
	 */
	public KeyFileSessionKeySource(Path keyFile, Clock clock) {
		Assert.notNull(keyFile, "keyFile cannot be null");
		Assert.notNull(clock, "clock cannot be null");
		this.keyFile = keyFile.toAbsolutePath();
		this.clock = clock;
	}

	/**
	 * The key file this source reads or creates.
	 * @return the key file's absolute path
	 */
	public Path getKeyFile() {
		return this.keyFile;
	}

	@Override
	public SecretKey getKey() {
		SecretKey current = this.key;
		if (current != null) {
			return current;
		}
		synchronized (this) {
			if (this.key == null) {
				this.key = readOrCreate();
			}
			return this.key;
		}
	}

	private SecretKey readOrCreate() {
		OwnerOnlyFiles.checkPrivateDirectory(this.keyFile.getParent(), "directory of the session key file",
				ALTERNATIVE);
		try {
			SecretKey existing = read();
			return (existing != null) ? existing : create();
		}
		catch (IOException ex) {
			throw new SessionStoreException("Cannot read or create the session key file '" + this.keyFile + "' ("
					+ ex.getClass().getSimpleName() + ": " + ex.getMessage()
					+ "); check that its directory is writable by this user, or set " + Base64SessionKeySource.PROPERTY,
					ex);
		}
	}

	/**
	 * Read the key, or return {@code null} when there is no usable key file (a bad one
	 * has then been moved aside).
	 */
	private SecretKey read() throws IOException {
		byte[] content;
		try (var in = Files.newInputStream(this.keyFile)) {
			content = in.readNBytes(MAX_KEY_FILE_BYTES + 1);
		}
		catch (NoSuchFileException ex) {
			return null;
		}
		try {
			byte[] keyBytes = decode(content);
			if (keyBytes != null) {
				// A key another user could read or replace is not used; one that is not
				// a key is moved aside below, whoever could read it.
				OwnerOnlyFiles.checkPrivateFile(this.keyFile, "session key file", ALTERNATIVE);
				return toKey(keyBytes);
			}
			Path movedTo = OwnerOnlyFiles.moveAside(this.keyFile, this.clock);
			logger.warn("Session key file '" + this.keyFile + "' does not hold a base64 256-bit key; moved it to '"
					+ movedTo + "' and generating a new key (a session stored under the old key is lost)");
			return null;
		}
		finally {
			Arrays.fill(content, (byte) 0);
		}
	}

	private static byte[] decode(byte[] content) {
		if (content.length > MAX_KEY_FILE_BYTES) {
			return null;
		}
		try {
			byte[] keyBytes = Base64.getDecoder().decode(new String(content, StandardCharsets.US_ASCII).strip());
			return (keyBytes.length == Base64SessionKeySource.KEY_LENGTH_BYTES) ? keyBytes : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static SecretKey toKey(byte[] keyBytes) {
		SecretKey key = new SecretKeySpec(keyBytes, "AES");
		// SecretKeySpec keeps its own copy.
		Arrays.fill(keyBytes, (byte) 0);
		return key;
	}

	private SecretKey create() throws IOException {
		byte[] keyBytes = new byte[Base64SessionKeySource.KEY_LENGTH_BYTES];
		this.secureRandom.nextBytes(keyBytes);
		byte[] encoded = (Base64.getEncoder().encodeToString(keyBytes) + "\n").getBytes(StandardCharsets.US_ASCII);
		OwnerOnlyFiles.createDirectories(this.keyFile.getParent());
		Path temp = OwnerOnlyFiles.createTempFileNextTo(this.keyFile);
		try {
			OwnerOnlyFiles.writeDurably(temp, encoded);
			if (!publish(temp)) {
				// Another process created the key first: use its key, not ours.
				Arrays.fill(keyBytes, (byte) 0);
				SecretKey theirs = read();
				if (theirs == null) {
					throw new IOException("key file was replaced concurrently by one that is not valid");
				}
				return theirs;
			}
			OwnerOnlyFiles.fsyncDirectory(this.keyFile.getParent());
			logger.info("Generated a new session encryption key in '" + this.keyFile + "'");
			return toKey(keyBytes);
		}
		finally {
			Arrays.fill(encoded, (byte) 0);
			OwnerOnlyFiles.deleteQuietly(temp);
		}
	}

	/**
	 * Make the fully written temporary file visible under the key file's name unless a
	 * key file exists already. A hard link does both atomically; where links are not
	 * supported a non-replacing move is the closest substitute.
	 * @return whether our key was published
	 */
	private boolean publish(Path temp) throws IOException {
		try {
			Files.createLink(this.keyFile, temp);
			return true;
		}
		catch (FileAlreadyExistsException ex) {
			return false;
		}
		catch (UnsupportedOperationException | FileSystemException ex) {
			try {
				Files.move(temp, this.keyFile);
				return true;
			}
			catch (FileAlreadyExistsException exists) {
				return false;
			}
		}
	}

	@Override
	public String toString() {
		return "KeyFileSessionKeySource[keyFile=" + this.keyFile + ", key=[PROTECTED]]";
	}

}
