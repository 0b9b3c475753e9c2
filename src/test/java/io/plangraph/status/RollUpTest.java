package io.plangraph.status;

import static io.plangraph.indicator.Direction.HIGHER_IS_BETTER;
import static io.plangraph.indicator.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.plangraph.indicator.Direction;
import io.plangraph.indicator.PrintedValue;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RollUpTest {

	private static Counted<YearOverYear> program(String id, String thisYear, String lastYear, Direction direction) {
		return Counted.of(id, YearOverYearRule.compare(PrintedValue.parse(thisYear), PrintedValue.parse(lastYear),
				direction));
	}

	@Nested
	class Counting {

		@Test
		void countsEachStatusAndListsTheOnesWithNone() {
			StatusCounts<AchievementStatus> counts = RollUp.count(AchievementStatus.class, List.of(
					Counted.of("a", AchievementStatus.TARGET_MET), Counted.of("b", AchievementStatus.BASELINE_MET),
					Counted.of("c", AchievementStatus.BASELINE_MET)));
			assertThat(counts.total()).isEqualTo(3);
			assertThat(counts.count(AchievementStatus.BASELINE_MET)).isEqualTo(2);
			assertThat(counts.count(AchievementStatus.BELOW_BASELINE)).isZero();
			assertThat(counts.counts()).containsKeys(AchievementStatus.values());
			assertThat(counts.share(AchievementStatus.TARGET_MET)).isCloseTo(1 / 3.0, within(1e-12));
		}

		@Test
		void anItemReachableByTwoPathsCountsOnce() {
			// ひたちナビダウンロード数 under PLAN 10 and PLAN 15.
			StatusCounts<AchievementStatus> counts = RollUp.count(AchievementStatus.class, List.of(
					Counted.of("hitachi-navi-downloads", AchievementStatus.BASELINE_MET),
					Counted.of("route-bus-users", AchievementStatus.BELOW_BASELINE),
					Counted.of("hitachi-navi-downloads", AchievementStatus.BASELINE_MET)));
			assertThat(counts.total()).isEqualTo(2);
			assertThat(counts.count(AchievementStatus.BASELINE_MET)).isEqualTo(1);
		}

		@Test
		void oneIdWithTwoStatusesIsACallersMistake() {
			assertThatThrownBy(() -> RollUp.count(AchievementStatus.class, List.of(
					Counted.of("x", AchievementStatus.TARGET_MET), Counted.of("x", AchievementStatus.BELOW_BASELINE))))
					.isInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining("x");
		}

		@Test
		void nothingToCountHasNoShare() {
			StatusCounts<PledgeStatus> counts = RollUp.count(PledgeStatus.class, List.of());
			assertThat(counts.total()).isZero();
			assertThat(counts.share(PledgeStatus.ACHIEVED)).isNull();
		}

		@Test
		void pledgesAndTrendsAreCountedTheSameWay() {
			StatusCounts<Trend> counts = RollUp.count(Trend.class, List.of(
					Counted.of("p1", Trend.BETTER), Counted.of("p2", Trend.WORSE), Counted.of("p1", Trend.BETTER)));
			assertThat(counts.count(Trend.BETTER)).isEqualTo(1);
			assertThat(counts.total()).isEqualTo(2);
		}
	}

	@Nested
	class ShareAtOrAboveLastYear {

		@Test
		void countsProgramsAtOrAboveLastYearsResult() {
			Share share = RollUp.shareAtOrAboveLastYear(List.of(
					program("akiya", "108件", "82件", HIGHER_IS_BETTER),
					program("yamagawa", "21件", "29件", HIGHER_IS_BETTER),
					program("seaside", "86人", "85人", HIGHER_IS_BETTER),
					program("same", "50人", "50人", HIGHER_IS_BETTER)));
			assertThat(share.count()).isEqualTo(3);
			assertThat(share.outOf()).isEqualTo(4);
			assertThat(share.value()).isEqualTo(0.75);
			assertThat(share.isAtLeast(0.7)).isTrue();
			assertThat(share.isAtLeast(0.9)).isFalse();
		}

		@Test
		void aSmallFallDoesNotCountAlthoughItIsAboutTheSame() {
			Share share = RollUp.shareAtOrAboveLastYear(List.of(program("p", "98人", "100人", HIGHER_IS_BETTER)));
			assertThat(share.count()).isZero();
			assertThat(share.outOf()).isEqualTo(1);
		}

		@Test
		void whereLowerIsBetterAFallCounts() {
			Share share = RollUp.shareAtOrAboveLastYear(List.of(program("p", "90件", "100件", LOWER_IS_BETTER)));
			assertThat(share.count()).isEqualTo(1);
		}

		@Test
		void programsWithoutRatioAreLeftOutAndCountedApart() {
			Share share = RollUp.shareAtOrAboveLastYear(List.of(
					program("akiya", "108件", "82件", HIGHER_IS_BETTER),
					Counted.of("app", YearOverYearRule.compare(PrintedValue.qualitative("ワークショップの開催"),
							PrintedValue.qualitative("先進地視察"), HIGHER_IS_BETTER))));
			assertThat(share.count()).isEqualTo(1);
			assertThat(share.outOf()).isEqualTo(1);
			assertThat(share.notComparable()).isEqualTo(1);
		}

		@Test
		void aProgramUnderTwoPlansCountsOnce() {
			Share share = RollUp.shareAtOrAboveLastYear(List.of(
					program("datsutanso", "252件", "475件", HIGHER_IS_BETTER),
					program("datsutanso", "252件", "475件", HIGHER_IS_BETTER),
					program("food-loss", "24店舗", "21店舗", HIGHER_IS_BETTER)));
			assertThat(share.outOf()).isEqualTo(2);
			assertThat(share.value()).isEqualTo(0.5);
		}

		@Test
		void withNothingComparableThereIsNoShare() {
			Share share = RollUp.shareAtOrAboveLastYear(List.of());
			assertThat(share.value()).isNull();
			assertThat(share.isAtLeast(0.7)).isFalse();
		}

		@Test
		void aShareRefusesImpossibleCounts() {
			assertThatThrownBy(() -> new Share(3, 2, 0)).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> new Share(-1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
		}

		@Test
		void exactlySevenOfTenIsSevenTenthsOrMore() {
			assertThat(new Share(7, 10, 0).isAtLeast(0.7)).isTrue();
			assertThat(new Share(6, 10, 0).isAtLeast(0.7)).isFalse();
		}
	}
}
