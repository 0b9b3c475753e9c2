package io.plangraph.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plangraph.calendar.JapaneseDates;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PledgeRuleTest {

	// 令和5年度末, the deadline of most of Annaka's short-term pledges.
	private static final LocalDate DEADLINE = JapaneseDates.parseEndOfFiscalYear("令和5年度末");
	private static final Period HALF_A_YEAR = Period.ofMonths(6);

	private static ProgressReport report(String asOf, Double stage, boolean achieved) {
		return new ProgressReport(JapaneseDates.parseDate(asOf), stage, achieved);
	}

	private static PledgeJudgement judge(List<ProgressReport> reports, String at) {
		return PledgeRule.judge(DEADLINE, reports, JapaneseDates.parseDate(at), HALF_A_YEAR);
	}

	@Nested
	class Achieved {

		@Test
		void aReportOfAchievementMakesItAchieved() {
			ProgressReport done = report("令和6年3月31日", null, true);
			PledgeJudgement judgement = judge(List.of(report("令和5年9月30日", 0.5, false), done), "令和6年4月1日");
			assertThat(judgement.status()).isEqualTo(PledgeStatus.ACHIEVED);
			assertThat(judgement.report()).isEqualTo(done);
			assertThat(judgement.stale()).isFalse();
		}

		@Test
		void aReportOfAchievementDatedAfterTheDayDoesNotCountYet() {
			ProgressReport done = report("令和6年3月31日", null, true);
			assertThat(judge(List.of(report("令和5年9月30日", 0.5, false), done), "令和6年3月30日").status())
					.isEqualTo(PledgeStatus.IN_PROGRESS);
		}

		@Test
		void onTheDayOfTheReportItCounts() {
			assertThat(judge(List.of(report("令和6年3月31日", null, true)), "令和6年3月31日").status())
					.isEqualTo(PledgeStatus.ACHIEVED);
		}

		@Test
		void achievedLateIsAchievedNotOverdue() {
			assertThat(judge(List.of(report("令和6年6月30日", 1.0, true)), "令和7年1月1日").status())
					.isEqualTo(PledgeStatus.ACHIEVED);
		}

		@Test
		void theFirstReportOfAchievementIsTheOneItRestsOn() {
			ProgressReport first = report("令和5年6月30日", null, true);
			PledgeJudgement judgement = judge(List.of(report("令和6年3月31日", null, true), first), "令和6年4月1日");
			assertThat(judgement.report()).isEqualTo(first);
			// An old report of achievement is never stale: nothing is left to report.
			assertThat(judgement.stale()).isFalse();
		}
	}

	@Nested
	class Overdue {

		@Test
		void theDayAfterTheDeadlineWithoutAchievementIsOverdue() {
			PledgeJudgement judgement = judge(List.of(report("令和6年3月31日", 0.8, false)), "令和6年4月1日");
			assertThat(judgement.status()).isEqualTo(PledgeStatus.OVERDUE);
			assertThat(judgement.report().stage()).isEqualTo(0.8);
		}

		@Test
		void theDeadlineItselfIsStillInTime() {
			assertThat(judge(List.of(report("令和6年3月31日", 0.8, false)), "令和6年3月31日").status())
					.isEqualTo(PledgeStatus.IN_PROGRESS);
		}

		@Test
		void overdueWithoutAnyReport() {
			PledgeJudgement judgement = judge(List.of(), "令和6年4月1日");
			assertThat(judgement.status()).isEqualTo(PledgeStatus.OVERDUE);
			assertThat(judgement.report()).isNull();
		}

		@Test
		void aPledgeWithoutDeadlineIsNeverOverdue() {
			assertThat(PledgeRule.judge(null, List.of(), LocalDate.of(2099, 1, 1), HALF_A_YEAR).status())
					.isEqualTo(PledgeStatus.NOT_STARTED);
		}
	}

	@Nested
	class UnderWay {

		@Test
		void aStageAboveZeroIsInProgress() {
			assertThat(judge(List.of(report("令和5年9月30日", 0.3, false)), "令和5年10月1日").status())
					.isEqualTo(PledgeStatus.IN_PROGRESS);
		}

		@Test
		void aReportWhoseBarCannotBeReadStillShowsWorkUnderWay() {
			assertThat(judge(List.of(report("令和5年9月30日", null, false)), "令和5年10月1日").status())
					.isEqualTo(PledgeStatus.IN_PROGRESS);
		}

		@Test
		void stageZeroIsNotStarted() {
			assertThat(judge(List.of(report("令和5年9月30日", 0.0, false)), "令和5年10月1日").status())
					.isEqualTo(PledgeStatus.NOT_STARTED);
		}

		@Test
		void noReportYetIsNotStarted() {
			PledgeJudgement judgement = judge(List.of(report("令和5年9月30日", 0.3, false)), "令和5年9月29日");
			assertThat(judgement.status()).isEqualTo(PledgeStatus.NOT_STARTED);
			assertThat(judgement.report()).isNull();
			assertThat(judgement.stale()).isFalse();
		}

		@Test
		void theLatestReportDecides() {
			PledgeJudgement judgement = judge(List.of(report("令和5年12月31日", 0.6, false),
					report("令和5年6月30日", 0.0, false)), "令和6年1月1日");
			assertThat(judgement.status()).isEqualTo(PledgeStatus.IN_PROGRESS);
			assertThat(judgement.report().asOf()).isEqualTo(LocalDate.of(2023, 12, 31));
		}
	}

	@Nested
	class Staleness {

		@Test
		void aReportOlderThanTheStalenessAgeIsStale() {
			PledgeJudgement judgement = judge(List.of(report("令和5年6月30日", 0.5, false)), "令和6年1月1日");
			assertThat(judgement.status()).isEqualTo(PledgeStatus.IN_PROGRESS);
			assertThat(judgement.stale()).isTrue();
		}

		@Test
		void aReportExactlyTheStalenessAgeOldIsNotYetStale() {
			assertThat(judge(List.of(report("令和5年6月30日", 0.5, false)), "令和5年12月30日").stale()).isFalse();
			assertThat(judge(List.of(report("令和5年6月30日", 0.5, false)), "令和5年12月31日").stale()).isTrue();
		}

		@Test
		void anOverduePledgeCanBeStaleToo() {
			PledgeJudgement judgement = judge(List.of(report("令和5年3月31日", 0.2, false)), "令和6年4月1日");
			assertThat(judgement.status()).isEqualTo(PledgeStatus.OVERDUE);
			assertThat(judgement.stale()).isTrue();
		}

		@Test
		void theDefaultStalenessAgeIsHalfAYear() {
			PledgeJudgement judgement = PledgeRule.judge(DEADLINE, List.of(report("令和5年6月30日", 0.5, false)),
					LocalDate.of(2024, 1, 1));
			assertThat(PledgeRule.DEFAULT_STALE_AFTER).isEqualTo(Period.ofMonths(6));
			assertThat(judgement.stale()).isTrue();
		}
	}

	@Test
	void aStageLiesBetweenStartAndAchievement() {
		assertThatThrownBy(() -> new ProgressReport(LocalDate.of(2023, 9, 30), 1.2, false))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ProgressReport(LocalDate.of(2023, 9, 30), -0.1, false))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ProgressReport(LocalDate.of(2023, 9, 30), Double.NaN, false))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
