package io.plangraph.status;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pledge rule, judged on a day from the reports dated on or before it: ACHIEVED if one of them
 * prints 公約達成; else OVERDUE if the day is after the deadline; else IN_PROGRESS if the latest report
 * shows a stage above 0 or a stage that cannot be read (a report at all, bar unread, still shows work
 * under way); else NOT_STARTED (no report yet, or the latest at stage 0).
 *
 * <p>The report an ACHIEVED status rests on is the first that printed 公約達成 (when it was reached);
 * otherwise it is the latest report. That report is stale when it is older than the staleness age
 * on the day judged (asOf + age before the day); a pledge without any report is not stale, its
 * missing report is plain from the null report. A pledge without a deadline is never overdue.
 */
public final class PledgeRule {

	/** A suggested staleness age: two quarterly reports missed. */
	public static final Period DEFAULT_STALE_AFTER = Period.ofMonths(6);

	private PledgeRule() {
	}

	/** The pledge's status on {@code at}. */
	public static PledgeJudgement judge(LocalDate deadline, List<ProgressReport> reports, LocalDate at,
			Period staleAfter) {
		Objects.requireNonNull(reports, "reports");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(staleAfter, "staleAfter");
		List<ProgressReport> known = reports.stream().filter(report -> !report.asOf().isAfter(at))
				.sorted(Comparator.comparing(ProgressReport::asOf)).toList();
		Optional<ProgressReport> achieved = known.stream().filter(ProgressReport::achieved).findFirst();
		if (achieved.isPresent()) {
			return new PledgeJudgement(PledgeStatus.ACHIEVED, at, achieved.get(), false);
		}
		ProgressReport latest = known.isEmpty() ? null : known.getLast();
		boolean stale = latest != null && latest.asOf().plus(staleAfter).isBefore(at);
		if (deadline != null && at.isAfter(deadline)) {
			return new PledgeJudgement(PledgeStatus.OVERDUE, at, latest, stale);
		}
		boolean underWay = latest != null && (latest.stage() == null || latest.stage() > 0);
		return new PledgeJudgement(underWay ? PledgeStatus.IN_PROGRESS : PledgeStatus.NOT_STARTED, at, latest, stale);
	}

	/** The pledge's status on {@code at}, stale after {@link #DEFAULT_STALE_AFTER}. */
	public static PledgeJudgement judge(LocalDate deadline, List<ProgressReport> reports, LocalDate at) {
		return judge(deadline, reports, at, DEFAULT_STALE_AFTER);
	}
}
