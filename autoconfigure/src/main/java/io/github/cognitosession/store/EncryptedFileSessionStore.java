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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import io.github.cognitosession.refresh.RefreshInterceptor;
import io.github.cognitosession.store.SessionFileFormat.Purpose;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.Assert;

/**
 * A {@link SessionRepository} that keeps the application's one session
 * ({@link #APPLICATION_KEY}) in an AES-256-GCM encrypted file, the counterpart of
 * AWSMobileClient's keychain: a restart restores the session without signing in again. A
 * session of any other key is never stored here: it loads as absent, and saving it fails.
 * <p>
 * <b>File format</b>, version 2 (all of it written by this class, never by Java
 * serialization):
 *
 * <pre>
 * offset  size   content
 * 0       4      magic "CGSS"
 * 4       1      format version, 0x02
 * 5       1      purpose, 0x01 (session; 0x02 is the device secrets file)
 * 6       12     random AES-GCM nonce, fresh for every write
 * 18      n + 16 AES-256-GCM ciphertext of the record, then the 128-bit tag
 * </pre>
 *
 * The first six bytes are authenticated as GCM additional data, so a file cannot be
 * passed off as another version, nor the device secrets file as the session. Files of
 * version 1 (no purpose byte) written by earlier releases are still read, and rewritten
 * as version 2 at the next save. The plaintext record is a list of fields
 * {@code tag (1 byte) | length (4 bytes) | UTF-8 value} ended by tag {@code 0}: 1 state
 * (enum name), 2 username, 3 ID token, 4 access token, 5 refresh token, 6 identity id, 7
 * federated provider, 8 federated token; absent values are omitted and unknown tags
 * skipped. One signed-in session with Cognito-sized tokens takes about 4 KB.
 * <p>
 * <b>Key</b>: from a {@link SessionKeySource}; by default a
 * {@link KeyFileSessionKeySource} on {@code <store file>.key}, generated on first use.
 * <p>
 * <b>Writes</b> go to an owner-only temporary file in the same directory, are forced to
 * the device, then renamed atomically onto the store file (and the directory is forced
 * where the platform allows), so the store file is always either the previous or the new
 * session, never a mix, and is owner-only ({@code 0600}) from creation. A missing
 * directory is created owner-only ({@code 0700}); on POSIX systems an existing directory
 * that belongs to another user or that other users can access is refused with a
 * {@link SessionStoreException} naming it and the fix ({@code chmod 700}), since whoever
 * can write to it can replace the store.
 * <p>
 * <b>Corrupt files</b>: a file that cannot be decrypted or parsed (another key,
 * truncated, modified, an unknown format version) is logged as a WARN naming the file and
 * the reason, moved aside to {@code <name>.corrupt-<UTC timestamp>}, and reported as no
 * session; other I/O failures (permission denied, a directory in the way) raise a
 * {@link SessionStoreException}.
 * <p>
 * <b>Concurrency</b>: thread-safe. Several processes may share the file: readers always
 * see a whole file thanks to the atomic rename, and {@link #load()} reads the file every
 * time, so it sees what another process wrote. Writers take an OS file lock on
 * {@code <store file>.lock} (see {@link #refreshLock()}), so a process's sign-out or
 * sign-in never lands in the middle of another process's refresh; the OS releases the
 * lock of a process that dies. A process killed in the middle of a write may leave a
 * hidden {@code .<name>.*.tmp} file (ciphertext only) next to the store.
 *
 * @author Cognito Session contributors
 */
public final class EncryptedFileSessionStore implements SessionRepository {

	private static final Log logger = LogFactory.getLog(EncryptedFileSessionStore.class);

	/**
	 * Files larger than this are not session stores (one session is about 4 KB) and are
	 * not read into memory.
	 */
	static final int MAX_FILE_BYTES = 1024 * 1024;

	/**
	 * How often {@link #load()} re-reads a file that another process replaced while this
	 * one was judging it corrupt.
	 */
	private static final int MAX_READ_ATTEMPTS = 3;

	private final Path storeFile;

	private final SessionKeySource keySource;

	private final Clock clock;

	private final WriteHook writeHook;

	private final SecureRandom secureRandom = new SecureRandom();

	private final ReentrantLock lock = new ReentrantLock();

	private final StoreFileLock fileLock;

	private EncryptedFileSessionStore(Builder builder) {
		this.storeFile = builder.storeFile;
		this.fileLock = StoreFileLock.of(builder.storeFile);
		this.clock = builder.clock;
		this.keySource = (builder.keySource != null) ? builder.keySource
				: new KeyFileSessionKeySource(defaultKeyFile(builder.storeFile), builder.clock);
		this.writeHook = builder.writeHook;
	}

	/**
	 * Return a builder for a store at the given file.
	 * @param storeFile the store file (its directory is created when missing)
	 * @return a new builder
	 */
	public static Builder builder(Path storeFile) {
		return new Builder(storeFile);
	}

	/**
	 * Create a store at the given file with a key generated into
	 * {@link #defaultKeyFile(Path) the default key file}.
	 * @param storeFile the store file
	 * @return a new store
	 */
	public static EncryptedFileSessionStore create(Path storeFile) {
		return builder(storeFile).build();
	}

	/**
	 * The default store file, {@code ${user.home}/.cognito-session/session.bin}: per OS
	 * user, like a keychain, and outside any project directory so it is not committed by
	 * mistake.
	 * @return the default store file
	 */
	public static Path defaultStorePath() {
		return Path.of(System.getProperty("user.home"), ".cognito-session", "session.bin");
	}

	/**
	 * The key file used when no key is configured: {@code <store file name>.key} in the
	 * store's directory.
	 * @param storeFile the store file
	 * @return the key file next to it
	 */
	public static Path defaultKeyFile(Path storeFile) {
		Assert.notNull(storeFile, "storeFile cannot be null");
		Path absolute = storeFile.toAbsolutePath();
		return absolute.resolveSibling(absolute.getFileName() + ".key");
	}

	/**
	 * The remembered-device secrets kept with this store, encrypted with the same key in
	 * {@code <store file>.devices}; {@link #clear()} (sign-out) does not remove them.
	 * @return the device secrets store
	 */
	public EncryptedFileDeviceSecretsStore deviceSecretsStore() {
		Path absolute = this.storeFile.toAbsolutePath();
		return new EncryptedFileDeviceSecretsStore(absolute.resolveSibling(absolute.getFileName() + ".devices"),
				this.keySource, this.clock, this.fileLock);
	}

	/**
	 * The lock to take around every token refresh of the session kept here, so that
	 * processes sharing the file make one refresh call: it holds the OS lock on
	 * {@code <store file>.lock} (and keeps the other threads of this JVM that refresh a
	 * session of this file out) around "re-read the store, refresh if still needed, write
	 * the result". A process that waited re-reads the store and adopts what the holder
	 * wrote. Give it to the session manager as a refresh interceptor before the re-read
	 * of the stored record.
	 * @param <V> the value type of the refresh engine
	 * @return the interceptor
	 */
	public <V> RefreshInterceptor<V> refreshLock() {
		return (key, base, next) -> this.fileLock.exclusive(() -> next.proceed(base));
	}

	/**
	 * The lock file beside the store file.
	 * @return the lock file's absolute path
	 */
	public Path getLockFile() {
		return this.fileLock.getLockFile();
	}

	/**
	 * The file this store reads and writes.
	 * @return the store file's absolute path
	 */
	public Path getStoreFile() {
		return this.storeFile;
	}

	@Override
	public Optional<SessionRecord> load(String key) {
		return isApplicationKey(key) ? load() : Optional.empty();
	}

	@Override
	public void save(String key, SessionRecord record) {
		Assert.isTrue(isApplicationKey(key), () -> "The encrypted file store keeps the application's session only "
				+ "(cognito.session.scope=application), not a per-user session");
		save(record);
	}

	@Override
	public void remove(String key) {
		if (isApplicationKey(key)) {
			clear();
		}
	}

	private static boolean isApplicationKey(String key) {
		return APPLICATION_KEY.equals(key);
	}

	/**
	 * Read the stored session, every time from the file, so that what another process
	 * wrote is seen.
	 * @return the record, or empty
	 * @throws SessionStoreException if the file cannot be read at all
	 */
	public Optional<SessionRecord> load() {
		this.lock.lock();
		try {
			checkPrivateDirectory(this.storeFile.getParent());
			for (int attempt = 1; attempt <= MAX_READ_ATTEMPTS; attempt++) {
				byte[] content = read();
				if (content == null) {
					return Optional.empty();
				}
				try {
					return Optional.of(decrypt(content));
				}
				catch (UnreadableSessionFileException ex) {
					if (moveAsideIfUnchanged(content, ex.getMessage())) {
						return Optional.empty();
					}
				}
			}
			logger.warn("Session store file '" + this.storeFile + "' kept changing while being read; starting "
					+ "signed out");
			return Optional.empty();
		}
		finally {
			this.lock.unlock();
		}
	}

	private SessionRecord decrypt(byte[] content) throws UnreadableSessionFileException {
		if (content.length > MAX_FILE_BYTES) {
			throw new UnreadableSessionFileException("it is larger than " + MAX_FILE_BYTES + " bytes");
		}
		byte[] plaintext;
		try {
			plaintext = SessionFileFormat.open(content, Purpose.SESSION, this.keySource.getKey()).plaintext();
		}
		catch (GeneralSecurityException ex) {
			// Not the file's fault (no AES-GCM provider, unusable key): it is kept.
			throw new SessionStoreException("Cannot decrypt session store file '" + this.storeFile
					+ "': AES-GCM is not usable in this JVM (" + ex.getClass().getSimpleName() + ")", ex);
		}
		try {
			return SessionRecordCodec.decode(plaintext);
		}
		finally {
			Arrays.fill(plaintext, (byte) 0);
		}
	}

	/**
	 * Read the whole file (at most one byte more than {@link #MAX_FILE_BYTES}), or return
	 * {@code null} when there is none.
	 */
	private byte[] read() {
		try (InputStream in = Files.newInputStream(this.storeFile)) {
			return in.readNBytes(MAX_FILE_BYTES + 1);
		}
		catch (NoSuchFileException ex) {
			return null;
		}
		catch (IOException ex) {
			throw new SessionStoreException("Cannot read session store file '" + this.storeFile + "' (" + describe(ex)
					+ "); check that it is a file readable by this user", ex);
		}
	}

	/**
	 * Move the unreadable file aside, unless another process has meanwhile replaced it
	 * (then it is read again rather than discarding that process's fresh session).
	 * @return {@code false} when the file changed and should be read again
	 */
	private boolean moveAsideIfUnchanged(byte[] unreadable, String reason) {
		byte[] current = read();
		if (current == null) {
			return true;
		}
		if (!Arrays.equals(current, unreadable)) {
			return false;
		}
		try {
			Path movedTo = OwnerOnlyFiles.moveAside(this.storeFile, this.clock);
			logger.warn("Session store file '" + this.storeFile + "' is unreadable: " + reason + ". Moved it to '"
					+ movedTo + "'; starting signed out");
		}
		catch (NoSuchFileException ex) {
			// Another process moved or cleared it first.
		}
		catch (IOException ex) {
			logger.warn("Session store file '" + this.storeFile + "' is unreadable: " + reason
					+ ". It could not be moved aside (" + describe(ex) + ") and will be replaced at the next "
					+ "sign-in; starting signed out");
		}
		return true;
	}

	/**
	 * Replace the stored session atomically.
	 * @param record the new record
	 * @throws SessionStoreException if it could not be written; the previous file is then
	 * intact
	 */
	public void save(SessionRecord record) {
		Assert.notNull(record, "record cannot be null");
		byte[] content = encrypt(record);
		Path directory = this.storeFile.getParent();
		this.fileLock.held(() -> write(content, directory));
	}

	private void write(byte[] content, Path directory) {
		this.lock.lock();
		try {
			Path temp = null;
			try {
				OwnerOnlyFiles.createDirectories(directory);
				checkPrivateDirectory(directory);
				temp = OwnerOnlyFiles.createTempFileNextTo(this.storeFile);
				OwnerOnlyFiles.writeDurably(temp, content);
				this.writeHook.beforeCommit(temp);
				OwnerOnlyFiles.moveAtomically(temp, this.storeFile);
				temp = null;
				OwnerOnlyFiles.fsyncDirectory(directory);
			}
			catch (IOException ex) {
				throw new SessionStoreException("Cannot write session store file '" + this.storeFile + "' ("
						+ describe(ex) + "); the previously stored session is unchanged", ex);
			}
			finally {
				if (temp != null) {
					OwnerOnlyFiles.deleteQuietly(temp);
				}
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private byte[] encrypt(SessionRecord record) {
		byte[] plaintext = SessionRecordCodec.encode(record);
		try {
			return SessionFileFormat.seal(plaintext, Purpose.SESSION, this.keySource.getKey(), this.secureRandom);
		}
		catch (GeneralSecurityException ex) {
			throw new SessionStoreException("Cannot encrypt the session for '" + this.storeFile + "': AES-GCM is not "
					+ "usable in this JVM (" + ex.getClass().getSimpleName() + ")", ex);
		}
		finally {
			Arrays.fill(plaintext, (byte) 0);
		}
	}

	/**
	 * Delete the store file; the key file is kept so the next session reuses it.
	 */
	public void clear() {
		this.fileLock.held(this::delete);
	}

	private void delete() {
		this.lock.lock();
		try {
			if (Files.deleteIfExists(this.storeFile)) {
				OwnerOnlyFiles.fsyncDirectory(this.storeFile.getParent());
			}
		}
		catch (IOException ex) {
			throw new SessionStoreException(
					"Cannot delete session store file '" + this.storeFile + "' (" + describe(ex) + ")", ex);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Refuse a store directory that another user owns or can use (POSIX only): they could
	 * replace the store or swap its files.
	 */
	static void checkPrivateDirectory(Path directory) {
		OwnerOnlyFiles.checkPrivateDirectory(directory, "session store directory",
				"set cognito.session.store-path to a file in a directory only you can access");
	}

	private static String describe(IOException ex) {
		return ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
	}

	@Override
	public String toString() {
		return "EncryptedFileSessionStore[file=" + this.storeFile + ", keySource=" + this.keySource + "]";
	}

	/**
	 * Called after the temporary file is written and before it replaces the store file;
	 * lets tests fail a write at the most delicate moment.
	 */
	@FunctionalInterface
	interface WriteHook {

		WriteHook NONE = (temp) -> {
		};

		void beforeCommit(Path temp) throws IOException;

	}

	/**
	 * Builder for {@link EncryptedFileSessionStore}.
	 */
	public static final class Builder {

		private final Path storeFile;

		private SessionKeySource keySource;

		private Clock clock = Clock.systemUTC();

		private WriteHook writeHook = WriteHook.NONE;

		private Builder(Path storeFile) {
			Assert.notNull(storeFile, "storeFile cannot be null");
			this.storeFile = storeFile.toAbsolutePath();
		}

		/**
		 * Use this key instead of one generated into {@code <store file>.key}.
		 * @param keySource the key source
		 * @return this builder
		 */
		public Builder keySource(SessionKeySource keySource) {
			Assert.notNull(keySource, "keySource cannot be null");
			this.keySource = keySource;
			return this;
		}

		/**
		 * Use a base64 AES-256 key, as configured in
		 * {@code cognito.session.encryption-key}.
		 * @param base64Key the key
		 * @return this builder
		 * @throws IllegalArgumentException if the key is not base64 or not 32 bytes
		 */
		public Builder base64Key(String base64Key) {
			return keySource(new Base64SessionKeySource(base64Key));
		}

		/**
		 * The clock that timestamps files moved aside.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			Assert.notNull(clock, "clock cannot be null");
			this.clock = clock;
			return this;
		}

		Builder writeHook(WriteHook writeHook) {
			this.writeHook = writeHook;
			return this;
		}

		/**
		 * Build the store.
		 * @return the store
		 */
		public EncryptedFileSessionStore build() {
			return new EncryptedFileSessionStore(this);
		}

	}

}
