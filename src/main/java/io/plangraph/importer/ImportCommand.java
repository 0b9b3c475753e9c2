package io.plangraph.importer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.plangraph.importer.PlanImporter.ImportedDocument;
import io.plangraph.importer.PlanImporter.PlanImportException;
import io.plangraph.security.WriteScope;
import org.neo4j.driver.TransactionConfig;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code plangraph import [--dry-run] [--city=CODE[,CODE]] [--batch-size=N] [FILE|DIRECTORY]...}: loads plan
 * documents and exits; with no argument, the bundled documents. Up to {@code --batch-size} documents
 * (default {@code plangraph.import.batch-size}) are written in one transaction; more are committed that
 * many at a time, after all of them were checked (see {@link PlanImporter#importInBatches}). Whoever runs it holds the server's files, database
 * included, so it may write what an admin may ({@link WriteScope#operator()}); {@code --city} restricts it
 * to those cities as an editor's key would be (an operator importing a file a city sent), checked by
 * the same rule as every write. With {@code --dry-run} it checks them the same way and prints what
 * importing them would add, change and remove, writing nothing. Exit code 0 when everything was imported
 * (or, in a dry run, would be), 1 when the import was refused (nothing written; also when it touches what {@code --city}
 * does not allow), 2 when a file could not
 * be read.
 */
@Component
@Profile("import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	private final PlanImporter importer;

	private final ImportProperties properties;

	private int exitCode;

	ImportCommand(PlanImporter importer, ImportProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> files = args.getNonOptionArgs().stream().skip(1).toList();
		try {
			var sources = files.isEmpty() ? DocumentFiles.matching(properties.documents())
					: DocumentFiles.at(files.stream().map(Path::of).toList());
			var scope = scope(args);
			if (args.containsOption("dry-run")) {
				System.out.println("dry run, nothing written:");
				System.out.println(importer.preview(sources, scope, TransactionConfig.empty()));
			}
			else {
				List<ImportedDocument> imported = importer.importInBatches(sources, scope, batchSize(args));
				imported.forEach(document -> System.out.println("imported " + document));
			}
		}
		catch (PlanImportException ex) {
			System.err.println(ex.getMessage());
			exitCode = 1;
		}
		catch (WriteScope.WriteRefused ex) {
			System.err.println("Nothing was imported: " + ex.getMessage());
			exitCode = 1;
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			exitCode = 2;
		}
		catch (java.io.UncheckedIOException ex) {
			System.err.println(ex.getMessage());
			exitCode = 2;
		}
	}

	private int batchSize(ApplicationArguments args) {
		if (!args.containsOption("batch-size")) {
			return properties.batchSize();
		}
		String value = args.getOptionValues("batch-size").getLast();
		try {
			int size = Integer.parseInt(value.strip());
			if (size > 0) {
				return size;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new IllegalArgumentException("--batch-size must be a positive number of documents, not '" + value + "'");
	}

	private static WriteScope scope(ApplicationArguments args) {
		if (!args.containsOption("city")) {
			return WriteScope.operator();
		}
		var cities = args.getOptionValues("city").stream()
			.flatMap(value -> Arrays.stream(value.split(",")))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.toList();
		return WriteScope.operatorOf(cities);
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
