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
package io.github.cognitosession;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the layering visible: the core session packages know nothing of servlets, the web
 * or auto-configuration, and our packages do not depend on each other in cycles.
 *
 * @author Cognito Session contributors
 */
class ArchitectureTests {

	private static final String[] CORE_PACKAGES = { "io.github.cognitosession.session..",
			"io.github.cognitosession.signin..", "io.github.cognitosession.token..", "io.github.cognitosession.store..",
			"io.github.cognitosession.event..", "io.github.cognitosession.exception..",
			"io.github.cognitosession.credentials..", "io.github.cognitosession.state..",
			"io.github.cognitosession.userpool..", "io.github.cognitosession.refresh..",
			"io.github.cognitosession.spi..", "io.github.cognitosession.device..", "io.github.cognitosession.mfa..",
			"io.github.cognitosession.account..", "io.github.cognitosession.passkey..",
			"io.github.cognitosession.lock.." };

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.github.cognitosession");

	@Test
	void corePackagesWhenCheckedThenDoNotDependOnWebServletOrAutoConfiguration() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage(CORE_PACKAGES)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "org.springframework.security.web..",
					"org.springframework.boot.autoconfigure..", "io.github.cognitosession.autoconfigure..",
					"io.github.cognitosession.web..");
		rule.check(CLASSES);
	}

	@Test
	void packagesWhenCheckedThenAreFreeOfCycles() {
		slices().matching("io.github.cognitosession.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

}
