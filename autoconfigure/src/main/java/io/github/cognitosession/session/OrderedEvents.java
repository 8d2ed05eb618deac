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
package io.github.cognitosession.session;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes one session's events in the order of its changes without holding any lock: a
 * change enqueues its events while it holds the session's lock, then whoever finds the
 * queue free publishes everything queued. A listener may therefore call the session
 * manager, or hand work to another thread that does and wait for it, without deadlock:
 * that thread's events are queued and published after the listener returns. In the usual
 * case (no other thread publishing) a change's events are published before the change
 * returns.
 *
 * @author Cognito Session contributors
 */
final class OrderedEvents {

	private static final Log logger = LogFactory.getLog(OrderedEvents.class);

	private final ApplicationEventPublisher publisher;

	private final Queue<Object> queue = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean publishing = new AtomicBoolean();

	OrderedEvents(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	/**
	 * Queue an event; call while holding the session's lock so that the queue order is
	 * the order of the changes.
	 */
	void enqueue(Object event) {
		this.queue.add(event);
	}

	/**
	 * Publish what is queued, unless another thread is publishing already (it then
	 * publishes this thread's events too). Call with no lock held.
	 */
	void publishQueued() {
		while (!this.queue.isEmpty() && this.publishing.compareAndSet(false, true)) {
			try {
				Object event;
				while ((event = this.queue.poll()) != null) {
					publish(event);
				}
			}
			finally {
				this.publishing.set(false);
			}
		}
	}

	private void publish(Object event) {
		try {
			this.publisher.publishEvent(event);
		}
		catch (RuntimeException ex) {
			// A failing listener must not undo a change that has already happened, nor
			// keep the events behind it from their listeners.
			logger.warn("A listener of " + event.getClass().getSimpleName() + " failed", ex);
		}
	}

}
