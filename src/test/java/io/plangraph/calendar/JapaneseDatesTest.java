package io.plangraph.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plangraph.calendar.AsOf.Precision;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseDatesTest {

	@Nested
	class Dates {

		@ParameterizedTest(name = "{0} is {1}")
		@CsvSource({
				"令和5年9月30日, 2023-09-30", "R5.9.30, 2023-09-30", "R5/9/30, 2023-09-30", "2023-09-30, 2023-09-30",
				"2023/9/30, 2023-09-30", "2023年9月30日, 2023-09-30", "令和元年5月1日, 2019-05-01",
				"令和 5 年 10 月 1 日, 2023-10-01", "令和５年９月３０日, 2023-09-30", "令和6年3月31日現在, 2024-03-31",
				"(令和5年12月31日現在), 2023-12-31", "R5年9月30日, 2023-09-30", "平成27年4月1日, 2015-04-01"})
		void readsTheDaysDocumentsPrint(String text, LocalDate expected) {
			assertThat(JapaneseDates.parseDate(text)).isEqualTo(expected);
		}

		@Test
		void theLastDayOfHeiseiAndTheFirstOfReiwaAreToldApart() {
			assertThat(JapaneseDates.parseDate("平成31年4月30日")).isEqualTo(LocalDate.of(2019, 4, 30));
			assertThat(JapaneseDates.parseDate("令和元年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
			assertThat(JapaneseDates.parseDate("R1.5.1")).isEqualTo(LocalDate.of(2019, 5, 1));
		}

		@Test
		void noDayLiesInReiwaBeforeItBegan() {
			assertThatThrownBy(() -> JapaneseDates.parseDate("令和元年4月30日"))
					.isInstanceOf(InvalidJapaneseDateException.class)
					.hasMessageContaining("'令和元年4月30日'")
					.hasMessageContaining("before 令和 began (2019-05-01)");
			assertThatThrownBy(() -> JapaneseDates.parseDate("H1.1.7"))
					.hasMessageContaining("before 平成 began (1989-01-08)");
		}

		@Test
		void aHeiseiDateAfterTheEraEndedCountsOnAsDocumentsWrittenBeforeTheChangePrintIt() {
			assertThat(JapaneseDates.parseDate("平成31年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
			assertThat(JapaneseDates.parseDate("平成32年3月31日")).isEqualTo(LocalDate.of(2020, 3, 31));
		}

		@Test
		void theShowaHeiseiChangeIsKnownToo() {
			assertThat(JapaneseDates.parseDate("昭和64年1月7日")).isEqualTo(LocalDate.of(1989, 1, 7));
			assertThat(JapaneseDates.parseDate("平成元年1月8日")).isEqualTo(LocalDate.of(1989, 1, 8));
		}

		@ParameterizedTest
		@ValueSource(strings = {"", "令和5年9月31日", "R5.2.29", "R5.13.1", "令和0年1月1日", "X5.9.30", "R5.9",
				"令和5年度", "2023-9", "明日", "慶応3年1月1日"})
		void rejectsWhatIsNoDayQuotingTheInputAndTheAcceptedForms(String text) {
			assertThatThrownBy(() -> JapaneseDates.parseDate(text))
					.isInstanceOf(InvalidJapaneseDateException.class)
					.hasMessageContaining("'" + text + "'")
					.hasMessageContaining("accepted forms");
		}

		@Test
		void aMonthIsNoDay() {
			assertThatThrownBy(() -> JapaneseDates.parseDate("R7.3")).hasMessageContaining("names a month, not a day");
		}

		@Test
		void theLeapDayOfALeapYearIsADay() {
			assertThat(JapaneseDates.parseDate("R6.2.29")).isEqualTo(LocalDate.of(2024, 2, 29));
		}
	}

	@Nested
	class AsOfs {

		@ParameterizedTest(name = "{0} is the month ending {1}")
		@CsvSource({"R7.3, 2025-03-31", "R6.12, 2024-12-31", "令和7年3月, 2025-03-31", "R7.3時点, 2025-03-31",
				"(R7.3時点), 2025-03-31", "（R7.3 時点）, 2025-03-31", "R5.1現在, 2023-01-31", "2025-03, 2025-03-31",
				"R6.2, 2024-02-29", "2025年2月, 2025-02-28"})
		void aMonthStandsForItsLastDay(String text, LocalDate lastDay) {
			assertThat(JapaneseDates.parseAsOf(text)).isEqualTo(new AsOf(lastDay, Precision.MONTH));
		}

		@Test
		void aDayIsKeptAsADay() {
			assertThat(JapaneseDates.parseAsOf("令和5年9月30日現在"))
					.isEqualTo(new AsOf(LocalDate.of(2023, 9, 30), Precision.DAY));
		}

		@Test
		void aMonthBelongsToAnEraIfAnyOfItsDaysDoes() {
			assertThat(JapaneseDates.parseAsOf("R1.5").date()).isEqualTo(LocalDate.of(2019, 5, 31));
			assertThat(JapaneseDates.parseAsOf("H31.4").date()).isEqualTo(LocalDate.of(2019, 4, 30));
			assertThat(JapaneseDates.parseAsOf("H1.1").date()).isEqualTo(LocalDate.of(1989, 1, 31));
			assertThatThrownBy(() -> JapaneseDates.parseAsOf("R1.4")).hasMessageContaining("before 令和 began");
		}

		@Test
		void knowsItsFiscalYear() {
			assertThat(JapaneseDates.parseAsOf("R7.3").fiscalYear()).isEqualTo(FiscalYear.of(2024));
			assertThat(JapaneseDates.parseAsOf("R7.4").fiscalYear()).isEqualTo(FiscalYear.of(2025));
		}

		@Test
		void aMonthPrecisionAsOfMustBeTheLastDay() {
			assertThatThrownBy(() -> new AsOf(LocalDate.of(2025, 3, 1), Precision.MONTH))
					.isInstanceOf(IllegalArgumentException.class);
		}

		@ParameterizedTest
		@ValueSource(strings = {"R7", "R7.13", "時点", "R7.3.時点", "70人(R7.3時点)"})
		void rejectsWhatIsNoMonthOrDay(String text) {
			assertThatThrownBy(() -> JapaneseDates.parseAsOf(text))
					.isInstanceOf(InvalidJapaneseDateException.class)
					.hasMessageContaining("'" + text + "'")
					.hasMessageContaining("R7.3時点");
		}
	}

	@Nested
	class EndsOfFiscalYears {

		@ParameterizedTest(name = "{0} is {1}")
		@CsvSource({"令和5年度末, 2024-03-31", "R5年度末, 2024-03-31", "令和元年度末, 2020-03-31", "2023年度末, 2024-03-31",
				"令和10年度末, 2029-03-31", "令和 6 年度末, 2025-03-31", "平成31年度末, 2020-03-31"})
		void theEndOfAFiscalYearIsTheThirtyFirstOfMarchAfterIt(String text, LocalDate expected) {
			assertThat(JapaneseDates.parseEndOfFiscalYear(text)).isEqualTo(expected);
		}

		@ParameterizedTest
		@ValueSource(strings = {"", "令和5年度", "令和5年末", "令和0年度末", "X5年度末"})
		void rejectsWhatIsNoEndOfAFiscalYear(String text) {
			assertThatThrownBy(() -> JapaneseDates.parseEndOfFiscalYear(text))
					.isInstanceOf(InvalidJapaneseDateException.class)
					.hasMessageContaining("'" + text + "'")
					.hasMessageContaining("令和5年度末");
		}

		@Test
		void aDeadlineIsAnEndOfFiscalYearOrADay() {
			assertThat(JapaneseDates.parseDeadline("令和5年度末")).isEqualTo(LocalDate.of(2024, 3, 31));
			assertThat(JapaneseDates.parseDeadline("令和6年9月30日")).isEqualTo(LocalDate.of(2024, 9, 30));
			assertThatThrownBy(() -> JapaneseDates.parseDeadline("中期"))
					.isInstanceOf(InvalidJapaneseDateException.class)
					.hasMessageContaining("is no deadline");
		}
	}
}
