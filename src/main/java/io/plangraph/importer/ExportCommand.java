package io.plangraph.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code plangraph export DOCUMENT_ID [FILE]}: writes a document of the graph as a plan document file (to
 * standard output without FILE; the log goes to standard error) and exits. Importing the file changes
 * nothing. Exit code 0 when the document was written, 1 when there is no document with that id (or no id
 * was given), 2 when the file could not be written.
 */
@Component
@Profile("export")
class ExportCommand implements ApplicationRunner, ExitCodeGenerator {

	private final DocumentExporter exporter;

	private int exitCode;

	ExportCommand(DocumentExporter exporter) {
		this.exporter = exporter;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> arguments = args.getNonOptionArgs().stream().skip(1).toList();
		if (arguments.isEmpty() || arguments.size() > 2) {
			System.err.println("usage: export DOCUMENT_ID [FILE]");
			exitCode = 1;
			return;
		}
		String documentId = arguments.getFirst();
		var text = exporter.export(documentId);
		if (text.isEmpty()) {
			System.err.println("There is no document '" + documentId + "' in the graph; nothing was written.");
			exitCode = 1;
			return;
		}
		if (arguments.size() == 1) {
			System.out.print(text.get());
			System.out.flush();
			return;
		}
		Path file = Path.of(arguments.get(1));
		try {
			Files.writeString(file, text.get(), StandardCharsets.UTF_8);
			System.err.println("exported " + documentId + " to " + file);
		}
		catch (IOException ex) {
			System.err.println("Cannot write " + file + ": " + ex.getMessage());
			exitCode = 2;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
