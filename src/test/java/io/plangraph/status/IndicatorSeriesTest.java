package io.plangraph.status;

import static io.plangraph.indicator.Direction.HIGHER_IS_BETTER;
import static io.plangraph.status.Values.actual;
import static io.plangraph.status.Values.baseline;
import static io.plangraph.status.Values.fy;
import static io.plangraph.status.Values.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plangraph.indicator.Measurement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IndicatorSeriesTest {

	@Nested
	class Baselines {

		@Test
		void theOnlyBaselineIsTheOne() {
			Measurement only = baseline("R3", "5件");
			assertThat(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(only)).statusBaseline()).contains(only);
		}

		@Test
		void theEarliestOfSeveralIsTheOne() {
			Measurement r1 = baseline("R元", "3,009千人");
			assertThat(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(baseline("R2", "925千人"), r1)).statusBaseline())
					.contains(r1);
		}

		@Test
		void aFlaggedOneWins() {
			Measurement r2 = baseline("R2", "925千人").flaggedForStatus();
			assertThat(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(baseline("R元", "3,009千人"), r2))
					.statusBaseline()).contains(r2);
		}

		@Test
		void aDatedBaselineComesBeforeAnUndatedOne() {
			Measurement dated = baseline("R3", "5件");
			assertThat(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(baseline(null, "4件"), dated)).statusBaseline())
					.contains(dated);
		}

		@Test
		void noBaselineIsNone() {
			assertThat(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(target("R8", "5件"))).statusBaseline()).isEmpty();
		}
	}

	@Nested
	class Targets {

		@Test
		void theLatestTargetIsTheFinalOne() {
			Measurement r8 = target("R8", "50件");
			assertThat(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(r8, target("R5", "40件"))).finalTarget())
					.contains(r8);
		}

		@Test
		void anUndatedTargetIsTakenOnlyWhenAlone() {
			Measurement undated = target(null, "50件");
			assertThat(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(undated)).finalTarget()).contains(undated);
			Measurement dated = target("R7", "40件");
			assertThat(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(undated, dated)).finalTarget()).contains(dated);
		}
	}

	@Nested
	class Actuals {

		private final IndicatorSeries series = IndicatorSeries.of(HIGHER_IS_BETTER, List.of(
				actual("R3", "10件"), actual("R4", "12件"), actual("R5", "—"), actual("R6", "15件")));

		@Test
		void theLatestNumericActualAtOrBeforeAYearIsTheCurrentValue() {
			assertThat(series.latestActual(fy("R4")).orElseThrow().number()).isEqualTo(12);
			// R5 was not published: the R4 value is still the latest known.
			assertThat(series.latestActual(fy("R5")).orElseThrow().year()).isEqualTo(fy("R4"));
			assertThat(series.latestActual(fy("R2"))).isEmpty();
		}

		@Test
		void byDefaultTheLatestYearWithANumberCounts() {
			assertThat(series.latestActualYear()).contains(fy("R6"));
			assertThat(series.latestActual().orElseThrow().number()).isEqualTo(15);
		}

		@Test
		void anActualOfAYearIsFoundWhateverItsState() {
			assertThat(series.actualIn(fy("R5")).orElseThrow().isNumeric()).isFalse();
			assertThat(series.actualIn(fy("R7"))).isEmpty();
		}

		@Test
		void aSeriesWithoutActualsHasNoLatestYear() {
			assertThat(IndicatorSeries.of(HIGHER_IS_BETTER, List.of(baseline("R2", "5件"))).latestActual()).isEmpty();
		}
	}

	@Nested
	class Splitting {

		@Test
		void oneSeriesPerGroupInTheOrderTheyFirstAppear() {
			List<IndicatorSeries> series = IndicatorSeries.split(HIGHER_IS_BETTER, List.of(
					baseline("R3", "86.1%").inGroup("小6 国語"), baseline("R3", "84.3%").inGroup("小6 算数"),
					target("R8", "90.0%"), actual("R5", "85.8%").inGroup("小6 国語")));
			assertThat(series).extracting(IndicatorSeries::group).containsExactly("小6 国語", "小6 算数");
			assertThat(series.get(0).measurements()).hasSize(3);
			assertThat(series.get(1).measurements()).hasSize(2);
		}

		@Test
		void aValueOfAnotherGroupDoesNotBelong() {
			assertThatThrownBy(() -> new IndicatorSeries(HIGHER_IS_BETTER, "小学生",
					List.of(baseline("R3", "57.0%").inGroup("中学生"))))
					.isInstanceOf(IllegalArgumentException.class);
		}

		@Test
		void theSeriesKeepsItsOwnCopy() {
			List<Measurement> values = new ArrayList<>(List.of(baseline("R3", "5件")));
			IndicatorSeries series = IndicatorSeries.of(HIGHER_IS_BETTER, values);
			values.clear();
			assertThat(series.measurements()).hasSize(1);
			assertThat(series.baselines()).hasSize(1);
			assertThat(series.targets()).isEmpty();
			assertThat(series.actuals()).isEmpty();
		}
	}
}
