package io.plangraph.importer;

import java.nio.file.Path;
import java.util.List;

import io.plangraph.importer.PlanImporter.ImportedDocument;
import io.plangraph.importer.PlanImporter.PlanImportException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code plangraph import [--dry-run] [FILE|DIRECTORY]...}: loads plan documents and exits; with no
 * argument, the bundled documents. With {@code --dry-run} it checks them the same way and prints what
 * importing them would add, change and remove, writing nothing. Exit code 0 when everything was imported
 * (or, in a dry run, would be), 1 when the import was refused (nothing written), 2 when a file could not
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
			if (args.containsOption("dry-run")) {
				System.out.println("dry run, nothing written:");
				System.out.println(importer.preview(sources));
			}
			else {
				List<ImportedDocument> imported = importer.importDocuments(sources);
				imported.forEach(document -> System.out.println("imported " + document));
			}
		}
		catch (PlanImportException ex) {
			System.err.println(ex.getMessage());
			exitCode = 1;
		}
		catch (java.io.UncheckedIOException ex) {
			System.err.println(ex.getMessage());
			exitCode = 2;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
