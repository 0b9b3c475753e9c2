package io.plangraph.status;

import java.util.List;

import io.plangraph.indicator.Direction;
import io.plangraph.indicator.PrintedValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.plangraph.indicator.Direction.HIGHER_IS_BETTER;
import static io.plangraph.indicator.Direction.NEUTRAL;
import static io.plangraph.status.Values.actual;
import static io.plangraph.status.Values.baseline;
import static io.plangraph.status.Values.fy;
import static io.plangraph.status.Values.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A neutral figure (kits handed out, coupons issued, a subsidy paid) is reported, never judged: every rule
 * that says "better" or "worse" says NOT_JUDGED for it, and what needs no judgement (progress, a ratio)
 * is still computed.
 */
class NeutralFiguresTest {

	static IndicatorSeries series(Direction direction) {
		return IndicatorSeries.of(direction, List.of(baseline("R3", "100件"), target("R8", "200件"), actual("R5", "140件")));
	}

	@Nested
	class TheDirection {

		@Test
		void judgesNothing() {
			assertThat(NEUTRAL.judges()).isFalse();
			assertThat(HIGHER_IS_BETTER.judges()).isTrue();
			assertThat(NEUTRAL.sign()).isZero();
		}

		@Test
		void refusesToSayWhichOfTwoValuesIsBetter() {
			assertThatThrownBy(() -> NEUTRAL.isBetter(2, 1)).isInstanceOf(IllegalStateException.class);
			assertThatThrownBy(() -> NEUTRAL.isAtLeastAsGoodAs(2, 1)).isInstanceOf(IllegalStateException.class);
			assertThatThrownBy(() -> NEUTRAL.improvement(1, 2)).isInstanceOf(IllegalStateException.class);
		}

	}

	@Nested
	class Achievement {

		@Test
		void onPlainNumbersIsNotJudgedWhereverTheActualStands() {
			assertThat(AchievementRule.judge(NEUTRAL, 100, 200, 250)).isEqualTo(AchievementStatus.NOT_JUDGED);
			assertThat(AchievementRule.judge(NEUTRAL, 100, 200, 50)).isEqualTo(AchievementStatus.NOT_JUDGED);
		}

		@Test
		void ofASeriesIsNotJudgedWithTheEvidenceAndTheReason() {
			var achievement = AchievementRule.judge(series(NEUTRAL), fy("R5"));
			assertThat(achievement.status()).isEqualTo(AchievementStatus.NOT_JUDGED);
			assertThat(achievement.actual().number()).isEqualTo(140);
			assertThat(achievement.reason()).contains("neutral");
			assertThat(achievement.status().printed()).isNull();
		}

		@Test
		void ofASeriesWithoutAnActualIsStillNotJudgedRatherThanNotPublished() {
			var achievement = AchievementRule.judge(series(NEUTRAL), fy("R4"));
			assertThat(achievement.status()).isEqualTo(AchievementStatus.NOT_JUDGED);
		}

		@Test
		void ofTheSameSeriesWithADirectionIsJudged() {
			assertThat(AchievementRule.judge(series(HIGHER_IS_BETTER), fy("R5")).status())
				.isEqualTo(AchievementStatus.BASELINE_MET);
		}

		@Test
		void aPrintedMarkCannotBeCheckedAgainstIt() {
			var check = Discrepancies.mark(io.plangraph.indicator.PrintedMark.parse("○基準値以上"), AchievementStatus.NOT_JUDGED);
			assertThat(check.verdict()).isEqualTo(Verdict.NOT_CHECKABLE);
		}

	}

	@Nested
	class Progress {

		@Test
		void isStillTheShareOfTheWayFromBaselineToTarget() {
			// (A − B) / (T − B) needs no direction: 140 is 40 % of the way from 100 to 200.
			assertThat(ProgressRule.asOf(series(NEUTRAL), fy("R5")).value()).isCloseTo(0.4, within(1e-12));
		}

	}

	@Nested
	class Trajectory {

		@Test
		void isNotJudgedAndGradesNoPaceButKeepsTheValues() {
			var trajectory = TrajectoryRule.assess(series(NEUTRAL));
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.NOT_JUDGED);
			assertThat(trajectory.observedPace()).isNull();
			assertThat(trajectory.ratio()).isNull();
			assertThat(trajectory.latestValue()).isEqualTo(140);
			assertThat(trajectory.targetValue()).isEqualTo(200);
			assertThat(trajectory.status().isOnTrack()).isFalse();
			assertThat(trajectory.reason()).contains("neutral");
		}

	}

	@Nested
	class YearOverYear {

		@Test
		void keepsTheRatioButIsNotJudged() {
			var comparison = YearOverYearRule.compare(PrintedValue.parse("29,961枚"), PrintedValue.parse("20,000枚"), NEUTRAL);
			assertThat(comparison.ratio()).isCloseTo(29_961 / 20_000.0, within(1e-12));
			assertThat(comparison.trend()).isEqualTo(Trend.NOT_JUDGED);
			assertThat(comparison.atOrAboveLastYear()).isFalse();
		}

		@Test
		void withinTheBandIsNotJudgedEither() {
			var comparison = YearOverYearRule.compare(PrintedValue.parse("100枚"), PrintedValue.parse("100枚"), NEUTRAL);
			assertThat(comparison.trend()).isEqualTo(Trend.NOT_JUDGED);
		}

		@Test
		void withoutARatioIsNotComparableAsForAnyFigure() {
			var comparison = YearOverYearRule.compare(PrintedValue.parse("100枚"), PrintedValue.parse("0枚"), NEUTRAL);
			assertThat(comparison.trend()).isEqualTo(Trend.NOT_COMPARABLE);
			assertThat(comparison.ratio()).isNull();
		}

		@Test
		void isLeftOutOfTheShareAtOrAboveLastYearAndCountedApart() {
			var up = YearOverYearRule.compare(PrintedValue.parse("120件"), PrintedValue.parse("100件"), HIGHER_IS_BETTER);
			var neutral = YearOverYearRule.compare(PrintedValue.parse("120枚"), PrintedValue.parse("100枚"), NEUTRAL);
			var share = RollUp.shareAtOrAboveLastYear(List.of(Counted.of("a", up), Counted.of("b", neutral)));
			assertThat(share.count()).isEqualTo(1);
			assertThat(share.outOf()).isEqualTo(1);
			assertThat(share.notComparable()).isEqualTo(1);
		}

	}

}
