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

package io.github.cognitosession.local.message;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every message the emulator sent, oldest first, readable by tests as a user's inbox (by
 * destination) or by user. The one path messages take: {@link #send(Message)}.
 * Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class Outbox {

	private final List<Message> messages = new ArrayList<>();

	private final List<MessageListener> listeners = new CopyOnWriteArrayList<>();

	/**
	 * Also hand every message to a listener.
	 * @param listener the listener
	 */
	public void addListener(MessageListener listener) {
		this.listeners.add(listener);
	}

	/**
	 * Send a message: record it and tell the listeners.
	 * @param message the message
	 */
	public void send(Message message) {
		synchronized (this.messages) {
			this.messages.add(message);
		}
		this.listeners.forEach((listener) -> listener.onMessage(message));
	}

	/**
	 * The code of the last message to a user, whatever its purpose.
	 * @param poolId the user pool id
	 * @param username the user
	 * @return the code
	 * @throws NoSuchElementException when nothing was sent to the user
	 */
	public String lastCode(String poolId, String username) {
		synchronized (this.messages) {
			for (int i = this.messages.size() - 1; i >= 0; i--) {
				Message message = this.messages.get(i);
				if (message.poolId().equals(poolId) && message.username().equals(username)) {
					return message.code();
				}
			}
		}
		throw new NoSuchElementException("No message was sent to " + username + " in " + poolId);
	}

	/**
	 * The messages sent to an e-mail address or phone number, oldest first.
	 * @param destination the unmasked address or number
	 * @return the messages
	 */
	public List<Message> inbox(String destination) {
		synchronized (this.messages) {
			return this.messages.stream().filter((message) -> destination.equals(message.destination())).toList();
		}
	}

	/**
	 * All messages so far, oldest first.
	 * @return a copy
	 */
	public List<Message> all() {
		synchronized (this.messages) {
			return List.copyOf(this.messages);
		}
	}

}
