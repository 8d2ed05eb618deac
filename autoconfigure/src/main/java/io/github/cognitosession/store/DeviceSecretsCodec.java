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

package io.github.cognitosession.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cognitosession.device.DeviceSecrets;

/**
 * The plaintext form of the remembered-device secrets inside their encrypted file: per
 * user the fields {@code tag (1 byte) | length (4 bytes, big-endian) | UTF-8 value} with
 * tag 1 username (which starts a user's entry), 2 device key, 3 device group key, 4
 * device password; tag {@code 0} ends the list. Unknown tags are skipped so fields can be
 * added later.
 *
 * @author Cognito Session contributors
 */
final class DeviceSecretsCodec {

	static final int TAG_END = 0;

	static final int TAG_USERNAME = 1;

	static final int TAG_DEVICE_KEY = 2;

	static final int TAG_DEVICE_GROUP_KEY = 3;

	static final int TAG_DEVICE_PASSWORD = 4;

	private DeviceSecretsCodec() {
	}

	static byte[] encode(Map<String, DeviceSecrets> devices) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * (devices.size() + 1));
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			for (Map.Entry<String, DeviceSecrets> entry : devices.entrySet()) {
				writeField(out, TAG_USERNAME, entry.getKey());
				writeField(out, TAG_DEVICE_KEY, entry.getValue().getDeviceKey());
				writeField(out, TAG_DEVICE_GROUP_KEY, entry.getValue().getDeviceGroupKey());
				writeField(out, TAG_DEVICE_PASSWORD, entry.getValue().getDevicePassword());
			}
			out.writeByte(TAG_END);
		}
		catch (IOException ex) {
			// A ByteArrayOutputStream does not fail.
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void writeField(DataOutputStream out, int tag, String value) throws IOException {
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		out.writeByte(tag);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	static Map<String, DeviceSecrets> decode(byte[] plaintext) throws UnreadableSessionFileException {
		Map<String, DeviceSecrets> devices = new LinkedHashMap<>();
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plaintext))) {
			String[] entry = null;
			int tag;
			while ((tag = in.readUnsignedByte()) != TAG_END) {
				int length = in.readInt();
				if (length < 0 || length > in.available()) {
					throw new UnreadableSessionFileException("the device secrets have a bad length for field " + tag);
				}
				String value = new String(in.readNBytes(length), StandardCharsets.UTF_8);
				if (tag == TAG_USERNAME) {
					add(devices, entry);
					entry = new String[] { value, null, null, null };
				}
				else if (tag >= TAG_DEVICE_KEY && tag <= TAG_DEVICE_PASSWORD) {
					if (entry == null) {
						throw new UnreadableSessionFileException("the device secrets have a field before a username");
					}
					entry[tag - 1] = value;
				}
			}
			add(devices, entry);
			if (in.available() > 0) {
				throw new UnreadableSessionFileException("the device secrets have trailing bytes");
			}
		}
		catch (EOFException ex) {
			throw new UnreadableSessionFileException("the device secrets are truncated");
		}
		catch (IOException ex) {
			throw new UnreadableSessionFileException("the device secrets cannot be parsed");
		}
		return devices;
	}

	private static void add(Map<String, DeviceSecrets> devices, String[] entry) throws UnreadableSessionFileException {
		if (entry == null) {
			return;
		}
		if (entry[1] == null || entry[2] == null || entry[3] == null || entry[0].isBlank() || entry[1].isBlank()
				|| entry[2].isBlank() || entry[3].isBlank()) {
			throw new UnreadableSessionFileException("the device secrets have an incomplete entry");
		}
		devices.put(entry[0], new DeviceSecrets(entry[1], entry[2], entry[3]));
	}

}
