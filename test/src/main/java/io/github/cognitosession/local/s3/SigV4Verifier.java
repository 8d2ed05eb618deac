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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cognitosession.local.identity.CredentialsRegistry;
import io.github.cognitosession.local.identity.IssuedCredentials;
import io.github.cognitosession.local.srp.SrpGroup;

/**
 * Checks an AWS Signature Version 4 {@code Authorization} header against the credentials
 * the identity pool issued, including {@code X-Amz-Security-Token}, the payload hash
 * ({@code UNSIGNED-PAYLOAD}, a hex SHA-256, or signed {@code aws-chunked} streaming), and
 * the credential scope as S3 checks it: its date must be the date of {@code X-Amz-Date},
 * its region the emulator's, its service {@code s3}, and the request time must lie within
 * 15 minutes of the emulator's clock (a captured request cannot be replayed later).
 * <p>
 * The check rebuilds the canonical request from what was received; the SDK's signer is
 * built to produce requests, not to reproduce a received one (especially a streaming
 * one), so the few lines of the published algorithm are spelled out here.
 *
 * @author Cognito Session contributors
 */
final class SigV4Verifier {

	static final String ALGORITHM = "AWS4-HMAC-SHA256";

	private static final Pattern AUTHORIZATION = Pattern.compile(
			"AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request,\\s*SignedHeaders=([^,\\s]+),\\s*Signature=([0-9a-f]{64})");

	private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

	/** How far the request time may be from the server's clock, as in S3. */
	static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

	private static final String SERVICE = "s3";

	private static final String EMPTY_SHA256 = hex(SrpGroup.hash());

	private final CredentialsRegistry credentials;

	private final String region;

	private final Clock clock;

	SigV4Verifier(CredentialsRegistry credentials, String region, Clock clock) {
		this.credentials = Objects.requireNonNull(credentials, "credentials cannot be null");
		this.region = Objects.requireNonNull(region, "region cannot be null");
		this.clock = Objects.requireNonNull(clock, "clock cannot be null");
	}

	/**
	 * Verify a request.
	 * @param method the HTTP method
	 * @param rawPath the path as sent (still percent-encoded)
	 * @param rawQuery the query as sent, may be {@code null}
	 * @param headers the headers, names in any case
	 * @param body the body as received
	 * @return the payload (decoded when the body was aws-chunked)
	 * @throws S3Error when the request is not signed by valid issued credentials
	 */
	byte[] verify(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
		Map<String, String> lower = new TreeMap<>();
		headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT),
				String.join(",", values.stream().map(SigV4Verifier::trim).toList())));
		String authorization = lower.get("authorization");
		if (authorization == null) {
			throw S3Error.accessDenied("Anonymous access is not allowed; sign the request with Signature Version 4.");
		}
		Matcher matcher = AUTHORIZATION.matcher(authorization);
		if (!matcher.matches()) {
			throw new S3Error(400, "AuthorizationHeaderMalformed", "The authorization header is malformed.");
		}
		String accessKeyId = matcher.group(1);
		String scopeDate = matcher.group(2);
		String scopeRegion = matcher.group(3);
		String scopeService = matcher.group(4);
		String scope = scopeDate + "/" + scopeRegion + "/" + scopeService + "/aws4_request";
		List<String> signedHeaders = List.of(matcher.group(5).split(";"));
		String signature = matcher.group(6);
		String amzDate = lower.get("x-amz-date");
		if (amzDate == null || !signedHeaders.contains("host")) {
			throw S3Error.accessDenied("The request must sign the host and X-Amz-Date headers.");
		}
		Instant requestTime;
		try {
			requestTime = AMZ_DATE.parse(amzDate, Instant::from);
		}
		catch (DateTimeParseException ex) {
			throw S3Error.accessDenied("X-Amz-Date is not in the form yyyyMMdd'T'HHmmss'Z'.");
		}
		checkScope(amzDate, scopeDate, scopeRegion, scopeService);
		IssuedCredentials issued = this.credentials.find(accessKeyId);
		if (issued == null) {
			throw new S3Error(403, "InvalidAccessKeyId",
					"The AWS Access Key Id you provided does not exist in our records.");
		}
		Instant now = this.clock.instant();
		if (!now.isBefore(issued.expiration())) {
			throw new S3Error(400, "ExpiredToken", "The provided token has expired.");
		}
		if (!issued.sessionToken().equals(lower.get("x-amz-security-token"))
				|| !signedHeaders.contains("x-amz-security-token")) {
			throw new S3Error(403, "InvalidToken", "The provided token is malformed or otherwise invalid.");
		}
		if (Duration.between(requestTime, now).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
			throw new S3Error(403, "RequestTimeTooSkewed", "The difference between the request time (" + amzDate
					+ ") and the current time (" + AMZ_DATE.format(now) + ") is too large.");
		}
		String payloadHash = lower.getOrDefault("x-amz-content-sha256", UNSIGNED_PAYLOAD);
		StringBuilder canonical = new StringBuilder();
		canonical.append(method)
			.append('\n')
			.append(rawPath)
			.append('\n')
			.append(canonicalQuery(rawQuery))
			.append('\n');
		for (String name : signedHeaders) {
			canonical.append(name).append(':').append(lower.getOrDefault(name, "")).append('\n');
		}
		canonical.append('\n').append(String.join(";", signedHeaders)).append('\n').append(payloadHash);
		byte[] signingKey = signingKey(issued.secretKey(), scopeDate, scopeRegion, scopeService);
		String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
				+ hex(SrpGroup.hash(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		String expected = hex(SrpGroup.hmac(signingKey, stringToSign.getBytes(StandardCharsets.UTF_8)));
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII))) {
			throw new S3Error(403, "SignatureDoesNotMatch",
					"The request signature we calculated does not match the signature you provided. Check your key and signing method.");
		}
		return payload(payloadHash, body, signingKey, amzDate, scope, signature);
	}

	/**
	 * The credential scope must name the request's date, this emulator's region and S3,
	 * as S3 requires; a signature for another region or service is not valid here even
	 * when its math is right.
	 */
	private void checkScope(String amzDate, String scopeDate, String scopeRegion, String scopeService) {
		if (!amzDate.startsWith(scopeDate)) {
			throw malformed("Invalid credential date '" + scopeDate + "'. Date is not the same as X-Amz-Date ("
					+ amzDate.substring(0, 8) + ").");
		}
		if (!this.region.equals(scopeRegion)) {
			throw malformed("the region '" + scopeRegion + "' is wrong; expecting '" + this.region + "'");
		}
		if (!SERVICE.equals(scopeService)) {
			throw malformed("incorrect service '" + scopeService + "'. This endpoint belongs to '" + SERVICE + "'.");
		}
	}

	private static S3Error malformed(String detail) {
		return new S3Error(400, "AuthorizationHeaderMalformed", "The authorization header is malformed; " + detail);
	}

	private byte[] payload(String payloadHash, byte[] body, byte[] signingKey, String amzDate, String scope,
			String seedSignature) {
		if (UNSIGNED_PAYLOAD.equals(payloadHash)) {
			return body;
		}
		if (payloadHash.startsWith("STREAMING-UNSIGNED-PAYLOAD")) {
			return AwsChunkedBody.decode(body).content();
		}
		if (payloadHash.startsWith("STREAMING-AWS4-HMAC-SHA256-PAYLOAD")) {
			AwsChunkedBody chunked = AwsChunkedBody.decode(body);
			String previous = seedSignature;
			for (AwsChunkedBody.Chunk chunk : chunked.chunks()) {
				String stringToSign = "AWS4-HMAC-SHA256-PAYLOAD\n" + amzDate + "\n" + scope + "\n" + previous + "\n"
						+ EMPTY_SHA256 + "\n" + hex(SrpGroup.hash(chunk.data()));
				String expected = hex(SrpGroup.hmac(signingKey, stringToSign.getBytes(StandardCharsets.UTF_8)));
				if (chunk.signature() == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
						chunk.signature().getBytes(StandardCharsets.US_ASCII))) {
					throw new S3Error(403, "SignatureDoesNotMatch", "A chunk signature does not match.");
				}
				previous = expected;
			}
			return chunked.content();
		}
		if (!MessageDigest.isEqual(hex(SrpGroup.hash(body)).getBytes(StandardCharsets.US_ASCII),
				payloadHash.getBytes(StandardCharsets.US_ASCII))) {
			throw new S3Error(400, "XAmzContentSHA256Mismatch",
					"The provided 'x-amz-content-sha256' header does not match what was computed.");
		}
		return body;
	}

	private static byte[] signingKey(String secretKey, String date, String region, String service) {
		byte[] key = SrpGroup.hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8),
				date.getBytes(StandardCharsets.UTF_8));
		key = SrpGroup.hmac(key, region.getBytes(StandardCharsets.UTF_8));
		key = SrpGroup.hmac(key, service.getBytes(StandardCharsets.UTF_8));
		return SrpGroup.hmac(key, "aws4_request".getBytes(StandardCharsets.UTF_8));
	}

	private static String canonicalQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		List<String[]> pairs = new ArrayList<>();
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
			pairs.add(new String[] { encode(name), encode(value) });
		}
		pairs.sort((left, right) -> (left[0].equals(right[0])) ? left[1].compareTo(right[1])
				: left[0].compareTo(right[0]));
		StringBuilder result = new StringBuilder();
		for (String[] pair : pairs) {
			if (!result.isEmpty()) {
				result.append('&');
			}
			result.append(pair[0]).append('=').append(pair[1]);
		}
		return result.toString();
	}

	private static String decode(String value) {
		return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	/**
	 * RFC 3986 encoding as SigV4 wants it: unreserved characters stay, everything else is
	 * %XX in upper case.
	 */
	static String encode(String value) {
		StringBuilder result = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
					|| c == '.' || c == '~') {
				result.append(c);
			}
			else {
				result.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return result.toString();
	}

	private static String trim(String value) {
		return value.trim().replaceAll(" +", " ");
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

}
