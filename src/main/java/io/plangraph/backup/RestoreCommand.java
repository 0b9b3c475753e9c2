package io.plangraph.backup;

import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code plangraph restore FILE}: writes a backup into an empty database and exits: 0 when restored, 1 when
 * refused (the database holds data, or FILE is not a backup; nothing written), 2 when FILE cannot be read.
 */
@Component
@Profile("restore")
class RestoreCommand implements ApplicationRunner, ExitCodeGenerator {

	private final GraphBackup backup;

	private int exitCode;

	RestoreCommand(GraphBackup backup) {
		this.backup = backup;
	}

	@Override
	public void run(ApplicationArguments args) {
		var files = args.getNonOptionArgs().stream().skip(1).toList();
		if (files.size() != 1) {
			System.err.println("usage: plangraph restore FILE");
			exitCode = 1;
			return;
		}
		try {
			var counts = backup.restore(Path.of(files.getFirst()));
			System.out.println("restored " + counts.nodes() + " nodes and " + counts.relationships() + " relationships");
		}
		catch (GraphBackup.RestoreRefused ex) {
			System.err.println("Nothing was restored: " + ex.getMessage());
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
