package io.plangraph.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.plangraph.support.EmptyGraph;
import io.plangraph.support.PlangraphTest;
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
 * {@code plangraph import [--dry-run] FILE...}, as city staff run it: what it imports, and what it refuses.
 * The command runs in-process on the shared empty-database context, emptied before each test as a new data
 * directory would be. The profile that switches it on is checked in {@code CommandProfilesTest}; a command-line
 * import run as another application, over Bolt, in {@code neo4j/CachedReadsSeeEveryWriteTest}.
 */
@PlangraphTest(properties = "plangraph.import.on-empty-database=false")
@ExtendWith(OutputCaptureExtension.class)
class ImportCommandTest {

	@Autowired
	PlanImporter importer;

	@Autowired
	ImportProperties properties;

	@Autowired
	Driver driver;

	@BeforeEach
	void anEmptyDatabase() {
		EmptyGraph.of(driver);
	}

	/** The exit code of {@code plangraph import ARGS...}. */
	int runImport(String... arguments) {
		var args = new ArrayList<>(List.of("import"));
		args.addAll(List.of(arguments));
		var command = new ImportCommand(importer, properties);
		command.run(new DefaultApplicationArguments(args.toArray(String[]::new)));
		return command.getExitCode();
	}

	long documents() {
		return driver.executableQuery("MATCH (d:Document) RETURN count(d)")
			.execute()
			.records()
			.getFirst()
			.get(0)
			.asLong();
	}

	@Test
	void importsTheNamedFilesAndFoldersAndExitsWithZero() {
		assertThat(runImport("neo4j/taxonomy", "neo4j/data/annaka-mayor-pledges-vi.yaml")).isZero();
		assertThat(documents()).isEqualTo(1);
	}

	@Test
	void refusesADocumentWhoseThemesAreInNoTaxonomyYet() {
		assertThat(runImport("neo4j/data/annaka-mayor-pledges-vi.yaml")).isEqualTo(1);
		assertThat(documents()).isZero();
	}

	@Test
	void refusesABrokenFileWritesNothingAndExitsWithOne(@TempDir Path folder) throws Exception {
		Path broken = Files.writeString(folder.resolve("broken.yaml"), "format: plangraph/1\nplans: nope\n");
		assertThat(runImport("neo4j/taxonomy", "neo4j/data/annaka-mayor-pledges-vi.yaml", broken.toString())).isEqualTo(1);
		assertThat(documents()).isZero();
	}

	@Test
	void aDryRunChecksTheFilesPrintsWhatWouldChangeWritesNothingAndExitsWithZero(CapturedOutput output) {
		assertThat(runImport("--dry-run", "neo4j/taxonomy", "neo4j/data/annaka-mayor-pledges-vi.yaml")).isZero();
		assertThat(documents()).isZero();
		assertThat(output.getOut()).contains("dry run, nothing written")
			.contains("annaka-mayor-pledges-vi (neo4j/data/annaka-mayor-pledges-vi.yaml): a new document")
			.contains("+ annaka-mayor-pledges/");
	}

	@Test
	void aDryRunOfABrokenFileIsRefusedAsAnImportIsAndExitsWithOne(@TempDir Path folder) throws Exception {
		Path broken = Files.writeString(folder.resolve("broken.yaml"), "format: plangraph/1\nplans: nope\n");
		assertThat(runImport("--dry-run", "neo4j/taxonomy", broken.toString())).isEqualTo(1);
		assertThat(documents()).isZero();
	}

	@Test
	void restrictedByCityImportsThatCitysDocumentsOnlyAndNoVocabulary(CapturedOutput output) {
		// Without --city the command line is the operator: it may write what an admin may, vocabularies included.
		assertThat(runImport("neo4j/taxonomy")).isZero();
		assertThat(runImport("--city=082023", "neo4j/data/annaka-mayor-pledges-vi.yaml")).isEqualTo(1);
		assertThat(documents()).isZero();
		assertThat(output.getErr()).contains("Nothing was imported: the command line (--city 082023) may change city 082023, not document 'annaka-mayor-pledges-vi' of city 102113");
		assertThat(runImport("--city=082023", "neo4j/taxonomy/sdgs.yaml")).isEqualTo(1);
		assertThat(output.getErr()).contains("may not change vocabulary file");
		assertThat(runImport("--city=102113", "neo4j/data/annaka-mayor-pledges-vi.yaml")).isZero();
		assertThat(documents()).isOne();
	}

}
