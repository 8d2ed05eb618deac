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
package io.github.cognitosession.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.cognitosession.event.CognitoSessionEvent;
import io.github.cognitosession.event.UserStateChangedEvent;

import org.springframework.context.event.EventListener;

/**
 * Records the session events an application receives through {@code @EventListener}.
 *
 * @author Cognito Session contributors
 */
class RecordedSessionEvents {

	private final List<CognitoSessionEvent> events = new CopyOnWriteArrayList<>();

	@EventListener
	void onSessionEvent(CognitoSessionEvent event) {
		this.events.add(event);
	}

	<T extends CognitoSessionEvent> List<T> ofType(Class<T> type) {
		return this.events.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * The state changes as {@code OLD -> NEW} lines.
	 * @return the transitions in order
	 */
	List<String> transitions() {
		return ofType(UserStateChangedEvent.class).stream()
			.map((event) -> event.getPreviousState() + " -> " + event.getState())
			.toList();
	}

	List<CognitoSessionEvent> all() {
		return List.copyOf(this.events);
	}

}
