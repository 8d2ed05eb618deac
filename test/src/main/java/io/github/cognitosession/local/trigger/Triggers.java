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

package io.github.cognitosession.local.trigger;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cognitosession.local.server.CognitoError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The triggers of an emulator: for every pool (set on the builder or with
 * {@code --trigger name=url}) or for one pool (set by a test), the latter winning. Calls
 * them and turns their failures into Cognito's errors. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class Triggers {

	private static final Logger logger = LoggerFactory.getLogger(Triggers.class);

	private final Map<TriggerType, Trigger> everyPool;

	private final Map<String, Map<TriggerType, Trigger>> byPool = new ConcurrentHashMap<>();

	/**
	 * Create the registry.
	 * @param everyPool the triggers of every pool
	 */
	public Triggers(Map<TriggerType, Trigger> everyPool) {
		this.everyPool = Map.copyOf(everyPool);
	}

	/**
	 * Set (or with {@code null} remove) a trigger of one pool.
	 * @param poolId the pool
	 * @param type the trigger
	 * @param trigger the handler, or {@code null}
	 */
	public void set(String poolId, TriggerType type, Trigger trigger) {
		Objects.requireNonNull(poolId, "poolId cannot be null");
		Objects.requireNonNull(type, "type cannot be null");
		Map<TriggerType, Trigger> triggers = this.byPool.computeIfAbsent(poolId,
				(key) -> Collections.synchronizedMap(new EnumMap<>(TriggerType.class)));
		if (trigger != null) {
			triggers.put(type, trigger);
		}
		else {
			triggers.remove(type);
		}
	}

	/**
	 * Forget a deleted pool's triggers.
	 * @param poolId the pool
	 */
	public void forget(String poolId) {
		this.byPool.remove(poolId);
	}

	/**
	 * Whether a pool has a trigger.
	 * @param poolId the pool
	 * @param type the trigger
	 * @return whether one is set
	 */
	public boolean has(String poolId, TriggerType type) {
		return find(poolId, type) != null;
	}

	/**
	 * Call a pool's trigger, if it has one.
	 * @param type the trigger
	 * @param event the event, whose response the trigger fills
	 * @return whether a trigger ran
	 * @throws CognitoError {@code UserLambdaValidationException} when the trigger failed,
	 * {@code UnexpectedLambdaException} when it could not be reached,
	 * {@code InvalidLambdaResponseException} when its answer was unreadable
	 */
	public boolean invoke(TriggerType type, TriggerEvent event) {
		Trigger trigger = find(event.userPoolId(), type);
		if (trigger == null) {
			return false;
		}
		try {
			trigger.handle(event);
			return true;
		}
		catch (CognitoError ex) {
			throw ex;
		}
		catch (TriggerUnreachableException ex) {
			logger.warn("{} trigger could not be called: {}", type.lambdaConfigName(), ex.getMessage());
			throw CognitoError.of("UnexpectedLambdaException",
					type.lambdaConfigName() + " invocation failed due to error " + ex.getMessage() + ".");
		}
		catch (InvalidTriggerResponseException ex) {
			throw CognitoError.of("InvalidLambdaResponseException", "Unrecognizable lambda output");
		}
		catch (Exception ex) {
			throw CognitoError.of("UserLambdaValidationException",
					type.lambdaConfigName() + " failed with error " + ex.getMessage() + ".");
		}
	}

	private Trigger find(String poolId, TriggerType type) {
		Map<TriggerType, Trigger> pool = (poolId != null) ? this.byPool.get(poolId) : null;
		Trigger trigger = (pool != null) ? pool.get(type) : null;
		return (trigger != null) ? trigger : this.everyPool.get(type);
	}

	/**
	 * A trigger that could not be reached (connection refused, timeout).
	 */
	public static final class TriggerUnreachableException extends Exception {

		public TriggerUnreachableException(String message) {
			super(message, null, false, false);
		}

	}

	/**
	 * A trigger answered something that is not an event.
	 */
	public static final class InvalidTriggerResponseException extends Exception {

		public InvalidTriggerResponseException(String message) {
			super(message, null, false, false);
		}

	}

}
