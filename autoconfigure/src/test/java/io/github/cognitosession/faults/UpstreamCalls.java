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

package io.github.cognitosession.faults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Counts the requests a WireMock server receives, per AWS operation (the
 * {@code X-Amz-Target} header's operation name) or else per path, before they are
 * answered. WireMock's own request journal is written after the answer, so a client that
 * has seen a reset or a short body can look at it before the request is in it; this count
 * never lags.
 *
 * @author Cognito Session contributors
 */
public final class UpstreamCalls implements StubRequestFilterV2 {

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	@Override
	public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
		this.counts.computeIfAbsent(key(request), (key) -> new AtomicInteger()).incrementAndGet();
		return RequestFilterAction.continueWith(request);
	}

	/**
	 * How many requests of an operation or to a path arrived since the last
	 * {@link #reset()}.
	 * @param operationOrPath an AWS operation name (e.g. {@code InitiateAuth}) or a path
	 * @return the count
	 */
	public int count(String operationOrPath) {
		AtomicInteger count = this.counts.get(operationOrPath);
		return (count != null) ? count.get() : 0;
	}

	/**
	 * Forget every count.
	 */
	public void reset() {
		this.counts.clear();
	}

	@Override
	public String getName() {
		return "upstream-calls";
	}

	private static String key(Request request) {
		String target = request.getHeader("X-Amz-Target");
		if (target != null && target.contains(".")) {
			return target.substring(target.lastIndexOf('.') + 1);
		}
		String url = request.getUrl();
		int query = url.indexOf('?');
		return (query >= 0) ? url.substring(0, query) : url;
	}

}
