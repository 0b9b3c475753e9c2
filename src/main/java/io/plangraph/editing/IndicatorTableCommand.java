package io.plangraph.editing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.plangraph.security.Editor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code plangraph import-table CITY_CODE FILE.csv [--dry-run]}: imports a city's indicator table as the
 * {@code importIndicatorTable} mutation does, recorded in the history as the command line's user. Exit
 * code 0 when imported (or, in a dry run, importable), 1 when refused (every problem with its row and
 * column; nothing written), 2 when the file cannot be read or the arguments are wrong.
 */
@Component
@Profile("import-table")
class IndicatorTableCommand implements ApplicationRunner, ExitCodeGenerator {

	private final PlanEditor editor;

	private int exitCode;

	IndicatorTableCommand(PlanEditor editor) {
		this.editor = editor;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> arguments = args.getNonOptionArgs().stream().skip(1).toList();
		if (arguments.size() != 2) {
			System.err.println("usage: import-table CITY_CODE FILE.csv [--dry-run]");
			exitCode = 2;
			return;
		}
		boolean dryRun = args.containsOption("dry-run");
		try {
			String csv = Files.readString(Path.of(arguments.get(1)), StandardCharsets.UTF_8);
			var result = editor.importIndicatorTable(Editor.commandLine(), arguments.get(0), csv, dryRun);
			System.out.println((dryRun ? "dry run, nothing written: " : "imported: ") + result.added().size() + " added, "
					+ result.changed().size() + " changed, " + result.unchanged() + " unchanged");
			result.added().forEach(v -> System.out.println("  + row " + v.row() + " " + v.indicatorId() + " " + v.type() + " "
					+ v.fiscalYear().year() + ": " + v.after()));
			result.changed().forEach(v -> System.out.println("  ~ row " + v.row() + " " + v.indicatorId() + " " + v.type() + " "
					+ v.fiscalYear().year() + ": " + v.before() + " → " + v.after()));
		}
		catch (EditRefused refused) {
			refused.problems().forEach(problem -> System.err.println(arguments.get(1) + ": " + problem.message()));
			exitCode = 1;
		}
		catch (IOException ex) {
			System.err.println("cannot read " + arguments.get(1) + ": " + ex.getMessage());
			exitCode = 2;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
