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
package io.github.cognitosession.it;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.cognitosession.device.DeviceSecrets;
import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.event.TokensRefreshedEvent;
import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.fault.Fault;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.EncryptedFileSessionStore;
import io.github.cognitosession.store.SessionRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Processes sharing one encrypted file store, as CLI runs do: real JVMs started from the
 * test class path (not class loaders: an OS file lock belongs to a whole JVM, so only
 * separate processes show what the lock does between processes, and killing one shows
 * that the OS releases it).
 *
 * @author Cognito Session contributors
 */
class FileStoreProcessesIntegrationTests {

	private static final String PASSWORD = "Correct-Horse-1";

	/** Within the default 5-minute refresh-ahead time of a 1-hour token. */
	private static final Duration INTO_REFRESH_WINDOW = Duration.ofMinutes(56);

	private static final int PROCESSES = 4;

	private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

	@RegisterExtension
	static final FaultClearingCognitoExtension cognito = FaultClearingCognitoExtension.withClock(clock);

	@TempDir
	Path directory;

	private final List<ChildJvm> children = new ArrayList<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor();

	@AfterEach
	void stopChildren() {
		this.children.forEach(ChildJvm::close);
		this.executor.shutdownNow();
	}

	@Test
	void getTokensWhenFourProcessesNeedARefreshAtOnceOnARotatingClientThenOneRefreshCallServesAllAndTheSessionSurvives()
			throws Exception {
		// no grace period: a second refresh with the rotated token would be refused and
		// sign the user out
		Provisioned setup = cognito.provision().refreshTokenRotation(Duration.ZERO).user("erin", PASSWORD).create();
		Path storeFile = this.directory.resolve("session.bin");
		runner(setup, storeFile)
			.run((context) -> context.getBean(CognitoSessionManager.class).signIn("erin", PASSWORD));
		String signedInRefreshToken = EncryptedFileSessionStore.create(storeFile)
			.load()
			.orElseThrow()
			.getRefreshToken();
		clock.advance(INTO_REFRESH_WINDOW);
		CountDownLatch arrived = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		// the first refresh call is held upstream, so that the others ask while it runs
		cognito.cognito().faults().failNext("GetTokensFromRefreshToken", Fault.holdUntil(release, arrived::countDown));
		for (int i = 0; i < PROCESSES; i++) {
			this.children.add(ChildJvm.start(FileStoreRefreshMain.class, arguments(setup, storeFile)));
		}
		for (ChildJvm child : this.children) {
			assertThat(child.await("CHILD ready ")).isEqualTo("SIGNED_IN");
		}
		this.children.forEach((child) -> child.send("go"));
		for (ChildJvm child : this.children) {
			child.await("CHILD calling");
		}
		assertThat(arrived.await(60, TimeUnit.SECONDS)).as("a refresh call reached Cognito").isTrue();
		release.countDown();
		Set<String> tokens = new HashSet<>();
		int refreshCalls = 0;
		for (ChildJvm child : this.children) {
			tokens.add(child.await("CHILD tokens "));
			refreshCalls += Integer.parseInt(child.await("CHILD refresh-calls="));
			assertThat(child.await("CHILD state=")).isEqualTo("SIGNED_IN");
			assertThat(child.exitCode()).isZero();
		}
		assertThat(refreshCalls).isEqualTo(1);
		assertThat(tokens).as("every process got the one refresh's tokens").hasSize(1);
		String refreshTokenHash = tokens.iterator().next().split(" ")[1];
		SessionRecord stored = EncryptedFileSessionStore.create(storeFile).load().orElseThrow();
		assertThat(stored.getState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(stored.getRefreshToken()).isNotEqualTo(signedInRefreshToken);
		assertThat(FileStoreRefreshMain.sha256(stored.getRefreshToken())).isEqualTo(refreshTokenHash);
		// the session survives: Cognito takes the stored (rotated) token at the next
		// refresh
		clock.advance(INTO_REFRESH_WINDOW);
		runner(setup, storeFile).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			assertThat(manager.getTokens().getRefreshToken()).isNotEqualTo(stored.getRefreshToken());
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(context.getBean(RecordedSessionEvents.class).ofType(TokensRefreshedEvent.class)).hasSize(1);
		});
	}

	@Test
	void saveWhenAnotherProcessHoldsTheStoreLockThenWaitsUntilThatProcessIsKilled() throws Exception {
		EncryptedFileSessionStore store = EncryptedFileSessionStore.create(this.directory.resolve("session.bin"));
		SessionRecord record = SessionRecord.builder().state(UserState.GUEST).identityId("us-east-1:guest").build();
		ChildJvm holder = holdLock(store.getLockFile());
		Future<?> save = this.executor.submit(() -> store.save(record));
		assertThat(save.isDone()).as("the save waits for the other process's lock").isFalse();
		holder.kill();
		save.get(60, TimeUnit.SECONDS);
		assertThat(store.load()).contains(record);
	}

	@Test
	void deviceSecretsSaveWhenAnotherProcessHoldsTheStoreLockThenWaitsUntilThatProcessIsKilled() throws Exception {
		EncryptedFileSessionStore store = EncryptedFileSessionStore.create(this.directory.resolve("session.bin"));
		DeviceSecretsStore devices = store.deviceSecretsStore();
		DeviceSecrets secrets = new DeviceSecrets("us-east-1_device", "group", "device-password");
		ChildJvm holder = holdLock(store.getLockFile());
		Future<?> save = this.executor.submit(() -> devices.save("erin", secrets));
		assertThat(save.isDone()).as("the read-modify-write waits for the other process's lock").isFalse();
		holder.kill();
		save.get(60, TimeUnit.SECONDS);
		assertThat(devices.load("erin")).isPresent();
	}

	private ChildJvm holdLock(Path lockFile) throws Exception {
		ChildJvm holder = ChildJvm.start(LockHolderMain.class, List.of(lockFile.toString()));
		this.children.add(holder);
		holder.await("locked");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			assertThat(channel.tryLock()).as("the other process holds the lock").isNull();
		}
		return holder;
	}

	private static List<String> arguments(Provisioned setup, Path storeFile) {
		List<String> arguments = new ArrayList<>();
		setup.springProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
		arguments.add("--cognito.session.store=file");
		arguments.add("--cognito.session.store-path=" + storeFile);
		arguments.add("--cognito.session.reauthentication-timeout=0");
		arguments.add("--test.clock=" + clock.instant());
		arguments.add("--logging.level.root=WARN");
		return arguments;
	}

	private static ApplicationContextRunner runner(Provisioned setup, Path storeFile) {
		return SessionContexts.runner(setup, clock, storeFile);
	}

}
