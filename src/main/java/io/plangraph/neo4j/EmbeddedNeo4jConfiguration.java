package io.plangraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside this process when no external server is configured ({@code spring.neo4j.uri}
 * unset), and points the application's driver at it over Bolt.
 *
 * <p>Only Bolt is started: Neo4j's HTTP server needs Jersey and javax APIs that clash with Spring Boot 4.
 * Bolt listens on loopback and asks for a password: the configured one, or else a random one made at each
 * start that only this process knows — the port is then closed to everybody else, which is what "Bolt
 * switched off" means here, since the application itself talks to the database over Bolt.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isEmpty()")
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	static final String USER = "neo4j";

	/** The password the driver logs in with, for this run. */
	record BoltPassword(String value) {

		@Override
		public String toString() {
			return "BoltPassword[…]";
		}

	}

	@Bean
	BoltPassword boltPassword(EmbeddedNeo4jProperties properties) {
		if (properties.boltPassword() != null) {
			return new BoltPassword(properties.boltPassword());
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		return new BoltPassword(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
	}

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties, BoltPassword password) {
		log.info("Starting embedded Neo4j in {} (Bolt on {}:{}, {})", properties.dataDirectory().toAbsolutePath(),
				properties.boltAddress(), properties.boltPort(), properties.boltPassword() == null
						? "closed to other processes: no bolt-password set" : "user neo4j with the configured bolt-password");
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(properties.dataDirectory())
				.loadPropertiesFromFile(neo4jConf(properties.settings()))
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address,
						new SocketAddress(properties.boltAddress(), properties.boltPort()))
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				// Nothing leaves the machine (a city's closed network has no route out): Neo4j's anonymous
				// usage report, on by default, is off.
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				.build();
		}
		catch (RuntimeException ex) {
			throw DatabaseInUseException.ifInUse(properties.dataDirectory(), ex);
		}
		// The system database is reached in-process, where no login is asked for.
		try {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password.value()));
		}
		catch (RuntimeException ex) {
			if (!samePassword(ex)) {
				// Stopped here, or its threads would keep a failed start's process alive.
				service.shutdown();
				throw ex;
			}
			// A restart with the configured password: the user has it already.
		}
		return service;
	}

	private static boolean samePassword(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains("Old password and new password cannot be the same")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The settings as a neo4j.conf of their own, so Neo4j reads and checks them as it reads a server's
	 * (the embedded builder takes no raw settings otherwise). Deleted when the JVM exits.
	 */
	private static Path neo4jConf(Map<String, String> settings) {
		try {
			Path conf = Files.createTempFile("plangraph-neo4j", ".conf");
			conf.toFile().deleteOnExit();
			var lines = new StringBuilder();
			settings.forEach((name, value) -> lines.append(name).append('=').append(value).append('\n'));
			Files.writeString(conf, lines);
			return conf;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the embedded Neo4j's settings to a temporary file", ex);
		}
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(DatabaseManagementService embeddedNeo4j, BoltPassword password,
			ObjectProvider<ConfigBuilderCustomizer> customizers) {
		var database = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var bolt = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		String uri = "bolt://" + bolt.getHost() + ":" + bolt.getPort();
		log.info("Embedded Neo4j is listening on {}", uri);
		// Spring Boot's customizers, as for an external server's driver: observations (metrics) among them.
		var config = Config.builder();
		customizers.orderedStream().forEach(customizer -> customizer.customize(config));
		return GraphDatabase.driver(uri, AuthTokens.basic(USER, password.value()), config.build());
	}

}
