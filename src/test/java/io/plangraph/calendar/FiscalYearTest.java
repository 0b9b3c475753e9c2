package io.plangraph.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

	@Nested
	class Parsing {

		@ParameterizedTest(name = "{0} is FY{1}")
		@CsvSource({
				"2023, 2023", "FY2023, 2023", "fy2023, 2023", "FY 2023, 2023", "2023年度, 2023",
				"R5, 2023", "r5, 2023", "R5年度, 2023", "令和5年度, 2023", "令和5, 2023", "令和 5 年度, 2023",
				"Ｒ５, 2023", "令和５年度, 2023", "R8, 2026", "H27, 2015", "平成27年度, 2015", "S63, 1988",
				"昭和63年度, 1988", "T1, 1912", "大正15年度, 1926", "M6, 1873", "明治45年度, 1912"})
		void readsEveryNotationPlanDocumentsUse(String text, int startYear) {
			assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(startYear));
		}

		@ParameterizedTest(name = "{0} is FY2019")
		@ValueSource(strings = {"R元", "R1", "令和元年度", "令和元", "R元年度", "H31", "平成31年度", "2019"})
		void theFirstYearOfReiwaAndTheLastOfHeiseiAreTheSameFiscalYear(String text) {
			assertThat(FiscalYear.parse(text)).isEqualTo(FiscalYear.of(2019));
		}

		@Test
		void heisei30IsTheYearBefore() {
			assertThat(FiscalYear.parse("H30")).isEqualTo(FiscalYear.of(2018));
		}

		@Test
		void showa64AndHeiseiGannenAreTheSameYear() {
			assertThat(FiscalYear.parse("S64")).isEqualTo(FiscalYear.parse("H元")).isEqualTo(FiscalYear.of(1989));
		}

		@Test
		void anEraYearAfterTheEraEndedCountsOnAsPlansWrittenBeforeTheChangePrintIt() {
			assertThat(FiscalYear.parse("H32")).isEqualTo(FiscalYear.of(2020));
			assertThat(FiscalYear.parse("平成37年度")).isEqualTo(FiscalYear.of(2025));
		}

		@Test
		void aFarReiwaYearIsFine() {
			assertThat(FiscalYear.parse("令和99")).isEqualTo(FiscalYear.of(2117));
		}

		@ParameterizedTest
		@ValueSource(strings = {"R0", "令和0年度", "H0", "R00"})
		void yearZeroOfAnEraDoesNotExist(String text) {
			assertThatThrownBy(() -> FiscalYear.parse(text))
					.isInstanceOf(InvalidFiscalYearException.class)
					.hasMessageContaining("'" + text + "'")
					.hasMessageContaining("has no year 0")
					.hasMessageContaining("accepted forms");
		}

		@ParameterizedTest
		@ValueSource(strings = {"", " ", "R", "令和", "X5", "FY23", "23", "R5.3", "令和5年", "R5年", "五年度",
				"R123", "2023-2024", "慶応3年度", "FY2023年度度"})
		void rejectsWhatIsNoFiscalYearQuotingTheInputAndTheAcceptedForms(String text) {
			assertThatThrownBy(() -> FiscalYear.parse(text))
					.isInstanceOf(InvalidFiscalYearException.class)
					.isInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining("'" + text + "'")
					.hasMessageContaining("accepted forms")
					.hasMessageContaining("R/令和");
		}

		@Test
		void rejectsNull() {
			assertThatThrownBy(() -> FiscalYear.parse(null)).isInstanceOf(InvalidFiscalYearException.class);
		}

		@Test
		void anUnknownEraIsNamedInTheMessage() {
			assertThatThrownBy(() -> FiscalYear.parse("X5")).hasMessageContaining("'X' is not an era");
		}

		@Test
		void rejectsYearsOutsideTheCalendarTheJdkCanName() {
			assertThatThrownBy(() -> FiscalYear.of(1872)).isInstanceOf(InvalidFiscalYearException.class)
					.hasMessageContaining("between 1873 and 9999");
			assertThatThrownBy(() -> FiscalYear.parse("0999")).isInstanceOf(InvalidFiscalYearException.class);
		}
	}

	@Nested
	class Boundaries {

		@Test
		void runsFromTheFirstOfAprilToTheThirtyFirstOfMarch() {
			FiscalYear r5 = FiscalYear.parse("R5");
			assertThat(r5.start()).isEqualTo(LocalDate.of(2023, 4, 1));
			assertThat(r5.end()).isEqualTo(LocalDate.of(2024, 3, 31));
		}

		@Test
		void theThirtyFirstOfMarchBelongsToTheYearBeforeAndTheFirstOfAprilToTheNew() {
			assertThat(FiscalYear.containing(LocalDate.of(2024, 3, 31))).isEqualTo(FiscalYear.of(2023));
			assertThat(FiscalYear.containing(LocalDate.of(2024, 4, 1))).isEqualTo(FiscalYear.of(2024));
			assertThat(FiscalYear.containing(LocalDate.of(2024, 1, 1))).isEqualTo(FiscalYear.of(2023));
			assertThat(FiscalYear.containing(LocalDate.of(2023, 12, 31))).isEqualTo(FiscalYear.of(2023));
		}

		@Test
		void containsItsOwnDaysOnly() {
			FiscalYear r5 = FiscalYear.of(2023);
			assertThat(r5.contains(LocalDate.of(2023, 4, 1))).isTrue();
			assertThat(r5.contains(LocalDate.of(2024, 3, 31))).isTrue();
			assertThat(r5.contains(LocalDate.of(2023, 3, 31))).isFalse();
			assertThat(r5.contains(LocalDate.of(2024, 4, 1))).isFalse();
		}

		@Test
		void aLeapYearDoesNotMoveTheEnd() {
			assertThat(FiscalYear.of(2023).end()).isEqualTo(LocalDate.of(2024, 3, 31));
			assertThat(FiscalYear.of(2023).contains(LocalDate.of(2024, 2, 29))).isTrue();
		}
	}

	@Nested
	class Labels {

		@Test
		void labelsWithTheEraLetterAndYear() {
			assertThat(FiscalYear.of(2023).label()).isEqualTo("R5");
			assertThat(FiscalYear.of(2018).label()).isEqualTo("H30");
			assertThat(FiscalYear.of(1988).label()).isEqualTo("S63");
		}

		@Test
		void fiscal2019IsTheFirstYearOfReiwaAlthoughItBeganInHeisei() {
			assertThat(FiscalYear.of(2019).label()).isEqualTo("R1");
			assertThat(FiscalYear.of(2019).japaneseLabel()).isEqualTo("令和元年度");
		}

		@Test
		void fiscal1989IsHeiseiGannen() {
			assertThat(FiscalYear.of(1989).japaneseLabel()).isEqualTo("平成元年度");
		}

		@Test
		void printsTheFullJapaneseLabel() {
			assertThat(FiscalYear.of(2023).japaneseLabel()).isEqualTo("令和5年度");
			assertThat(FiscalYear.of(2015).japaneseLabel()).isEqualTo("平成27年度");
		}

		@Test
		void theLabelsParseBack() {
			for (int year = 1873; year <= 2060; year++) {
				FiscalYear fiscalYear = FiscalYear.of(year);
				assertThat(FiscalYear.parse(fiscalYear.label())).isEqualTo(fiscalYear);
				assertThat(FiscalYear.parse(fiscalYear.japaneseLabel())).isEqualTo(fiscalYear);
			}
		}

		@Test
		void printsAsGregorianFiscalYear() {
			assertThat(FiscalYear.of(2023)).hasToString("FY2023");
		}
	}

	@Nested
	class Arithmetic {

		@Test
		void ordersByStartYear() {
			assertThat(FiscalYear.parse("R3")).isLessThan(FiscalYear.parse("R8"));
			assertThat(FiscalYear.parse("H31")).isEqualByComparingTo(FiscalYear.parse("R元"));
			assertThat(FiscalYear.of(2021).isBefore(FiscalYear.of(2026))).isTrue();
			assertThat(FiscalYear.of(2026).isAfter(FiscalYear.of(2021))).isTrue();
		}

		@Test
		void countsYearsBetweenTwoFiscalYears() {
			assertThat(FiscalYear.parse("R3").yearsUntil(FiscalYear.parse("R8"))).isEqualTo(5);
			assertThat(FiscalYear.parse("R8").yearsUntil(FiscalYear.parse("R3"))).isEqualTo(-5);
		}

		@Test
		void stepsForwardAndBack() {
			assertThat(FiscalYear.of(2023).next()).isEqualTo(FiscalYear.of(2024));
			assertThat(FiscalYear.of(2023).previous()).isEqualTo(FiscalYear.of(2022));
			assertThat(FiscalYear.of(2023).plusYears(5)).isEqualTo(FiscalYear.of(2028));
		}
	}
}
