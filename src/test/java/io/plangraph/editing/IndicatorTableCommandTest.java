package io.plangraph.editing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.plangraph.importer.PlanImporter;
import io.plangraph.importer.PlanImporter.DocumentSource;
import io.plangraph.support.EmptyGraph;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code plangraph import-table CITY FILE.csv}, as city staff run it on the server. The command runs
 * in-process on the shared empty-database context, emptied and given 日立市's document first.
 */
@PlangraphTest(properties = "plangraph.import.on-empty-database=false")
class IndicatorTableCommandTest {

	@Autowired
	PlanEditor editor;

	@Autowired
	PlanImporter importer;

	@Autowired
	Driver driver;

	@TempDir
	Path files;

	/** The exit code of {@code plangraph import-table ARGS...}. */
	int runImportTable(String... arguments) {
		var args = new ArrayList<>(List.of("import-table"));
		args.addAll(List.of(arguments));
		var command = new IndicatorTableCommand(editor);
		command.run(new DefaultApplicationArguments(args.toArray(String[]::new)));
		return command.getExitCode();
	}

	long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
	}

	@Test
	void importsATableAfterADryRunAndRefusesABrokenOne() throws Exception {
		// A database as the first start leaves it: the vocabularies and 日立市's document, bundled.
		EmptyGraph.of(driver);
		importer.importDocuments(List.of(bundled("neo4j/taxonomy/sdgs.yaml"), bundled("neo4j/taxonomy/concepts.yaml"),
				bundled("neo4j/data/hitachi-growth-strategy-status-r5.yaml")));
		Path table = Files.writeString(files.resolve("hitachi.csv"), """
				指標名,単位,実績値(R6)
				ひたちナビダウンロード数,件,"27,500件"
				""");
		assertThat(runImportTable("082023", table.toString(), "--dry-run")).isZero();
		assertThat(count("MATCH (v:IndicatorValue {text: '27,500件'}) RETURN count(v)")).isZero();
		assertThat(runImportTable("082023", table.toString())).isZero();
		assertThat(count("MATCH (v:IndicatorValue {text: '27,500件'}) RETURN count(v)")).isEqualTo(1);
		assertThat(count("MATCH (c:Change) WHERE c.by STARTS WITH 'command line' RETURN count(c)")).isEqualTo(1);
		Path broken = Files.writeString(files.resolve("broken.csv"), """
				指標名,単位,実績値(R6)
				ひたちナビダウンロード数,件,たくさん
				""");
		assertThat(runImportTable("082023", broken.toString())).isEqualTo(1);
		assertThat(count("MATCH (v:IndicatorValue {text: 'たくさん'}) RETURN count(v)")).isZero();
	}

	static DocumentSource bundled(String file) throws Exception {
		return new DocumentSource(file, Files.readString(Path.of(file)));
	}

}
