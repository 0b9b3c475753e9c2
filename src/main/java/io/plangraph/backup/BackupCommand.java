package io.plangraph.backup;

import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code plangraph backup FILE}: writes a consistent snapshot of the whole graph to FILE and exits (0, or 2
 * when the file cannot be written). The embedded database must not be in use by a running server: back up
 * a running server at {@code /actuator/backup} instead.
 */
@Component
@Profile("backup")
class BackupCommand implements ApplicationRunner, ExitCodeGenerator {

	private final GraphBackup backup;

	private int exitCode;

	BackupCommand(GraphBackup backup) {
		this.backup = backup;
	}

	@Override
	public void run(ApplicationArguments args) {
		var files = args.getNonOptionArgs().stream().skip(1).toList();
		if (files.size() != 1) {
			System.err.println("usage: plangraph backup FILE");
			exitCode = 1;
			return;
		}
		try {
			var counts = backup.backup(Path.of(files.getFirst()));
			System.out.println("backed up " + counts.nodes() + " nodes and " + counts.relationships()
					+ " relationships to " + files.getFirst());
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
