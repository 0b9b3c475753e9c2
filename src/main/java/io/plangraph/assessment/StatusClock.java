package io.plangraph.assessment;

import java.time.Clock;
import java.time.LocalDate;

import io.plangraph.calendar.FiscalYear;

import org.springframework.stereotype.Component;

/** "Today" for the status rules: the application's clock, read in the zone the settings name. */
@Component
public final class StatusClock {

	private final Clock clock;

	private final StatusSettings settings;

	StatusClock(Clock clock, StatusSettings settings) {
		this.clock = clock;
		this.settings = settings;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(settings.timeZone()));
	}

	/** The fiscal year today falls in: the year judged when an indicator has no actual yet. */
	public FiscalYear currentFiscalYear() {
		return FiscalYear.containing(today());
	}

}
