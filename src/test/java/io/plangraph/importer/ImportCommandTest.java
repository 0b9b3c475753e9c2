package io.plangraph.importer;

import java.nio.file.Files;
import java.nio.file.Path;
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

/** {@code plangraph import [--dry-run] FILE...}, as city staff run it: what it imports, and what it refuses. */
@ExtendWith(OutputCaptureExtension.class)
class ImportCommandTest {

	@TempDir
	Path dataDirectory;

	ConfigurableApplicationContext runImport(String... files) {
		var args = new java.util.ArrayList<>(List.of("import"));
		args.addAll(List.of(files));
		args.add("--plangraph.neo4j.embedded.data-directory=" + dataDirectory);
		args.add("--plangraph.neo4j.embedded.bolt-port=0");
		return new SpringApplicationBuilder(PlangraphApplication.class).web(WebApplicationType.NONE)
			.profiles("import")
			.run(args.toArray(String[]::new));
	}

	long documents(ConfigurableApplicationContext context) {
		return context.getBean(Driver.class)
			.executableQuery("MATCH (d:Document) RETURN count(d)")
			.execute()
			.records()
			.getFirst()
			.get(0)
			.asLong();
	}

	@Test
	void importsTheNamedFilesAndFoldersAndExitsWithZero() {
		try (var context = runImport("neo4j/taxonomy", "neo4j/data/annaka-mayor-pledges-vi.yaml")) {
			assertThat(documents(context)).isEqualTo(1);
			assertThat(SpringApplication.exit(context)).isZero();
		}
	}

	@Test
	void refusesADocumentWhoseThemesAreInNoTaxonomyYet() {
		try (var context = runImport("neo4j/data/annaka-mayor-pledges-vi.yaml")) {
			assertThat(documents(context)).isZero();
			assertThat(SpringApplication.exit(context)).isEqualTo(1);
		}
	}

	@Test
	void refusesABrokenFileWritesNothingAndExitsWithOne(@TempDir Path folder) throws Exception {
		Path broken = Files.writeString(folder.resolve("broken.yaml"), "format: plangraph/1\nplans: nope\n");
		try (var context = runImport("neo4j/taxonomy", "neo4j/data/annaka-mayor-pledges-vi.yaml", broken.toString())) {
			assertThat(documents(context)).isZero();
			assertThat(SpringApplication.exit(context)).isEqualTo(1);
		}
	}

	@Test
	void aDryRunChecksTheFilesPrintsWhatWouldChangeWritesNothingAndExitsWithZero(CapturedOutput output) {
		try (var context = runImport("--dry-run", "neo4j/taxonomy", "neo4j/data/annaka-mayor-pledges-vi.yaml")) {
			assertThat(documents(context)).isZero();
			assertThat(SpringApplication.exit(context)).isZero();
		}
		assertThat(output.getOut()).contains("dry run, nothing written")
			.contains("annaka-mayor-pledges-vi (neo4j/data/annaka-mayor-pledges-vi.yaml): a new document")
			.contains("+ annaka-mayor-pledges/");
	}

	@Test
	void aDryRunOfABrokenFileIsRefusedAsAnImportIsAndExitsWithOne(@TempDir Path folder) throws Exception {
		Path broken = Files.writeString(folder.resolve("broken.yaml"), "format: plangraph/1\nplans: nope\n");
		try (var context = runImport("--dry-run", "neo4j/taxonomy", broken.toString())) {
			assertThat(documents(context)).isZero();
			assertThat(SpringApplication.exit(context)).isEqualTo(1);
		}
	}

	@Test
	void restrictedByCityImportsThatCitysDocumentsOnlyAndNoVocabulary(CapturedOutput output) {
		// Without --city the command line is the operator: it may write what an admin may, vocabularies included.
		try (var context = runImport("neo4j/taxonomy")) {
			assertThat(SpringApplication.exit(context)).isZero();
		}
		try (var context = runImport("--city=082023", "neo4j/data/annaka-mayor-pledges-vi.yaml")) {
			assertThat(documents(context)).isZero();
			assertThat(SpringApplication.exit(context)).isEqualTo(1);
		}
		assertThat(output.getErr()).contains("Nothing was imported: the command line (--city 082023) may change city 082023, not document 'annaka-mayor-pledges-vi' of city 102113");
		try (var context = runImport("--city=082023", "neo4j/taxonomy/sdgs.yaml")) {
			assertThat(SpringApplication.exit(context)).isEqualTo(1);
		}
		assertThat(output.getErr()).contains("may not change vocabulary file");
		try (var context = runImport("--city=102113", "neo4j/data/annaka-mayor-pledges-vi.yaml")) {
			assertThat(documents(context)).isOne();
			assertThat(SpringApplication.exit(context)).isZero();
		}
	}

}
