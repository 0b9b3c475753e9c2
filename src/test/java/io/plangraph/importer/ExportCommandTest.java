package io.plangraph.importer;

import java.nio.charset.StandardCharsets;
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

/** {@code plangraph export DOCUMENT_ID [FILE]}, as city staff run it to get a document back as a file. */
@ExtendWith(OutputCaptureExtension.class)
class ExportCommandTest {

	@TempDir
	Path database;

	@TempDir
	Path otherDatabase;

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

	/** Imports the vocabularies and Annaka's pledges into a database and gives the snapshot of its graph. */
	static String importAnnaka(Path database, String file) {
		try (var context = run(database, "import", "neo4j/taxonomy", file)) {
			String snapshot = GraphSnapshot.of(context.getBean(Driver.class));
			assertThat(SpringApplication.exit(context)).isZero();
			return snapshot;
		}
	}

	@Test
	void writesADocumentToAFileThatImportsIntoAnotherDatabaseAsTheSameGraph() throws Exception {
		String original = importAnnaka(database, "neo4j/data/annaka-mayor-pledges-vi.yaml");
		Path file = folder.resolve("annaka.yaml");
		try (var context = run(database, "export", "annaka-mayor-pledges-vi", file.toString())) {
			assertThat(SpringApplication.exit(context)).isZero();
		}
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("format: plangraph/1\n").contains("安中市");
		assertThat(importAnnaka(otherDatabase, file.toString())).isEqualTo(original);
	}

	@Test
	void withoutAFileWritesTheDocumentToStandardOutputAndTheLogElsewhere(CapturedOutput output) {
		importAnnaka(database, "neo4j/data/annaka-mayor-pledges-vi.yaml");
		int before = output.getOut().length();
		try (var context = run(database, "export", "annaka-mayor-pledges-vi")) {
			String exported = context.getBean(DocumentExporter.class).export("annaka-mayor-pledges-vi").orElseThrow();
			assertThat(output.getOut().substring(before)).isEqualTo(exported);
			assertThat(SpringApplication.exit(context)).isZero();
		}
	}

	@Test
	void refusesAnUnknownDocumentWritesNoFileAndExitsWithOne() {
		Path file = folder.resolve("nothing.yaml");
		try (var context = run(database, "export", "no-such-document", file.toString())) {
			assertThat(SpringApplication.exit(context)).isEqualTo(1);
		}
		assertThat(file).doesNotExist();
	}

	@Test
	void exitsWithTwoWhenTheFileCannotBeWritten() {
		importAnnaka(database, "neo4j/data/annaka-mayor-pledges-vi.yaml");
		Path file = folder.resolve("no-such-folder").resolve("annaka.yaml");
		try (var context = run(database, "export", "annaka-mayor-pledges-vi", file.toString())) {
			assertThat(SpringApplication.exit(context)).isEqualTo(2);
		}
	}

	@Test
	void doesNotFillAnEmptyDatabaseWithTheBundledDocuments() {
		try (var context = run(database, "export", "annaka-mayor-pledges-vi")) {
			assertThat(context.getBean(PlanImporter.class).isEmpty()).isTrue();
			assertThat(SpringApplication.exit(context)).isEqualTo(1);
		}
	}

}
