package io.plangraph.assessment;

import java.time.LocalDate;
import java.util.List;

import io.plangraph.calendar.FiscalYearValue;
import io.plangraph.indicator.Indicator;
import io.plangraph.plan.PlanElement;
import io.plangraph.status.AchievementStatus;
import io.plangraph.status.PledgeStatus;
import io.plangraph.status.Trend;
import io.plangraph.status.TrajectoryStatus;

/** The shapes the status fields of the API answer with: plain values, no behaviour. */
final class Views {

	private Views() {
	}

	/** An indicator's computed status with its evidence. */
	record AchievementView(AchievementStatus status, AchievementStatus reportedStatus, String group,
			FiscalYearValue fiscalYear, Double baseline, FiscalYearValue baselineYear, Double target, FiscalYearValue targetYear, Double actual, Double progress,
			String reason) {
	}

	/** Whether an indicator is on track, with the evidence. */
	record TrajectoryView(TrajectoryStatus status, FiscalYearValue baselineYear, Double baselineValue,
			FiscalYearValue latestYear, Double latestValue, FiscalYearValue targetYear, Double targetValue, Double observedPace, Double requiredPace,
			Double ratio, String reason) {
	}

	/** A program against the year before. */
	record YearOverYearView(FiscalYearValue fiscalYear, FiscalYearValue previousFiscalYear, String value, String previousValue, Double ratio,
			Double reportedRatio, Trend trend, Boolean atOrAboveLastYear, String reason) {
	}

	/** A pledge's status on a date. */
	record PledgeAssessmentView(PledgeStatus status, LocalDate judgedAt, LocalDate deadline,
			PlanElement.PledgeProgress report, boolean stale) {
	}

	/** Statuses counted over part of a plan. */
	record RollupView(FiscalYearValue asOf, List<Count<AchievementStatus>> indicators, ProgramRollupView programs,
			List<Count<PledgeStatus>> pledges) {
	}

	/** Programs against the year before, counted. */
	record ProgramRollupView(int total, int comparable, int atOrAboveLastYear, Double share, List<TrendCount> byTrend,
			List<PlanElement.ReportedShare> reported) {
	}

	/** How many items have a status. */
	record Count<S>(S status, int count) {
	}

	/** How many programs have a trend. */
	record TrendCount(Trend trend, int count) {
	}

	/** A printed fact that disagrees with the document's own numbers. */
	record DiscrepancyView(String kind, PlanElement element, Indicator indicator, FiscalYearValue fiscalYear, String group,
			String reported, String computed, String explanation, String documentId) {
	}

}
