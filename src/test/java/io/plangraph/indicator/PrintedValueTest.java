package io.plangraph.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedValueTest {

	@Nested
	class Numbers {

		// Every numeric value form of 004 (Hitachi) and 002 (Yatsushiro), with number, unit and bound.
		// An empty unit or bound column means none.
		@ParameterizedTest(name = "{0} → {1} {2} {3}")
		@CsvSource(delimiter = '|', nullValues = "", value = {
				// 004: indicators
				"86人/年以下|86|人/年|AT_MOST", "50人/年以下|50|人/年|AT_MOST", "85人/年|85|人/年|",
				"20世帯/年以上|20|世帯/年|AT_LEAST", "30世帯/年以上|30|世帯/年|AT_LEAST", "10世帯/年|10|世帯/年|",
				"12人以上|12|人|AT_LEAST", "15人以上|15|人|AT_LEAST", "4人|4|人|",
				"63.00%以上|63.00|%|AT_LEAST", "77.45%以上|77.45|%|AT_LEAST", "58.60%|58.6|%|",
				"45.80%以上|45.8|%|AT_LEAST", "60.00%以上|60|%|AT_LEAST", "54.20%|54.2|%|",
				"62.0%以上|62|%|AT_LEAST", "57.0%以上|57|%|AT_LEAST", "70.0%以上|70|%|AT_LEAST", "75.0%以上|75|%|AT_LEAST",
				"61.5%|61.5|%|", "59.7%|59.7|%|", "86.1%以上|86.1|%|AT_LEAST", "84.3%以上|84.3|%|AT_LEAST",
				"92.0%以上|92|%|AT_LEAST", "90.0%以上|90|%|AT_LEAST", "85.8%|85.8|%|", "79.9%|79.9|%|",
				"85.0%以上|85|%|AT_LEAST", "76.3%以上|76.3|%|AT_LEAST", "82.0%以上|82|%|AT_LEAST", "84.6%|84.6|%|",
				"75.0%|75|%|", "60.0%以上|60|%|AT_LEAST", "89.0%|89|%|",
				"10,420億円以上|10420|億円|AT_LEAST", "10,800億円以上|10800|億円|AT_LEAST", "12,094億円|12094|億円|",
				"5件以上|5|件|AT_LEAST", "11件|11|件|", "30件以上|30|件|AT_LEAST", "50件以上|50|件|AT_LEAST",
				"36件|36|件|", "6件以上|6|件|AT_LEAST", "5件|5|件|", "249件以上|249|件|AT_LEAST",
				"300件以上|300|件|AT_LEAST", "252件|252|件|", "14,259件以上|14259|件|AT_LEAST",
				"32,600件以上|32600|件|AT_LEAST", "23,751件|23751|件|", "35.28人/ha以上|35.28|人/ha|AT_LEAST",
				"38.00人/ha以上|38|人/ha|AT_LEAST", "34.29人/ha|34.29|人/ha|", "3,288千人以上|3288|千人|AT_LEAST",
				"3,041千人以上|3041|千人|AT_LEAST", "2,740千人|2740|千人|", "28.9%以上|28.9|%|AT_LEAST",
				"35.0%以上|35|%|AT_LEAST", "1回/年以上|1|回/年|AT_LEAST", "5回/年以上|5|回/年|AT_LEAST",
				"5回/年|5|回/年|", "3,009千人以上|3009|千人|AT_LEAST", "925千人以上|925|千人|AT_LEAST",
				"2,521千人|2521|千人|", "79,067件/年以上|79067|件/年|AT_LEAST", "118,500/年以上|118500|/年|AT_LEAST",
				"81,556件/年|81556|件/年|", "1,104千人以上|1104|千人|AT_LEAST", "558千人以上|558|千人|AT_LEAST",
				"1,200千人以上|1200|千人|AT_LEAST", "984千人|984|千人|", "4,211人以上|4211|人|AT_LEAST",
				"938人以上|938|人|AT_LEAST", "4,400人以上|4400|人|AT_LEAST", "3,702人|3702|人|",
				"222千人以上|222|千人|AT_LEAST", "157千人以上|157|千人|AT_LEAST", "270千人以上|270|千人|AT_LEAST",
				"191千人|191|千人|",
				// 004: program results
				"108件|108|件|", "82件|82|件|", "21件|21|件|", "29件|29|件|", "945人|945|人|", "341人|341|人|",
				"108人|108|人|", "274人|274|人|", "369人|369|人|", "232人|232|人|", "379件|379|件|", "429件|429|件|",
				"100.0%|100|%|", "19.3%|19.3|%|", "26人|26|人|", "14人|14|人|", "40件|40|件|", "32件|32|件|",
				"34件|34|件|", "16件|16|件|", "4件|4|件|", "3件|3|件|", "7,684千円|7684|千円|", "4,544千円|4544|千円|",
				"1,062|1062||", "804件|804|件|", "24店舗|24|店舗|", "21店舗|21|店舗|", "475件|475|件|",
				"32,487件|32487|件|", "3,101件|3101|件|", "1,265時間|1265|時間|", "985時間|985|時間|",
				"100,054人|100054|人|", "35,290人|35290|人|", "1件|1|件|", "82名|82|名|", "54名|54|名|",
				"332人|332|人|", "210人|210|人|", "86人|86|人|", "85人|85|人|",
				// 002: Yatsushiro
				"20.3%|20.3|%|", "31.5%|31.5|%|", "3,212人|3212|人|", "3,600人|3600|人|", "592,048人|592048|人|",
				"659,000人|659000|人|", "17 手続き|17|手続き|", "100 手続き|100|手続き|", "11 施設|11|施設|",
				"79 施設|79|施設|", "44.7%|44.7|%|", "66.0%|66|%|", "25.0%|25|%|", "72.5%|72.5|%|",
				"3,771 人|3771|人|", "4,150 人|4150|人|", "0 件|0|件|", "20 件|20|件|", "5 件|5|件|", "30 件|30|件|",
				"30.0%|30|%|", "32.4%|32.4|%|", "37.0%|37|%|", "16回|16|回|", "20回|20|回|", "40.0%|40|%|",
				"12.9%|12.9|%|", "16.4%|16.4|%|", "95.0%|95|%|", "94.0%|94|%|", "20 業務|20|業務|"})
		void readsEveryValueFormOfTheSeeds(String text, double number, String unit, Bound bound) {
			PrintedValue value = PrintedValue.parse(text);
			assertThat(value.state()).isEqualTo(ValueState.NUMERIC);
			assertThat(value.text()).isEqualTo(text);
			assertThat(value.number()).isEqualTo(number);
			assertThat(value.unit()).isEqualTo(unit);
			assertThat(value.bound()).isEqualTo(bound);
			assertThat(value.cumulative()).isFalse();
			assertThat(value.isNumeric()).isTrue();
		}

		@Test
		void aTriangleInFrontIsAMinusSign() {
			PrintedValue value = PrintedValue.parse("△ 0.35%");
			assertThat(value.number()).isEqualTo(-0.35);
			assertThat(value.unit()).isEqualTo("%");
			assertThat(PrintedValue.parse("△ 0.20%").number()).isEqualTo(-0.20);
			assertThat(PrintedValue.parse("▲1,200千円").number()).isEqualTo(-1200);
			assertThat(PrintedValue.parse("-5件").number()).isEqualTo(-5);
		}

		@Test
		void minusZeroIsZero() {
			assertThat(PrintedValue.parse("△ 0%").number()).isEqualTo(0.0).isNotNegative();
			assertThat(Double.compare(PrintedValue.parse("△0").number(), 0.0)).isZero();
		}

		@Test
		void keepsTheTextVerbatim() {
			assertThat(PrintedValue.parse(" 14,259件以上 ").text()).isEqualTo(" 14,259件以上 ");
		}

		@Test
		void fullWidthDigitsAreDigits() {
			PrintedValue value = PrintedValue.parse("１４，２５９件以上");
			assertThat(value.number()).isEqualTo(14259);
			assertThat(value.unit()).isEqualTo("件");
			assertThat(PrintedValue.parse("６３．００％").number()).isEqualTo(63.0);
			assertThat(PrintedValue.parse("６３．００％").unit()).isEqualTo("%");
		}

		@Test
		void theUnitIsKeptAsWrittenNotCompatibilityNormalised() {
			assertThat(PrintedValue.parse("1,200㎡").unit()).isEqualTo("㎡");
		}

		@Test
		void aTrailingReferenceMarkIsTolerated() {
			assertThat(PrintedValue.parse("3,212人※")).satisfies(value -> {
				assertThat(value.number()).isEqualTo(3212);
				assertThat(value.unit()).isEqualTo("人");
			});
			assertThat(PrintedValue.parse("12人以上 ※").bound()).isEqualTo(Bound.AT_LEAST);
			assertThat(PrintedValue.parse("12人※以上").unit()).isEqualTo("人");
		}

		@Test
		void aLeadingPlusIsTolerated() {
			assertThat(PrintedValue.parse("+3件").number()).isEqualTo(3);
		}
	}

	@Nested
	class Cumulative {

		@ParameterizedTest(name = "{0}")
		@CsvSource(delimiter = '|', nullValues = "", value = {"(延べ) 8社以上|8|社|AT_LEAST",
				"(延べ) 40社以上|40|社|AT_LEAST", "(延べ) 12社|12|社|", "（延べ）12社|12|社|", "20 件 (累計)|20|件|",
				"(累計) 0 件|0|件|", "延べ8社以上|8|社|AT_LEAST", "累計20件|20|件|"})
		void nobeAndRuikeiMarkACumulativeValueWhereverTheyStand(String text, double number, String unit, Bound bound) {
			PrintedValue value = PrintedValue.parse(text);
			assertThat(value.cumulative()).isTrue();
			assertThat(value.number()).isEqualTo(number);
			assertThat(value.unit()).isEqualTo(unit);
			assertThat(value.bound()).isEqualTo(bound);
		}
	}

	@Nested
	class Markers {

		@ParameterizedTest
		@ValueSource(strings = {"—", "－", "―", "指標未公表", "—指標未公表", "— 指標未公表", " — "})
		void dashesAndNotPublishedAreNotPublished(String text) {
			PrintedValue value = PrintedValue.parse(text);
			assertThat(value.state()).isEqualTo(ValueState.NOT_PUBLISHED);
			assertThat(value.number()).isNull();
			assertThat(value.isNumeric()).isFalse();
			assertThat(value.text()).isEqualTo(text);
		}

		@ParameterizedTest
		@ValueSource(strings = {"-", "", "  ", " - "})
		void aHyphenAloneOrNothingIsMissing(String text) {
			PrintedValue value = PrintedValue.parse(text);
			assertThat(value.state()).isEqualTo(ValueState.MISSING);
			assertThat(value.number()).isNull();
		}
	}

	@Nested
	class Factories {

		@Test
		void aValueInWordsIsDeclaredNeverGuessed() {
			PrintedValue value = PrintedValue.qualitative("・会瀬スポーツ広場の供用開始");
			assertThat(value.state()).isEqualTo(ValueState.QUALITATIVE);
			assertThat(value.number()).isNull();
			assertThat(value.unit()).isNull();
			assertThat(value.text()).isEqualTo("・会瀬スポーツ広場の供用開始");
			assertThatThrownBy(() -> PrintedValue.parse("・会瀬スポーツ広場の供用開始"))
					.isInstanceOf(InvalidPrintedValueException.class);
		}

		@Test
		void aValueInWordsNeedsWords() {
			assertThatThrownBy(() -> PrintedValue.qualitative(" ")).isInstanceOf(InvalidPrintedValueException.class);
		}

		@Test
		void anExplicitValueTakesTheNumberTheDataFileGives() {
			PrintedValue value = PrintedValue.explicit("28億2,951万円", 2_829_510_000d, "円");
			assertThat(value.state()).isEqualTo(ValueState.NUMERIC);
			assertThat(value.number()).isEqualTo(2_829_510_000d);
			assertThat(value.unit()).isEqualTo("円");
			assertThat(value.text()).isEqualTo("28億2,951万円");
			assertThat(value.bound()).isNull();
		}

		@Test
		void anExplicitValueStillReadsBoundAndCumulativeFromItsText() {
			PrintedValue value = PrintedValue.explicit("(延べ) 約1,000名以上", 1000, "名");
			assertThat(value.bound()).isEqualTo(Bound.AT_LEAST);
			assertThat(value.cumulative()).isTrue();
			assertThat(PrintedValue.explicit("約1,000名", 1000, " ").unit()).isNull();
		}

		@Test
		void aUnitGivenByTheDataFileReplacesThePrintedOne() {
			PrintedValue value = PrintedValue.parse("118,500/年以上").withUnit("件/年");
			assertThat(value.unit()).isEqualTo("件/年");
			assertThat(value.number()).isEqualTo(118_500);
			assertThat(value.bound()).isEqualTo(Bound.AT_LEAST);
			assertThat(value.text()).isEqualTo("118,500/年以上");
		}

		@Test
		void aValueWithoutNumberTakesNoUnit() {
			PrintedValue notPublished = PrintedValue.parse("—");
			assertThat(notPublished.withUnit("件")).isSameAs(notPublished);
		}

		@Test
		void theRecordRefusesInconsistentParts() {
			assertThatThrownBy(() -> new PrintedValue("x", null, null, null, false, ValueState.NUMERIC))
					.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> new PrintedValue("—", 1.0, null, null, false, ValueState.NOT_PUBLISHED))
					.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> new PrintedValue("x", Double.NaN, null, null, false, ValueState.NUMERIC))
					.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> new PrintedValue("x", null, "件", null, false, ValueState.MISSING))
					.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> new PrintedValue("x", 1.0, " ", null, false, ValueState.NUMERIC))
					.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Nested
	class BadInput {

		@ParameterizedTest
		@ValueSource(strings = {"会瀬スポーツ広場の供用開始", "検討中", "以上", "△", "件"})
		void aTextWithoutANumberThatIsNoMarkerIsAnError(String text) {
			assertThatThrownBy(() -> PrintedValue.parse(text))
					.isInstanceOf(InvalidPrintedValueException.class)
					.isInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining("'" + text + "'")
					.hasMessageContaining("no number")
					.hasMessageContaining("QUALITATIVE");
		}

		@ParameterizedTest
		@ValueSource(strings = {"約1,000名", "創業件数152件"})
		void aNumberAfterWordsNeedsAnExplicitNumber(String text) {
			assertThatThrownBy(() -> PrintedValue.parse(text))
					.isInstanceOf(InvalidPrintedValueException.class)
					.hasMessageContaining("does not start with a number");
		}

		@Test
		void aSecondNumberInTheUnitNeedsAnExplicitNumber() {
			assertThatThrownBy(() -> PrintedValue.parse("28億2,951万円"))
					.isInstanceOf(InvalidPrintedValueException.class)
					.hasMessageContaining("contains a further number");
		}

		@ParameterizedTest
		@ValueSource(strings = {"3,212人 (R1 ※)", "3,009千人以上 (R元)", "222千人以上（R元）", "70人(R7.3時点)"})
		void aYearAnnotationBelongsInTheValuesYearNotItsText(String text) {
			assertThatThrownBy(() -> PrintedValue.parse(text))
					.isInstanceOf(InvalidPrintedValueException.class)
					.hasMessageContaining("goes into the value's year or asOf");
		}

		@ParameterizedTest
		@ValueSource(strings = {"1,06件", "12,34,567人", "1.2.3%"})
		void malformedNumbersAreErrors(String text) {
			assertThatThrownBy(() -> PrintedValue.parse(text))
					.isInstanceOf(InvalidPrintedValueException.class)
					.hasMessageContaining("malformed");
		}

		@Test
		void nullIsAnError() {
			assertThatThrownBy(() -> PrintedValue.parse(null))
					.isInstanceOf(InvalidPrintedValueException.class)
					.hasMessageContaining("write - for a missing value");
		}
	}
}
