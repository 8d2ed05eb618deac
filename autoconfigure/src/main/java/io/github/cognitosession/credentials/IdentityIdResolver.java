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

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import io.github.cognitosession.exception.CognitoSessionException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdResponse;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Resolves the identity-pool identity id of the current identity: the cached one when
 * there is one, else one fetched with Cognito Identity's {@code GetId} and cached.
 * GetId's quota is low (25 requests per second per account), so concurrent resolutions
 * are merged and a cached id is only replaced when Cognito rejects it.
 * <p>
 * A guest's cached id is kept when the guest signs in: passing it with the new logins to
 * {@code GetCredentialsForIdentity} links the guest identity to the login, as
 * AWSMobileClient does. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class IdentityIdResolver {

	private static final Log logger = LogFactory.getLog(IdentityIdResolver.class);

	private final CognitoIdentityClient cognitoIdentityClient;

	private final String identityPoolId;

	private final IdentityIdStore identityIdStore;

	private final ReentrantLock lock = new ReentrantLock();

	/**
	 * Create an instance.
	 * @param cognitoIdentityClient the Cognito Identity client
	 * @param identityPoolId the identity pool id ({@code region:uuid})
	 * @param identityIdStore where the identity id is kept between calls and runs
	 */
	public IdentityIdResolver(CognitoIdentityClient cognitoIdentityClient, String identityPoolId,
			IdentityIdStore identityIdStore) {
		Assert.notNull(cognitoIdentityClient, "cognitoIdentityClient cannot be null");
		Assert.notNull(identityIdStore, "identityIdStore cannot be null");
		this.cognitoIdentityClient = cognitoIdentityClient;
		this.identityPoolId = IdentityPoolIds.validate(identityPoolId);
		this.identityIdStore = identityIdStore;
	}

	/**
	 * Return the identity id for the given logins, calling {@code GetId} only when no id
	 * is cached.
	 * @param logins the current identity's logins
	 * @return the identity id
	 * @throws io.github.cognitosession.exception.CognitoSessionException if GetId fails
	 */
	public String resolveIdentityId(IdentityLogins logins) {
		return resolve(logins).identityId();
	}

	/**
	 * Return the cached identity id without any network call.
	 * @return the cached identity id, or empty
	 */
	public Optional<String> cachedIdentityId() {
		return this.identityIdStore.load();
	}

	Resolution resolve(IdentityLogins logins) {
		Assert.notNull(logins, "logins cannot be null");
		if (logins.getIdentityId() != null) {
			return new Resolution(logins.getIdentityId(), Source.GIVEN);
		}
		this.lock.lock();
		try {
			Optional<String> cached = this.identityIdStore.load();
			if (cached.isPresent()) {
				return new Resolution(cached.get(), Source.CACHED);
			}
			String identityId = getId(logins);
			this.identityIdStore.save(identityId);
			return new Resolution(identityId, Source.FETCHED);
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Forget the given identity id because Cognito rejected it, unless another id has
	 * replaced it meanwhile.
	 */
	void evict(String identityId) {
		this.lock.lock();
		try {
			if (this.identityIdStore.load().filter(identityId::equals).isPresent()) {
				logger.info("Cognito Identity rejected cached identity id " + identityId + "; fetching a new one");
				this.identityIdStore.clear();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Record the identity id that {@code GetCredentialsForIdentity} returned: it differs
	 * from the one sent when Cognito merged identities.
	 */
	void confirm(String sentIdentityId, String returnedIdentityId) {
		if (returnedIdentityId == null || returnedIdentityId.equals(sentIdentityId)) {
			return;
		}
		this.lock.lock();
		try {
			if (this.identityIdStore.load().filter(sentIdentityId::equals).isPresent()) {
				logger.debug("Identity " + sentIdentityId + " was merged into " + returnedIdentityId);
				this.identityIdStore.save(returnedIdentityId);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	CognitoIdentityClient cognitoIdentityClient() {
		return this.cognitoIdentityClient;
	}

	String identityPoolId() {
		return this.identityPoolId;
	}

	private String getId(IdentityLogins logins) {
		GetIdResponse response;
		try {
			response = this.cognitoIdentityClient
				.getId((request) -> request.identityPoolId(this.identityPoolId).logins(logins.requestLogins()));
		}
		catch (SdkException ex) {
			throw CognitoIdentityErrors.translate(ex, logins, this.identityPoolId, CognitoIdentityErrors.GET_ID);
		}
		if (!StringUtils.hasText(response.identityId())) {
			// an answer without an id must not be cached as one
			throw new CognitoSessionException("InvalidResponse",
					"Cognito Identity returned no identity id for " + CognitoIdentityErrors.GET_ID);
		}
		logger.debug("Cognito Identity assigned identity id " + response.identityId() + " to " + logins);
		return response.identityId();
	}

	@Override
	public String toString() {
		return "IdentityIdResolver[identityPoolId=" + this.identityPoolId + "]";
	}

	enum Source {

		/** Given by the logins (developer-authenticated identities). */
		GIVEN,

		/** Read from the identity id store. */
		CACHED,

		/** Just fetched with GetId. */
		FETCHED

	}

	record Resolution(String identityId, Source source) {
	}

}
