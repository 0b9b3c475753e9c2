package io.plangraph.assessment;

import java.util.List;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.calendar.FiscalYearValue;
import io.plangraph.indicator.Direction;
import io.plangraph.indicator.ValueType;
import io.plangraph.plan.ElementKind;
import io.plangraph.plan.PlanElement;
import io.plangraph.status.AboutSameBand;
import io.plangraph.status.YearOverYearRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.plangraph.assessment.Facts.actual;
import static io.plangraph.assessment.Facts.element;
import static io.plangraph.assessment.Facts.fy;
import static io.plangraph.assessment.Facts.indicator;
import static io.plangraph.assessment.Facts.mark;
import static io.plangraph.assessment.Facts.value;
import static org.assertj.core.api.Assertions.assertThat;

/** Only real disagreements between what a document printed and its own numbers are listed. */
class DiscrepancyChecksTest {

	@Nested
	class Marks {

		// baseline 100 (R元), target 200 (R7), actual 90 in R5: below the baseline, △.
		private final List<io.plangraph.indicator.IndicatorValue> values = List.of(
				value(ValueType.BASELINE, 2019, null, "100人"), value(ValueType.TARGET, 2025, null, "200人"),
				actual(2023, "90人"));

		@Test
		void aMarkTheNumbersDoNotGiveIsListedWithTheNumbersThatGiveAnother() {
			var found = DiscrepancyChecks.marks(indicator(List.of(), values, List.of(mark(2023, null, "○"))));
			assertThat(found).singleElement().satisfies(d -> {
				assertThat(d.kind()).isEqualTo("MARK");
				assertThat(d.fiscalYear()).isEqualTo(new FiscalYearValue(2023, "2023年度")); // as the document wrote it
				assertThat(d.reported()).isEqualTo("○");
				assertThat(d.computed()).isEqualTo("△基準値未満");
				assertThat(d.explanation()).isEqualTo("baseline 100人, target 200人, actual 90人 (HIGHER_IS_BETTER)");
				assertThat(d.documentId()).isEqualTo("doc-marks");
				assertThat(d.element()).isNull();
			});
		}

		@Test
		void aMarkTheNumbersGiveIsNotListed() {
			assertThat(DiscrepancyChecks.marks(indicator(List.of(), values, List.of(mark(2023, null, "△"))))).isEmpty();
		}

		@Test
		void aMarkForAYearWithoutAPrintedActualCannotBeChecked() {
			assertThat(DiscrepancyChecks.marks(indicator(List.of(), values, List.of(mark(2022, null, "◎"))))).isEmpty();
		}

		@Test
		void aMarkForTheWholeOfASplitIndicatorCannotBeChecked() {
			var split = List.of(value(ValueType.BASELINE, 2019, "男性", "100人"), value(ValueType.TARGET, 2025, "男性", "200人"),
					value(ValueType.ACTUAL, 2023, "男性", "90人"));
			assertThat(DiscrepancyChecks.marks(indicator(List.of("男性"), split, List.of(mark(2023, null, "◎"))))).isEmpty();
			assertThat(DiscrepancyChecks.marks(indicator(List.of("男性"), split, List.of(mark(2023, "男性", "◎")))))
				.singleElement()
				.satisfies(d -> assertThat(d.group()).isEqualTo("男性"));
		}

	}

	@Nested
	class Ratios {

		private final PlanElement program = element("mama-support", ElementKind.PROGRAM);

		private static ProgramResult result(String thisYear, String lastYear) {
			var current = thisYear == null ? null : actual(2023, thisYear);
			var previous = lastYear == null ? null : actual(2022, lastYear);
			var comparison = current == null || previous == null ? null
					: YearOverYearRule.compare(current.printed(), previous.printed(), Direction.HIGHER_IS_BETTER,
							AboutSameBand.DEFAULT);
			return new ProgramResult(FiscalYear.of(2023), current, previous, comparison, null);
		}

		private static PlanElement.ReportedRatio printed(String text, double ratio) {
			return new PlanElement.ReportedRatio(fy(2023), text, ratio);
		}

		@Test
		void aPrintedRatioThatDisagreesIsListedWithTheRatioTheNumbersGive() {
			// 産前・産後ママサポート事業: 369人 / 232人 = 159.05 %, printed 153.0 %.
			var found = DiscrepancyChecks.ratio(program, printed("153.0%", 1.53), result("369人", "232人"));
			assertThat(found).hasValueSatisfying(d -> {
				assertThat(d.kind()).isEqualTo("RATIO");
				assertThat(d.fiscalYear()).isEqualTo(new FiscalYearValue(2023, "2023年度")); // as the document wrote it
				assertThat(d.reported()).isEqualTo("153.0%");
				assertThat(d.computed()).isEqualTo("159.1%");
				assertThat(d.explanation()).isEqualTo("369人 / 232人 = 159.1%, printed 153.0%");
				assertThat(d.element()).isEqualTo(program);
				assertThat(d.documentId()).isEqualTo("doc-mama-support");
			});
		}

		@Test
		void aPrintedRatioWithinOneUnitOfItsLastDigitAgrees() {
			// 100,054 / 35,290 = 283.52 %, printed 283.6 %.
			assertThat(DiscrepancyChecks.ratio(program, printed("283.6%", 2.836), result("100,054人", "35,290人"))).isEmpty();
		}

		@Test
		void aRatioWithoutBothYearsPrintedCannotBeChecked() {
			assertThat(DiscrepancyChecks.ratio(program, printed("153.0%", 1.53), result("369人", null))).isEmpty();
		}

	}

}
