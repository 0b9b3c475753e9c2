package io.plangraph.neo4j;

import java.nio.file.Path;


/** The embedded database's directory is locked by another process: most likely a second server. */
final class DatabaseInUseException extends RuntimeException {

	private final Path dataDirectory;

	private DatabaseInUseException(Path dataDirectory, Throwable cause) {
		super("The database in " + dataDirectory.toAbsolutePath() + " is in use by another process", cause);
		this.dataDirectory = dataDirectory;
	}

	/** This exception if Neo4j failed to start because its store is locked, otherwise {@code failure} itself. */
	static RuntimeException ifInUse(Path dataDirectory, RuntimeException failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// Neo4j's store locker (org.neo4j.io.locker) and its page swapper each have a FileLockException.
			if (cause.getClass().getSimpleName().equals("FileLockException")) {
				return new DatabaseInUseException(dataDirectory, failure);
			}
		}
		return failure;
	}

	Path dataDirectory() {
		return dataDirectory;
	}

}
