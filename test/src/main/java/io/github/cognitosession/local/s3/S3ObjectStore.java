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

package io.github.cognitosession.local.s3;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Buckets and objects in memory. Buckets come into being with their first object (or
 * CreateBucket). Thread-safe.
 *
 * @author Cognito Session contributors
 */
final class S3ObjectStore {

	private final Map<String, NavigableMap<String, StoredObject>> buckets = new ConcurrentHashMap<>();

	void createBucket(String bucket) {
		this.buckets.computeIfAbsent(bucket, (name) -> new ConcurrentSkipListMap<>());
	}

	void put(String bucket, String key, StoredObject object) {
		this.buckets.computeIfAbsent(bucket, (name) -> new ConcurrentSkipListMap<>()).put(key, object);
	}

	StoredObject get(String bucket, String key) {
		NavigableMap<String, StoredObject> objects = objects(bucket);
		StoredObject object = objects.get(key);
		if (object == null) {
			throw new S3Error(404, "NoSuchKey", "The specified key does not exist.");
		}
		return object;
	}

	List<Map.Entry<String, StoredObject>> list(String bucket, String prefix, String startAfter) {
		NavigableMap<String, StoredObject> objects = objects(bucket);
		NavigableMap<String, StoredObject> view = (startAfter != null) ? objects.tailMap(startAfter, false) : objects;
		return view.entrySet().stream().filter((entry) -> entry.getKey().startsWith(prefix)).toList();
	}

	private NavigableMap<String, StoredObject> objects(String bucket) {
		NavigableMap<String, StoredObject> objects = this.buckets.get(bucket);
		if (objects == null) {
			throw new S3Error(404, "NoSuchBucket", "The specified bucket does not exist");
		}
		return objects;
	}

	record StoredObject(byte[] content, String contentType, String etag, Instant lastModified) {

	}

}
