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

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;

import com.sun.net.httpserver.HttpHandler;
import io.github.cognitosession.local.fault.FaultInjector;
import io.github.cognitosession.local.hostedui.HostedUiHandler;
import io.github.cognitosession.local.identity.CredentialsRegistry;
import io.github.cognitosession.local.identity.FederatedLogins;
import io.github.cognitosession.local.identity.Identities;
import io.github.cognitosession.local.identity.IdentityOperations;
import io.github.cognitosession.local.identity.IssuedCredentials;
import io.github.cognitosession.local.identity.LoginVerifier;
import io.github.cognitosession.local.message.Message;
import io.github.cognitosession.local.message.MessageListener;
import io.github.cognitosession.local.message.Outbox;
import io.github.cognitosession.local.persistence.DataDirectory;
import io.github.cognitosession.local.persistence.PersistentState;
import io.github.cognitosession.local.persistence.PersistingHandler;
import io.github.cognitosession.local.s3.S3Handler;
import io.github.cognitosession.local.server.BindAddress;
import io.github.cognitosession.local.server.EmulatorHttpServer;
import io.github.cognitosession.local.server.JsonProtocolHandler;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Route;
import io.github.cognitosession.local.token.RefreshTokens;
import io.github.cognitosession.local.token.TokenIssuer;
import io.github.cognitosession.local.token.WellKnownHandler;
import io.github.cognitosession.local.trigger.Trigger;
import io.github.cognitosession.local.trigger.TriggerType;
import io.github.cognitosession.local.trigger.Triggers;
import io.github.cognitosession.local.userpool.operations.AppClientAdministration;
import io.github.cognitosession.local.userpool.operations.Authentication;
import io.github.cognitosession.local.userpool.operations.Devices;
import io.github.cognitosession.local.userpool.operations.DomainAdministration;
import io.github.cognitosession.local.userpool.operations.GroupAdministration;
import io.github.cognitosession.local.userpool.operations.SelfService;
import io.github.cognitosession.local.userpool.operations.UserAdministration;
import io.github.cognitosession.local.userpool.operations.UserListing;
import io.github.cognitosession.local.userpool.operations.UserPoolAdministration;
import io.github.cognitosession.local.userpool.operations.UserPoolServices;
import io.github.cognitosession.local.userpool.UserPools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local Cognito: a Cognito-compatible emulator (user pools with their hosted UI, identity
 * pools, a small S3) on one loopback port. Build it, {@link #start() start} it, point the
 * AWS SDK at {@link #endpoint()}, and {@link #close() close} it.
 *
 * <pre class="code">
 * try (LocalCognito cognito = LocalCognito.builder().build().start()) {
 *     Provisioned setup = cognito.provision().user("alice", "Passw0rd!").create();
 *     ...
 * }
 * </pre>
 *
 * Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class LocalCognito implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(LocalCognito.class);

	/** The default region of pool ids and the default issuer. */
	public static final String DEFAULT_REGION = "us-east-1";

	/** The default address: loopback only. */
	public static final String DEFAULT_HOST = "127.0.0.1";

	/** The default lifetime of identity-pool credentials, as in Cognito. */
	public static final Duration DEFAULT_CREDENTIALS_LIFETIME = Duration.ofHours(1);

	private final String host;

	private final int requestedPort;

	private final String region;

	private final Clock clock;

	private final String issuerBase;

	private final Outbox outbox = new Outbox();

	private final Triggers triggers;

	private final PersistentState persistentState;

	private final FaultInjector faults = new FaultInjector();

	private final UserPools userPools;

	private final TokenIssuer tokens;

	private final UserPoolServices userPoolServices;

	private final OperationRegistry operations = new OperationRegistry();

	private final Identities identities;

	private final FederatedLogins federatedLogins = new FederatedLogins();

	private final CredentialsRegistry credentials;

	private final S3Handler s3;

	private final HostedUiHandler hostedUi;

	private volatile EmulatorHttpServer server;

	private LocalCognito(Builder builder) {
		this.host = builder.host;
		this.requestedPort = builder.port;
		this.region = builder.region;
		this.clock = builder.clock;
		this.issuerBase = builder.issuerBase;
		SecureRandom random = new SecureRandom();
		if (builder.messageListener != null) {
			this.outbox.addListener(builder.messageListener);
		}
		this.triggers = new Triggers(builder.triggers);
		this.userPools = new UserPools(this.region, this.clock, random);
		RefreshTokens refreshTokens = new RefreshTokens(this.clock, random);
		this.tokens = new TokenIssuer(this.clock, this::issuerBase, this.userPools, refreshTokens, this.triggers);
		this.userPoolServices = new UserPoolServices(this.userPools, this.tokens, refreshTokens, this.outbox,
				this.triggers, this.clock, random);
		this.identities = new Identities(this.region, this.clock);
		this.credentials = new CredentialsRegistry(this.clock, random, builder.credentialsLifetime);
		LoginVerifier logins = new LoginVerifier(this.userPools, this.tokens, this.federatedLogins, this.clock);
		List<OperationGroup> groups = List.of(new UserPoolAdministration(this.userPoolServices),
				new AppClientAdministration(this.userPoolServices), new DomainAdministration(this.userPoolServices),
				new UserAdministration(this.userPoolServices), new UserListing(this.userPoolServices),
				new GroupAdministration(this.userPoolServices), new SelfService(this.userPoolServices),
				new Authentication(this.userPoolServices), new Devices(this.userPoolServices),
				new IdentityOperations(this.identities, logins, this.credentials, this.clock));
		groups.forEach((group) -> group.registerWith(this.operations));
		this.s3 = new S3Handler(this.credentials, this.region, this.clock);
		this.hostedUi = new HostedUiHandler(this.userPools, this.tokens, refreshTokens, this.clock, random);
		this.persistentState = (builder.dataDirectory != null)
				? new PersistentState(new DataDirectory(builder.dataDirectory), this.userPools, refreshTokens,
						this.identities, this.credentials)
				: null;
		if (this.persistentState != null && this.persistentState.load()) {
			logger.info("Local Cognito state read from {}", this.persistentState.directory().file());
		}
	}

	/**
	 * A builder with the defaults: 127.0.0.1, a random port, region
	 * {@value #DEFAULT_REGION}, the system clock, and Cognito's real issuer form.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Start listening. Calling it on a running emulator does nothing.
	 * @return this emulator
	 */
	public synchronized LocalCognito start() {
		if (this.server == null) {
			BindAddress.exposureWarning(this.host).ifPresent(logger::warn);
			this.server = EmulatorHttpServer.start(this.host, this.requestedPort, routes());
		}
		return this;
	}

	/**
	 * The handlers on the emulator's port, longest path prefix first wins.
	 */
	private List<Route> routes() {
		WellKnownHandler wellKnown = new WellKnownHandler(this.userPools, this.tokens, this::endpoint);
		List<Route> routes = new ArrayList<>();
		routes.add(new Route("/", persisting(new JsonProtocolHandler(this.operations, this.faults, wellKnown))));
		routes.add(new Route(S3Handler.CONTEXT_PATH, this.s3));
		HostedUiHandler.CONTEXT_PATHS.forEach((path) -> routes.add(new Route(path, persisting(this.hostedUi))));
		return routes;
	}

	private HttpHandler persisting(HttpHandler handler) {
		return (this.persistentState != null) ? new PersistingHandler(handler, this.persistentState) : handler;
	}

	/**
	 * The file the state is kept in, with a data directory.
	 * @return the file, empty when the state lives in memory only
	 */
	public Optional<Path> dataFile() {
		return Optional.ofNullable((this.persistentState != null) ? this.persistentState.directory().file() : null);
	}

	/**
	 * Write the state to the data directory now (changes made through the Java API, such
	 * as {@link #provision()}, are otherwise written with the next request). Does nothing
	 * without a data directory.
	 */
	public void save() {
		if (this.persistentState != null) {
			this.persistentState.save();
		}
	}

	/**
	 * Stop listening. State (pools, users, tokens, identities, S3 objects) is kept, so a
	 * restart serves it again (on a new port when the port is random).
	 */
	public synchronized void stop() {
		if (this.server != null) {
			this.server.stop();
			this.server = null;
		}
		save();
	}

	@Override
	public void close() {
		stop();
	}

	/**
	 * Whether the emulator is listening.
	 * @return whether running
	 */
	public boolean isRunning() {
		return this.server != null;
	}

	/**
	 * The port the emulator listens on.
	 * @return the port
	 * @throws IllegalStateException when not started
	 */
	public int port() {
		EmulatorHttpServer running = this.server;
		if (running == null) {
			throw new IllegalStateException("Local Cognito is not running");
		}
		return running.port();
	}

	/**
	 * The base URL for both Cognito services, e.g. {@code http://127.0.0.1:54321}.
	 * @return the endpoint
	 */
	public String endpoint() {
		return "http://" + this.host + ":" + port();
	}

	/**
	 * The hosted-UI (managed login) domain of every user pool on this emulator: its
	 * {@link #endpoint()}, serving {@code /oauth2/authorize}, {@code /oauth2/token},
	 * {@code /oauth2/userInfo}, {@code /oauth2/revoke} and {@code /logout}.
	 * @return the domain URL
	 */
	public String hostedUiDomain() {
		return endpoint();
	}

	/**
	 * The S3 endpoint (path-style only), e.g. {@code http://127.0.0.1:54321/s3}.
	 * @return the S3 endpoint
	 */
	public String s3Endpoint() {
		return endpoint() + "/s3";
	}

	public String region() {
		return this.region;
	}

	/**
	 * The base of token issuers: a configured value, or Cognito's
	 * {@code https://cognito-idp.<region>.amazonaws.com}, or this emulator's
	 * {@link #endpoint()} when built with {@link Builder#issuerBaseFromEndpoint()}.
	 * @return the issuer base
	 */
	public String issuerBase() {
		if (Builder.ENDPOINT.equals(this.issuerBase)) {
			return endpoint();
		}
		return (this.issuerBase != null) ? this.issuerBase : "https://cognito-idp." + this.region + ".amazonaws.com";
	}

	/**
	 * The {@code iss} claim of a pool's tokens.
	 * @param poolId the user pool id
	 * @return the issuer
	 */
	public String issuer(String poolId) {
		return this.tokens.issuer(poolId);
	}

	/**
	 * The JWKS URL of a pool on this emulator.
	 * @param poolId the user pool id
	 * @return the URL
	 */
	public String jwksUri(String poolId) {
		return endpoint() + "/" + poolId + "/.well-known/jwks.json";
	}

	/**
	 * The code of the last message to a user (confirmation, forgotten password, MFA, or
	 * temporary password).
	 * @param poolId the user pool id
	 * @param username the user
	 * @return the code
	 * @throws java.util.NoSuchElementException when nothing was sent to the user
	 */
	public String lastCode(String poolId, String username) {
		return this.outbox.lastCode(poolId, username);
	}

	/**
	 * Every message sent so far, oldest first.
	 * @return the messages
	 */
	public List<Message> messages() {
		return this.outbox.all();
	}

	/**
	 * The messages sent to an e-mail address or phone number, oldest first.
	 * @param destination the address or number, unmasked
	 * @return the messages
	 */
	public List<Message> inbox(String destination) {
		return this.outbox.inbox(destination);
	}

	/**
	 * Set (or, with {@code null}, remove) a trigger of one user pool; it wins over a
	 * trigger set on the builder for every pool.
	 * @param poolId the pool
	 * @param type the trigger
	 * @param trigger the handler, or {@code null}
	 */
	public void trigger(String poolId, TriggerType type, Trigger trigger) {
		this.triggers.set(poolId, type, trigger);
	}

	/**
	 * The role identity-pool credentials were issued for (by the pool's roles and role
	 * mappings).
	 * @param accessKeyId the credentials' access key id
	 * @return the role ARN, empty when unknown or issued without a role
	 */
	public Optional<String> assumedRole(String accessKeyId) {
		IssuedCredentials issued = this.credentials.find(accessKeyId);
		return Optional.ofNullable((issued != null) ? issued.roleArn() : null);
	}

	/**
	 * The fault injector: make the next calls to an operation fail or wait.
	 * @return the injector
	 */
	public FaultInjector faults() {
		return this.faults;
	}

	/**
	 * Start provisioning a pool, client, user (and optionally an identity pool) in one
	 * call.
	 * @return a provisioner
	 */
	public Provisioner provision() {
		return new Provisioner(this);
	}

	/**
	 * Declare a federated provider's token valid (the emulator cannot ask Google or
	 * Facebook), so that an identity pool listing the provider in its
	 * {@code SupportedLoginProviders} accepts it.
	 * @param provider the provider, e.g. {@code accounts.google.com}
	 * @param token the token the client will send in {@code Logins}
	 * @param subject the provider's user id
	 */
	public void acceptFederatedLogin(String provider, String token, String subject) {
		this.federatedLogins.accept(provider, token, subject);
	}

	/**
	 * The operations this emulator answers, as {@code X-Amz-Target} values such as
	 * {@code AWSCognitoIdentityProviderService.InitiateAuth}.
	 * @return the targets
	 */
	public Set<String> supportedOperations() {
		return this.operations.targets();
	}

	UserPoolServices userPoolServices() {
		return this.userPoolServices;
	}

	Identities identities() {
		return this.identities;
	}

	@Override
	public String toString() {
		EmulatorHttpServer running = this.server;
		return "LocalCognito[" + ((running != null) ? endpoint() : "stopped") + ", region=" + this.region + "]";
	}

	/**
	 * Builds a {@link LocalCognito}.
	 */
	public static final class Builder {

		static final String ENDPOINT = "<endpoint>";

		private String host = DEFAULT_HOST;

		private int port;

		private String region = DEFAULT_REGION;

		private Clock clock = Clock.systemUTC();

		private String issuerBase;

		private MessageListener messageListener;

		private final Map<TriggerType, Trigger> triggers = new EnumMap<>(TriggerType.class);

		private Path dataDirectory;

		private Duration credentialsLifetime = DEFAULT_CREDENTIALS_LIFETIME;

		private Builder() {
		}

		/**
		 * The address to bind, {@value LocalCognito#DEFAULT_HOST} by default.
		 * @param host the address
		 * @return this builder
		 */
		public Builder host(String host) {
			this.host = Objects.requireNonNull(host, "host cannot be null");
			return this;
		}

		/**
		 * The port, 0 (random) by default.
		 * @param port the port
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be between 0 and 65535");
			}
			this.port = port;
			return this;
		}

		/**
		 * The region in pool ids, identity ids and the default issuer.
		 * @param region the region, e.g. {@code eu-west-1}
		 * @return this builder
		 */
		public Builder region(String region) {
			Objects.requireNonNull(region, "region cannot be null");
			if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
				throw new IllegalArgumentException("region '" + region + "' is not an AWS region name");
			}
			this.region = region;
			return this;
		}

		/**
		 * The clock for token times, refresh-token grace periods, challenge sessions and
		 * credentials expiry, so tests can move time without sleeping.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock cannot be null");
			return this;
		}

		/**
		 * The issuer base: tokens carry {@code iss = <issuerBase>/<poolId>}. Defaults to
		 * Cognito's {@code https://cognito-idp.<region>.amazonaws.com}.
		 * @param issuerBase the base URL, without a trailing slash
		 * @return this builder
		 */
		public Builder issuerBase(String issuerBase) {
			Objects.requireNonNull(issuerBase, "issuerBase cannot be null");
			this.issuerBase = issuerBase.endsWith("/") ? issuerBase.substring(0, issuerBase.length() - 1) : issuerBase;
			return this;
		}

		/**
		 * Use the emulator's own URL ({@code http://127.0.0.1:<port>}) as issuer base, so
		 * that a resource server can discover the JWKS from the issuer.
		 * @return this builder
		 */
		public Builder issuerBaseFromEndpoint() {
			this.issuerBase = ENDPOINT;
			return this;
		}

		/**
		 * A receiver of every message the emulator sends (they are always kept for
		 * {@link LocalCognito#lastCode} and {@link LocalCognito#inbox}).
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder messageListener(MessageListener listener) {
			this.messageListener = listener;
			return this;
		}

		/**
		 * A trigger of every user pool (a pool's own trigger, set with
		 * {@link LocalCognito#trigger}, wins).
		 * @param type the trigger
		 * @param trigger the handler
		 * @return this builder
		 */
		public Builder trigger(TriggerType type, Trigger trigger) {
			this.triggers.put(Objects.requireNonNull(type, "type cannot be null"),
					Objects.requireNonNull(trigger, "trigger cannot be null"));
			return this;
		}

		/**
		 * Keep the state (pools, users, keys, tokens, identities) in a directory, read at
		 * {@link #build()} and written after each request and at
		 * {@link LocalCognito#stop()}. Without it the state lives in memory only.
		 * @param directory the directory, created when missing
		 * @return this builder
		 */
		public Builder dataDirectory(Path directory) {
			this.dataDirectory = Objects.requireNonNull(directory, "directory cannot be null");
			return this;
		}

		/**
		 * The lifetime of identity-pool credentials, 1 hour by default.
		 * @param lifetime the lifetime
		 * @return this builder
		 */
		public Builder credentialsLifetime(Duration lifetime) {
			Objects.requireNonNull(lifetime, "lifetime cannot be null");
			if (lifetime.isNegative() || lifetime.isZero()) {
				throw new IllegalArgumentException("credentialsLifetime must be positive");
			}
			this.credentialsLifetime = lifetime;
			return this;
		}

		/**
		 * Build the emulator (not yet started), reading the data directory if one is set.
		 * @return the emulator
		 * @throws IllegalStateException when the data directory's state cannot be used
		 */
		public LocalCognito build() {
			return new LocalCognito(this);
		}

	}

}
