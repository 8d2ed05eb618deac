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

package io.github.cognitosession.local.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * The JDK HTTP server with the emulator's routes on one port.
 *
 * @author Cognito Session contributors
 */
public final class EmulatorHttpServer {

	/** Enough threads for a few held (fault-injected) calls alongside normal traffic. */
	public static final int THREADS = 16;

	private final HttpServer server;

	private final ExecutorService executor;

	private EmulatorHttpServer(HttpServer server, ExecutorService executor) {
		this.server = server;
		this.executor = executor;
	}

	/**
	 * Bind and start serving.
	 * @param host the address to bind
	 * @param port the port, 0 for a random one
	 * @param routes the routes
	 * @return the running server
	 */
	public static EmulatorHttpServer start(String host, int port, List<Route> routes) {
		HttpServer server;
		try {
			server = HttpServer.create(new InetSocketAddress(host, port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot listen on " + host + ":" + port, ex);
		}
		routes.forEach((route) -> server.createContext(route.contextPath(), route.handler()));
		ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
		server.setExecutor(executor);
		server.start();
		return new EmulatorHttpServer(server, executor);
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public void stop() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, "local-cognito-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
