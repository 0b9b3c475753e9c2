package io.plangraph.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearRangeTest {

	private static final FiscalYearRange R4_TO_R6 = FiscalYearRange.of(FiscalYear.of(2022), FiscalYear.of(2024));

	@ParameterizedTest(name = "{0} is R4～R6")
	@ValueSource(strings = {"R4～R6", "R4~R6", "R4-R6", "R4〜R6", "R4～R6計", "(R4～R6)", "（R4～R6計）", "R4 ～ R6",
			"R4～6", "令和4年度～令和6年度", "2022-2024", "FY2022~FY2024", "R4～R6合計"})
	void readsTheWaysDocumentsWriteARange(String text) {
		assertThat(FiscalYearRange.parse(text)).isEqualTo(R4_TO_R6);
	}

	@ParameterizedTest(name = "{0} is R5 and R6")
	@ValueSource(strings = {"R5. R6", "R5.R6", "(R5. R6)", "R5. R6合計", "R5・R6", "R5、R6"})
	void readsTwoListedYearsThatFollowEachOther(String text) {
		assertThat(FiscalYearRange.parse(text)).isEqualTo(FiscalYearRange.of(FiscalYear.of(2023), FiscalYear.of(2024)));
	}

	@Test
	void crossesTheEraChange() {
		FiscalYearRange range = FiscalYearRange.parse("H30～R2");
		assertThat(range.years()).containsExactly(FiscalYear.of(2018), FiscalYear.of(2019), FiscalYear.of(2020));
	}

	@Test
	void aSingleYearIsARangeOfOne() {
		FiscalYearRange range = FiscalYearRange.parse("R5");
		assertThat(range.from()).isEqualTo(range.to()).isEqualTo(FiscalYear.of(2023));
		assertThat(range.length()).isEqualTo(1);
		assertThat(range.label()).isEqualTo("R5");
	}

	@Test
	void knowsItsYearsAndLength() {
		assertThat(R4_TO_R6.length()).isEqualTo(3);
		assertThat(R4_TO_R6.contains(FiscalYear.of(2022))).isTrue();
		assertThat(R4_TO_R6.contains(FiscalYear.of(2024))).isTrue();
		assertThat(R4_TO_R6.contains(FiscalYear.of(2025))).isFalse();
		assertThat(R4_TO_R6.label()).isEqualTo("R4～R6");
	}

	@Test
	void listedYearsThatDoNotFollowEachOtherAreNoRange() {
		assertThatThrownBy(() -> FiscalYearRange.parse("R4. R6"))
				.isInstanceOf(InvalidFiscalYearException.class)
				.hasMessageContaining("do not follow each other");
	}

	@Test
	void aRangeMustNotRunBackwards() {
		assertThatThrownBy(() -> FiscalYearRange.parse("R6～R4"))
				.isInstanceOf(InvalidFiscalYearException.class)
				.hasMessageContaining("before it starts");
		assertThatThrownBy(() -> FiscalYearRange.of(FiscalYear.of(2024), FiscalYear.of(2022)))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "R4～", "～R6", "R5.4～R6.3", "R4～X6", "創業件数152件"})
	void rejectsWhatIsNoRangeQuotingTheInput(String text) {
		assertThatThrownBy(() -> FiscalYearRange.parse(text))
				.isInstanceOf(InvalidFiscalYearException.class)
				.hasMessageContaining("'" + text + "'")
				.hasMessageContaining("ranges read");
	}
}
