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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import io.github.cognitosession.device.DeviceSecrets;
import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.store.SessionFileFormat.Opened;
import io.github.cognitosession.store.SessionFileFormat.Purpose;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.Assert;

/**
 * The remembered-device secrets of an {@link EncryptedFileSessionStore}: a second file,
 * {@code <store file>.devices}, in the same format (AES-256-GCM with the store's key,
 * written atomically and owner-only) but with its own purpose in the authenticated
 * header, so that the session file cannot be read as this one; signing out (which deletes
 * the session file) keeps the device. A corrupt file is moved aside with a WARN and read
 * as empty. Obtain one with {@link EncryptedFileSessionStore#deviceSecretsStore()}.
 * Thread-safe; across processes each read-modify-write holds the store's file lock
 * ({@code <store file>.lock}), so two processes remembering devices of two users keep
 * both.
 *
 * @author Cognito Session contributors
 */
public final class EncryptedFileDeviceSecretsStore implements DeviceSecretsStore {

	private static final Log logger = LogFactory.getLog(EncryptedFileDeviceSecretsStore.class);

	private final Path file;

	private final SessionKeySource keySource;

	private final Clock clock;

	private final SecureRandom secureRandom = new SecureRandom();

	private final ReentrantLock lock = new ReentrantLock();

	private final StoreFileLock fileLock;

	EncryptedFileDeviceSecretsStore(Path file, SessionKeySource keySource, Clock clock, StoreFileLock fileLock) {
		this.file = file;
		this.keySource = keySource;
		this.clock = clock;
		this.fileLock = fileLock;
	}

	/**
	 * The file this store reads and writes.
	 * @return the file's absolute path
	 */
	public Path getFile() {
		return this.file;
	}

	@Override
	public Optional<DeviceSecrets> load(String username) {
		Assert.hasText(username, "username cannot be empty");
		this.lock.lock();
		try {
			return Optional.ofNullable(readAll().get(username));
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void save(String username, DeviceSecrets secrets) {
		Assert.hasText(username, "username cannot be empty");
		Assert.notNull(secrets, "secrets cannot be null");
		// read-modify-write under the store's lock: another process may add its user's
		// device meanwhile
		this.fileLock.held(() -> {
			this.lock.lock();
			try {
				Map<String, DeviceSecrets> devices = readAll();
				devices.put(username, secrets);
				write(devices);
			}
			finally {
				this.lock.unlock();
			}
		});
	}

	@Override
	public void remove(String username) {
		Assert.hasText(username, "username cannot be empty");
		this.fileLock.held(() -> {
			this.lock.lock();
			try {
				Map<String, DeviceSecrets> devices = readAll();
				if (devices.remove(username) != null) {
					write(devices);
				}
			}
			finally {
				this.lock.unlock();
			}
		});
	}

	private Map<String, DeviceSecrets> readAll() {
		EncryptedFileSessionStore.checkPrivateDirectory(this.file.getParent());
		byte[] content;
		try (InputStream in = Files.newInputStream(this.file)) {
			content = in.readNBytes(EncryptedFileSessionStore.MAX_FILE_BYTES + 1);
		}
		catch (NoSuchFileException ex) {
			return new LinkedHashMap<>();
		}
		catch (IOException ex) {
			throw new SessionStoreException("Cannot read device secrets file '" + this.file + "' ("
					+ ex.getClass().getSimpleName() + "); check that it is a file readable by this user", ex);
		}
		try {
			if (content.length > EncryptedFileSessionStore.MAX_FILE_BYTES) {
				throw new UnreadableSessionFileException(
						"it is larger than " + EncryptedFileSessionStore.MAX_FILE_BYTES + " bytes");
			}
			Opened opened = SessionFileFormat.open(content, Purpose.DEVICE_SECRETS, this.keySource.getKey());
			byte[] plaintext = opened.plaintext();
			try {
				if (opened.legacy()) {
					refuseSessionRecord(plaintext);
				}
				return DeviceSecretsCodec.decode(plaintext);
			}
			finally {
				Arrays.fill(plaintext, (byte) 0);
			}
		}
		catch (GeneralSecurityException ex) {
			throw new SessionStoreException("Cannot decrypt device secrets file '" + this.file
					+ "': AES-GCM is not usable in this JVM (" + ex.getClass().getSimpleName() + ")", ex);
		}
		catch (UnreadableSessionFileException ex) {
			moveAside(ex.getMessage());
			return new LinkedHashMap<>();
		}
	}

	/**
	 * A version 1 file does not authenticate its purpose, and a session record happens to
	 * parse as device secrets (its fields have the same tags), so a session file put in
	 * place of this one is recognised by its content.
	 */
	private static void refuseSessionRecord(byte[] plaintext) throws UnreadableSessionFileException {
		try {
			SessionRecordCodec.decode(plaintext);
		}
		catch (UnreadableSessionFileException ex) {
			return;
		}
		throw new UnreadableSessionFileException("it is a session store file, not a device secrets file");
	}

	private void moveAside(String reason) {
		try {
			Path movedTo = OwnerOnlyFiles.moveAside(this.file, this.clock);
			logger.warn("Device secrets file '" + this.file + "' is unreadable: " + reason + ". Moved it to '" + movedTo
					+ "'; devices sign in with MFA again");
		}
		catch (IOException ex) {
			logger.warn("Device secrets file '" + this.file + "' is unreadable: " + reason
					+ ". It could not be moved aside and will be replaced at the next write");
		}
	}

	private void write(Map<String, DeviceSecrets> devices) {
		byte[] plaintext = DeviceSecretsCodec.encode(devices);
		byte[] content;
		try {
			content = SessionFileFormat.seal(plaintext, Purpose.DEVICE_SECRETS, this.keySource.getKey(),
					this.secureRandom);
		}
		catch (GeneralSecurityException ex) {
			throw new SessionStoreException("Cannot encrypt the device secrets for '" + this.file
					+ "': AES-GCM is not usable in this JVM (" + ex.getClass().getSimpleName() + ")", ex);
		}
		finally {
			Arrays.fill(plaintext, (byte) 0);
		}
		Path directory = this.file.getParent();
		Path temp = null;
		try {
			OwnerOnlyFiles.createDirectories(directory);
			EncryptedFileSessionStore.checkPrivateDirectory(directory);
			temp = OwnerOnlyFiles.createTempFileNextTo(this.file);
			OwnerOnlyFiles.writeDurably(temp, content);
			OwnerOnlyFiles.moveAtomically(temp, this.file);
			temp = null;
			OwnerOnlyFiles.fsyncDirectory(directory);
		}
		catch (IOException ex) {
			throw new SessionStoreException("Cannot write device secrets file '" + this.file + "' ("
					+ ex.getClass().getSimpleName() + "); the previous device secrets are unchanged", ex);
		}
		finally {
			if (temp != null) {
				OwnerOnlyFiles.deleteQuietly(temp);
			}
		}
	}

	@Override
	public String toString() {
		return "EncryptedFileDeviceSecretsStore[" + this.file + "]";
	}

}
