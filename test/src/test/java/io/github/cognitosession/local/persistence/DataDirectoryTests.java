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

package io.github.cognitosession.local.persistence;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.standalone.LocalCognitoMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code --data
 *
<dir>
 * }: pools, users, groups, keys, tokens and identities survive a restart of the
 * standalone emulator; the file is written atomically, readable by its owner only, and an
 * unusable file stops the start with a message naming it.
 *
 * @author Cognito Session contributors
 */
class DataDirectoryTests {

	@TempDir
	Path directory;

	@Test
	void restartWhenDataDirectoryGivenThenStateKeysAndTokensSurvive() throws Exception {
		String poolId;
		String clientId;
		String identityPoolId;
		String identityId;
		String jwks;
		AuthenticationResultType tokens;
		try (LocalCognito first = standalone();
				CognitoIdentityProviderClient admin = Sdk.admin(first);
				CognitoIdentityClient identity = Sdk.identityPools(first)) {
			poolId = admin.createUserPool((request) -> request.poolName("kept")).userPool().id();
			String pool = poolId;
			clientId = admin
				.createUserPoolClient((request) -> request.userPoolId(pool)
					.clientName("app")
					.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
							ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
				.userPoolClient()
				.clientId();
			admin.createGroup((request) -> request.userPoolId(pool).groupName("admins"));
			admin.adminCreateUser((request) -> request.userPoolId(pool).username("alice").messageAction("SUPPRESS"));
			admin.adminSetUserPassword(
					(request) -> request.userPoolId(pool).username("alice").password("Passw0rd!").permanent(true));
			admin.adminAddUserToGroup((request) -> request.userPoolId(pool).username("alice").groupName("admins"));
			tokens = signIn(admin, poolId, clientId);
			String provider = "cognito-idp." + first.region() + ".amazonaws.com/" + poolId;
			String client = clientId;
			identityPoolId = identity
				.createIdentityPool((request) -> request.identityPoolName("kept")
					.allowUnauthenticatedIdentities(false)
					.cognitoIdentityProviders(
							CognitoIdentityProvider.builder().providerName(provider).clientId(client).build()))
				.identityPoolId();
			String identityPool = identityPoolId;
			identityId = identity
				.getId((request) -> request.identityPoolId(identityPool).logins(Map.of(provider, tokens.idToken())))
				.identityId();
			jwks = get(first.jwksUri(poolId));
		}
		assertThat(this.directory.resolve(DataDirectory.FILE_NAME)).exists();
		try (LocalCognito second = standalone();
				CognitoIdentityProviderClient admin = Sdk.admin(second);
				CognitoIdentityProviderClient client = Sdk.userPools(second);
				CognitoIdentityClient identity = Sdk.identityPools(second)) {
			String pool = poolId;
			assertThat(admin.describeUserPool((request) -> request.userPoolId(pool)).userPool().name())
				.isEqualTo("kept");
			assertThat(get(second.jwksUri(poolId))).isEqualTo(jwks);
			GetUserResponse user = client.getUser((request) -> request.accessToken(tokens.accessToken()));
			assertThat(user.username()).isEqualTo("alice");
			String app = clientId;
			assertThat(admin
				.adminInitiateAuth((request) -> request.userPoolId(pool)
					.clientId(app)
					.authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
					.authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken())))
				.authenticationResult()
				.idToken()).isNotBlank();
			assertThat(signIn(admin, poolId, clientId).idToken()).isNotBlank();
			assertThat(admin.adminListGroupsForUser((request) -> request.userPoolId(pool).username("alice")).groups())
				.hasSize(1);
			String provider = "cognito-idp." + second.region() + ".amazonaws.com/" + poolId;
			String identityPool = identityPoolId;
			assertThat(identity
				.getId((request) -> request.identityPoolId(identityPool).logins(Map.of(provider, tokens.idToken())))
				.identityId()).isEqualTo(identityId);
		}
	}

	@Test
	void restartWhenSessionWasRevokedThenRevocationSurvives() throws Exception {
		AuthenticationResultType tokens;
		String poolId;
		String clientId;
		try (LocalCognito first = standalone();
				CognitoIdentityProviderClient admin = Sdk.admin(first);
				CognitoIdentityProviderClient client = Sdk.userPools(first)) {
			poolId = admin.createUserPool((request) -> request.poolName("revoked")).userPool().id();
			String pool = poolId;
			clientId = admin
				.createUserPoolClient((request) -> request.userPoolId(pool)
					.clientName("app")
					.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
							ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
				.userPoolClient()
				.clientId();
			admin.adminCreateUser((request) -> request.userPoolId(pool).username("alice").messageAction("SUPPRESS"));
			admin.adminSetUserPassword(
					(request) -> request.userPoolId(pool).username("alice").password("Passw0rd!").permanent(true));
			tokens = signIn(admin, poolId, clientId);
			client.globalSignOut((request) -> request.accessToken(tokens.accessToken()));
		}
		try (LocalCognito second = standalone(); CognitoIdentityProviderClient client = Sdk.userPools(second)) {
			assertThatExceptionOfType(NotAuthorizedException.class)
				.isThrownBy(() -> client.getUser((request) -> request.accessToken(tokens.accessToken())));
		}
	}

	@Test
	void saveWhenStateWrittenThenOwnerOnlyAndNoTemporaryFileLeft() throws Exception {
		try (LocalCognito cognito = standalone(); CognitoIdentityProviderClient admin = Sdk.admin(cognito)) {
			admin.createUserPool((request) -> request.poolName("files"));
		}
		Path file = this.directory.resolve(DataDirectory.FILE_NAME);
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			assertThat(files).containsExactly(file);
		}
		assertThat(Files.readString(file)).contains("\"format\" : 1").doesNotContain("Passw0rd!");
	}

	@Test
	void startWhenDataFileIsCorruptThenRefusesNamingTheFileAndKeepsIt() throws IOException {
		Path file = this.directory.resolve(DataDirectory.FILE_NAME);
		Files.writeString(file, "{\"format\": 1, \"userPools\": [{\"id\"");
		assertThatIllegalStateException().isThrownBy(this::standalone)
			.withMessageContaining(file.toString())
			.withMessageContaining("not valid JSON")
			.withMessageContaining("Move it away");
		assertThat(Files.readString(file)).isEqualTo("{\"format\": 1, \"userPools\": [{\"id\"");
	}

	@Test
	void startWhenDataFileHasAnotherFormatThenRefused() throws IOException {
		Files.writeString(this.directory.resolve(DataDirectory.FILE_NAME), "{\"format\": 99}");
		assertThatIllegalStateException().isThrownBy(this::standalone).withMessageContaining("format 99");
	}

	@Test
	void startWhenDataPathIsAFileThenNamesIt() throws IOException {
		Path file = Files.writeString(this.directory.resolve("not-a-directory"), "x");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalCognitoMain.parse(new String[] { "--port", "0", "--data", file.toString() }).build())
			.withMessageContaining("not-a-directory");
	}

	private LocalCognito standalone() {
		return LocalCognitoMain.parse(new String[] { "--port", "0", "--data", this.directory.toString() })
			.build()
			.start();
	}

	private static AuthenticationResultType signIn(CognitoIdentityProviderClient admin, String poolId,
			String clientId) {
		return admin
			.adminInitiateAuth((request) -> request.userPoolId(poolId)
				.clientId(clientId)
				.authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
				.authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Passw0rd!")))
			.authenticationResult();
	}

	private static String get(String url) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
	}

}
