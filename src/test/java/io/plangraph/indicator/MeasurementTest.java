package io.plangraph.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plangraph.calendar.FiscalYear;
import org.junit.jupiter.api.Test;

class MeasurementTest {

	private static final FiscalYear R3 = FiscalYear.parse("R3");

	@Test
	void namedFactoriesGiveTheType() {
		PrintedValue value = PrintedValue.parse("5件");
		assertThat(Measurement.baseline(R3, value).type()).isEqualTo(ValueType.BASELINE);
		assertThat(Measurement.target(R3, value).type()).isEqualTo(ValueType.TARGET);
		assertThat(Measurement.actual(R3, value).type()).isEqualTo(ValueType.ACTUAL);
	}

	@Test
	void aValueCanBeGroupedAndABaselineFlagged() {
		Measurement baseline = Measurement.baseline(R3, PrintedValue.parse("62.0%以上")).inGroup("小学生").flaggedForStatus();
		assertThat(baseline.group()).isEqualTo("小学生");
		assertThat(baseline.usedForStatus()).isTrue();
		assertThat(baseline.number()).isEqualTo(62.0);
		assertThat(baseline.isNumeric()).isTrue();
	}

	@Test
	void onlyABaselineIsFlaggedForStatus() {
		assertThatThrownBy(() -> Measurement.target(R3, PrintedValue.parse("5件")).flaggedForStatus())
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aGroupIsNamedOrLeftOut() {
		assertThatThrownBy(() -> Measurement.actual(R3, PrintedValue.parse("5件")).inGroup(" "))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aValueWithoutYearIsAllowed() {
		assertThat(Measurement.baseline(null, PrintedValue.parse("5件")).year()).isNull();
	}
}
