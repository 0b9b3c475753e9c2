package io.plangraph.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plangraph.indicator.InvalidPrintedMarkException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AchievementStatusTest {

	@ParameterizedTest(name = "{0} reports {1}")
	@CsvSource({"◎目標値以上, TARGET_MET", "○基準値以上, BASELINE_MET", "△基準値未満, BELOW_BASELINE",
			"△基準値未滿, BELOW_BASELINE", "—指標未公表, NOT_PUBLISHED", "◎, TARGET_MET", "○, BASELINE_MET",
			"△, BELOW_BASELINE", "—, NOT_PUBLISHED"})
	void aPrintedMarkReportsItsStatus(String mark, AchievementStatus status) {
		assertThat(AchievementStatus.fromPrintedMark(mark)).isEqualTo(status);
	}

	@Test
	void eachStatusPrintsAsHitachisLegend() {
		assertThat(AchievementStatus.TARGET_MET.printed()).isEqualTo("◎目標値以上");
		assertThat(AchievementStatus.BELOW_BASELINE.symbol()).isEqualTo("△");
		assertThat(AchievementStatus.NOT_PUBLISHED.legend()).isEqualTo("指標未公表");
	}

	@Test
	void notEvaluableHasNoMark() {
		assertThat(AchievementStatus.NOT_EVALUABLE.symbol()).isNull();
		assertThat(AchievementStatus.NOT_EVALUABLE.legend()).isNull();
		assertThat(AchievementStatus.NOT_EVALUABLE.printed()).isNull();
	}

	@Test
	void anUnknownMarkIsAnError() {
		assertThatThrownBy(() -> AchievementStatus.fromPrintedMark("×"))
				.isInstanceOf(InvalidPrintedMarkException.class);
	}
}
