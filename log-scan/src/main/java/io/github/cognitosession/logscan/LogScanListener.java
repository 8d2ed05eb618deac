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

package io.github.cognitosession.logscan;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Scans what the tests write to {@link System#out} and {@link System#err} for secrets
 * ({@link SecretScanner}), from the start of the test plan to the end of the JVM, so
 * every log line of the suite is seen whatever the logging library (Logback's and
 * slf4j-simple's console output both go there). Each finding is appended at once, with
 * the secret redacted and the test that was running, to the file named by the
 * {@value #FINDINGS_PROPERTY} system property (default
 * {@code target/log-scan/findings.txt}); the build fails when that file is not empty
 * after the tests. Registered with the JUnit Platform through {@code META-INF/services},
 * so it runs for every test engine.
 *
 * @author Cognito Session contributors
 */
public final class LogScanListener implements TestExecutionListener {

	/**
	 * The system property naming the findings file.
	 */
	public static final String FINDINGS_PROPERTY = "cognito.log-scan.findings";

	private static final int MAX_FINDINGS = 200;

	private static final Object lock = new Object();

	private static Scan scan;

	private final Deque<String> running = new ConcurrentLinkedDeque<>();

	@Override
	public void testPlanExecutionStarted(TestPlan testPlan) {
		synchronized (lock) {
			if (scan == null) {
				KnownSecrets.registerListed(Thread.currentThread().getContextClassLoader());
				scan = new Scan(Path.of(System.getProperty(FINDINGS_PROPERTY, "target/log-scan/findings.txt")),
						this.running);
				scan.install();
			}
		}
	}

	@Override
	public void executionStarted(TestIdentifier testIdentifier) {
		this.running.push(describe(testIdentifier));
	}

	@Override
	public void executionFinished(TestIdentifier testIdentifier,
			org.junit.platform.engine.TestExecutionResult testExecutionResult) {
		this.running.remove(describe(testIdentifier));
	}

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		synchronized (lock) {
			if (scan != null) {
				scan.report();
			}
		}
	}

	private static String describe(TestIdentifier identifier) {
		TestSource source = identifier.getSource().orElse(null);
		if (source instanceof MethodSource method) {
			return method.getClassName() + "#" + method.getMethodName() + " [" + identifier.getDisplayName() + "]";
		}
		if (source instanceof ClassSource type) {
			return type.getClassName();
		}
		return identifier.getDisplayName();
	}

	/**
	 * The scan of one JVM: installed once, never removed, so that what is logged while
	 * the JVM shuts down (application contexts closing) is scanned too.
	 */
	private static final class Scan {

		private final Path findings;

		private final Deque<String> running;

		private final SecretScanner scanner = new SecretScanner(KnownSecrets::all);

		private final AtomicInteger found = new AtomicInteger();

		private PrintStream originalErr;

		Scan(Path findings, Deque<String> running) {
			this.findings = findings.toAbsolutePath();
			this.running = running;
		}

		void install() {
			try {
				Files.createDirectories(this.findings.getParent());
				Files.deleteIfExists(this.findings);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot prepare the log scan's findings file " + this.findings, ex);
			}
			this.originalErr = System.err;
			Charset charset = Charset.defaultCharset();
			System.setOut(tee(System.out, "standard output", charset));
			System.setErr(tee(System.err, "standard error", charset));
		}

		private PrintStream tee(PrintStream original, String name, Charset charset) {
			LineTeeOutputStream tee = new LineTeeOutputStream(original, charset, (line) -> scan(line, name));
			Runtime.getRuntime().addShutdownHook(new Thread(tee::finish, "log-scan-" + name));
			return new PrintStream(tee, true, charset);
		}

		private void scan(String line, String stream) {
			try {
				check(line, stream);
			}
			catch (RuntimeException ex) {
				// Never break the test that printed the line.
				this.originalErr.println("log-scan: cannot scan a line: " + ex);
			}
		}

		private synchronized void check(String line, String stream) {
			List<SecretScanner.Match> matches = this.scanner.scan(line);
			if (matches.isEmpty()) {
				return;
			}
			int count = this.found.incrementAndGet();
			if (count > MAX_FINDINGS) {
				return;
			}
			String test = this.running.isEmpty() ? "outside any test" : this.running.peek();
			String finding = matches.get(0).kind() + " on " + stream + " during " + test + ": "
					+ SecretScanner.redact(line, matches) + System.lineSeparator();
			try {
				Files.writeString(this.findings, finding, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND);
			}
			catch (IOException ex) {
				this.originalErr.println("log-scan: cannot write " + this.findings + ": " + ex);
			}
		}

		void report() {
			int count = this.found.get();
			if (count > 0) {
				this.originalErr.println(
						"log-scan: " + count + " line(s) written during the tests hold a secret; see " + this.findings);
			}
		}

	}

}
