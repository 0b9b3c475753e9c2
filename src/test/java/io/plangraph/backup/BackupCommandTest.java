package io.plangraph.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.plangraph.PlangraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code plangraph backup FILE} and {@code plangraph restore FILE}, as an operator runs them on the server. */
@ExtendWith(OutputCaptureExtension.class)
class BackupCommandTest {

	@TempDir
	Path database;

	@TempDir
	Path restoredDatabase;

	@TempDir
	Path folder;

	static ConfigurableApplicationContext run(Path database, String command, String... arguments) {
		var args = new ArrayList<>(List.of(command));
		args.addAll(List.of(arguments));
		args.add("--plangraph.neo4j.embedded.data-directory=" + database);
		args.add("--plangraph.neo4j.embedded.bolt-port=0");
		return new SpringApplicationBuilder(PlangraphApplication.class).web(WebApplicationType.NONE)
			.profiles(command)
			.run(args.toArray(String[]::new));
	}

	@Test
	void aBackupRestoresIntoAnEmptyDatabaseAsTheSameGraphAndIsRefusedByOneWithData(CapturedOutput output) throws Exception {
		String original;
		try (var context = run(database, "import", "neo4j/taxonomy", "neo4j/data/annaka-mayor-pledges-vi.yaml")) {
			original = TypedGraph.of(context.getBean(Driver.class));
			assertThat(SpringApplication.exit(context)).isZero();
		}
		Path file = folder.resolve("plangraph.ndjson");
		try (var context = run(database, "backup", file.toString())) {
			assertThat(SpringApplication.exit(context)).isZero();
		}
		assertThat(Files.readAllLines(file).getFirst()).contains("\"format\":\"plangraph-backup\"");

		try (var context = run(restoredDatabase, "restore", file.toString())) {
			assertThat(TypedGraph.of(context.getBean(Driver.class))).isEqualTo(original);
			assertThat(SpringApplication.exit(context)).isZero();
		}

		try (var context = run(restoredDatabase, "restore", file.toString())) {
			assertThat(output.getErr()).contains("Nothing was restored: The database is not empty");
			assertThat(TypedGraph.of(context.getBean(Driver.class))).isEqualTo(original);
			assertThat(SpringApplication.exit(context)).isEqualTo(1);
		}
	}

}
