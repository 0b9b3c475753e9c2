package io.plangraph.indicator;

import static io.plangraph.indicator.Direction.HIGHER_IS_BETTER;
import static io.plangraph.indicator.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DirectionTest {

	@Nested
	class Comparing {

		@Test
		void higherIsBetterPrefersTheLargerValue() {
			assertThat(HIGHER_IS_BETTER.isBetter(5, 4)).isTrue();
			assertThat(HIGHER_IS_BETTER.isBetter(4, 5)).isFalse();
			assertThat(HIGHER_IS_BETTER.isBetter(5, 5)).isFalse();
			assertThat(HIGHER_IS_BETTER.isAtLeastAsGoodAs(5, 5)).isTrue();
			assertThat(HIGHER_IS_BETTER.isAtLeastAsGoodAs(4, 5)).isFalse();
		}

		@Test
		void lowerIsBetterPrefersTheSmallerValue() {
			assertThat(LOWER_IS_BETTER.isBetter(4, 5)).isTrue();
			assertThat(LOWER_IS_BETTER.isBetter(5, 4)).isFalse();
			assertThat(LOWER_IS_BETTER.isBetter(5, 5)).isFalse();
			assertThat(LOWER_IS_BETTER.isAtLeastAsGoodAs(5, 5)).isTrue();
			assertThat(LOWER_IS_BETTER.isAtLeastAsGoodAs(6, 5)).isFalse();
		}

		@Test
		void anImprovementIsPositiveInEitherDirection() {
			assertThat(HIGHER_IS_BETTER.improvement(10, 12)).isEqualTo(2);
			assertThat(LOWER_IS_BETTER.improvement(86, 85)).isEqualTo(1);
			assertThat(LOWER_IS_BETTER.improvement(85, 86)).isEqualTo(-1);
			assertThat(HIGHER_IS_BETTER.sign()).isEqualTo(1);
			assertThat(LOWER_IS_BETTER.sign()).isEqualTo(-1);
		}

		@Test
		void zeroAndMinusZeroAreEqual() {
			assertThat(HIGHER_IS_BETTER.isAtLeastAsGoodAs(-0.0, 0.0)).isTrue();
			assertThat(LOWER_IS_BETTER.isAtLeastAsGoodAs(0.0, -0.0)).isTrue();
		}
	}

	@Nested
	class Finding {

		@Test
		void atLeastMeansHigherIsBetterAndAtMostLowerIsBetter() {
			assertThat(Direction.of(Bound.AT_LEAST)).isEqualTo(HIGHER_IS_BETTER);
			assertThat(Direction.of(Bound.AT_MOST)).isEqualTo(LOWER_IS_BETTER);
		}

		@Test
		void theBoundsOfAnIndicatorsValuesStateItsDirection() {
			List<PrintedValue> values = List.of(PrintedValue.parse("86人/年以下"), PrintedValue.parse("50人/年以下"),
					PrintedValue.parse("85人/年"));
			assertThat(Direction.fromBounds(values)).contains(LOWER_IS_BETTER);
		}

		@Test
		void valuesWithoutBoundsStateNothing() {
			assertThat(Direction.fromBounds(List.of(PrintedValue.parse("95.0%"), PrintedValue.parse("—")))).isEmpty();
		}

		@Test
		void contradictingBoundsAreAnError() {
			assertThatThrownBy(() -> Direction.fromBounds(List.of(PrintedValue.parse("5件以上"),
					PrintedValue.parse("3件以下"))))
					.isInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining("以上")
					.hasMessageContaining("以下");
		}

		@Test
		void whereTheSourceIsSilentTheDirectionFollowsFromBaselineToTarget() {
			// 経常収支比率 95.0% → 94.0%; 人口社会増減率 △0.35% → △0.20%.
			assertThat(Direction.inferredFrom(95.0, 94.0)).contains(LOWER_IS_BETTER);
			assertThat(Direction.inferredFrom(-0.35, -0.20)).contains(HIGHER_IS_BETTER);
			assertThat(Direction.inferredFrom(60.0, 60.0)).isEmpty();
		}
	}
}
