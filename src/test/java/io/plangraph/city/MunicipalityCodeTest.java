package io.plangraph.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

	@Nested
	class ValidCodes {

		@ParameterizedTest(name = "{0} ({1}) is valid")
		@CsvSource({"082023, Hitachi", "022039, Hachinohe", "432024, Yatsushiro", "102113, Annaka",
				"011002, Sapporo", "131016, Chiyoda", "130001, Tokyo-to", "011011, Sapporo Chuo-ku",
				"110001, Saitama-ken", "090000, Tochigi-ken"})
		void acceptsRealCodes(String code, String name) {
			assertThat(MunicipalityCode.of(code).value()).isEqualTo(code);
		}

		@Test
		void theCheckDigitIsElevenMinusTheWeightedSumModuloEleven() {
			// 08202: 0·6 + 8·5 + 2·4 + 0·3 + 2·2 = 52; 52 mod 11 = 8; 11 − 8 = 3.
			assertThat(MunicipalityCode.checkDigit("08202")).isEqualTo(3);
		}

		@Test
		void aRemainderOfZeroGivesCheckDigitOne() {
			// 11000 (Saitama-ken): 1·6 + 1·5 = 11; 11 mod 11 = 0; 11 − 0 = 11, last digit 1.
			assertThat(MunicipalityCode.checkDigit("11000")).isEqualTo(1);
			assertThat(MunicipalityCode.checkDigit("01101")).isEqualTo(1);
		}

		@Test
		void aRemainderOfOneGivesCheckDigitZero() {
			// 09000 (Tochigi-ken): 9·5 = 45; 45 mod 11 = 1; 11 − 1 = 10, last digit 0.
			assertThat(MunicipalityCode.checkDigit("09000")).isEqualTo(0);
		}

		@Test
		void aRemainderOfTenGivesCheckDigitOneToo() {
			// 13000 (Tokyo-to): 1·6 + 3·5 = 21; 21 mod 11 = 10; 11 − 10 = 1.
			assertThat(MunicipalityCode.checkDigit("13000")).isEqualTo(1);
		}

		@Test
		void addsTheCheckDigitToAFiveDigitCode() {
			assertThat(MunicipalityCode.withCheckDigit("08202")).isEqualTo(MunicipalityCode.of("082023"));
		}

		@Test
		void ignoresSurroundingSpaces() {
			assertThat(MunicipalityCode.of(" 082023 ")).isEqualTo(new MunicipalityCode("082023"));
		}

		@Test
		void knowsItsPrefecture() {
			assertThat(MunicipalityCode.of("082023").prefectureCode()).isEqualTo("08");
			assertThat(MunicipalityCode.of("432024").prefectureCode()).isEqualTo("43");
			assertThat(MunicipalityCode.of("082023").withoutCheckDigit()).isEqualTo("08202");
		}

		@Test
		void tellsAPrefectureFromAMunicipality() {
			assertThat(MunicipalityCode.of("130001").isPrefecture()).isTrue();
			assertThat(MunicipalityCode.of("131016").isPrefecture()).isFalse();
		}

		@Test
		void printsAsItsDigits() {
			assertThat(MunicipalityCode.of("082023")).hasToString("082023");
		}
	}

	@Nested
	class InvalidCodes {

		@Test
		void aWrongCheckDigitSaysWhichWasExpected() {
			assertThatThrownBy(() -> MunicipalityCode.of("082024"))
					.isInstanceOf(InvalidMunicipalityCodeException.class)
					.isInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining("'082024'")
					.hasMessageContaining("check digit expected 3");
		}

		@Test
		void aFiveDigitCodeHintsAtTheLostLeadingZero() {
			assertThatThrownBy(() -> MunicipalityCode.of("82023"))
					.isInstanceOf(InvalidMunicipalityCodeException.class)
					.hasMessageContaining("has 5 characters, a code has 6 digits")
					.hasMessageContaining("leading 0");
		}

		@ParameterizedTest
		@ValueSource(strings = {"", "0820231", "08202"})
		void aCodeHasSixCharacters(String text) {
			assertThatThrownBy(() -> MunicipalityCode.of(text))
					.isInstanceOf(InvalidMunicipalityCodeException.class)
					.hasMessageContaining("a code has 6 digits");
		}

		@ParameterizedTest
		@ValueSource(strings = {"08202a", "08-202", "０８２０２３", "O82023"})
		void aCodeIsDigitsOnly(String text) {
			assertThatThrownBy(() -> MunicipalityCode.of(text))
					.isInstanceOf(InvalidMunicipalityCodeException.class)
					.hasMessageContaining("is not a digit");
		}

		@ParameterizedTest
		@ValueSource(strings = {"000000", "480002"})
		void aPrefectureCodeLiesBetweenOneAndFortySeven(String text) {
			assertThatThrownBy(() -> MunicipalityCode.of(text))
					.hasMessageContaining("prefecture code")
					.hasMessageContaining("01-47");
		}

		@Test
		void nullIsNoCode() {
			assertThatThrownBy(() -> MunicipalityCode.of(null)).isInstanceOf(InvalidMunicipalityCodeException.class);
			assertThatThrownBy(() -> new MunicipalityCode(null)).isInstanceOf(NullPointerException.class);
		}

		@Test
		void addingACheckDigitNeedsFiveDigits() {
			assertThatThrownBy(() -> MunicipalityCode.withCheckDigit("8202"))
					.isInstanceOf(InvalidMunicipalityCodeException.class)
					.hasMessageContaining("five digits");
		}
	}
}
