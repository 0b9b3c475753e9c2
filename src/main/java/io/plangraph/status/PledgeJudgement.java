package io.plangraph.status;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pledge's status on a day, the report it rests on (null where there was none by then), and whether
 * that report is stale (older than the staleness age; always false for an achieved pledge).
 */
public record PledgeJudgement(PledgeStatus status, LocalDate judgedAt, ProgressReport report, boolean stale) {

	public PledgeJudgement {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(judgedAt, "judgedAt");
	}
}
