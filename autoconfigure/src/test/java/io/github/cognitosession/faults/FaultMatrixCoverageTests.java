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

package io.github.cognitosession.faults;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault matrix is complete: every Cognito operation the library's code calls on the
 * AWS SDK's user-pool and identity-pool clients has a fault matrix, and every operation
 * listed here is still called. A new call fails this test until its matrix is written and
 * listed. (The hosted UI's OAuth 2.0 endpoints and the JWKS are plain HTTP, not SDK
 * operations: {@code HostedUiFaultMatrixTests} and {@code JwksFaultMatrixTests}.)
 *
 * @author Cognito Session contributors
 */
class FaultMatrixCoverageTests {

	/**
	 * Each operation and the test class of its fault matrix.
	 */
	private static final Map<String, String> MATRICES = matrices();

	/**
	 * The clients' methods that are not Cognito operations.
	 */
	private static final Set<String> NOT_OPERATIONS = Set.of("builder", "create", "close", "serviceClientConfiguration",
			"serviceName");

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.github.cognitosession");

	@Test
	void cognitoOperationsWhenCalledByTheLibraryThenEachHasAFaultMatrix() {
		Set<String> called = CLASSES.stream()
			.flatMap((javaClass) -> javaClass.getMethodCallsFromSelf().stream())
			.filter(FaultMatrixCoverageTests::isCognitoCall)
			.map((call) -> StringUtils.capitalize(call.getTarget().getName()))
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(called).as("the operations the library calls").isNotEmpty();
		assertThat(MATRICES.keySet()).as("the operations with a fault matrix")
			.containsExactlyInAnyOrderElementsOf(called);
	}

	@Test
	void faultMatricesWhenListedThenExist() {
		assertThat(MATRICES.values()).allSatisfy((testClass) -> assertThat(Class.forName(testClass)).isNotNull());
	}

	private static boolean isCognitoCall(JavaMethodCall call) {
		String owner = call.getTarget().getOwner().getName();
		return (owner.equals(CognitoIdentityProviderClient.class.getName())
				|| owner.equals(CognitoIdentityClient.class.getName()))
				&& !NOT_OPERATIONS.contains(call.getTarget().getName());
	}

	private static Map<String, String> matrices() {
		Map<String, String> matrices = new TreeMap<>();
		put(matrices, "session.SignInFaultMatrixTests", "InitiateAuth", "RespondToAuthChallenge");
		put(matrices, "session.TokenRefreshFaultMatrixTests", "GetTokensFromRefreshToken");
		put(matrices, "session.SignOutFaultMatrixTests", "GlobalSignOut", "RevokeToken");
		put(matrices, "session.MfaFaultMatrixTests", "AssociateSoftwareToken", "VerifySoftwareToken",
				"SetUserMFAPreference");
		put(matrices, "session.DeviceFaultMatrixTests", "ConfirmDevice", "UpdateDeviceStatus", "ListDevices",
				"ForgetDevice");
		put(matrices, "session.AccountFaultMatrixTests", "SignUp", "ConfirmSignUp", "ResendConfirmationCode",
				"ForgotPassword", "ConfirmForgotPassword", "ChangePassword", "GetUser", "UpdateUserAttributes",
				"GetUserAttributeVerificationCode", "VerifyUserAttribute", "DeleteUserAttributes", "DeleteUser");
		put(matrices, "session.PasskeyFaultMatrixTests", "StartWebAuthnRegistration", "CompleteWebAuthnRegistration",
				"ListWebAuthnCredentials", "DeleteWebAuthnCredential");
		put(matrices, "credentials.IdentityPoolFaultMatrixTests", "GetId", "GetCredentialsForIdentity");
		return matrices;
	}

	private static void put(Map<String, String> matrices, String testClass, String... operations) {
		for (String operation : operations) {
			matrices.put(operation, "io.github.cognitosession." + testClass);
		}
	}

}
