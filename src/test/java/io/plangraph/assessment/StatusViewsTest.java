package io.plangraph.assessment;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import io.plangraph.plan.ElementKind;
import io.plangraph.plan.PlanElement.PledgeProgress;
import io.plangraph.status.PledgeStatus;
import org.junit.jupiter.api.Test;

import static io.plangraph.assessment.Facts.element;
import static io.plangraph.assessment.Facts.pledge;
import static org.assertj.core.api.Assertions.assertThat;

/** A pledge is judged from its element's printed reports, and its assessment shows the report it rests on. */
class StatusViewsTest {

	private static final Period HALF_A_YEAR = Period.ofMonths(6);

	@Test
	void anElementThatIsNotAPledgeHasNoPledgeStatus() {
		assertThat(StatusViews.judge(element("program", ElementKind.PROGRAM), LocalDate.of(2024, 4, 1), HALF_A_YEAR)).isNull();
		assertThat(StatusViews.pledgeAssessment(element("program", ElementKind.PROGRAM), null)).isNull();
	}

	@Test
	void aPledgeUnderWayShowsTheReportItIsJudgedOnAndWhetherItIsStale() {
		var report = new PledgeProgress(LocalDate.of(2023, 3, 31), "令和5年3月末", 0.5, false);
		var element = pledge("school-site", ElementKind.PLEDGE, "4年", LocalDate.of(2026, 3, 31), List.of(report));
		var judgement = StatusViews.judge(element, LocalDate.of(2024, 4, 1), HALF_A_YEAR);
		var assessment = StatusViews.pledgeAssessment(element, judgement);
		assertThat(assessment.status()).isEqualTo(PledgeStatus.IN_PROGRESS);
		assertThat(assessment.judgedAt()).isEqualTo(LocalDate.of(2024, 4, 1));
		assertThat(assessment.deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(assessment.report()).isEqualTo(report);
		assertThat(assessment.stale()).isTrue();
	}

	@Test
	void aPledgePastItsDeadlineWithoutAchievementIsOverdue() {
		var element = pledge("school-site", ElementKind.PLEDGE, "4年", LocalDate.of(2023, 3, 31), List.of());
		assertThat(StatusViews.judge(element, LocalDate.of(2024, 4, 1), HALF_A_YEAR).status()).isEqualTo(PledgeStatus.OVERDUE);
	}

}
