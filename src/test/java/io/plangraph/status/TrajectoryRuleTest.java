package io.plangraph.status;

import static io.plangraph.indicator.Direction.HIGHER_IS_BETTER;
import static io.plangraph.indicator.Direction.LOWER_IS_BETTER;
import static io.plangraph.status.Values.actual;
import static io.plangraph.status.Values.baseline;
import static io.plangraph.status.Values.fy;
import static io.plangraph.status.Values.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.plangraph.indicator.Direction;
import io.plangraph.indicator.Measurement;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TrajectoryRuleTest {

	// Baseline R3 = 100, target R8 = 200: 20 a year needed. Latest value in R5 varies.
	private static IndicatorSeries hundredToTwoHundred(String latestR5) {
		return IndicatorSeries.of(HIGHER_IS_BETTER, List.of(baseline("R3", "100件"), target("R8", "200件"),
				actual("R5", latestR5)));
	}

	@Nested
	class Grading {

		@Test
		void aPaceThatWillReachTheTargetIsOnTrack() {
			// ひたちナビ: 14,259 (R3) → 23,751 (R5) is 4,746 a year; 32,600 by R8 needs 2,950 a year.
			Trajectory trajectory = TrajectoryRule.assess(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(
					baseline("R3", "14,259件以上"), target("R8", "32,600件以上"), actual("R5", "23,751件"))));
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.ON_TRACK);
			assertThat(trajectory.observedPace()).isCloseTo(4_746, within(1e-9));
			assertThat(trajectory.requiredPace()).isCloseTo(8_849 / 3.0, within(1e-9));
			assertThat(trajectory.ratio()).isCloseTo(4_746 / (8_849 / 3.0), within(1e-9));
			assertThat(trajectory.status().isOnTrack()).isTrue();
		}

		@Test
		void theEvidenceNamesTheYearsAndValues() {
			Trajectory trajectory = TrajectoryRule.assess(hundredToTwoHundred("140件"));
			assertThat(trajectory.baselineYear()).isEqualTo(fy("R3"));
			assertThat(trajectory.baselineValue()).isEqualTo(100);
			assertThat(trajectory.latestYear()).isEqualTo(fy("R5"));
			assertThat(trajectory.latestValue()).isEqualTo(140);
			assertThat(trajectory.targetYear()).isEqualTo(fy("R8"));
			assertThat(trajectory.targetValue()).isEqualTo(200);
			assertThat(trajectory.reason()).isNull();
		}

		@Test
		void exactlyTheRequiredPaceIsOnTrack() {
			// 20 a year for 2 years = 140; 60 left over 3 years = 20 a year: ratio 1.
			Trajectory trajectory = TrajectoryRule.assess(hundredToTwoHundred("140件"));
			assertThat(trajectory.ratio()).isCloseTo(1.0, within(1e-12));
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.ON_TRACK);
		}

		@Test
		void aSlowerPaceNeedsAcceleration() {
			// 15 a year observed; 70 left over 3 years = 23.3 a year: ratio 0.64.
			Trajectory trajectory = TrajectoryRule.assess(hundredToTwoHundred("130件"));
			assertThat(trajectory.ratio()).isCloseTo(15 / (70 / 3.0), within(1e-12));
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.ACCELERATION_NEEDED);
			assertThat(trajectory.status().isOnTrack()).isFalse();
		}

		@Test
		void aMuchSlowerPaceIsLimitedProgress() {
			assertThat(TrajectoryRule.assess(hundredToTwoHundred("110件")).status())
					.isEqualTo(TrajectoryStatus.LIMITED_PROGRESS);
		}

		@Test
		void noChangeAtAllIsLimitedProgress() {
			Trajectory trajectory = TrajectoryRule.assess(hundredToTwoHundred("100件"));
			assertThat(trajectory.ratio()).isZero();
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.LIMITED_PROGRESS);
		}

		@Test
		void movingAwayFromTheTargetIsDeterioration() {
			Trajectory trajectory = TrajectoryRule.assess(hundredToTwoHundred("90件"));
			assertThat(trajectory.ratio()).isNegative();
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.DETERIORATION);
		}

		@Test
		void reachingTheTargetIsTargetMet() {
			Trajectory trajectory = TrajectoryRule.assess(hundredToTwoHundred("200件"));
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.TARGET_MET);
			assertThat(trajectory.ratio()).isNull();
			assertThat(trajectory.status().isOnTrack()).isTrue();
		}

		@Test
		void theThresholdsAreASetting() {
			TrajectoryThresholds strict = new TrajectoryThresholds(1.2, 0.9);
			assertThat(TrajectoryRule.assess(hundredToTwoHundred("140件"), fy("R5"), strict).status())
					.isEqualTo(TrajectoryStatus.ACCELERATION_NEEDED);
			assertThat(TrajectoryThresholds.DEFAULT).isEqualTo(new TrajectoryThresholds(0.95, 0.60));
			assertThatThrownBy(() -> new TrajectoryThresholds(0.5, 0.6)).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> new TrajectoryThresholds(0.9, 0)).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Nested
	class Directions {

		@Test
		void lowerIsBetterIsOnTrackWhenFallingFastEnough() {
			// 86 (R3) → 70 (R5) is −8 a year; 50 by R8 needs −6.7 a year.
			Trajectory trajectory = TrajectoryRule.assess(IndicatorSeries.of(LOWER_IS_BETTER, List.of(
					baseline("R3", "86人/年以下"), target("R8", "50人/年以下"), actual("R5", "70人/年"))));
			assertThat(trajectory.observedPace()).isEqualTo(-8);
			assertThat(trajectory.requiredPace()).isCloseTo(-20 / 3.0, within(1e-12));
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.ON_TRACK);
		}

		@Test
		void lowerIsBetterRisingIsDeterioration() {
			Trajectory trajectory = TrajectoryRule.assess(IndicatorSeries.of(LOWER_IS_BETTER, List.of(
					baseline("R3", "86人/年以下"), target("R8", "50人/年以下"), actual("R5", "90人/年"))));
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.DETERIORATION);
		}

		@Test
		void lowerIsBetterUnderTheTargetIsTargetMet() {
			assertThat(TrajectoryRule.assess(IndicatorSeries.of(LOWER_IS_BETTER, List.of(baseline("R2", "95.0%"),
					target("R7", "94.0%"), actual("R5", "93.9%")))).status()).isEqualTo(TrajectoryStatus.TARGET_MET);
		}

		@Test
		void aTargetBelowTheBaselineFallingFurtherIsDeterioration() {
			// 路線バス: 3,288 (R3) → 2,740 (R5), target 3,041 by R8.
			Trajectory trajectory = TrajectoryRule.assess(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(
					baseline("R3", "3,288千人以上"), target("R8", "3,041千人以上"), actual("R5", "2,740千人"))));
			assertThat(trajectory.observedPace()).isEqualTo(-274);
			assertThat(trajectory.requiredPace()).isCloseTo(301 / 3.0, within(1e-12));
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.DETERIORATION);
		}

		@Test
		void aZeroBaselineIsNoProblemForALinearPace() {
			// 補助金交付件数実績 (累計): 0 件 (R2) → 20 件 (R7).
			Trajectory trajectory = TrajectoryRule.assess(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(
					baseline("R2", "0 件"), target("R7", "20 件"), actual("R5", "12 件"))));
			assertThat(trajectory.observedPace()).isEqualTo(4);
			assertThat(trajectory.requiredPace()).isEqualTo(4);
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.ON_TRACK);
		}

		@Test
		void negativeValuesAreNoProblemEither() {
			// 人口社会増減率 △0.35% (R2) → △0.20% (R7).
			Trajectory trajectory = TrajectoryRule.assess(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(
					baseline("R2", "△ 0.35%"), target("R7", "△ 0.20%"), actual("R5", "△ 0.26%"))));
			assertThat(trajectory.observedPace()).isCloseTo(0.03, within(1e-12));
			assertThat(trajectory.requiredPace()).isCloseTo(0.03, within(1e-12));
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.ON_TRACK);
		}
	}

	@Nested
	class Deadlines {

		@Test
		void theTargetYearPassedWithoutTheTargetIsMissed() {
			IndicatorSeries series = IndicatorSeries.of(HIGHER_IS_BETTER, List.of(baseline("R3", "100件"),
					target("R8", "200件"), actual("R8", "180件")));
			Trajectory trajectory = TrajectoryRule.assess(series);
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.TARGET_MISSED);
			assertThat(trajectory.observedPace()).isEqualTo(16);
			assertThat(trajectory.requiredPace()).isNull();
			assertThat(trajectory.reason()).contains("R8");
		}

		@Test
		void anEarlierAsOfJudgesTheValueKnownThen() {
			IndicatorSeries series = IndicatorSeries.of(HIGHER_IS_BETTER, List.of(baseline("R3", "100件"),
					target("R8", "200件"), actual("R4", "150件"), actual("R5", "90件")));
			assertThat(TrajectoryRule.assess(series, fy("R4"), TrajectoryThresholds.DEFAULT).status())
					.isEqualTo(TrajectoryStatus.ON_TRACK);
			assertThat(TrajectoryRule.assess(series).status()).isEqualTo(TrajectoryStatus.DETERIORATION);
		}
	}

	@Nested
	class InsufficientData {

		private void assertInsufficient(Direction direction, List<Measurement> values, String reason) {
			Trajectory trajectory = TrajectoryRule.assess(IndicatorSeries.of(direction, values));
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.INSUFFICIENT_DATA);
			assertThat(trajectory.reason()).contains(reason);
			assertThat(trajectory.ratio()).isNull();
		}

		@Test
		void withoutActualThereIsNoPace() {
			assertInsufficient(HIGHER_IS_BETTER, List.of(baseline("R2", "20.3%"), target("R7", "31.5%")),
					"no numeric actual");
		}

		@Test
		void withoutBaselineThereIsNoObservedPace() {
			assertInsufficient(HIGHER_IS_BETTER, List.of(baseline("R2", "-"), target("R7", "66.0%"),
					actual("R5", "50.0%")), "no numeric baseline");
		}

		@Test
		void withoutTargetThereIsNoRequiredPace() {
			assertInsufficient(HIGHER_IS_BETTER, List.of(baseline("R2", "5件"), actual("R5", "6件")),
					"no numeric target");
		}

		@Test
		void withoutDirectionNothingIsJudged() {
			assertInsufficient(null, List.of(baseline("R2", "5件"), target("R7", "9件"), actual("R5", "6件")),
					"direction");
		}

		@Test
		void anUndatedBaselineGivesNoPace() {
			assertInsufficient(HIGHER_IS_BETTER, List.of(baseline(null, "5件"), target("R7", "9件"),
					actual("R5", "6件")), "has no year");
		}

		@Test
		void anActualOfTheBaselineYearShowsNoPaceYet() {
			assertInsufficient(HIGHER_IS_BETTER, List.of(baseline("R5", "5件"), target("R8", "9件"),
					actual("R5", "6件")), "no time has passed");
		}

		@Test
		void anAsOfBeforeAnyActualHasNothingToJudge() {
			IndicatorSeries series = hundredToTwoHundred("140件");
			Trajectory trajectory = TrajectoryRule.assess(series, fy("R4"), TrajectoryThresholds.DEFAULT);
			assertThat(trajectory.status()).isEqualTo(TrajectoryStatus.INSUFFICIENT_DATA);
			assertThat(trajectory.reason()).contains("R4");
			assertThat(trajectory.baselineValue()).isEqualTo(100);
			assertThat(trajectory.targetValue()).isEqualTo(200);
		}
	}
}
