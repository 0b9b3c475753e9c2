package io.plangraph.status;

import static io.plangraph.status.Values.actual;
import static io.plangraph.status.Values.baseline;
import static io.plangraph.status.Values.fy;
import static io.plangraph.status.Values.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Direction;
import io.plangraph.indicator.Measurement;
import io.plangraph.indicator.PrintedMark;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The achievement rule applied to every indicator row of 004_c84cf80cdf924460.txt (Hitachi's
 * ひたち成長戦略プランの取組状況): baseline(s), target R8, actual R5, direction from 以上/以下, and the
 * R5 mark as printed. Every computed mark must equal the printed one.
 */
class HitachiMarksTest {

	private static final FiscalYear R5 = fy("R5");

	/** One printed row; a two-baseline row lists the R元 baseline first, then the R2 one. */
	record Row(String plan, String indicator, String group, List<Measurement> values, String printedR5) {

		@Override
		public String toString() {
			return plan + " " + indicator + (group == null ? "" : " " + group) + " → " + printedR5;
		}
	}

	private static Row row(String plan, String indicator, String baseline, String target, String actualR5,
			String printedR5) {
		return new Row(plan, indicator, null, List.of(baseline("R3", baseline), target("R8", target),
				actual("R5", actualR5)), printedR5);
	}

	private static Row group(String plan, String indicator, String group, String baseline, String target,
			String actualR5, String printedR5) {
		return new Row(plan, indicator, group, List.of(baseline("R3", baseline).inGroup(group),
				target("R8", target).inGroup(group), actual("R5", actualR5).inGroup(group)), printedR5);
	}

	// 基準値(R3) is the column header; these rows print two baselines, one of R元 and one of R2.
	private static Row twoBaselines(String plan, String indicator, String baselineR1, String baselineR2,
			String target, String actualR5, String printedR5) {
		return new Row(plan, indicator, null, List.of(baseline("R元", baselineR1), baseline("R2", baselineR2),
				target("R8", target), actual("R5", actualR5)), printedR5);
	}

	static Stream<Row> rows() {
		return Stream.of(
				row("PLAN 01", "子育て世帯の年間転出超過数", "86人/年以下", "50人/年以下", "85人/年", "○基準値以上"),
				row("PLAN 01", "子育て世帯・若年夫婦世帯の山側住宅団地への住み替え数", "20世帯/年以上", "30世帯/年以上",
						"10世帯/年", "△基準値未滿"),
				row("PLAN 02", "就業専門資格取得等補助を受けて就業した女性の人数", "12人以上", "15人以上", "4人", "△基準値未満"),
				row("PLAN 04", "20代～30代の女性1,000人当たりの出生率", "63.00%以上", "77.45%以上", "58.60%", "△基準値未満"),
				row("PLAN 04", "市民の市内医療機関における出産割合", "45.80%以上", "60.00%以上", "54.20%", "○基準値以上"),
				group("PLAN 05", "学校生活に満足している割合", "小学生", "62.0%以上", "70.0%以上", "61.5%", "△基準値未満"),
				group("PLAN 05", "学校生活に満足している割合", "中学生", "57.0%以上", "75.0%以上", "59.7%", "○基準値以上"),
				group("PLAN 05", "授業の内容がよく分かる割合", "小6 国語", "86.1%以上", "92.0%以上", "85.8%", "△基準値未満"),
				group("PLAN 05", "授業の内容がよく分かる割合", "小6 算数", "84.3%以上", "90.0%以上", "79.9%", "△基準値未満"),
				group("PLAN 05", "授業の内容がよく分かる割合", "中3 国語", "85.0%以上", "90.0%以上", "84.6%", "△基準値未満"),
				group("PLAN 05", "授業の内容がよく分かる割合", "中3 算数", "76.3%以上", "82.0%以上", "75.0%", "△基準値未満"),
				row("PLAN 06", "空き店舗等を活用して創業した事業者の創業3年後の定着率", "60.0%以上", "60.0%以上", "89.0%",
						"◎目標値以上"),
				row("PLAN 06", "DXを推進する企業数", "(延べ) 8社以上", "(延べ) 40社以上", "(延べ) 12社", "○基準値以上"),
				row("PLAN 07", "製造品出荷額（4人以上事業所）", "10,420億円以上", "10,800億円以上", "12,094億円", "◎目標値以上"),
				row("PLAN 07", "街なかマイクロクリエイションオフィスからの創業者数", "5件以上", "5件以上", "11件", "◎目標値以上"),
				row("PLAN 08", "雇用センター多賀の紹介による採用件数", "30件以上", "50件以上", "36件", "○基準値以上"),
				row("PLAN 08", "企業誘致件数", "5件以上", "6件以上", "5件", "○基準値以上"),
				row("PLAN 09", "脱炭素促進設備等補助件数", "249件以上", "300件以上", "252件", "○基準値以上"),
				row("PLAN 10", "ひたちナビダウンロード数", "14,259件以上", "32,600件以上", "23,751件", "○基準値以上"),
				row("PLAN 11", "ひたちBRT沿線地域での人口密度", "35.28人/ha以上", "38.00人/ha以上", "34.29人/ha", "△基準値未滿"),
				row("PLAN 11", "路線バス年間利用者数", "3,288千人以上", "3,041千人以上", "2,740千人", "△基準値未滿"),
				row("PLAN 12", "地域活動(行事)に参加している人の割合", "28.9%以上", "35.0%以上", "—", "—指標未公表"),
				row("PLAN 12", "市主催の防災訓練開催数", "1回/年以上", "5回/年以上", "5回/年", "◎目標値以上"),
				twoBaselines("PLAN 13", "観光入込客数(市独自集計)", "3,009千人以上", "925千人以上", "3,009千人以上", "2,521千人",
						"△基準値未滿"),
				row("PLAN 13", "市公式SNSのいいね!の数", "79,067件/年以上", "118,500/年以上", "81,556件/年", "○基準値以上"),
				twoBaselines("PLAN 14", "スポーツ施設利用者数", "1,104千人以上", "558千人以上", "1,200千人以上", "984千人",
						"△基準値未満"),
				twoBaselines("PLAN 14", "国際交流事業の参加者数", "4,211人以上", "938人以上", "4,400人以上", "3,702人",
						"△基準値未満"),
				twoBaselines("PLAN 15", "図書館の利用者数（電子書籍含む）", "222千人以上", "157千人以上", "270千人以上", "191千人",
						"△基準値未満"),
				row("PLAN 15", "ひたちナビダウンロード数", "14,259件以上", "32,600件以上", "23,751件", "○基準値以上"));
	}

	private static AchievementStatus computed(Row row) {
		Direction direction = Direction.fromBounds(row.values().stream().map(Measurement::value).toList()).orElseThrow();
		return AchievementRule.judge(new IndicatorSeries(direction, row.group(), row.values()), R5).status();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void theComputedMarkOfEveryRowIsThePrintedOne(Row row) {
		assertThat(computed(row)).isEqualTo(AchievementStatus.fromPrintedMark(row.printedR5()));
	}

	@Test
	void everyRowAgreesAndNoneIsLeftUnjudged() {
		List<String> disagreements = new ArrayList<>();
		List<Row> all = rows().toList();
		for (Row row : all) {
			MarkCheck check = Discrepancies.mark(PrintedMark.parse(row.printedR5()), computed(row));
			if (check.verdict() != Verdict.AGREES) {
				disagreements.add(row + ": computed " + check.computed());
			}
		}
		assertThat(all).hasSize(29);
		assertThat(disagreements).isEmpty();
	}

	@Test
	void theTwoBaselineRowsAreJudgedAgainstTheEarlierOneWhichIsWhyTheyShowTriangles() {
		// Against the during-COVID R2 baseline, 2,521千人 would pass 925千人 and show ○ instead.
		Row tourists = rows().filter(row -> row.indicator().startsWith("観光入込客数")).findFirst().orElseThrow();
		List<Measurement> againstR2 = tourists.values().stream()
				.map(m -> fy("R2").equals(m.year()) ? m.flaggedForStatus() : m).toList();
		assertThat(AchievementRule.judge(IndicatorSeries.of(Direction.HIGHER_IS_BETTER, againstR2), R5).status())
				.isEqualTo(AchievementStatus.BASELINE_MET);
		assertThat(computed(tourists)).isEqualTo(AchievementStatus.BELOW_BASELINE);
	}
}
