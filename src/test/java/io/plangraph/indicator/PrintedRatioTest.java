package io.plangraph.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedRatioTest {

	@ParameterizedTest(name = "{0} is {1} with {2} decimals")
	@CsvSource({"131.7%, 1.317, 1", "72.4%, 0.724, 1", "1047.6%, 10.476, 1", "'1,047.6%', 10.476, 1", "400.0%, 4.0, 1",
			"100%, 1.0, 0", "88.35%, 0.8835, 2", "１３１．７％, 1.317, 1", "131.7 %, 1.317, 1"})
	void readsAPercentageAsARatioKeepingItsDecimals(String text, double ratio, int decimals) {
		PrintedRatio printed = PrintedRatio.parse(text);
		assertThat(printed.ratio()).isCloseTo(ratio, within(1e-12));
		assertThat(printed.decimals()).isEqualTo(decimals);
		assertThat(printed.text()).isEqualTo(text);
	}

	@Test
	void givesThePercentageBack() {
		assertThat(PrintedRatio.parse("131.7%").percent()).isCloseTo(131.7, within(1e-9));
	}

	@Test
	void theToleranceIsOneUnitOfTheLastPrintedDigit() {
		assertThat(PrintedRatio.parse("131.7%").tolerance()).isCloseTo(0.001, within(1e-15));
		assertThat(PrintedRatio.parse("100%").tolerance()).isCloseTo(0.01, within(1e-15));
		assertThat(PrintedRatio.parse("88.35%").tolerance()).isCloseTo(0.0001, within(1e-15));
	}

	@Test
	void agreesWithARatioThatRoundsToIt() {
		assertThat(PrintedRatio.parse("131.7%").agreesWith(108.0 / 82)).isTrue();
		assertThat(PrintedRatio.parse("283.6%").agreesWith(100_054.0 / 35_290)).isTrue();
		assertThat(PrintedRatio.parse("53.1%").agreesWith(252.0 / 475)).isTrue();
	}

	@Test
	void disagreesBeyondOneUnit() {
		assertThat(PrintedRatio.parse("153.0%").agreesWith(369.0 / 232)).isFalse();
		assertThat(PrintedRatio.parse("144.4%").agreesWith(40.0 / 32)).isFalse();
		assertThat(PrintedRatio.parse("131.7%").agreesWith(1.3181)).isFalse();
	}

	@Test
	void exactlyOneUnitAwayStillAgrees() {
		assertThat(PrintedRatio.parse("131.7%").agreesWith(1.318)).isTrue();
		assertThat(PrintedRatio.parse("131.7%").agreesWith(1.316)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "131.7", "△5.0%", "百%", "131.7%以上", "-"})
	void rejectsWhatIsNoPrintedPercentage(String text) {
		assertThatThrownBy(() -> PrintedRatio.parse(text))
				.isInstanceOf(InvalidPrintedValueException.class)
				.hasMessageContaining("'" + text + "'");
	}

	@Test
	void theRecordRefusesNegativeRatios() {
		assertThatThrownBy(() -> new PrintedRatio("x", -1, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PrintedRatio("x", 1, -1)).isInstanceOf(IllegalArgumentException.class);
	}
}
