package io.plangraph.status;

import static io.plangraph.indicator.Direction.HIGHER_IS_BETTER;
import static io.plangraph.indicator.Direction.LOWER_IS_BETTER;
import static io.plangraph.status.Values.actual;
import static io.plangraph.status.Values.baseline;
import static io.plangraph.status.Values.fy;
import static io.plangraph.status.Values.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProgressRuleTest {

	@Nested
	class Normalised {

		@Test
		void isZeroAtTheBaselineAndOneAtTheTarget() {
			assertThat(ProgressRule.normalised(14_259, 32_600, 14_259)).isEqualTo(0.0);
			assertThat(ProgressRule.normalised(14_259, 32_600, 32_600)).isEqualTo(1.0);
			assertThat(ProgressRule.normalised(14_259, 32_600, 23_751)).isCloseTo(0.5175, within(1e-4));
		}

		@Test
		void needsNoDirectionBecauseTheSignsTakeCareOfIt() {
			// 子育て世帯の年間転出超過数 86 → 50, actual 85: one step of 36 along the way.
			assertThat(ProgressRule.normalised(86, 50, 85)).isCloseTo(1.0 / 36, within(1e-12));
		}

		@Test
		void goesNegativeTheWrongWayAndBeyondOnePastTheTarget() {
			assertThat(ProgressRule.normalised(20, 30, 10)).isEqualTo(-1.0);
			assertThat(ProgressRule.normalised(10_420, 10_800, 12_094)).isGreaterThan(1);
		}

		@Test
		void aTargetEqualToTheBaselineGivesNoProgress() {
			assertThat(ProgressRule.normalised(60, 60, 89)).isNull();
		}
	}

	@Nested
	class AsOf {

		private final IndicatorSeries navi = IndicatorSeries.of(HIGHER_IS_BETTER, List.of(
				baseline("R3", "14,259件以上"), target("R8", "32,600件以上"), actual("R4", "18,000件"),
				actual("R5", "23,751件")));

		@Test
		void usesTheLatestActualAtOrBeforeTheYear() {
			Progress progress = ProgressRule.asOf(navi, fy("R4"));
			assertThat(progress.actual().year()).isEqualTo(fy("R4"));
			assertThat(progress.value()).isCloseTo((18_000 - 14_259) / (32_600.0 - 14_259), within(1e-12));
			assertThat(progress.asOf()).isEqualTo(fy("R4"));
			assertThat(progress.reason()).isNull();
		}

		@Test
		void aLaterYearWithoutActualKeepsTheLatestKnown() {
			assertThat(ProgressRule.asOf(navi, fy("R7")).actual().year()).isEqualTo(fy("R5"));
		}

		@Test
		void byDefaultIsAsOfTheLatestActual() {
			Progress progress = ProgressRule.latest(navi);
			assertThat(progress.asOf()).isEqualTo(fy("R5"));
			assertThat(progress.value()).isCloseTo(0.5175, within(1e-4));
		}

		@Test
		void beforeAnyActualThereIsNoProgress() {
			Progress progress = ProgressRule.asOf(navi, fy("R3"));
			assertThat(progress.value()).isNull();
			assertThat(progress.reason()).contains("no numeric actual at or before R3");
		}

		@Test
		void withoutActualsAtAllThereIsNoProgress() {
			Progress progress = ProgressRule.latest(IndicatorSeries.of(HIGHER_IS_BETTER,
					List.of(baseline("R2", "20.3%"), target("R7", "31.5%"))));
			assertThat(progress.value()).isNull();
			assertThat(progress.baseline()).isNotNull();
			assertThat(progress.reason()).contains("no numeric actual");
		}

		@Test
		void withoutNumericBaselineOrTargetThereIsNoProgress() {
			assertThat(ProgressRule.asOf(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(baseline("R2", "-"),
					target("R7", "66.0%"), actual("R5", "50.0%"))), fy("R5")).reason()).isEqualTo("no numeric baseline");
			assertThat(ProgressRule.asOf(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(baseline("R2", "5件"),
					actual("R5", "6件"))), fy("R5")).reason()).isEqualTo("no numeric target");
		}

		@Test
		void aTargetEqualToTheBaselineSaysWhy() {
			Progress progress = ProgressRule.latest(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(
					baseline("R3", "60.0%以上"), target("R8", "60.0%以上"), actual("R5", "89.0%"))));
			assertThat(progress.value()).isNull();
			assertThat(progress.reason()).contains("target equals the baseline");
		}

		@Test
		void worksTheSameWhereLowerIsBetter() {
			Progress progress = ProgressRule.latest(IndicatorSeries.of(LOWER_IS_BETTER, List.of(
					baseline("R2", "95.0%"), target("R7", "94.0%"), actual("R5", "94.5%"))));
			assertThat(progress.value()).isCloseTo(0.5, within(1e-12));
		}
	}
}
