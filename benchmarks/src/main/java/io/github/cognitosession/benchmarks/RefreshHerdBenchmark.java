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
package io.github.cognitosession.benchmarks;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import io.github.cognitosession.credentials.CognitoIdentityCredentialsProvider;

/**
 * A refresh herd: {@code callers} threads (1,000 by default) ask a
 * {@link CognitoIdentityCredentialsProvider} for credentials at the moment they expire.
 * Each invocation releases the herd at once and measures the time until every caller has
 * the new credentials; it fails (loudly, stopping the run with {@code -foe true}) unless
 * the herd made exactly one upstream call and every caller got its credentials. The
 * callers' own latencies (from their call to its return) in the measured iterations are
 * printed as percentiles at the end of each fork. The provider's timers run at once, so
 * that the credentials leave their fresh phase as soon as they are published, as they
 * would have long before their expiry.
 *
 * @author Cognito Session contributors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(3)
@Warmup(iterations = 10)
@Measurement(iterations = 30)
public class RefreshHerdBenchmark {

	@Param("1000")
	public int callers;

	private final BenchmarkTime.SettableClock clock = new BenchmarkTime.SettableClock(Instant.now());

	private final BenchmarkTime.ImmediateTimers timers = new BenchmarkTime.ImmediateTimers();

	private CognitoIdentityStub stub;

	private CognitoIdentityClient client;

	private CognitoIdentityCredentialsProvider provider;

	private ExecutorService herd;

	private AwsSessionCredentials current;

	private CountDownLatch ready;

	private CountDownLatch start;

	private CountDownLatch done;

	private long[] latencies;

	private AwsCredentials[] results;

	private long[] allLatencies = new long[0];

	private int invocations;

	private boolean measuring;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		this.stub = new CognitoIdentityStub(this.clock);
		this.client = this.stub.client();
		this.provider = this.stub.guestProvider(this.client, this.clock, this.timers);
		this.current = (AwsSessionCredentials) this.provider.resolveCredentials();
		this.herd = Executors.newFixedThreadPool(this.callers);
		this.latencies = new long[this.callers];
		this.results = new AwsCredentials[this.callers];
	}

	@Setup(Level.Iteration)
	public void iteration(IterationParams iteration) {
		this.measuring = iteration.getType() == IterationType.MEASUREMENT;
	}

	/**
	 * Put the clock at the current credentials' expiry and park every caller of the herd
	 * at the start line.
	 */
	@Setup(Level.Invocation)
	public void lineUp() throws InterruptedException {
		this.clock.set(this.current.expirationTime().orElseThrow());
		this.ready = new CountDownLatch(this.callers);
		this.start = new CountDownLatch(1);
		this.done = new CountDownLatch(this.callers);
		for (int i = 0; i < this.callers; i++) {
			int caller = i;
			this.herd.execute(() -> call(caller));
		}
		this.ready.await();
	}

	private void call(int caller) {
		this.ready.countDown();
		try {
			this.start.await();
			long started = System.nanoTime();
			this.results[caller] = this.provider.resolveCredentials();
			this.latencies[caller] = System.nanoTime() - started;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			this.results[caller] = null;
		}
		finally {
			this.done.countDown();
		}
	}

	@Benchmark
	public AwsCredentials herdAtExpiry() throws InterruptedException {
		int callsBefore = this.stub.credentialCalls();
		this.start.countDown();
		this.done.await();
		int upstreamCalls = this.stub.credentialCalls() - callsBefore;
		if (upstreamCalls != 1) {
			throw new IllegalStateException(
					"A herd of " + this.callers + " callers made " + upstreamCalls + " upstream calls instead of 1");
		}
		AwsCredentials renewed = this.results[0];
		for (AwsCredentials result : this.results) {
			if (result == null || result != renewed || result.accessKeyId().equals(this.current.accessKeyId())) {
				throw new IllegalStateException("A caller of the herd did not get the renewed credentials");
			}
		}
		this.current = (AwsSessionCredentials) renewed;
		return renewed;
	}

	@TearDown(Level.Invocation)
	public void record() {
		if (!this.measuring) {
			return;
		}
		int offset = this.allLatencies.length;
		this.allLatencies = Arrays.copyOf(this.allLatencies, offset + this.callers);
		System.arraycopy(this.latencies, 0, this.allLatencies, offset, this.callers);
		this.invocations++;
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		long[] sorted = this.allLatencies.clone();
		Arrays.sort(sorted);
		System.out.printf(
				"%nHerd callers' latency over %d herds of %d (measured): p50 %s, p90 %s, "
						+ "p99 %s, p99.9 %s, max %s; upstream calls %d%n",
				this.invocations, this.callers, millis(sorted, 0.5), millis(sorted, 0.9), millis(sorted, 0.99),
				millis(sorted, 0.999), millis(sorted, 1.0), this.stub.credentialCalls());
		this.herd.shutdownNow();
		this.provider.close();
		this.timers.shutdownNow();
		this.client.close();
		this.stub.close();
	}

	private static String millis(long[] sorted, double percentile) {
		int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile * sorted.length) - 1);
		return String.format("%.2f ms", sorted[Math.max(0, index)] / 1e6);
	}

}
