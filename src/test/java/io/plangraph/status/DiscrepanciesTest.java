package io.plangraph.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.plangraph.indicator.PrintedMark;
import io.plangraph.indicator.PrintedRatio;
import io.plangraph.indicator.PrintedValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscrepanciesTest {

	private static RatioCheck check(String printed, String thisYear, String lastYear) {
		return Discrepancies.ratio(PrintedRatio.parse(printed), PrintedValue.parse(thisYear),
				PrintedValue.parse(lastYear));
	}

	@Nested
	class Ratios {

		// Every 前年度比 of 004 whose two values it prints, except the two that disagree (below).
		@ParameterizedTest(name = "{0} = {1} / {2}")
		@CsvSource(delimiter = '|', value = {"131.7%|108件|82件", "72.4%|21件|29件", "277.1%|945人|341人",
				"39.4%|108人|274人", "88.3%|379件|429件", "518.1%|100.0%|19.3%", "185.7%|26人|14人",
				"212.5%|34件|16件", "133.3%|4件|3件", "169.1%|7,684千円|4,544千円", "132.1%|1,062|804件",
				"117.6%|40件|34件", "114.3%|24店舗|21店舗", "53.1%|252件|475件", "1047.6%|32,487件|3,101件",
				"128.4%|1,265時間|985時間", "283.6%|100,054人|35,290人", "400.0%|4件|1件", "151.9%|82名|54名",
				"158.1%|332人|210人", "101.2%|86人|85人"})
		void hitachisPrintedRatiosAgreeWithTheirValues(String printed, String thisYear, String lastYear) {
			assertThat(check(printed, thisYear, lastYear).verdict()).isEqualTo(Verdict.AGREES);
		}

		@Test
		void aPrintedRatioOffByLessThanOneUnitOfItsLastDigitAgrees() {
			// 100,054 / 35,290 = 283.52%, printed 283.6%.
			RatioCheck check = check("283.6%", "100,054人", "35,290人");
			assertThat(check.verdict()).isEqualTo(Verdict.AGREES);
			assertThat(check.difference()).isCloseTo(-0.0008, within(1e-4));
		}

		@Test
		void theMamaSupportRatioDisagreesWithItsValues() {
			// 産前・産後ママサポート事業: 369人 / 232人 = 159.05%, printed 153.0%.
			RatioCheck check = check("153.0%", "369人", "232人");
			assertThat(check.verdict()).isEqualTo(Verdict.DISAGREES);
			assertThat(check.computed()).isCloseTo(1.5905, within(1e-4));
			assertThat(check.difference()).isCloseTo(0.0605, within(1e-4));
		}

		@Test
		void theVacantShopRatioDisagreesWithItsValues() {
			// まちなか空き店舗活用事業: 40件 / 32件 = 125.0%, printed 144.4%.
			assertThat(check("144.4%", "40件", "32件").verdict()).isEqualTo(Verdict.DISAGREES);
		}

		@Test
		void aRatioWithoutTwoValuesCannotBeChecked() {
			// コミュニティ活動におけるデジタル化推進事業 prints 131.9% beside two descriptions.
			RatioCheck check = Discrepancies.ratio(PrintedRatio.parse("131.9%"),
					PrintedValue.qualitative("デジタル支援員の派遣"), PrintedValue.qualitative("デジタル機器整備"));
			assertThat(check.verdict()).isEqualTo(Verdict.NOT_CHECKABLE);
			assertThat(check.computed()).isNull();
			assertThat(check.difference()).isNull();
		}
	}

	@Nested
	class Marks {

		@Test
		void aMarkEqualToTheComputedStatusAgrees() {
			MarkCheck check = Discrepancies.mark(PrintedMark.parse("△基準値未滿"), AchievementStatus.BELOW_BASELINE);
			assertThat(check.verdict()).isEqualTo(Verdict.AGREES);
			assertThat(check.reported()).isEqualTo(AchievementStatus.BELOW_BASELINE);
		}

		@Test
		void aMarkOtherThanTheComputedStatusDisagrees() {
			MarkCheck check = Discrepancies.mark(PrintedMark.parse("◎目標値以上"), AchievementStatus.BASELINE_MET);
			assertThat(check.verdict()).isEqualTo(Verdict.DISAGREES);
			assertThat(check.computed()).isEqualTo(AchievementStatus.BASELINE_MET);
		}

		@Test
		void aDashAgreesWithNotPublished() {
			assertThat(Discrepancies.mark(PrintedMark.parse("—指標未公表"), AchievementStatus.NOT_PUBLISHED).verdict())
					.isEqualTo(Verdict.AGREES);
		}

		@Test
		void aMarkCannotBeCheckedWhereTheRuleCouldNotJudge() {
			assertThat(Discrepancies.mark(PrintedMark.parse("○基準値以上"), AchievementStatus.NOT_EVALUABLE).verdict())
					.isEqualTo(Verdict.NOT_CHECKABLE);
		}
	}

	@Nested
	class Shares {

		@Test
		void aShareReachingThePrintedFloorAgrees() {
			assertThat(Discrepancies.share(0.7, new Share(8, 10, 0)).verdict()).isEqualTo(Verdict.AGREES);
		}

		@Test
		void aShareBelowThePrintedFloorDisagrees() {
			ShareCheck check = Discrepancies.share(0.9, new Share(8, 10, 1));
			assertThat(check.verdict()).isEqualTo(Verdict.DISAGREES);
			assertThat(check.printedAtLeast()).isEqualTo(0.9);
		}

		@Test
		void nothingComparableCannotBeChecked() {
			assertThat(Discrepancies.share(0.7, new Share(0, 0, 3)).verdict()).isEqualTo(Verdict.NOT_CHECKABLE);
		}
	}
}
