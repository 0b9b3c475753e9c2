package io.plangraph.assessment;

import java.time.Period;
import java.time.ZoneId;

import io.plangraph.status.AboutSameBand;
import io.plangraph.status.TrajectoryThresholds;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The knobs of the status rules.
 *
 * @param aboutSame how far a program's ratio to last year may be from 1 and still count as
 *     "about the same" (0.05: 95 %–105 %)
 * @param pledgeStaleAfter how old a pledge's last progress report may be before it is flagged stale
 * @param onTrack trajectory: observed / required pace at or above which an indicator is on track
 * @param accelerationNeeded trajectory: the ratio at or above which it needs acceleration (below:
 *     limited progress)
 * @param timeZone the zone in which "today" is taken, for pledges
 */
@ConfigurationProperties("plangraph.status")
public record StatusSettings(@DefaultValue("0.05") double aboutSame, @DefaultValue("P6M") Period pledgeStaleAfter,
		@DefaultValue("0.95") double onTrack, @DefaultValue("0.60") double accelerationNeeded,
		@DefaultValue("Asia/Tokyo") ZoneId timeZone) {

	public AboutSameBand band() {
		return new AboutSameBand(aboutSame);
	}

	public TrajectoryThresholds thresholds() {
		return new TrajectoryThresholds(onTrack, accelerationNeeded);
	}

}
