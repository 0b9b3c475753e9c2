package io.plangraph.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphRulesTest {

	@Nested
	class TheIdRule {

		@ParameterizedTest
		@ValueSource(strings = { "hitachi", "hitachi-sns-likes", "plan-10", "sdg-9", "r5" })
		void acceptsLowerCaseWordsJoinedByHyphens(String id) {
			assertThat(GraphRules.idRefusal(id)).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "Plan-10", "plan_10", "plan--10", "-plan", "plan-", "計画", "plan 10", "" })
		void refusesAnythingElseSayingWhatAnIdIsMadeOf(String id) {
			assertThat(GraphRules.idRefusal(id))
				.contains("'" + id + "' is not a valid id: use lower-case ASCII letters, digits and hyphens");
		}

		@Test
		void saysAnIdThatIsNotGivenIsMissing() {
			assertThat(GraphRules.idRefusal(null)).contains("missing");
		}

	}

	@Nested
	class TheUnitRule {

		@Test
		void acceptsTheIndicatorsOwnUnit() {
			assertThat(GraphRules.unitRefusal("千人", "千人")).isEmpty();
		}

		@Test
		void takesACountAndItsRateForTheSameUnit() {
			assertThat(GraphRules.unitRefusal("件", "件/年")).isEmpty();
			assertThat(GraphRules.unitRefusal("世帯/年", "世帯")).isEmpty();
		}

		@Test
		void acceptsARateThatLeavesOutWhatIsCountedAsHitachiPrintsIt() {
			assertThat(GraphRules.unitRefusal("/年", "件/年")).isEmpty();
		}

		@Test
		void checksNothingWhereTheValueOrTheIndicatorHasNoUnit() {
			assertThat(GraphRules.unitRefusal(null, "件")).isEmpty();
			assertThat(GraphRules.unitRefusal("件", null)).isEmpty();
		}

		@Test
		void refusesAnotherUnitNamingBoth() {
			assertThat(GraphRules.unitRefusal("人", "件")).contains("the unit '人' is not the indicator's unit '件'");
			assertThat(GraphRules.unitRefusal("千人", "人")).contains("the unit '千人' is not the indicator's unit '人'");
			assertThat(GraphRules.unitRefusal("/月", "件/年")).contains("the unit '/月' is not the indicator's unit '件/年'");
			assertThat(GraphRules.unitRefusal("件/年/人", "件/人")).isPresent();
		}

	}

	@Nested
	class TheValueRule {

		@Test
		void readsADocumentsValueAndChecksItsUnit() {
			assertThat(GraphRules.printedValue(PrintedValue.parse("118,500/年以上"), "件/年").number()).isEqualTo(118_500.0);
			assertThatThrownBy(() -> GraphRules.printedValue(PrintedValue.parse("5人"), "件"))
				.hasMessage("the unit '人' is not the indicator's unit '件'");
		}

		@Test
		void keepsADocumentsBlankCellButRefusesABlankEdit() {
			assertThat(GraphRules.printedValue(PrintedValue.parse("-"), "件").state()).isEqualTo(ValueState.MISSING);
			assertThatThrownBy(() -> GraphRules.recordedValue("-", "件"))
				.hasMessage("a value is needed: a number with its unit, or — / 指標未公表 for not published");
		}

		@Test
		void recordsANumberOrNotPublishedAsWrittenWithoutSurroundingSpace() {
			assertThat(GraphRules.recordedValue(" 27,000件 ", "件").text()).isEqualTo("27,000件");
			assertThat(GraphRules.recordedValue("指標未公表", "件").state()).isEqualTo(ValueState.NOT_PUBLISHED);
		}

		@Test
		void refusesAnEditsValueInAnotherUnitOrUnreadableWithTheFilesWords() {
			assertThatThrownBy(() -> GraphRules.recordedValue("5人", "件"))
				.hasMessage("the unit '人' is not the indicator's unit '件'");
			assertThatThrownBy(() -> GraphRules.recordedValue("たくさん", "件")).hasMessage(
					"'たくさん' cannot be read as a printed value: it has no number and is not a marker of a value not "
							+ "published (—, －, ―, 指標未公表) or missing (-); declare a value in words as QUALITATIVE");
		}

	}

	@Nested
	class TheStoredProperties {

		@Test
		void takeTheIndicatorsUnitWhereTheValuePrintsNone() {
			var stored = new IndicatorValue.Stored(ValueType.ACTUAL, 2023, 2023, "R5", null, PrintedValue.explicit("約1,200", 1200, null), "人",
					false, false, null, 3).properties();
			assertThat(stored).containsEntry("unit", "人")
				.containsEntry("number", 1200.0)
				.containsEntry("approximate", true)
				.containsEntry("state", "NUMERIC")
				.containsEntry("type", "ACTUAL")
				.containsEntry("fiscalYear", 2023)
				.containsEntry("position", 3);
		}

		@Test
		void keepTheUnitAndBoundTheValuePrints() {
			var stored = new IndicatorValue.Stored(ValueType.TARGET, 2027, 2027, "R9", null, PrintedValue.parse("118,500/年以上"),
					"件/年", false, false, null, 0).properties();
			assertThat(stored).containsEntry("unit", "/年").containsEntry("bound", "AT_LEAST").containsEntry("approximate", false);
		}

	}

}
