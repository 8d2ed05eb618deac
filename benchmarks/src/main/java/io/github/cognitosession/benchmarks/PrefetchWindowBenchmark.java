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
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import io.github.cognitosession.credentials.CognitoIdentityCredentialsProvider;

/**
 * Callers of a {@link CognitoIdentityCredentialsProvider} in the prefetch window while
 * the refresh is held upstream for the whole iteration (a slow Cognito Identity): every
 * call should return the still-valid credentials at once, so the sampled latency (with
 * its percentiles) is that of the clock-checked path, not of the network. Each iteration
 * fails unless exactly one upstream call was made and the held refresh's credentials
 * reached nobody; between iterations the refresh is released and completes.
 *
 * @author Cognito Session contributors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
public class PrefetchWindowBenchmark {

	/** Between the (jittered) prefetch time and the stale time of the defaults. */
	private static final Duration BEFORE_EXPIRY = Duration.ofMinutes(3);

	private static final Duration REFRESH_WAIT = Duration.ofSeconds(10);

	private final BenchmarkTime.SettableClock clock = new BenchmarkTime.SettableClock(Instant.now());

	private final BenchmarkTime.ImmediateTimers timers = new BenchmarkTime.ImmediateTimers();

	private CognitoIdentityStub stub;

	private CognitoIdentityClient client;

	private CognitoIdentityCredentialsProvider provider;

	private AwsSessionCredentials current;

	private int callsBefore;

	private boolean control;

	private final StaticCredentialsProvider staticProvider = StaticCredentialsProvider
		.create(AwsSessionCredentials.create("ASIASTATIC", "static-secret", "static-session"));

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		this.stub = new CognitoIdentityStub(this.clock);
		this.client = this.stub.client();
		this.provider = this.stub.guestProvider(this.client, this.clock, this.timers);
		this.current = (AwsSessionCredentials) this.provider.resolveCredentials();
	}

	/**
	 * Hold the upstream and put the clock in the current credentials' prefetch window.
	 */
	@Setup(Level.Iteration)
	public void enterPrefetchWindow(BenchmarkParams benchmark) {
		this.control = benchmark.getBenchmark().endsWith(".static1Thread");
		this.stub.hold();
		this.callsBefore = this.stub.credentialCalls();
		this.clock.set(this.current.expirationTime().orElseThrow().minus(BEFORE_EXPIRY));
	}

	@Benchmark
	@Threads(1)
	public AwsCredentials prefetchWindow1Thread() {
		return this.provider.resolveCredentials();
	}

	@Benchmark
	@Threads(2)
	public AwsCredentials prefetchWindow2Threads() {
		return this.provider.resolveCredentials();
	}

	/**
	 * Control: the SDK's static provider sampled the same way, in the same run. Its tail
	 * is the machine's (scheduling, safepoints), not the provider's.
	 * @return the credentials
	 */
	@Benchmark
	@Threads(1)
	public AwsCredentials static1Thread() {
		return this.staticProvider.resolveCredentials();
	}

	/**
	 * Check the iteration, release the held refresh and wait until it is published.
	 */
	@TearDown(Level.Iteration)
	public void releaseRefresh() {
		if (this.control) {
			this.stub.release();
			return;
		}
		int upstreamCalls = this.stub.credentialCalls() - this.callsBefore;
		String served = this.provider.resolveCredentials().accessKeyId();
		if (upstreamCalls != 1) {
			throw new IllegalStateException(
					"The prefetch window made " + upstreamCalls + " upstream calls instead of 1");
		}
		if (!served.equals(this.current.accessKeyId())) {
			throw new IllegalStateException("Credentials were served that the held upstream had not answered");
		}
		this.stub.release();
		long deadline = System.nanoTime() + REFRESH_WAIT.toNanos();
		AwsCredentials renewed = this.provider.resolveCredentials();
		while (renewed.accessKeyId().equals(this.current.accessKeyId())) {
			if (System.nanoTime() - deadline > 0) {
				throw new IllegalStateException("The released refresh was not published within " + REFRESH_WAIT);
			}
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
			renewed = this.provider.resolveCredentials();
		}
		this.current = (AwsSessionCredentials) renewed;
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.provider.close();
		this.timers.shutdownNow();
		this.client.close();
		this.stub.close();
	}

}
