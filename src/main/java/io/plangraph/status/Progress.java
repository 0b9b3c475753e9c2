package io.plangraph.status;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Measurement;

/**
 * How far an indicator has come from its baseline towards its target as of a fiscal year:
 * (A − B) / (T − B), 0 at the baseline, 1 at the target, negative when it went the wrong way; null,
 * with the reason, where it cannot be computed.
 */
public record Progress(Double value, FiscalYear asOf, Measurement baseline, Measurement target,
		Measurement actual, String reason) {
}
