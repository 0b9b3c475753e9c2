package io.plangraph.editing;

import java.time.Duration;
import java.time.Instant;

import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a write through the API may run: a write either finishes within its time and is answered as
 * done, or its transaction is ended by the database, rolled back, and the client is told that nothing was
 * written. How large an upload or a table may be is checked before anything is read, with the request's
 * arguments ({@code plangraph.limits.upload-bytes}, {@code table-rows}: {@link io.plangraph.system.InputLimits}),
 * so a large upload is refused up front rather than running out of time at an arbitrary point.
 *
 * @param writeTimeout how long one write (a mutation, a table, an upload with its preview) may take, as
 *     the database transaction's timeout; mutations are exempt from the read timeout
 *     ({@code plangraph.graphql.timeout}) and bound by this one instead. Keep it below the servlet
 *     container's asynchronous request timeout (Tomcat's default: 30 s)
 */
@ConfigurationProperties("plangraph.limits")
public record WriteLimits(@DefaultValue("20s") Duration writeTimeout) {

	public WriteLimits {
		if (writeTimeout.isNegative() || writeTimeout.isZero()) {
			throw new IllegalArgumentException("plangraph.limits.write-timeout must be positive, not " + writeTimeout);
		}
	}

	/** When a write starting now must be done. */
	Instant deadline() {
		return Instant.now().plus(writeTimeout);
	}

	/**
	 * A transaction that the database ends at the deadline. A write of several transactions (an upload's
	 * preview and import) shares one deadline, so together they take no longer than the limit.
	 */
	TransactionConfig until(Instant deadline) {
		var left = Duration.between(Instant.now(), deadline);
		if (left.toMillis() < 1) {
			throw timedOut();
		}
		return TransactionConfig.builder().withTimeout(left).build();
	}

	/** Whether the database ended a transaction because it ran past its timeout (or was terminated). */
	static boolean endedByDatabase(Neo4jException ex) {
		String code = ex.code() == null ? "" : ex.code();
		// Past its timeout while running, a transaction is "timed out"; while waiting for a lock, its lock
		// client is stopped; either way the database has rolled it back.
		return code.contains("TransactionTimedOut") || code.endsWith("Transaction.Terminated")
				|| code.endsWith("Transaction.LockClientStopped") || code.endsWith("Transaction.LockAcquisitionTimeout");
	}

	EditRefused timedOut() {
		return new EditRefused(EditRefused.Reason.WRITE_TIMED_OUT, java.util.List.of(new EditRefused.Problem("",
				"the write took longer than " + readable(writeTimeout) + " (plangraph.limits.write-timeout) and was rolled back:"
						+ " nothing was written. Send less at once (fewer rows, a smaller document), or try again later")));
	}

	private static String readable(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

}
