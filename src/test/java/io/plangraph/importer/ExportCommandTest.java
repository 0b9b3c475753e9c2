package io.plangraph.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.classic.joran.JoranConfigurator;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code plangraph export DOCUMENT_ID [FILE]}, as city staff run it to get a document back as a file. The
 * commands run in-process on the shared empty-database context, emptied before each test as a new data
 * directory would be.
 */
@PlangraphTest(properties = "plangraph.import.on-empty-database=false")
@ExtendWith(OutputCaptureExtension.class)
class ExportCommandTest {

	@Autowired
	PlanImporter importer;

	@Autowired
	ImportProperties properties;

	@Autowired
	DocumentExporter exporter;

	@Autowired
	Driver driver;

	@TempDir
	Path folder;

	@BeforeEach
	void anEmptyDatabase() {
		EmptyGraph.of(driver);
	}

	/** The exit code of {@code plangraph export ARGS...}. */
	int runExport(String... arguments) {
		var command = new ExportCommand(exporter);
		command.run(new DefaultApplicationArguments(commandLine("export", arguments)));
		return command.getExitCode();
	}

	static String[] commandLine(String command, String... arguments) {
		var args = new ArrayList<>(List.of(command));
		args.addAll(List.of(arguments));
		return args.toArray(String[]::new);
	}

	/** Imports the vocabularies and Annaka's pledges with the import command and gives the snapshot of the graph. */
	String importAnnaka(String file) {
		var command = new ImportCommand(importer, properties);
		command.run(new DefaultApplicationArguments(commandLine("import", "neo4j/taxonomy", file)));
		assertThat(command.getExitCode()).isZero();
		return GraphSnapshot.of(driver);
	}

	@Test
	void writesADocumentToAFileThatImportsIntoAnEmptyDatabaseAsTheSameGraph() throws Exception {
		String original = importAnnaka("neo4j/data/annaka-mayor-pledges-vi.yaml");
		Path file = folder.resolve("annaka.yaml");
		assertThat(runExport("annaka-mayor-pledges-vi", file.toString())).isZero();
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("format: plangraph/1\n").contains("安中市");
		EmptyGraph.of(driver);
		assertThat(importAnnaka(file.toString())).isEqualTo(original);
	}

	@Test
	void withoutAFileWritesTheDocumentToStandardOutput(CapturedOutput output) {
		importAnnaka("neo4j/data/annaka-mayor-pledges-vi.yaml");
		int before = output.getOut().length();
		assertThat(runExport("annaka-mayor-pledges-vi")).isZero();
		String exported = exporter.export("annaka-mayor-pledges-vi").orElseThrow();
		assertThat(output.getOut().substring(before)).isEqualTo(exported);
	}

	@Test
	void theExportCommandLogsToStandardErrorSoStandardOutputIsTheDocumentAlone() throws Exception {
		var settings = new YamlPropertiesFactoryBean();
		settings.setResources(new ClassPathResource("application-export.yaml"));
		String config = settings.getObject().getProperty("logging.config");
		assertThat(config).isEqualTo("classpath:logback-export.xml");
		var logging = new LoggerContext();
		var configurator = new JoranConfigurator();
		configurator.setContext(logging);
		configurator.doConfigure(new ClassPathResource("logback-export.xml").getURL());
		var appenders = new ArrayList<Appender<ILoggingEvent>>();
		logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(appenders::add);
		assertThat(appenders).isNotEmpty().allSatisfy(appender -> {
			assertThat(appender).isInstanceOf(ConsoleAppender.class);
			assertThat(((ConsoleAppender<ILoggingEvent>) appender).getTarget()).isEqualTo("System.err");
		});
	}

	@Test
	void refusesAnUnknownDocumentWritesNoFileAndExitsWithOne() {
		Path file = folder.resolve("nothing.yaml");
		assertThat(runExport("no-such-document", file.toString())).isEqualTo(1);
		assertThat(file).doesNotExist();
	}

	@Test
	void exitsWithTwoWhenTheFileCannotBeWritten() {
		importAnnaka("neo4j/data/annaka-mayor-pledges-vi.yaml");
		Path file = folder.resolve("no-such-folder").resolve("annaka.yaml");
		assertThat(runExport("annaka-mayor-pledges-vi", file.toString())).isEqualTo(2);
	}

}
