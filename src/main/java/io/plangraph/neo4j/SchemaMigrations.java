package io.plangraph.neo4j;

import java.util.Optional;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Brings the database schema (constraints, indexes) up to date with the versioned Cypher files in
 * {@code neo4j/migrations/}, once, when the application starts: as a step of making the Neo4j driver,
 * before any other bean is handed the driver. So nothing that reads or writes the graph ever sees an old
 * schema, and nothing has to name this class to be sure of it.
 */
@Component
public final class SchemaMigrations implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	static final String LOCATION = "classpath:neo4j/migrations";

	private final ObjectProvider<DatabaseManagementService> embedded;

	private volatile MigrationVersion version;

	SchemaMigrations(ObjectProvider<DatabaseManagementService> embedded) {
		this.embedded = embedded;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (bean instanceof Driver driver) {
			migrate(driver);
		}
		return bean;
	}

	private void migrate(Driver driver) {
		if (embedded.getIfAvailable() != null) {
			releaseStaleLock(driver);
		}
		var migrations = new Migrations(MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
			.build(), driver);
		Optional<MigrationVersion> applied = migrations.apply();
		this.version = applied.orElse(null);
		log.info("Graph schema at version {}", applied.map(MigrationVersion::getValue).orElse("(none)"));
	}

	/**
	 * A process killed while migrating leaves neo4j-migrations' lock node behind, and the next start
	 * would refuse to migrate. An embedded database belongs to this one process (Neo4j locks its store
	 * directory), so any lock found before we start is certainly stale. Never done against an external
	 * server, where another instance may really be migrating.
	 */
	static void releaseStaleLock(Driver driver) {
		var result = driver.executableQuery("MATCH (l:__Neo4jMigrationsLock) DELETE l").execute();
		int released = result.summary().counters().nodesDeleted();
		if (released > 0) {
			log.warn("Released {} stale migration lock(s) left by an earlier run that did not finish", released);
		}
	}

	/** The schema version after start-up, {@code null} for a database without migrations. */
	public MigrationVersion version() {
		return version;
	}

}
