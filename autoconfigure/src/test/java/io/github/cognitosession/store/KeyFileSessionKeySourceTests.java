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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests for {@link KeyFileSessionKeySource}.
 *
 * @author Cognito Session contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class KeyFileSessionKeySourceTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

	@TempDir
	Path directory;

	@Test
	void getKeyWhenNoKeyFileThenGenerates256BitKeyIntoOwnerOnlyFile() throws Exception {
		Path keyFile = this.directory.resolve("nested/dir/session.bin.key");
		SecretKey key = new KeyFileSessionKeySource(keyFile, CLOCK).getKey();
		assertThat(key.getAlgorithm()).isEqualTo("AES");
		assertThat(key.getEncoded()).hasSize(32);
		assertThat(Files.readString(keyFile, StandardCharsets.US_ASCII))
			.isEqualTo(Base64.getEncoder().encodeToString(key.getEncoded()) + "\n");
		assumeTrue(OwnerOnlyFiles.isPosix(keyFile), "POSIX permissions");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())))
			.isEqualTo("rwx------");
	}

	@Test
	void getKeyWhenKeyFileExistsThenReusedByAnotherInstance() throws Exception {
		Path keyFile = this.directory.resolve("session.bin.key");
		byte[] first = new KeyFileSessionKeySource(keyFile, CLOCK).getKey().getEncoded();
		byte[] fileBefore = Files.readAllBytes(keyFile);
		byte[] second = new KeyFileSessionKeySource(keyFile, CLOCK).getKey().getEncoded();
		assertThat(second).isEqualTo(first);
		assertThat(Files.readAllBytes(keyFile)).isEqualTo(fileBefore);
	}

	@Test
	void getKeyWhenManyInstancesCreateAtOnceThenAllGetTheSameKey() throws Exception {
		Path keyFile = this.directory.resolve("session.bin.key");
		int parties = 8;
		CyclicBarrier start = new CyclicBarrier(parties);
		ExecutorService executor = Executors.newFixedThreadPool(parties);
		try {
			List<Future<byte[]>> keys = new ArrayList<>();
			for (int i = 0; i < parties; i++) {
				keys.add(executor.submit(() -> {
					KeyFileSessionKeySource source = new KeyFileSessionKeySource(keyFile, CLOCK);
					start.await();
					return source.getKey().getEncoded();
				}));
			}
			List<byte[]> results = new ArrayList<>();
			for (Future<byte[]> key : keys) {
				results.add(key.get());
			}
			byte[] onDisk = Base64.getDecoder().decode(Files.readString(keyFile).strip());
			assertThat(results).allSatisfy((key) -> assertThat(key).isEqualTo(onDisk));
		}
		finally {
			executor.shutdownNow();
		}
		try (var files = Files.list(this.directory)) {
			assertThat(files).containsExactly(keyFile);
		}
	}

	@Test
	void getKeyWhenKeyFileIsGarbageThenMovedAsideAndNewKeyGenerated(CapturedOutput output) throws Exception {
		Path keyFile = this.directory.resolve("session.bin.key");
		Files.writeString(keyFile, "definitely not a key");
		SecretKey key = new KeyFileSessionKeySource(keyFile, CLOCK).getKey();
		assertThat(key.getEncoded()).hasSize(32);
		Path aside = this.directory.resolve("session.bin.key.corrupt-20260102T030405Z");
		assertThat(aside).hasContent("definitely not a key");
		assertThat(output).contains("WARN").contains(keyFile.toString()).contains(aside.toString());
	}

	@Test
	void getKeyWhenKeyFileReadableByOthersThenRefusedNamingFileAndFix() throws Exception {
		Path keyFile = this.directory.resolve("session.bin.key");
		new KeyFileSessionKeySource(keyFile, CLOCK).getKey();
		assumeTrue(OwnerOnlyFiles.isPosix(keyFile), "POSIX permissions");
		byte[] before = Files.readAllBytes(keyFile);
		Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
		assertThatExceptionOfType(SessionStoreException.class)
			.isThrownBy(() -> new KeyFileSessionKeySource(keyFile, CLOCK).getKey())
			.withMessageContaining("Session key file '" + keyFile + "' is accessible by other users")
			.withMessageContaining("rw-r--r--")
			.withMessageContaining("'chmod 600 " + keyFile + "'")
			.withMessageContaining("cognito.session.encryption-key")
			.withMessageNotContaining(Base64.getEncoder().encodeToString(Arrays.copyOf(before, 10)));
		assertThat(Files.readAllBytes(keyFile)).isEqualTo(before);
	}

	@Test
	void getKeyWhenKeyDirectoryWritableByOthersThenRefusedBeforeAnyKeyIsWritten() throws Exception {
		assumeTrue(OwnerOnlyFiles.isPosix(this.directory), "POSIX permissions");
		Path shared = Files.createDirectory(this.directory.resolve("shared"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
		Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
		Path keyFile = shared.resolve("session.bin.key");
		assertThatExceptionOfType(SessionStoreException.class)
			.isThrownBy(() -> new KeyFileSessionKeySource(keyFile, CLOCK).getKey())
			.withMessageContaining("Directory of the session key file '" + shared + "' is accessible by other users")
			.withMessageContaining("'chmod 700 " + shared + "'");
		assertThat(keyFile).doesNotExist();
	}

	@Test
	void checkPrivateDirectoryWhenOwnedByAnotherUserThenRefusedNamingOwnerAndFix() throws Exception {
		assumeTrue(OwnerOnlyFiles.isPosix(this.directory), "POSIX permissions");
		UserPrincipal owner = Files.getOwner(this.directory);
		// "nobody" exists on every POSIX system; as the current user it cannot be
		// compared with another one.
		UserPrincipal other = this.directory.getFileSystem()
			.getUserPrincipalLookupService()
			.lookupPrincipalByName("nobody");
		assumeTrue(!other.equals(owner), "another user than the directory's owner");
		assertThatExceptionOfType(SessionStoreException.class)
			.isThrownBy(() -> OwnerOnlyFiles.checkPrivateDirectory(this.directory, "session store directory",
					"use another one", other))
			.withMessageContaining("Session store directory '" + this.directory + "' is owned by '" + owner.getName()
					+ "', not by 'nobody'")
			.withMessageContaining("'chown nobody " + this.directory + "'");
		OwnerOnlyFiles.checkPrivateDirectory(this.directory, "session store directory", "use another one", owner);
	}

	@Test
	void toStringWhenKeyLoadedThenPrintsFileButNotKey() {
		KeyFileSessionKeySource source = new KeyFileSessionKeySource(this.directory.resolve("k"), CLOCK);
		String key = Base64.getEncoder().encodeToString(source.getKey().getEncoded());
		assertThat(source.toString()).contains(this.directory.resolve("k").toString()).doesNotContain(key);
	}

}
