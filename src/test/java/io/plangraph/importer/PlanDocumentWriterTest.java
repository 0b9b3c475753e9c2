package io.plangraph.importer;

import java.util.List;

import io.plangraph.importer.PlanDocument.CityInfo;
import io.plangraph.importer.PlanDocument.DocumentInfo;
import io.plangraph.importer.PlanDocument.IndicatorEntry;
import io.plangraph.importer.PlanDocument.Note;
import io.plangraph.importer.PlanDocument.PlanEntry;
import io.plangraph.importer.PlanDocument.ValueEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The file a document is exported to, without a database: any text and number comes back as it was. */
class PlanDocumentWriterTest {

	static PlanDocument documentWith(String text, Double number) {
		var value = new ValueEntry("ACTUAL", "R5", null, null, null, text, number, null, null, null, text, null);
		var indicator = new IndicatorEntry("an-indicator", text, null, "HIGHER_IS_BETTER", null, null, null, List.of(), null,
				List.of(), text, null, List.of(value), List.of());
		var plan = new PlanEntry("a-plan", text, "OTHER", null, null, null, List.of(text), text,
				List.of(new Note(text, text)), List.of());
		return new PlanDocument("plangraph/1", new DocumentInfo("a-document", text, null, text, null),
				new CityInfo("082023", text, null, "茨城県"), List.of(plan), List.of(indicator));
	}

	static PlanDocument roundTrip(PlanDocument document) {
		return PlanDocumentReader.read("exported.yaml", PlanDocumentWriter.write(document));
	}

	@ParameterizedTest
	@ValueSource(strings = { "-", "—", "－", "082023", "2023", "1.5", "1e5", "+1", ".5", "0x1F", "true", "False", "yes", "no",
			"on", "OFF", "Y", "n", "null", "NULL", "~", "", " ", "R5", "R4～R6", "14,259件以上", "△ 0.35%", "(延べ) 8社以上",
			"【施策1】", "「…からの提言」により事業化", "◎目標値以上", "* 注", "& 注", "! 注", "% 注", "@注", "`注", "{注}", "[注]",
			"# 注", "a: b", "a #b", "注 #1", " 前の空白", "後の空白 ", "　全角の空白", "?", "? 注", ": 注", "- 注", ",注", "| 注",
			"> 注", "'注'", "\"注\"", "12:30", ".inf", "-.Inf", ".nan", ".NaN", "=", "<<", "1行目\n2行目", "1行目\n2行目\n", "末尾の改行\n\n",
			"\n先頭の改行", "  字下げ\n2行目", "タブ\tあり", "\\u65e5 はそのまま", "※その後も継続して…" })
	void anyTextComesBackExactlyAsItWasWritten(String text) {
		assertThat(roundTrip(documentWith(text, null))).isEqualTo(documentWith(text, null));
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0, 1, -1, 1000, 2829510000.0, 0.7, 0.0035, -0.35, 1.317, 123456789.123, 1e20, 1e-7, 14259 })
	void anyNumberComesBackExactlyAsItWasWritten(double number) {
		assertThat(roundTrip(documentWith("値", number))).isEqualTo(documentWith("値", number));
	}

	@Test
	void japaneseIsWrittenAsItIsAndNumbersAsPeopleWriteThem() {
		String yaml = PlanDocumentWriter.write(documentWith("日立市の「ひたちナビ」", 2829510000.0));
		assertThat(yaml).contains("日立市の「ひたちナビ」").doesNotContain("\\u").contains("number: 2829510000\n");
		assertThat(PlanDocumentWriter.write(documentWith("値", 1000.0))).contains("number: 1000\n");
	}

	@Test
	void absentFieldsAndEmptyListsAreLeftOut() {
		String yaml = PlanDocumentWriter.write(documentWith("値", null));
		assertThat(yaml).startsWith("format: plangraph/1\n")
			.doesNotContain("null")
			.doesNotContain("[]")
			.doesNotContain("subtitle")
			.doesNotContain("groups")
			.doesNotContain("elements");
	}

}
