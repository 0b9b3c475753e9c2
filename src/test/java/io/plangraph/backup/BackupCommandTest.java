package io.plangraph.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.plangraph.importer.PlanImporter;
import io.plangraph.importer.PlanImporter.DocumentSource;
import io.plangraph.neo4j.GraphVersion;
import io.plangraph.support.EmptyGraph;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code plangraph backup FILE} and {@code plangraph restore FILE}, as an operator runs them on the server. The
 * commands run in-process on the shared empty-database context; "an empty database" is that database with
 * every node removed, its data version included, as a new data directory has none.
 */
@PlangraphTest(properties = "plangraph.import.on-empty-database=false")
@ExtendWith(OutputCaptureExtension.class)
class BackupCommandTest {

	@Autowired
	GraphBackup backup;

	@Autowired
	PlanImporter importer;

	@Autowired
	GraphVersion version;

	@Autowired
	Driver driver;

	@TempDir
	Path folder;

	long versionBefore;

	@BeforeEach
	void rememberTheVersion() {
		versionBefore = version.current();
	}

	@AfterEach
	void raiseTheVersionPastEveryOneThisContextHasSeen() {
		// The restore brought back an older version; what the shared context kept for the versions it has seen
		// must not be read again by the tests that follow.
		driver.executableQuery("MERGE (v:GraphVersion {id: 'graph'}) SET v.value = $value")
			.withParameters(Map.of("value", versionBefore + 1_000))
			.execute();
	}

	/** The exit code of {@code plangraph COMMAND ARGS...}. */
	int run(String command, String... arguments) {
		var args = new ArrayList<>(List.of(command));
		args.addAll(List.of(arguments));
		var line = new DefaultApplicationArguments(args.toArray(String[]::new));
		if (command.equals("backup")) {
			var backupCommand = new BackupCommand(backup);
			backupCommand.run(line);
			return backupCommand.getExitCode();
		}
		var restoreCommand = new RestoreCommand(backup);
		restoreCommand.run(line);
		return restoreCommand.getExitCode();
	}

	static DocumentSource file(String path) throws Exception {
		return new DocumentSource(path, Files.readString(Path.of(path)));
	}

	@Test
	void aBackupRestoresIntoAnEmptyDatabaseAsTheSameGraphAndIsRefusedByOneWithData(CapturedOutput output) throws Exception {
		EmptyGraph.of(driver);
		importer.importDocuments(List.of(file("neo4j/taxonomy/sdgs.yaml"), file("neo4j/taxonomy/concepts.yaml"),
				file("neo4j/data/annaka-mayor-pledges-vi.yaml")));
		String original = TypedGraph.of(driver);
		Path file = folder.resolve("plangraph.ndjson");
		assertThat(run("backup", file.toString())).isZero();
		assertThat(Files.readAllLines(file).getFirst()).contains("\"format\":\"plangraph-backup\"");

		driver.executableQuery("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') DETACH DELETE n")
			.execute();
		assertThat(run("restore", file.toString())).isZero();
		assertThat(TypedGraph.of(driver)).isEqualTo(original);

		assertThat(run("restore", file.toString())).isEqualTo(1);
		assertThat(output.getErr()).contains("Nothing was restored: The database is not empty");
		assertThat(TypedGraph.of(driver)).isEqualTo(original);
	}

}
