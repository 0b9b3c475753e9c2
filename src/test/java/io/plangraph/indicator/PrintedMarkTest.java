package io.plangraph.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plangraph.indicator.PrintedMark.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedMarkTest {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({"◎目標値以上, DOUBLE_CIRCLE", "○基準値以上, CIRCLE", "△基準値未満, TRIANGLE", "—指標未公表, DASH",
			"◎, DOUBLE_CIRCLE", "○, CIRCLE", "△, TRIANGLE", "—, DASH", "目標値以上, DOUBLE_CIRCLE",
			"基準値以上, CIRCLE", "基準値未満, TRIANGLE", "指標未公表, DASH"})
	void readsTheMarksOfHitachisLegend(String text, Symbol symbol) {
		PrintedMark mark = PrintedMark.parse(text);
		assertThat(mark.symbol()).isEqualTo(symbol);
		assertThat(mark.text()).isEqualTo(text);
	}

	@Test
	void theTraditionalFormOfManIsTheSameLegend() {
		assertThat(PrintedMark.parse("△基準値未滿").symbol()).isEqualTo(Symbol.TRIANGLE);
		assertThat(PrintedMark.parse("△基準値未滿").text()).isEqualTo("△基準値未滿");
	}

	@ParameterizedTest
	@ValueSource(strings = {"〇基準値以上", "◯基準値以上", "○ 基準値以上", " ○基準値以上 "})
	void circleVariantsAndSpacesAreTolerated(String text) {
		assertThat(PrintedMark.parse(text).symbol()).isEqualTo(Symbol.CIRCLE);
	}

	@ParameterizedTest
	@ValueSource(strings = {"―指標未公表", "－指標未公表", "-", "― 指標未公表"})
	void dashVariantsAreTolerated(String text) {
		assertThat(PrintedMark.parse(text).symbol()).isEqualTo(Symbol.DASH);
	}

	@Test
	void aSymbolWithAnotherSymbolsLegendIsAnError() {
		assertThatThrownBy(() -> PrintedMark.parse("◎基準値以上"))
				.isInstanceOf(InvalidPrintedMarkException.class)
				.hasMessageContaining("'◎基準値以上'")
				.hasMessageContaining("goes with 目標値以上");
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "×", "達成", "☆目標値以上"})
	void rejectsWhatIsNoMark(String text) {
		assertThatThrownBy(() -> PrintedMark.parse(text))
				.isInstanceOf(InvalidPrintedMarkException.class)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("'" + text + "'")
				.hasMessageContaining("marks read");
	}

	@Test
	void eachSymbolKnowsItsMarkAndLegend() {
		assertThat(Symbol.DOUBLE_CIRCLE.mark()).isEqualTo("◎");
		assertThat(Symbol.TRIANGLE.legend()).isEqualTo("基準値未満");
	}
}
