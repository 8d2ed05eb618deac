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
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * File operations shared by the store and the key file: owner-only creation, the check
 * that existing files and directories are private to the current user, durable writes and
 * moving a bad file aside. On file systems without POSIX permissions the files are
 * created with the platform's defaults and not checked.
 *
 * @author Cognito Session contributors
 */
final class OwnerOnlyFiles {

	static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

	static final Set<PosixFilePermission> OWNER_ALL = PosixFilePermissions.fromString("rwx------");

	private static final DateTimeFormatter CORRUPT_SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_MOVE_ASIDE_ATTEMPTS = 100;

	private OwnerOnlyFiles() {
	}

	static boolean isPosix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	/**
	 * Refuse an existing directory that another user owns or can use: whoever can write
	 * to it can replace or swap the files in it (the key file included), and whoever owns
	 * it can do so at any time. Does nothing when the directory does not exist or the
	 * file system has no POSIX permissions.
	 * @param directory the directory
	 * @param description what the directory is, for the message
	 * @param alternative how else to fix it, for the message
	 * @throws SessionStoreException naming the directory and the fix
	 */
	static void checkPrivateDirectory(Path directory, String description, String alternative) {
		checkPrivateDirectory(directory, description, alternative, currentUser(directory));
	}

	static void checkPrivateDirectory(Path directory, String description, String alternative,
			UserPrincipal currentUser) {
		checkPrivate(directory, true, description, alternative, currentUser);
	}

	/**
	 * Refuse an existing file that another user owns or can read or write. Does nothing
	 * when the file does not exist or the file system has no POSIX permissions.
	 * @param file the file
	 * @param description what the file is, for the message
	 * @param alternative how else to fix it, for the message
	 * @throws SessionStoreException naming the file and the fix
	 */
	static void checkPrivateFile(Path file, String description, String alternative) {
		checkPrivate(file, false, description, alternative, currentUser(file));
	}

	private static void checkPrivate(Path path, boolean directory, String description, String alternative,
			UserPrincipal currentUser) {
		if (!isPosix(path)) {
			return;
		}
		PosixFileAttributes attributes;
		try {
			attributes = Files.readAttributes(path, PosixFileAttributes.class);
		}
		catch (NoSuchFileException ex) {
			return;
		}
		catch (IOException ex) {
			throw new SessionStoreException("Cannot check the permissions of " + description + " '" + path + "' ("
					+ ex.getClass().getSimpleName() + ")", ex);
		}
		if (attributes.isDirectory() != directory) {
			// Not what it should be (a file in place of the directory): reading or
			// writing it fails with an error that says so.
			return;
		}
		if (currentUser != null && !currentUser.equals(attributes.owner())) {
			throw new SessionStoreException(capitalize(description) + " '" + path + "' is owned by '"
					+ attributes.owner().getName() + "', not by '" + currentUser.getName()
					+ "', who runs this application; another user could replace what is in it. Use one of your own ("
					+ alternative + "), or take it over with 'chown " + currentUser.getName() + " " + path + "'", null);
		}
		Set<PosixFilePermission> permissions = attributes.permissions();
		if (!(directory ? OWNER_ALL : OWNER_READ_WRITE).containsAll(permissions)) {
			String chmod = directory ? "chmod 700" : "chmod 600";
			throw new SessionStoreException(capitalize(description) + " '" + path
					+ "' is accessible by other users (permissions " + PosixFilePermissions.toString(permissions)
					+ "); restrict it to its owner with '" + chmod + " " + path + "', or " + alternative, null);
		}
	}

	/**
	 * The user this process runs as, or {@code null} when the system cannot name it (for
	 * example a container user without an account): then only permissions are checked.
	 */
	private static UserPrincipal currentUser(Path path) {
		if (path.getFileSystem() == FileSystems.getDefault()) {
			return DefaultFileSystemUser.CURRENT;
		}
		return lookUpCurrentUser(path.getFileSystem());
	}

	private static UserPrincipal lookUpCurrentUser(FileSystem fileSystem) {
		// The JDK derives user.name from the process's user id, not from the environment.
		String name = System.getProperty("user.name");
		if (name == null || name.isBlank() || "?".equals(name)) {
			return null;
		}
		try {
			return fileSystem.getUserPrincipalLookupService().lookupPrincipalByName(name);
		}
		catch (IOException | UnsupportedOperationException ex) {
			return null;
		}
	}

	private static String capitalize(String description) {
		return Character.toUpperCase(description.charAt(0)) + description.substring(1);
	}

	/**
	 * Create the directory (and missing parents) as owner-only, leaving an existing one
	 * untouched: it may be shared on purpose.
	 */
	static void createDirectories(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			return;
		}
		if (isPosix(directory)) {
			Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ALL));
		}
		else {
			Files.createDirectories(directory);
		}
	}

	/**
	 * Create a new, uniquely named, owner-only temporary file next to {@code target}, so
	 * that renaming it onto the target is atomic. The permissions are set at creation: a
	 * file never exists with wider ones, not even briefly.
	 */
	static Path createTempFileNextTo(Path target) throws IOException {
		Path directory = target.toAbsolutePath().getParent();
		String prefix = "." + target.getFileName() + ".";
		if (isPosix(directory)) {
			return Files.createTempFile(directory, prefix, ".tmp", ownerReadWrite());
		}
		return Files.createTempFile(directory, prefix, ".tmp");
	}

	static FileAttribute<Set<PosixFilePermission>> ownerReadWrite() {
		return PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE);
	}

	/**
	 * Write all bytes and force them to the device before returning.
	 */
	static void writeDurably(Path file, byte[] bytes) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
	}

	/**
	 * Force a directory's entries (a rename or delete) to the device. Best effort: not
	 * every platform can open a directory (Windows cannot), and the data itself is
	 * already durable by then.
	 */
	static void fsyncDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// Not supported here; the rename is still atomic, only its durability on
			// power loss is weaker.
		}
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// A leftover temporary file is harmless and holds only ciphertext.
		}
	}

	/**
	 * Move a bad file aside to {@code <name>.corrupt-<UTC timestamp>} (with a counter if
	 * that name is taken) so it can be inspected; it is never deleted.
	 * @return the new location
	 */
	static Path moveAside(Path file, Clock clock) throws IOException {
		String base = file.getFileName() + ".corrupt-" + CORRUPT_SUFFIX.format(clock.instant());
		Path target = file.resolveSibling(base);
		for (int attempt = 1; attempt <= MAX_MOVE_ASIDE_ATTEMPTS; attempt++) {
			try {
				// Without REPLACE_EXISTING an earlier moved-aside file is never
				// overwritten.
				Files.move(file, target);
				return target;
			}
			catch (FileAlreadyExistsException ex) {
				target = file.resolveSibling(base + "-" + attempt);
			}
		}
		throw new FileAlreadyExistsException(target.toString(), null, "too many files moved aside in one second");
	}

	static void moveAtomically(Path source, Path target) throws IOException {
		Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * Looked up once: the process's user does not change.
	 */
	private static final class DefaultFileSystemUser {

		static final UserPrincipal CURRENT = lookUpCurrentUser(FileSystems.getDefault());

	}

}
