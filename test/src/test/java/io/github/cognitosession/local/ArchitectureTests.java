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

package io.github.cognitosession.local;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The emulator's packages stay acyclic and self-contained.
 *
 * @author Cognito Session contributors
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.github.cognitosession.local");

	@Test
	void packagesWhenImportedThenFreeOfCycles() {
		slices().matching("io.github.cognitosession.local.(**)").should().beFreeOfCycles().check(classes);
	}

	@Test
	void emulatorWhenImportedThenIndependentOfTheLibraryAndSpring() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.github.cognitosession.session..", "io.github.cognitosession.signin..",
					"io.github.cognitosession.token..", "org.springframework..", "software.amazon.awssdk..")
			.check(classes);
	}

}
