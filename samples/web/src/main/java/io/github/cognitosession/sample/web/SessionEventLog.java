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

package io.github.cognitosession.sample.web;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cognitosession.event.CognitoSessionEvent;
import io.github.cognitosession.event.TokenRefreshFailedEvent;
import io.github.cognitosession.event.TokensRefreshedEvent;
import io.github.cognitosession.event.UserStateChangedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The recent Cognito session events of each user, in memory. Both the number of events
 * per user and the number of users are bounded, so memory does not grow with traffic; the
 * least recently active user is forgotten first.
 *
 * @author Cognito Session contributors
 */
@Component
public final class SessionEventLog {

	/**
	 * Events kept per user.
	 */
	public static final int MAX_EVENTS_PER_USER = 20;

	/**
	 * Users whose events are kept.
	 */
	public static final int MAX_USERS = 1000;

	private final Map<String, Deque<Entry>> events = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Deque<Entry>> eldest) {
			return size() > MAX_USERS;
		}

	};

	@EventListener
	void onSessionEvent(CognitoSessionEvent event) {
		if (event.getUsername() == null) {
			return;
		}
		Entry entry = new Entry(Instant.ofEpochMilli(event.getTimestamp()), event.getClass().getSimpleName(),
				describe(event));
		synchronized (this.events) {
			Deque<Entry> userEvents = this.events.computeIfAbsent(event.getUsername(), (name) -> new ArrayDeque<>());
			userEvents.addFirst(entry);
			if (userEvents.size() > MAX_EVENTS_PER_USER) {
				userEvents.removeLast();
			}
		}
	}

	/**
	 * A user's recent events.
	 * @param username the user
	 * @return the events, newest first
	 */
	public List<Entry> recent(String username) {
		synchronized (this.events) {
			Deque<Entry> userEvents = this.events.get(username);
			return (userEvents != null) ? new ArrayList<>(userEvents) : List.of();
		}
	}

	// Only the events' non-secret fields are shown: never tokens or exception messages.
	private static String describe(CognitoSessionEvent event) {
		if (event instanceof UserStateChangedEvent changed) {
			String description = changed.getPreviousState() + " -> " + changed.getState();
			return (changed.getCause() != null)
					? description + " (" + changed.getCause().getClass().getSimpleName() + ")" : description;
		}
		if (event instanceof TokensRefreshedEvent refreshed) {
			return "tokens valid until " + refreshed.getExpiresAt()
					+ (refreshed.isRefreshTokenRotated() ? ", refresh token rotated" : "");
		}
		if (event instanceof TokenRefreshFailedEvent failed) {
			return "refresh failed: " + failed.getException().getClass().getSimpleName();
		}
		return "";
	}

	/**
	 * One event as shown to the user.
	 *
	 * @param time when it happened
	 * @param type the event's type
	 * @param description what happened
	 */
	public record Entry(Instant time, String type, String description) {
	}

}
