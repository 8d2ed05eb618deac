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
package io.github.cognitosession.local.junit;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Redis server for a test class: Debian's {@code redis-server} (installed by
 * {@code .ci/run} when missing), started on a free loopback port in a temporary directory
 * with persistence off, and stopped after the class. A missing binary skips the tests,
 * except under {@code CI=true}, where it fails them. Register it as a static
 * {@code @RegisterExtension} field. Not part of Local Cognito: it lives here so that
 * every module's tests of several instances share one.
 *
 * @author Cognito Session contributors
 */
public final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback {

	/**
	 * System property naming the {@code redis-server} binary to run instead of the one on
	 * the path.
	 */
	public static final String BINARY_PROPERTY = "redis.server.binary";

	private static final long START_TIMEOUT_SECONDS = 30;

	private Process process;

	private Path directory;

	private int port;

	/**
	 * The port Redis listens on, on 127.0.0.1.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		File binary = new File(System.getProperty(BINARY_PROPERTY, "/usr/bin/redis-server"));
		requireExecutable(binary, "true".equalsIgnoreCase(System.getenv("CI")));
		this.directory = Files.createTempDirectory("redis-test");
		this.port = freePort();
		List<String> command = new ArrayList<>(List.of(binary.getPath(), "--port", String.valueOf(this.port), "--bind",
				"127.0.0.1", "--dir", this.directory.toString(), "--save", "", "--appendonly", "no", "--protected-mode",
				"yes", "--daemonize", "no", "--loglevel", "notice"));
		this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
		CompletableFuture<Boolean> ready = new CompletableFuture<>();
		Thread reader = new Thread(() -> readOutput(ready), "redis-server-output");
		reader.setDaemon(true);
		reader.start();
		if (!Boolean.TRUE.equals(ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS))) {
			this.process.destroyForcibly();
			Assertions.fail("redis-server did not start on port " + this.port);
		}
	}

	private void readOutput(CompletableFuture<Boolean> ready) {
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null) {
				if (line.contains("Ready to accept connections")) {
					ready.complete(true);
				}
			}
		}
		catch (IOException ex) {
			// the server stopped
		}
		ready.complete(false);
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		if (this.process != null) {
			this.process.destroy();
			if (!this.process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		if (this.directory != null) {
			try (var files = Files.walk(this.directory)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	// A skipped Redis test would let CI pass without ever testing several instances.
	private static void requireExecutable(File binary, boolean ci) {
		if (Files.isExecutable(binary.toPath())) {
			return;
		}
		String message = binary + " not found: install the Debian package 'redis-server' "
				+ "(apt-get install redis-server) or set -D" + BINARY_PROPERTY;
		if (ci) {
			Assertions.fail(message);
		}
		Assumptions.abort(message);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for Redis", ex);
		}
	}

}
