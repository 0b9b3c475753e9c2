package io.plangraph.importer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.plangraph.PlangraphApplication;
import io.plangraph.support.SyntheticPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens when things go wrong: the process is killed (kill -9) in the middle of an import, or the
 * same document is submitted twice at once. Neither leaves half a document or a duplicate behind.
 */
class FaultsTest {

	@TempDir
	Path dataDirectory;

	@TempDir
	Path files;

	static final int GOALS = 6;

	static final int ELEMENTS = GOALS + GOALS * 8 + GOALS * 8 * 8 + GOALS * 8 * 8 * 4;

	@Test
	void aProcessKilledInTheMiddleOfAnImportLeavesNoHalfWrittenDocument() throws Exception {
		var document = SyntheticPlan.of("killed-import", GOALS, 8, 8, 4);
		Path file = Files.writeString(files.resolve(document.name()), document.text());
		var command = new ArrayList<String>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
			.filter(argument -> argument.startsWith("--add-opens") || argument.startsWith("--enable-native-access"))
			.forEach(command::add);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), PlangraphApplication.class.getName(), "import",
				file.toString(), "--plangraph.neo4j.embedded.data-directory=" + dataDirectory,
				"--plangraph.neo4j.embedded.bolt-port=0", "--logging.level.io.plangraph=debug"));
		Process importer = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (var output = new BufferedReader(new InputStreamReader(importer.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			// Wait until the import has begun writing, then kill the process without warning.
			while ((line = output.readLine()) != null && !line.contains("Writing")) {
			}
			assertThat(line).as("the importer reached the write").isNotNull();
			Thread.sleep(200);
			importer.destroyForcibly();
			assertThat(importer.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
		try (var restarted = new SpringApplicationBuilder(PlangraphApplication.class).web(WebApplicationType.NONE)
			.run("--plangraph.neo4j.embedded.data-directory=" + dataDirectory, "--plangraph.neo4j.embedded.bolt-port=0",
					"--plangraph.import.on-empty-database=false")) {
			var driver = restarted.getBean(Driver.class);
			long documents = count(driver, "MATCH (d:Document {id: 'killed-import'}) RETURN count(d)");
			long elements = count(driver, "MATCH (e:PlanElement {documentId: 'killed-import'}) RETURN count(e)");
			long values = count(driver, "MATCH (v:IndicatorValue {documentId: 'killed-import'}) RETURN count(v)");
			assertThat(documents).isIn(0L, 1L);
			assertThat(elements).isEqualTo(documents * ELEMENTS);
			assertThat(values).isEqualTo(documents * ELEMENTS * 3);
		}
	}

	@Test
	void theSameDocumentSubmittedTwiceAtOnceIsWrittenOnce() {
		try (var context = new SpringApplicationBuilder(PlangraphApplication.class).web(WebApplicationType.NONE)
			.run("--plangraph.neo4j.embedded.data-directory=" + dataDirectory, "--plangraph.neo4j.embedded.bolt-port=0",
					"--plangraph.import.on-empty-database=false")) {
			var importer = context.getBean(PlanImporter.class);
			var document = SyntheticPlan.of("twice", 2, 3, 3, 2);
			var first = CompletableFuture.runAsync(() -> importer.importDocuments(List.of(document)));
			var second = CompletableFuture.runAsync(() -> importer.importDocuments(List.of(document)));
			CompletableFuture.allOf(first, second).join();
			var driver = context.getBean(Driver.class);
			int elements = 2 + 2 * 3 + 2 * 3 * 3 + 2 * 3 * 3 * 2;
			assertThat(count(driver, "MATCH (e:PlanElement {documentId: 'twice'}) RETURN count(e)")).isEqualTo(elements);
			assertThat(count(driver, "MATCH (v:IndicatorValue {documentId: 'twice'}) RETURN count(v)")).isEqualTo(elements * 3);
			assertThat(count(driver, "MATCH (:PlanElement {documentId: 'twice'})-[u:USES]->() RETURN count(u)")).isEqualTo(elements);
		}
	}

	static long count(Driver driver, String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
	}

}
