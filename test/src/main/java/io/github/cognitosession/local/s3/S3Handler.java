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

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cognitosession.local.identity.CredentialsRegistry;
import io.github.cognitosession.local.server.HttpResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small path-style S3 under {@code /s3}: PutObject, GetObject, HeadObject,
 * ListObjectsV2 and CreateBucket, in memory, accepting only requests signed with
 * credentials the identity pool issued.
 *
 * @author Cognito Session contributors
 */
public final class S3Handler implements HttpHandler {

	/** The path prefix of the S3 subset. */
	public static final String CONTEXT_PATH = "/s3";

	private static final Logger logger = LoggerFactory.getLogger(S3Handler.class);

	private static final String XML = "application/xml";

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_KEYS = 1000;

	/** The largest object (encoded body) accepted; the store lives in memory. */
	static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

	private final S3ObjectStore store = new S3ObjectStore();

	private final SigV4Verifier verifier;

	private final Clock clock;

	/**
	 * Create the handler.
	 * @param credentials the credentials the identity pools issued
	 * @param region the emulator's region, which signatures must be scoped to
	 * @param clock the clock the request times are checked against
	 */
	public S3Handler(CredentialsRegistry credentials, String region, Clock clock) {
		this.verifier = new SigV4Verifier(credentials, region, clock);
		this.clock = Objects.requireNonNull(clock, "clock cannot be null");
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		String requestId = UUID.randomUUID().toString();
		exchange.getResponseHeaders().set("x-amz-request-id", requestId);
		try {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readNBytes(MAX_BODY_BYTES + 1);
			}
			if (body.length > MAX_BODY_BYTES) {
				throw new S3Error(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size.");
			}
			byte[] payload = this.verifier.verify(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
					exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
			route(exchange, payload);
		}
		catch (S3Error error) {
			sendError(exchange, error, requestId);
		}
		catch (RuntimeException ex) {
			logger.warn("S3 request failed inside the emulator: {}", ex.getClass().getName());
			sendError(exchange, new S3Error(500, "InternalError", "We encountered an internal error."), requestId);
		}
	}

	private void route(HttpExchange exchange, byte[] payload) throws IOException {
		String path = exchange.getRequestURI().getPath().substring(CONTEXT_PATH.length());
		if (path.startsWith("/")) {
			path = path.substring(1);
		}
		int slash = path.indexOf('/');
		String bucket = (slash >= 0) ? path.substring(0, slash) : path;
		String key = (slash >= 0) ? path.substring(slash + 1) : "";
		if (bucket.isEmpty()) {
			throw new S3Error(400, "InvalidRequest", "Only path-style requests to a bucket are supported.");
		}
		String method = exchange.getRequestMethod();
		if (key.isEmpty()) {
			if ("PUT".equals(method)) {
				this.store.createBucket(bucket);
				exchange.getResponseHeaders().set("Location", "/" + bucket);
				HttpResponses.send(exchange, 200, null, new byte[0]);
				return;
			}
			if ("GET".equals(method)) {
				listObjectsV2(exchange, bucket, query(exchange.getRequestURI().getRawQuery()));
				return;
			}
		}
		else if ("PUT".equals(method)) {
			putObject(exchange, bucket, key, payload);
			return;
		}
		else if ("GET".equals(method) || "HEAD".equals(method)) {
			getObject(exchange, bucket, key);
			return;
		}
		throw new S3Error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
	}

	private void putObject(HttpExchange exchange, String bucket, String key, byte[] payload) throws IOException {
		String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
		String etag = "\"" + SigV4Verifier.hex(md5(payload)) + "\"";
		this.store.put(bucket, key,
				new S3ObjectStore.StoredObject(payload, (contentType != null) ? contentType : "binary/octet-stream",
						etag, this.clock.instant().truncatedTo(ChronoUnit.SECONDS)));
		exchange.getResponseHeaders().set("ETag", etag);
		HttpResponses.send(exchange, 200, null, new byte[0]);
	}

	private void getObject(HttpExchange exchange, String bucket, String key) throws IOException {
		S3ObjectStore.StoredObject object = this.store.get(bucket, key);
		exchange.getResponseHeaders().set("ETag", object.etag());
		exchange.getResponseHeaders()
			.set("Last-Modified",
					DateTimeFormatter.RFC_1123_DATE_TIME.format(object.lastModified().atOffset(ZoneOffset.UTC)));
		if ("HEAD".equals(exchange.getRequestMethod())) {
			exchange.getResponseHeaders().set("Content-Length", Integer.toString(object.content().length));
		}
		HttpResponses.send(exchange, 200, object.contentType(), object.content());
	}

	private void listObjectsV2(HttpExchange exchange, String bucket, Map<String, String> query) throws IOException {
		if (!"2".equals(query.get("list-type"))) {
			throw new S3Error(400, "InvalidRequest", "Only ListObjectsV2 (list-type=2) is supported.");
		}
		String prefix = query.getOrDefault("prefix", "");
		int maxKeys = maxKeys(query.get("max-keys"));
		String startAfter = query.containsKey("continuation-token") ? query.get("continuation-token")
				: query.get("start-after");
		boolean urlEncoding = "url".equals(query.get("encoding-type"));
		List<Map.Entry<String, S3ObjectStore.StoredObject>> all = this.store.list(bucket, prefix, startAfter);
		List<Map.Entry<String, S3ObjectStore.StoredObject>> page = all.subList(0, Math.min(maxKeys, all.size()));
		boolean truncated = page.size() < all.size();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">");
		element(xml, "Name", bucket);
		element(xml, "Prefix", encodeKey(prefix, urlEncoding));
		element(xml, "KeyCount", Integer.toString(page.size()));
		element(xml, "MaxKeys", Integer.toString(maxKeys));
		if (urlEncoding) {
			element(xml, "EncodingType", "url");
		}
		element(xml, "IsTruncated", Boolean.toString(truncated));
		if (query.containsKey("continuation-token")) {
			element(xml, "ContinuationToken", query.get("continuation-token"));
		}
		if (truncated) {
			element(xml, "NextContinuationToken", page.get(page.size() - 1).getKey());
		}
		for (Map.Entry<String, S3ObjectStore.StoredObject> entry : page) {
			xml.append("<Contents>");
			element(xml, "Key", encodeKey(entry.getKey(), urlEncoding));
			element(xml, "LastModified", ISO.format(entry.getValue().lastModified()));
			element(xml, "ETag", entry.getValue().etag());
			element(xml, "Size", Integer.toString(entry.getValue().content().length));
			element(xml, "StorageClass", "STANDARD");
			xml.append("</Contents>");
		}
		xml.append("</ListBucketResult>");
		HttpResponses.send(exchange, 200, XML, xml.toString());
	}

	private static int maxKeys(String value) {
		if (value == null) {
			return MAX_KEYS;
		}
		try {
			int maxKeys = Integer.parseInt(value);
			if (maxKeys >= 0) {
				return Math.min(MAX_KEYS, maxKeys);
			}
		}
		catch (NumberFormatException ex) {
			// answered below, like a negative number
		}
		throw new S3Error(400, "InvalidArgument", "Provided max-keys not an integer or within integer range");
	}

	private static String encodeKey(String key, boolean urlEncoding) {
		return urlEncoding ? URLEncoder.encode(key, StandardCharsets.UTF_8) : key;
	}

	private static void element(StringBuilder xml, String name, String value) {
		xml.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append('>');
	}

	private static String escape(String value) {
		return value.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&apos;");
	}

	private static Map<String, String> query(String rawQuery) {
		Map<String, String> result = new HashMap<>();
		if (rawQuery == null) {
			return result;
		}
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals >= 0) ? pair.substring(0, equals) : pair, StandardCharsets.UTF_8);
			String value = (equals >= 0) ? URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8) : "";
			result.put(name, value);
		}
		return result;
	}

	private void sendError(HttpExchange exchange, S3Error error, String requestId) throws IOException {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>");
		element(xml, "Code", error.code());
		element(xml, "Message", error.getMessage());
		element(xml, "RequestId", requestId);
		xml.append("</Error>");
		HttpResponses.send(exchange, error.status(), XML, xml.toString());
	}

	private static byte[] md5(byte[] content) {
		try {
			return MessageDigest.getInstance("MD5").digest(content);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is not available", ex);
		}
	}

}
