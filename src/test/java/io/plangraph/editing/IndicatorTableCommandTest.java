package io.plangraph.editing;

import java.nio.file.Files;
import java.nio.file.Path;

import io.plangraph.PlangraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code plangraph import-table CITY FILE.csv}, as city staff run it on the server. */
class IndicatorTableCommandTest {

	@TempDir
	Path dataDirectory;

	@TempDir
	Path files;

	ConfigurableApplicationContext start(String... args) {
		var all = new java.util.ArrayList<>(java.util.List.of(args));
		all.add("--plangraph.neo4j.embedded.data-directory=" + dataDirectory);
		all.add("--plangraph.neo4j.embedded.bolt-port=0");
		var builder = new SpringApplicationBuilder(PlangraphApplication.class).web(WebApplicationType.NONE);
		if (args.length > 0 && args[0].equals("import-table")) {
			builder.profiles("import-table");
		}
		return builder.run(all.toArray(String[]::new));
	}

	long count(ConfigurableApplicationContext context, String cypher) {
		return context.getBean(Driver.class).executableQuery(cypher).execute().records().getFirst().get(0).asLong();
	}

	@Test
	void importsATableAfterADryRunAndRefusesABrokenOne() throws Exception {
		// A first start fills the empty database with the bundled documents.
		start().close();
		Path table = Files.writeString(files.resolve("hitachi.csv"), """
				指標名,単位,実績値(R6)
				ひたちナビダウンロード数,件,"27,500件"
				""");
		try (var dryRun = start("import-table", "082023", table.toString(), "--dry-run")) {
			assertThat(SpringApplication.exit(dryRun)).isZero();
		}
		try (var imported = start("import-table", "082023", table.toString())) {
			assertThat(count(imported, "MATCH (v:IndicatorValue {text: '27,500件'}) RETURN count(v)")).isEqualTo(1);
			assertThat(count(imported, "MATCH (c:Change) WHERE c.by STARTS WITH 'command line' RETURN count(c)")).isEqualTo(1);
			assertThat(SpringApplication.exit(imported)).isZero();
		}
		Path broken = Files.writeString(files.resolve("broken.csv"), """
				指標名,単位,実績値(R6)
				ひたちナビダウンロード数,件,たくさん
				""");
		try (var refused = start("import-table", "082023", broken.toString())) {
			assertThat(count(refused, "MATCH (v:IndicatorValue {text: 'たくさん'}) RETURN count(v)")).isZero();
			assertThat(SpringApplication.exit(refused)).isEqualTo(1);
		}
	}

}
