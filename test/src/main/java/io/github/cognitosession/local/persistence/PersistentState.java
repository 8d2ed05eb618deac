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

import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import io.github.cognitosession.local.identity.CredentialsRegistry;
import io.github.cognitosession.local.identity.Identities;
import io.github.cognitosession.local.identity.IdentitiesState;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.token.RefreshTokens;
import io.github.cognitosession.local.userpool.UserPools;
import io.github.cognitosession.local.userpool.UserPoolsState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's state kept in a {@link DataDirectory}: user pools (with their keys,
 * clients, groups and users), refresh tokens and revoked sessions, identity pools,
 * identities and issued credentials. Requests run under a shared lock and the state is
 * written under the exclusive one after each of them, so a written state never holds half
 * of a request.
 *
 * @author Cognito Session contributors
 */
public final class PersistentState {

	private final DataDirectory directory;

	private final UserPools userPools;

	private final RefreshTokens refreshTokens;

	private final Identities identities;

	private final CredentialsRegistry credentials;

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	public PersistentState(DataDirectory directory, UserPools userPools, RefreshTokens refreshTokens,
			Identities identities, CredentialsRegistry credentials) {
		this.directory = Objects.requireNonNull(directory, "directory cannot be null");
		this.userPools = Objects.requireNonNull(userPools, "userPools cannot be null");
		this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens cannot be null");
		this.identities = Objects.requireNonNull(identities, "identities cannot be null");
		this.credentials = Objects.requireNonNull(credentials, "credentials cannot be null");
	}

	/**
	 * Read the saved state into the (empty) registries.
	 * @return whether there was a saved state
	 * @throws IllegalStateException when the saved state cannot be used
	 */
	public boolean load() {
		return this.directory.load().map((state) -> {
			try {
				UserPoolsState.restore(this.userPools, state.get("userPools"));
				this.refreshTokens.restore(state.get("refreshTokens"));
				IdentitiesState.restore(state.get("identityPools"), this.identities, this.credentials);
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("The Local Cognito data file " + this.directory.file()
						+ " cannot be used: " + ex.getClass().getSimpleName() + " while reading it. Move it away "
						+ "(or point --data elsewhere) to start with an empty state.", ex);
			}
			return true;
		}).orElse(false);
	}

	/**
	 * Run a request under the shared lock.
	 * @param request the request
	 * @throws Exception what the request throws
	 */
	public void during(Request request) throws Exception {
		this.lock.readLock().lock();
		try {
			request.run();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Write the state (when it changed).
	 */
	public void save() {
		this.lock.writeLock().lock();
		try {
			this.directory.save(snapshot());
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	private JsonNode snapshot() {
		ObjectNode state = Json.object().put("format", DataDirectory.FORMAT);
		state.set("userPools", UserPoolsState.export(this.userPools));
		state.set("refreshTokens", this.refreshTokens.export());
		state.set("identityPools", IdentitiesState.export(this.identities, this.credentials));
		return state;
	}

	/**
	 * The data directory.
	 * @return the directory
	 */
	public DataDirectory directory() {
		return this.directory;
	}

	/**
	 * A request that may throw.
	 */
	@FunctionalInterface
	public interface Request {

		void run() throws Exception;

	}

}
