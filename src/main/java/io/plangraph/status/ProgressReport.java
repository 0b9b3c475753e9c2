package io.plangraph.status;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pledge's progress report as of a day: the stage on the bar from 開始 (0) to 達成 (1), null where
 * the bar cannot be read, and whether it prints 公約達成.
 */
public record ProgressReport(LocalDate asOf, Double stage, boolean achieved) {

	public ProgressReport {
		Objects.requireNonNull(asOf, "asOf");
		if (stage != null && !(stage >= 0 && stage <= 1)) {
			throw new IllegalArgumentException("a stage lies from 0 (開始) to 1 (達成), not " + stage);
		}
	}
}
