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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * A JVM started by a test on the test's own class path, running a {@code main} of the
 * test sources: a real process, which the OS cleans up after (its file locks included)
 * however it ends. The test talks to it by lines: what it prints on standard output is
 * read line by line (standard error is kept for a failure message), and {@link #send}
 * writes a line to its standard input. Lines never carry a token or a secret.
 *
 * @author Cognito Session contributors
 */
final class ChildJvm implements AutoCloseable {

	private static final long TIMEOUT_SECONDS = 120;

	private final Process process;

	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private final List<String> errors = new ArrayList<>();

	private final Writer input;

	private ChildJvm(Process process) {
		this.process = process;
		this.input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
		startDaemon("child-jvm-out", () -> pump(process, this.lines, false));
		startDaemon("child-jvm-err", () -> pump(process, null, true));
	}

	/**
	 * Start a JVM running a main class of the test class path.
	 * @param mainClass the class
	 * @param args its arguments
	 * @return the running JVM
	 */
	static ChildJvm start(Class<?> mainClass, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// small and quick to start: these JVMs live for seconds
		command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
				System.getProperty("java.class.path"), mainClass.getName()));
		command.addAll(args);
		try {
			return new ChildJvm(new ProcessBuilder(command).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start a JVM for " + mainClass.getSimpleName(), ex);
		}
	}

	/**
	 * Wait for the next line that starts with a prefix (earlier lines are skipped).
	 * @param prefix the prefix
	 * @return the rest of the line after the prefix
	 */
	String await(String prefix) {
		try {
			while (true) {
				String line = this.lines.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
				if (line == null) {
					fail("No line '" + prefix + "...' from the child JVM within " + TIMEOUT_SECONDS + " s; "
							+ describe());
				}
				if (line.startsWith(prefix)) {
					return line.substring(prefix.length());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	void send(String line) {
		try {
			this.input.write(line + "\n");
			this.input.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The child JVM does not read its input any more; " + describe(), ex);
		}
	}

	/**
	 * Kill the JVM at once (SIGKILL), as a crash or {@code kill -9} would, and wait until
	 * it is gone.
	 */
	void kill() {
		this.process.destroyForcibly();
		exitCode();
	}

	int exitCode() {
		try {
			if (!this.process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				fail("The child JVM did not end within " + TIMEOUT_SECONDS + " s");
			}
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	String describe() {
		synchronized (this.errors) {
			int from = Math.max(0, this.errors.size() - 20);
			return "alive=" + this.process.isAlive() + ", last lines of its standard error: "
					+ String.join(" | ", this.errors.subList(from, this.errors.size()));
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroyForcibly();
		}
	}

	private static void startDaemon(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
	}

	private void pump(Process process, BlockingQueue<String> target, boolean error) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				error ? process.getErrorStream() : process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (error) {
					synchronized (this.errors) {
						this.errors.add(line);
					}
				}
				else {
					target.add(line);
				}
			}
		}
		catch (IOException ex) {
			// the process ended
		}
	}

}
