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

package io.github.cognitosession.local.persistence;

import java.io.IOException;
import java.util.Objects;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Runs a route's requests under the state's shared lock and writes the state after each.
 *
 * @author Cognito Session contributors
 */
public final class PersistingHandler implements HttpHandler {

	private final HttpHandler delegate;

	private final PersistentState state;

	public PersistingHandler(HttpHandler delegate, PersistentState state) {
		this.delegate = Objects.requireNonNull(delegate, "delegate cannot be null");
		this.state = Objects.requireNonNull(state, "state cannot be null");
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			this.state.during(() -> this.delegate.handle(exchange));
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException(ex);
		}
		finally {
			this.state.save();
		}
	}

}
