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
package io.github.cognitosession.samples.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.session.SignOutOptions;
import io.github.cognitosession.session.SignOutResult;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.token.CognitoToken;
import io.github.cognitosession.token.CognitoTokens;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import picocli.CommandLine.Command;

/**
 * {@code demo}: the whole library at work against Local Cognito, the bundled emulator, in
 * a few seconds and without an AWS account: guest identity, SRP sign-in, state events,
 * token claims, identity-pool credentials used on S3, refresh and sign-out. Tokens,
 * passwords and secret keys are never printed.
 *
 * @author Cognito Session contributors
 */
@Command(name = "demo",
		description = "Run a guided tour against an embedded Local Cognito: no AWS account, nothing stored.")
final class DemoCommand implements Callable<Integer> {

	private static final int STEPS = 8;

	private static final String BUCKET = "cognito-demo";

	private final Terminal terminal;

	DemoCommand(Terminal terminal) {
		this.terminal = terminal;
	}

	@Override
	public Integer call() {
		long started = System.nanoTime();
		DemoOutput output = new DemoOutput(this.terminal.out(), STEPS);
		output.title("Cognito Session demo: Local Cognito runs in this process; no AWS account is used.");
		output.step("Starting Local Cognito and creating a user pool, an app client, an identity pool and a user");
		try (DemoCognito cognito = DemoCognito.start()) {
			Provisioned setup = cognito.setup();
			output.value("endpoint", cognito.endpoint());
			output.value("user pool", setup.userPoolId());
			output.value("app client", setup.clientId() + " (public, no secret)");
			output.value("identity pool", setup.identityPoolId() + " (guests allowed)");
			output.value("user", setup.username() + " (random password, not shown)");
			try (DemoApplicationContext application = new DemoApplicationContext(cognito.applicationProperties(),
					output)) {
				run(output, setup, application);
			}
		}
		output.blank();
		output.title("Demo complete in " + seconds(Duration.ofNanos(System.nanoTime() - started))
				+ " s; Local Cognito stopped, your own session store was not touched.");
		output.flush();
		return ExitCodes.OK;
	}

	private void run(DemoOutput output, Provisioned setup, DemoApplicationContext application) {
		CognitoSessionManager manager = application.sessionManager();

		output.step("Before signing in: the state, and a guest identity from the identity pool");
		output.value("state", manager.currentUserState());
		String guestIdentityId = IdentityPools.of(manager).getIdentityId();
		output.value("guest identity id", guestIdentityId);
		output.value("guest access key",
				DemoOutput.maskAccessKeyId(IdentityPools.of(manager).getCredentials().accessKeyId()));

		output.step("Signing in as " + setup.username() + " with SRP (the password never leaves this process)");
		SignInResult result = manager.signIn(setup.username(), setup.password());
		if (!result.isDone()) {
			throw new CliException(
					"the demo user was asked for " + result.getNextStep() + ", which the demo cannot answer");
		}
		output.value("state", manager.currentUserState());

		output.step("Token claims, verified against the pool's JWKS (the tokens themselves are not shown)");
		CognitoTokens tokens = manager.getTokens();
		CognitoToken idToken = tokens.getIdToken();
		CognitoToken accessToken = tokens.getAccessToken();
		output.value("sub", idToken.getSubject());
		output.value("cognito:username", idToken.getClaimAsString("cognito:username"));
		output.value("iss", idToken.getClaimAsString("iss"));
		output.value("ID token", "token_use=" + idToken.getTokenUse() + ", aud=" + idToken.getClaimAsString("aud")
				+ ", exp=" + idToken.getExpiresAt());
		output.value("access token", "token_use=" + accessToken.getTokenUse() + ", client_id="
				+ accessToken.getClaimAsString("client_id") + ", exp=" + accessToken.getExpiresAt());

		output.step("AWS credentials from the identity pool, in exchange for the ID token");
		AwsSessionCredentials credentials = IdentityPools.of(manager).getCredentials();
		String identityId = IdentityPools.of(manager).getIdentityId();
		output.value("identity id", identityId + (identityId.equals(guestIdentityId)
				? " (the guest identity, now linked to " + setup.username() + ")" : ""));
		output.value("access key id", DemoOutput.maskAccessKeyId(credentials.accessKeyId()));
		output.value("secret key", "(not shown)");
		output.value("session token", "(not shown)");
		credentials.expirationTime()
			.ifPresent((expiration) -> output.value("expires", expiration.truncatedTo(ChronoUnit.SECONDS)));

		output.step("Using the credentials: an S3 client signs with the application's AwsCredentialsProvider");
		String key = "hello/" + setup.username() + ".txt";
		try (DemoS3 s3 = new DemoS3(setup.s3Endpoint(), setup.region(), application.credentialsProvider())) {
			s3.upload(BUCKET, key, "Hello from " + setup.username() + ", uploaded at " + Instant.now() + "\n");
			output.value("uploaded", "s3://" + BUCKET + "/" + key);
			s3.list(BUCKET)
				.forEach((object) -> output.value("listed", "s3://" + BUCKET + "/" + object.key() + " (" + object.size()
						+ " bytes, " + object.lastModified() + ")"));
		}

		output.step("Forcing a token refresh");
		CognitoTokens refreshed = manager.getTokens(true);
		boolean renewed = !refreshed.getIdToken().getTokenValue().equals(idToken.getTokenValue());
		output.value("new ID token", (renewed ? "yes" : "no") + " (jti " + shortJti(idToken) + " -> "
				+ shortJti(refreshed.getIdToken()) + "), valid until " + refreshed.getIdToken().getExpiresAt());

		output.step("Signing out and revoking the refresh token");
		SignOutResult signOut = manager.signOut(new SignOutOptions(false, true));
		output.value("token revoked", signOut.tokenRevoked() ? "yes" : "no");
		output.value("state", manager.currentUserState());
	}

	/**
	 * The start of the token's {@code jti} claim: enough to see that a token is new,
	 * without printing the token.
	 */
	private static String shortJti(CognitoToken token) {
		String jti = token.getClaimAsString("jti");
		return (jti != null) ? jti.substring(0, Math.min(8, jti.length())) : "?";
	}

	private static String seconds(Duration duration) {
		return String.format("%.1f", duration.toMillis() / 1000.0);
	}

}
