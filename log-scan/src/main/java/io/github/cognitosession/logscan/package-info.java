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

/**
 * Scans everything the tests of a module write to standard output and standard error
 * (every log line included) for tokens, passwords and secret keys, and records what it
 * finds so that the build fails. A test dependency on this module turns it on; tests
 * register the secrets they use with
 * {@link io.github.cognitosession.logscan.KnownSecrets} or list them in a
 * {@code log-scan/known-secrets.txt} test resource.
 */
package io.github.cognitosession.logscan;
