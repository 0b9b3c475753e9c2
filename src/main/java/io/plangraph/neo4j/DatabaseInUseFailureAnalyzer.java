package io.plangraph.neo4j;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in plain words, without a stack trace, that a second server was started on the same database. */
final class DatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseInUseException cause) {
		return new FailureAnalysis(
				"The database in " + cause.dataDirectory().toAbsolutePath()
						+ " is in use: another plangraph server (or command) is running on it.",
				"Stop the other process first, or give this one a directory of its own with "
						+ "--plangraph.neo4j.embedded.data-directory=…",
				cause);
	}

}
