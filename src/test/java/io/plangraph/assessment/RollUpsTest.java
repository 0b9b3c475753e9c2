package io.plangraph.assessment;

import java.util.List;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.calendar.FiscalYearValue;
import io.plangraph.indicator.Direction;
import io.plangraph.status.AchievementStatus;
import io.plangraph.status.Counted;
import io.plangraph.status.PledgeStatus;
import io.plangraph.status.Trend;
import io.plangraph.status.YearOverYear;
import io.plangraph.assessment.Views.Count;
import io.plangraph.assessment.Views.RollupView;
import io.plangraph.assessment.Views.TrendCount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A roll-up counts what is below a part of the plan, each item once, every status listed. */
class RollUpsTest {

	private static YearOverYear program(Double ratio, Trend trend) {
		return new YearOverYear(ratio, trend, Direction.HIGHER_IS_BETTER, "test");
	}

	private static final RollupView ROLLUP = RollUps.tally(FiscalYear.of(2023),
			List.of(Counted.of("tourists", AchievementStatus.TARGET_MET),
					// the same indicator reached through a second element counts once
					Counted.of("tourists", AchievementStatus.TARGET_MET),
					Counted.of("births#男性", AchievementStatus.BELOW_BASELINE),
					Counted.of("births#女性", AchievementStatus.BELOW_BASELINE)),
			List.of(Counted.of("p1", program(1.2, Trend.BETTER)), Counted.of("p1", program(1.2, Trend.BETTER)),
					Counted.of("p2", program(0.8, Trend.WORSE)), Counted.of("p3", program(null, Trend.NOT_COMPARABLE))),
			List.of(Counted.of("pledge", PledgeStatus.OVERDUE)), List.of());

	@Test
	void countsEachIndicatorSeriesOnceAndListsEveryStatus() {
		assertThat(ROLLUP.asOf()).isEqualTo(new FiscalYearValue(2023, "R5"));
		assertThat(ROLLUP.indicators()).containsExactly(new Count<>(AchievementStatus.TARGET_MET, 1),
				new Count<>(AchievementStatus.BASELINE_MET, 0), new Count<>(AchievementStatus.BELOW_BASELINE, 2),
				new Count<>(AchievementStatus.NOT_PUBLISHED, 0), new Count<>(AchievementStatus.NOT_EVALUABLE, 0),
				new Count<>(AchievementStatus.NOT_JUDGED, 0));
	}

	@Test
	void sharesProgramsAtOrAboveLastYearAmongThoseWithARatio() {
		var programs = ROLLUP.programs();
		assertThat(programs.total()).isEqualTo(3);
		assertThat(programs.comparable()).isEqualTo(2);
		assertThat(programs.atOrAboveLastYear()).isEqualTo(1);
		assertThat(programs.share()).isEqualTo(0.5);
		assertThat(programs.byTrend()).containsExactly(new TrendCount(Trend.BETTER, 1), new TrendCount(Trend.ABOUT_SAME, 0),
				new TrendCount(Trend.WORSE, 1));
	}

	@Test
	void countsPledgesByStatus() {
		assertThat(ROLLUP.pledges()).containsExactly(new Count<>(PledgeStatus.ACHIEVED, 0),
				new Count<>(PledgeStatus.IN_PROGRESS, 0), new Count<>(PledgeStatus.NOT_STARTED, 0),
				new Count<>(PledgeStatus.OVERDUE, 1));
	}

	@Test
	void anEmptyPartOfThePlanCountsZeroEverywhereAndHasNoShare() {
		var empty = RollUps.tally(null, List.of(), List.of(), List.of(), List.of());
		assertThat(empty.asOf()).isNull();
		assertThat(empty.indicators()).extracting(Count::count).containsOnly(0);
		assertThat(empty.programs().total()).isZero();
		assertThat(empty.programs().share()).isNull();
		assertThat(empty.pledges()).extracting(Count::count).containsOnly(0);
	}

}
