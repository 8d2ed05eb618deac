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
package io.github.cognitosession.credentials;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Holds back the responses of the stubs that name it until the test opens the latch: a
 * deterministic slow upstream.
 *
 * @author Cognito Session contributors
 */
public final class LatchTransformer implements ResponseDefinitionTransformerV2 {

	/**
	 * The name stubs use to be held back.
	 */
	public static final String NAME = "latch";

	private volatile CountDownLatch latch = new CountDownLatch(1);

	private volatile CountDownLatch arrived = new CountDownLatch(1);

	/**
	 * Hold the next responses again.
	 */
	public void close() {
		this.latch = new CountDownLatch(1);
		this.arrived = new CountDownLatch(1);
	}

	/**
	 * Wait until a request is being held (WireMock journals it only once answered).
	 */
	public boolean awaitHeldRequest() throws InterruptedException {
		return this.arrived.await(10, TimeUnit.SECONDS);
	}

	/**
	 * Let the held responses go.
	 */
	public void open() {
		this.latch.countDown();
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		this.arrived.countDown();
		try {
			// bounded so that a failing test cannot hang the server
			this.latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return serveEvent.getResponseDefinition();
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public String getName() {
		return NAME;
	}

}
