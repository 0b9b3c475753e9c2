package io.plangraph.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.calendar.FiscalYearValue;
import io.plangraph.indicator.IndicatorRole;
import io.plangraph.plan.ElementKind;
import io.plangraph.plan.PlanElement;
import io.plangraph.plan.PlanGraph;
import io.plangraph.status.AchievementStatus;
import io.plangraph.status.Counted;
import io.plangraph.status.PledgeStatus;
import io.plangraph.status.RollUp;
import io.plangraph.status.Trend;
import io.plangraph.status.YearOverYear;
import io.plangraph.assessment.Views.Count;
import io.plangraph.assessment.Views.ProgramRollupView;
import io.plangraph.assessment.Views.RollupView;
import io.plangraph.assessment.Views.TrendCount;

/**
 * Counts over a set of elements: indicator series (each group of a split indicator apart) by status,
 * programs against last year, pledges by status. Sets, not paths: each item counts once. Plain Java.
 */
final class RollUps {

	private RollUps() {
	}

	/**
	 * The roll-up of {@code elements} of {@code plan}.
	 *
	 * @param current the fiscal year to judge an indicator in when it has no actual and none is asked
	 * @param pledgeDate the day pledges are judged on
	 */
	static RollupView of(PlanGraph plan, Set<PlanElement> elements, FiscalYear asOf, FiscalYear current,
			LocalDate pledgeDate, StatusSettings settings) {
		var indicatorStatuses = new ArrayList<Counted<AchievementStatus>>();
		var programResults = new ArrayList<Counted<YearOverYear>>();
		var pledgeStatuses = new ArrayList<Counted<PledgeStatus>>();
		var reportedShares = new ArrayList<PlanElement.ReportedShare>();
		for (PlanElement element : elements) {
			reportedShares.addAll(element.reportedShares());
			for (var use : plan.uses(element.id())) {
				if (use.role() == IndicatorRole.PROGRAM_OUTPUT) {
					continue;
				}
				var assessment = new IndicatorAssessment(use.indicator());
				for (var series : assessment.everySeries()) {
					var achievement = assessment.achievement(asOf, series.group(), current);
					String id = use.indicator().id() + (series.group() == null ? "" : "#" + series.group());
					indicatorStatuses.add(Counted.of(id, achievement.status()));
				}
			}
			if (element.kind() == ElementKind.PROGRAM) {
				ProgramResult.of(plan, element, asOf, settings.band())
					.ifPresent(result -> programResults.add(Counted.of(element.id(), result.result())));
			}
			var judgement = StatusViews.judge(element, pledgeDate, settings.pledgeStaleAfter());
			if (judgement != null) {
				pledgeStatuses.add(Counted.of(element.id(), judgement.status()));
			}
		}
		return tally(asOf, indicatorStatuses, programResults, pledgeStatuses, reportedShares);
	}

	/** The counts in the API's shape: every status and trend listed, zero where nothing has it. */
	static RollupView tally(FiscalYear asOf, Collection<Counted<AchievementStatus>> indicatorStatuses,
			Collection<Counted<YearOverYear>> programResults, Collection<Counted<PledgeStatus>> pledgeStatuses,
			List<PlanElement.ReportedShare> reportedShares) {
		var indicatorCounts = RollUp.count(AchievementStatus.class, indicatorStatuses);
		var pledgeCounts = RollUp.count(PledgeStatus.class, pledgeStatuses);
		var share = RollUp.shareAtOrAboveLastYear(programResults);
		var trends = new EnumMap<Trend, Integer>(Trend.class);
		programResults.stream()
			.collect(Collectors.toMap(Counted::id, Counted::status, (a, b) -> a))
			.values()
			.forEach(result -> trends.merge(result.trend(), 1, Integer::sum));
		var byTrend = List.of(Trend.BETTER, Trend.ABOUT_SAME, Trend.WORSE).stream()
			.map(trend -> new TrendCount(trend, trends.getOrDefault(trend, 0)))
			.toList();
		return new RollupView(FiscalYearValue.of(asOf),
				List.of(AchievementStatus.values()).stream().map(s -> new Count<>(s, indicatorCounts.count(s))).toList(),
				new ProgramRollupView(share.outOf() + share.notComparable(), share.outOf(), share.count(), share.value(),
						byTrend, reportedShares),
				List.of(PledgeStatus.values()).stream().map(s -> new Count<>(s, pledgeCounts.count(s))).toList());
	}

}
