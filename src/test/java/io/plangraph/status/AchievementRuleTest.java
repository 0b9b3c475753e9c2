package io.plangraph.status;

import static io.plangraph.indicator.Direction.HIGHER_IS_BETTER;
import static io.plangraph.indicator.Direction.LOWER_IS_BETTER;
import static io.plangraph.status.AchievementStatus.BASELINE_MET;
import static io.plangraph.status.AchievementStatus.BELOW_BASELINE;
import static io.plangraph.status.AchievementStatus.NOT_EVALUABLE;
import static io.plangraph.status.AchievementStatus.NOT_PUBLISHED;
import static io.plangraph.status.AchievementStatus.TARGET_MET;
import static io.plangraph.status.Values.actual;
import static io.plangraph.status.Values.baseline;
import static io.plangraph.status.Values.fy;
import static io.plangraph.status.Values.qualitativeActual;
import static io.plangraph.status.Values.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Measurement;
import io.plangraph.indicator.PrintedValue;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AchievementRuleTest {

	private static final FiscalYear R5 = fy("R5");

	@Nested
	class HigherIsBetter {

		@Test
		void anActualAtTheTargetMeetsIt() {
			assertThat(AchievementRule.judge(HIGHER_IS_BETTER, 30, 50, 50)).isEqualTo(TARGET_MET);
			assertThat(AchievementRule.judge(HIGHER_IS_BETTER, 30, 50, 51)).isEqualTo(TARGET_MET);
		}

		@Test
		void anActualBetweenBaselineAndTargetMeetsTheBaseline() {
			assertThat(AchievementRule.judge(HIGHER_IS_BETTER, 30, 50, 36)).isEqualTo(BASELINE_MET);
		}

		@Test
		void anActualAtTheBaselineMeetsIt() {
			// 企業誘致件数: 5件以上 → 6件以上, actual 5件: ○.
			assertThat(AchievementRule.judge(HIGHER_IS_BETTER, 5, 6, 5)).isEqualTo(BASELINE_MET);
		}

		@Test
		void anActualUnderTheBaselineIsBelowIt() {
			assertThat(AchievementRule.judge(HIGHER_IS_BETTER, 20, 30, 10)).isEqualTo(BELOW_BASELINE);
		}

		@Test
		void targetBelowBaselineIsJudgedOnTheTargetFirst() {
			// 路線バス年間利用者数: B 3,288千人, T 3,041千人. 3,100 is under the baseline but meets the target.
			assertThat(AchievementRule.judge(HIGHER_IS_BETTER, 3288, 3041, 3100)).isEqualTo(TARGET_MET);
			assertThat(AchievementRule.judge(HIGHER_IS_BETTER, 3288, 3041, 2740)).isEqualTo(BELOW_BASELINE);
		}

		@Test
		void aTargetEqualToTheBaselineIsMetFirst() {
			// 創業3年後の定着率 60.0% → 60.0%, actual 89.0%: ◎, and exactly 60.0% is ◎ too.
			assertThat(AchievementRule.judge(HIGHER_IS_BETTER, 60, 60, 89)).isEqualTo(TARGET_MET);
			assertThat(AchievementRule.judge(HIGHER_IS_BETTER, 60, 60, 60)).isEqualTo(TARGET_MET);
			assertThat(AchievementRule.judge(HIGHER_IS_BETTER, 60, 60, 59.9)).isEqualTo(BELOW_BASELINE);
		}

		@Test
		void negativeValuesCompareAsNumbers() {
			// 人口社会増減率 △0.35% → △0.20%.
			assertThat(AchievementRule.judge(HIGHER_IS_BETTER, -0.35, -0.20, -0.10)).isEqualTo(TARGET_MET);
			assertThat(AchievementRule.judge(HIGHER_IS_BETTER, -0.35, -0.20, -0.30)).isEqualTo(BASELINE_MET);
			assertThat(AchievementRule.judge(HIGHER_IS_BETTER, -0.35, -0.20, -0.40)).isEqualTo(BELOW_BASELINE);
		}
	}

	@Nested
	class LowerIsBetter {

		@Test
		void anActualAtOrUnderTheTargetMeetsIt() {
			assertThat(AchievementRule.judge(LOWER_IS_BETTER, 86, 50, 50)).isEqualTo(TARGET_MET);
			assertThat(AchievementRule.judge(LOWER_IS_BETTER, 86, 50, 40)).isEqualTo(TARGET_MET);
		}

		@Test
		void anActualBetweenBaselineAndTargetMeetsTheBaseline() {
			// 子育て世帯の年間転出超過数: 86人/年以下 → 50人/年以下, actual 85人/年: ○.
			assertThat(AchievementRule.judge(LOWER_IS_BETTER, 86, 50, 85)).isEqualTo(BASELINE_MET);
			assertThat(AchievementRule.judge(LOWER_IS_BETTER, 86, 50, 86)).isEqualTo(BASELINE_MET);
		}

		@Test
		void anActualOverTheBaselineIsBelowIt() {
			assertThat(AchievementRule.judge(LOWER_IS_BETTER, 86, 50, 87)).isEqualTo(BELOW_BASELINE);
		}

		@Test
		void targetAboveBaselineIsJudgedOnTheTargetFirst() {
			// The mirror of 路線バス: a ceiling target looser than the baseline.
			assertThat(AchievementRule.judge(LOWER_IS_BETTER, 50, 60, 55)).isEqualTo(TARGET_MET);
			assertThat(AchievementRule.judge(LOWER_IS_BETTER, 50, 60, 61)).isEqualTo(BELOW_BASELINE);
		}
	}

	@Nested
	class Series {

		private final List<Measurement> values = List.of(baseline("R3", "30件以上"), target("R8", "50件以上"),
				actual("R4", "28件"), actual("R5", "36件"));

		@Test
		void judgesTheActualOfTheRequestedYear() {
			IndicatorSeries series = IndicatorSeries.of(HIGHER_IS_BETTER, values);
			assertThat(AchievementRule.judge(series, R5).status()).isEqualTo(BASELINE_MET);
			assertThat(AchievementRule.judge(series, fy("R4")).status()).isEqualTo(BELOW_BASELINE);
		}

		@Test
		void theResultCarriesTheValuesItWasJudgedOn() {
			Achievement achievement = AchievementRule.judge(IndicatorSeries.of(HIGHER_IS_BETTER, values), R5);
			assertThat(achievement.baseline().number()).isEqualTo(30);
			assertThat(achievement.target().number()).isEqualTo(50);
			assertThat(achievement.actual().number()).isEqualTo(36);
			assertThat(achievement.year()).isEqualTo(R5);
			assertThat(achievement.reason()).isNull();
		}

		@Test
		void aYearWithoutActualIsNotPublished() {
			Achievement achievement = AchievementRule.judge(IndicatorSeries.of(HIGHER_IS_BETTER, values), fy("R6"));
			assertThat(achievement.status()).isEqualTo(NOT_PUBLISHED);
			assertThat(achievement.actual()).isNull();
			assertThat(achievement.reason()).contains("no actual value for R6");
		}

		@Test
		void anActualNotPublishedIsNotPublished() {
			IndicatorSeries series = IndicatorSeries.of(HIGHER_IS_BETTER, List.of(baseline("R3", "28.9%以上"),
					target("R8", "35.0%以上"), actual("R5", "—")));
			Achievement achievement = AchievementRule.judge(series, R5);
			assertThat(achievement.status()).isEqualTo(NOT_PUBLISHED);
			assertThat(achievement.reason()).contains("NOT_PUBLISHED");
		}

		@Test
		void anActualWrittenAsAHyphenIsNotPublishedEither() {
			IndicatorSeries series = IndicatorSeries.of(HIGHER_IS_BETTER, List.of(baseline("R3", "28.9%以上"),
					target("R8", "35.0%以上"), actual("R5", "-")));
			assertThat(AchievementRule.judge(series, R5).status()).isEqualTo(NOT_PUBLISHED);
		}

		@Test
		void aLaterActualOfTheSameYearCorrectsAnEarlierOne() {
			IndicatorSeries series = IndicatorSeries.of(HIGHER_IS_BETTER, List.of(baseline("R3", "30件"),
					target("R8", "50件"), actual("R5", "20件"), actual("R5", "55件")));
			assertThat(AchievementRule.judge(series, R5).status()).isEqualTo(TARGET_MET);
		}
	}

	@Nested
	class NotEvaluable {

		@Test
		void withoutABaselineTheRuleCannotApply() {
			Achievement achievement = AchievementRule.judge(IndicatorSeries.of(HIGHER_IS_BETTER,
					List.of(target("R7", "66.0%"), actual("R5", "50.0%"))), R5);
			assertThat(achievement.status()).isEqualTo(NOT_EVALUABLE);
			assertThat(achievement.reason()).contains("no baseline");
		}

		@Test
		void aMissingBaselineIsNoBaseline() {
			// Yatsushiro: 現状値 "-", 目標値 66.0%.
			Achievement achievement = AchievementRule.judge(IndicatorSeries.of(HIGHER_IS_BETTER,
					List.of(baseline("R2", "-"), target("R7", "66.0%"), actual("R5", "50.0%"))), R5);
			assertThat(achievement.status()).isEqualTo(NOT_EVALUABLE);
			assertThat(achievement.reason()).contains("baseline is MISSING");
		}

		@Test
		void withoutATargetTheRuleCannotApply() {
			Achievement achievement = AchievementRule.judge(IndicatorSeries.of(HIGHER_IS_BETTER,
					List.of(baseline("R3", "5件"), actual("R5", "6件"))), R5);
			assertThat(achievement.status()).isEqualTo(NOT_EVALUABLE);
			assertThat(achievement.reason()).contains("no target");
		}

		@Test
		void aTargetNotPublishedIsNoTarget() {
			Achievement achievement = AchievementRule.judge(IndicatorSeries.of(HIGHER_IS_BETTER,
					List.of(baseline("R3", "5件"), target("R8", "—"), actual("R5", "6件"))), R5);
			assertThat(achievement.status()).isEqualTo(NOT_EVALUABLE);
			assertThat(achievement.reason()).contains("target is NOT_PUBLISHED");
		}

		@Test
		void aQualitativeActualCannotBeJudged() {
			Achievement achievement = AchievementRule.judge(IndicatorSeries.of(HIGHER_IS_BETTER,
					List.of(baseline("R3", "5件"), target("R8", "6件"),
							qualitativeActual("R5", "会瀬スポーツ広場の供用開始"))), R5);
			assertThat(achievement.status()).isEqualTo(NOT_EVALUABLE);
			assertThat(achievement.reason()).contains("in words");
		}

		@Test
		void aQualitativeTargetCannotBeJudged() {
			Measurement words = Measurement.target(fy("R8"), PrintedValue.qualitative("全校で実施"));
			Achievement achievement = AchievementRule.judge(IndicatorSeries.of(HIGHER_IS_BETTER,
					List.of(baseline("R3", "5件"), words, actual("R5", "6件"))), R5);
			assertThat(achievement.status()).isEqualTo(NOT_EVALUABLE);
			assertThat(achievement.reason()).contains("QUALITATIVE");
		}

		@Test
		void withoutADirectionTheRuleCannotApply() {
			Achievement achievement = AchievementRule.judge(IndicatorSeries.of(null,
					List.of(baseline("R3", "5件"), target("R8", "6件"), actual("R5", "6件"))), R5);
			assertThat(achievement.status()).isEqualTo(NOT_EVALUABLE);
			assertThat(achievement.reason()).contains("direction");
		}

		@Test
		void aRuleThatCannotApplyIsNotEvaluableEvenWithoutActual() {
			// Yatsushiro's indicators have no actuals yet; without a baseline they are not "not published".
			Achievement achievement = AchievementRule.judge(IndicatorSeries.of(HIGHER_IS_BETTER,
					List.of(baseline("R2", "-"), target("R7", "30.0%"))), R5);
			assertThat(achievement.status()).isEqualTo(NOT_EVALUABLE);
		}
	}

	@Nested
	class TwoBaselines {

		private final Measurement r1 = baseline("R元", "3,009千人以上");
		private final Measurement r2 = baseline("R2", "925千人以上");
		private final Measurement t = target("R8", "3,009千人以上");
		private final Measurement a = actual("R5", "2,521千人");

		@Test
		void withoutAFlagTheEarliestBaselineCounts() {
			Achievement achievement = AchievementRule.judge(IndicatorSeries.of(HIGHER_IS_BETTER,
					List.of(r2, r1, t, a)), R5);
			assertThat(achievement.status()).isEqualTo(BELOW_BASELINE);
			assertThat(achievement.baseline()).isEqualTo(r1);
		}

		@Test
		void aFlaggedBaselineCountsOverAnEarlierOne() {
			Achievement achievement = AchievementRule.judge(IndicatorSeries.of(HIGHER_IS_BETTER,
					List.of(r1, r2.flaggedForStatus(), t, a)), R5);
			assertThat(achievement.status()).isEqualTo(BASELINE_MET);
			assertThat(achievement.baseline().year()).isEqualTo(fy("R2"));
		}
	}

	@Nested
	class Groups {

		@Test
		void theRuleAppliesToEachGroupsSeries() {
			// 学校生活に満足している割合: 小学生 △, 中学生 ○ in R5.
			List<Measurement> values = List.of(
					baseline("R3", "62.0%以上").inGroup("小学生"), baseline("R3", "57.0%以上").inGroup("中学生"),
					target("R8", "70.0%以上").inGroup("小学生"), target("R8", "75.0%以上").inGroup("中学生"),
					actual("R5", "61.5%").inGroup("小学生"), actual("R5", "59.7%").inGroup("中学生"));
			List<Achievement> achievements = AchievementRule.judgeEachGroup(HIGHER_IS_BETTER, values, R5);
			assertThat(achievements).extracting(Achievement::group).containsExactly("小学生", "中学生");
			assertThat(achievements).extracting(Achievement::status).containsExactly(BELOW_BASELINE, BASELINE_MET);
		}

		@Test
		void aValueWithoutGroupServesEveryGroup() {
			List<Measurement> values = List.of(baseline("R3", "50%"), target("R8", "70%"),
					actual("R5", "49%").inGroup("国語"), actual("R5", "71%").inGroup("算数"));
			assertThat(AchievementRule.judgeEachGroup(HIGHER_IS_BETTER, values, R5))
					.extracting(Achievement::status).containsExactly(BELOW_BASELINE, TARGET_MET);
		}

		@Test
		void anUndividedIndicatorIsOneSeries() {
			List<Achievement> achievements = AchievementRule.judgeEachGroup(HIGHER_IS_BETTER,
					List.of(baseline("R3", "5件"), target("R8", "6件"), actual("R5", "6件")), R5);
			assertThat(achievements).singleElement().satisfies(a -> {
				assertThat(a.group()).isNull();
				assertThat(a.status()).isEqualTo(TARGET_MET);
			});
		}
	}
}
