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

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A process that takes the OS lock of a store ({@code <store file>.lock}), says
 * {@code locked}, and holds it until it is killed.
 *
 * @author Cognito Session contributors
 */
public final class LockHolderMain {

	private LockHolderMain() {
	}

	public static void main(String[] args) throws IOException {
		FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		channel.lock();
		System.out.println("locked");
		System.out.flush();
		// until killed (or the test closes our input)
		System.in.read();
	}

}
