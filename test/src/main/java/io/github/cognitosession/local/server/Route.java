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

package io.github.cognitosession.local.server;

import com.sun.net.httpserver.HttpHandler;

/**
 * An HTTP handler mounted under a path prefix of the emulator's single port (the JSON
 * protocol and well-known documents at {@code /}, the S3 subset at {@code /s3}; the
 * hosted UI is one more route).
 *
 * @param contextPath the path prefix
 * @param handler the handler
 * @author Cognito Session contributors
 */
public record Route(String contextPath, HttpHandler handler) {

}
