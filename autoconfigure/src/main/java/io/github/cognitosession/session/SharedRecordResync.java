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

import java.util.Objects;
import java.util.Optional;

import io.github.cognitosession.state.SessionState;
import io.github.cognitosession.store.SessionRecord;

/**
 * What a session held in memory becomes when the shared store holds a record that another
 * instance wrote: the session that record describes, except that tokens of the same
 * sign-in are never taken back to older ones (a request that began before this instance
 * refreshed still carries the older record; with refresh-token rotation the older refresh
 * token is dead), and an unchanged user keeps its identity (its token refresh and
 * credentials go on).
 *
 * @author Cognito Session contributors
 */
final class SharedRecordResync {

	private SharedRecordResync() {
	}

	/**
	 * The next session.
	 * @param current the session in memory
	 * @param latest the record the shared store holds now
	 * @param nobody the state of a session where nobody is signed in
	 * @return the next session, or {@code current} when nothing is to change
	 */
	static Session next(Session current, Optional<SessionRecord> latest, SessionState nobody) {
		if (Objects.equals(SessionRecordMapper.toRecord(current), latest)) {
			// e.g. newer tokens this instance adopted without writing them
			return current;
		}
		Session restored = SessionRecordMapper.restore(current.key(), latest, nobody);
		if (current.state() instanceof SessionState.UserPoolSignedIn mine
				&& restored.state() instanceof SessionState.UserPoolSignedIn theirs
				&& mine.username().equals(theirs.username())) {
			if (!theirs.tokens().getExpiresAt().isAfter(mine.tokens().getExpiresAt())) {
				return current;
			}
			Session next = current.withState(mine.withTokens(theirs.tokens()));
			return (restored.identityId() != null) ? next.withIdentityId(restored.identityId()) : next;
		}
		return restored;
	}

}
