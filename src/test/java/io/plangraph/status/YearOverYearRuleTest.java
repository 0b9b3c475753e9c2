package io.plangraph.status;

import static io.plangraph.indicator.Direction.HIGHER_IS_BETTER;
import static io.plangraph.indicator.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.plangraph.indicator.Direction;
import io.plangraph.indicator.PrintedValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class YearOverYearRuleTest {

	private static YearOverYear compare(String thisYear, String lastYear, Direction direction) {
		return YearOverYearRule.compare(PrintedValue.parse(thisYear), PrintedValue.parse(lastYear), direction);
	}

	@Nested
	class HigherIsBetter {

		@Test
		void theRatioIsThisYearOverLastYear() {
			YearOverYear result = compare("108件", "82件", HIGHER_IS_BETTER);
			assertThat(result.ratio()).isCloseTo(1.317, within(5e-4));
			assertThat(result.trend()).isEqualTo(Trend.BETTER);
			assertThat(result.reason()).isNull();
		}

		@Test
		void aFallIsWorse() {
			assertThat(compare("21件", "29件", HIGHER_IS_BETTER).trend()).isEqualTo(Trend.WORSE);
		}

		@Test
		void aSmallChangeIsAboutTheSame() {
			// シーサイドツーリズム: 86人 / 85人 = 101.2%.
			assertThat(compare("86人", "85人", HIGHER_IS_BETTER).trend()).isEqualTo(Trend.ABOUT_SAME);
			assertThat(compare("96人", "100人", HIGHER_IS_BETTER).trend()).isEqualTo(Trend.ABOUT_SAME);
		}

		@Test
		void theEdgesOfTheBandAreAboutTheSame() {
			assertThat(compare("105人", "100人", HIGHER_IS_BETTER).trend()).isEqualTo(Trend.ABOUT_SAME);
			assertThat(compare("95人", "100人", HIGHER_IS_BETTER).trend()).isEqualTo(Trend.ABOUT_SAME);
			assertThat(compare("106人", "100人", HIGHER_IS_BETTER).trend()).isEqualTo(Trend.BETTER);
			assertThat(compare("94人", "100人", HIGHER_IS_BETTER).trend()).isEqualTo(Trend.WORSE);
		}

		@Test
		void theBandIsASetting() {
			AboutSameBand tenPercent = new AboutSameBand(0.10);
			assertThat(YearOverYearRule.compare(PrintedValue.parse("108人"), PrintedValue.parse("100人"),
					HIGHER_IS_BETTER, tenPercent).trend()).isEqualTo(Trend.ABOUT_SAME);
			AboutSameBand none = new AboutSameBand(0);
			assertThat(YearOverYearRule.compare(PrintedValue.parse("100人"), PrintedValue.parse("100人"),
					HIGHER_IS_BETTER, none).trend()).isEqualTo(Trend.ABOUT_SAME);
			assertThat(YearOverYearRule.compare(PrintedValue.parse("101人"), PrintedValue.parse("100人"),
					HIGHER_IS_BETTER, none).trend()).isEqualTo(Trend.BETTER);
		}

		@Test
		void aBandOutsideZeroToOneIsRefused() {
			assertThatThrownBy(() -> new AboutSameBand(-0.01)).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> new AboutSameBand(1)).isInstanceOf(IllegalArgumentException.class);
			assertThat(AboutSameBand.DEFAULT.tolerance()).isEqualTo(0.05);
		}
	}

	@Nested
	class LowerIsBetter {

		@Test
		void aFallingValueIsBetter() {
			assertThat(compare("80件", "100件", LOWER_IS_BETTER).trend()).isEqualTo(Trend.BETTER);
		}

		@Test
		void aRisingValueIsWorse() {
			assertThat(compare("120件", "100件", LOWER_IS_BETTER).trend()).isEqualTo(Trend.WORSE);
		}

		@Test
		void aSmallChangeIsAboutTheSame() {
			assertThat(compare("102件", "100件", LOWER_IS_BETTER).trend()).isEqualTo(Trend.ABOUT_SAME);
		}
	}

	@Nested
	class NotComparable {

		private void assertNotComparable(YearOverYear result, String reason) {
			assertThat(result.ratio()).isNull();
			assertThat(result.trend()).isEqualTo(Trend.NOT_COMPARABLE);
			assertThat(result.reason()).contains(reason);
			assertThat(result.atOrAboveLastYear()).isFalse();
		}

		@Test
		void aMissingValueGivesNoRatio() {
			assertNotComparable(compare("-", "82件", HIGHER_IS_BETTER), "MISSING");
			assertNotComparable(compare("82件", "—", HIGHER_IS_BETTER), "NOT_PUBLISHED");
		}

		@Test
		void aValueInWordsGivesNoRatio() {
			// コミュニティ活動アプリポイント導入事業: ワークショップの開催 against 先進地視察.
			assertNotComparable(YearOverYearRule.compare(PrintedValue.qualitative("・ワークショップの開催"),
					PrintedValue.qualitative("・先進地視察"), HIGHER_IS_BETTER), "QUALITATIVE");
		}

		@Test
		void lastYearZeroGivesNoRatio() {
			assertNotComparable(compare("5件", "0件", HIGHER_IS_BETTER), "last year's value is 0");
		}

		@Test
		void negativeValuesGiveNoRatio() {
			assertNotComparable(compare("△ 0.20%", "△ 0.35%", HIGHER_IS_BETTER), "negative");
		}

		@Test
		void differentUnitsGiveNoRatio() {
			assertNotComparable(compare("5件", "4千円", HIGHER_IS_BETTER), "units differ");
		}

		@Test
		void aValueWithoutUnitIsComparedWithOneWithUnit() {
			// 雇用センター多賀: "1,062" printed without 件 against 804件.
			assertThat(compare("1,062", "804件", HIGHER_IS_BETTER).ratio()).isCloseTo(1.3209, within(1e-4));
		}
	}

	@Nested
	class AtOrAboveLastYear {

		@Test
		void aRatioOfAtLeastOneIsAtOrAboveLastYear() {
			assertThat(compare("100人", "100人", HIGHER_IS_BETTER).atOrAboveLastYear()).isTrue();
			assertThat(compare("101人", "100人", HIGHER_IS_BETTER).atOrAboveLastYear()).isTrue();
		}

		@Test
		void aSmallFallIsAboutTheSameButNotAtOrAboveLastYear() {
			YearOverYear result = compare("98人", "100人", HIGHER_IS_BETTER);
			assertThat(result.trend()).isEqualTo(Trend.ABOUT_SAME);
			assertThat(result.atOrAboveLastYear()).isFalse();
		}

		@Test
		void whereLowerIsBetterAFallIsAtOrAboveLastYearsResult() {
			assertThat(compare("98件", "100件", LOWER_IS_BETTER).atOrAboveLastYear()).isTrue();
			assertThat(compare("101件", "100件", LOWER_IS_BETTER).atOrAboveLastYear()).isFalse();
		}
	}

	@Test
	void theResultRefusesATrendWithoutRatio() {
		assertThatThrownBy(() -> new YearOverYear(null, Trend.BETTER, HIGHER_IS_BETTER, null))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new YearOverYear(1.0, Trend.NOT_COMPARABLE, HIGHER_IS_BETTER, null))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
