package io.plangraph.assessment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.IndicatorValue;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.plan.PlanElement;
import io.plangraph.plan.PlanGraph;
import io.plangraph.plan.PlanGraphs;
import io.plangraph.status.AchievementStatus;
import io.plangraph.status.PledgeStatus;
import io.plangraph.assessment.Views.AchievementView;
import io.plangraph.assessment.Views.DiscrepancyView;
import io.plangraph.assessment.Views.PledgeAssessmentView;
import io.plangraph.assessment.Views.RollupView;
import io.plangraph.assessment.Views.TrajectoryView;
import io.plangraph.assessment.Views.YearOverYearView;

import org.springframework.stereotype.Component;

/**
 * The reads behind every status field: the rules applied to what the indicator or its plan already holds,
 * with today and the settings filled in, and the one query that picks the plans to check for discrepancies.
 */
@Component
final class AssessmentQueries {

	private static final String PLANS = """
			MATCH (p:Plan)
			WHERE ($cityCode IS NULL OR p.cityCode = $cityCode) AND ($planId IS NULL OR p.id = $planId)
			RETURN p.id AS id ORDER BY p.cityCode, p.id
			""";

	private final GraphReader graph;

	private final PlanGraphs plans;

	private final StatusSettings settings;

	private final StatusClock clock;

	private final StatusMemo memo;

	AssessmentQueries(GraphReader graph, PlanGraphs plans, StatusSettings settings, StatusClock clock, StatusMemo memo) {
		this.graph = graph;
		this.memo = memo;
		this.plans = plans;
		this.settings = settings;
		this.clock = clock;
	}

	AchievementStatus status(Indicator indicator, FiscalYear asOf, String group) {
		var current = clock.currentFiscalYear();
		return memo.get(indicator, key("status", asOf, group, current),
				() -> new IndicatorAssessment(indicator).achievement(asOf, group, current).status());
	}

	AchievementStatus reportedStatus(Indicator indicator, FiscalYear fiscalYear, String group) {
		var assessment = new IndicatorAssessment(indicator);
		assessment.series(group); // refuses a group the indicator does not have
		return assessment.reported(fiscalYear, group).orElse(null);
	}

	Double progress(Indicator indicator, FiscalYear asOf, String group) {
		return memo.get(indicator, key("progress", asOf, group), () -> new IndicatorAssessment(indicator).progress(asOf, group));
	}

	AchievementView achievement(Indicator indicator, FiscalYear asOf, String group) {
		var current = clock.currentFiscalYear();
		return memo.get(indicator, key("achievement", asOf, group, current), () -> {
			var assessment = new IndicatorAssessment(indicator);
			return StatusViews.achievement(assessment, assessment.achievement(asOf, group, current));
		});
	}

	/** One achievement per group, or one for the whole where the indicator is not split. */
	List<AchievementView> achievements(Indicator indicator, FiscalYear asOf) {
		var assessment = new IndicatorAssessment(indicator);
		var groups = indicator.groups().isEmpty() ? Collections.<String>singletonList(null) : indicator.groups();
		var current = clock.currentFiscalYear();
		return groups.stream().map(group -> StatusViews.achievement(assessment, assessment.achievement(asOf, group, current))).toList();
	}

	IndicatorValue latestValue(Indicator indicator, FiscalYear asOf, String group) {
		var assessment = new IndicatorAssessment(indicator);
		assessment.series(group); // refuses a group the indicator does not have
		return assessment.latestValue(asOf, group).orElse(null);
	}

	TrajectoryView trajectory(Indicator indicator, FiscalYear asOf, String group) {
		return memo.get(indicator, key("trajectory", asOf, group),
				() -> StatusViews.trajectory(new IndicatorAssessment(indicator).trajectory(asOf, group, settings.thresholds())));
	}

	/** A program against last year, or {@code null} without an output indicator or any printed result. */
	YearOverYearView yearOverYear(PlanGraph plan, PlanElement element, FiscalYear fiscalYear) {
		return memo.get(plan, key("yearOverYear", element.id(), fiscalYear), () -> ProgramResult.of(plan, element, fiscalYear, settings.band())
			.filter(result -> result.fiscalYear() != null)
			.map(StatusViews::yearOverYear)
			.orElse(null));
	}

	PledgeStatus pledgeStatus(PlanElement element, LocalDate asOf) {
		var judgement = StatusViews.judge(element, asOf == null ? clock.today() : asOf, settings.pledgeStaleAfter());
		return judgement == null ? null : judgement.status();
	}

	PledgeAssessmentView pledgeAssessment(PlanElement element, LocalDate asOf) {
		return StatusViews.pledgeAssessment(element,
				StatusViews.judge(element, asOf == null ? clock.today() : asOf, settings.pledgeStaleAfter()));
	}

	/** The roll-up of an element and everything under it. */
	RollupView rollup(PlanGraph plan, PlanElement element, FiscalYear asOf) {
		LocalDate today = clock.today();
		return memo.get(plan, key("rollup", element.id(), asOf, today), () -> rollup(plan, plan.subtree(element.id()), asOf, today));
	}

	/** The roll-up of a whole plan. */
	RollupView rollup(PlanGraph plan, FiscalYear asOf) {
		LocalDate today = clock.today();
		return memo.get(plan, key("rollup", null, asOf, today), () -> rollup(plan, plan.everything(), asOf, today));
	}

	/** The roll-up of part of a plan; pledges are judged at the end of {@code asOf}, or today if that is sooner. */
	private RollupView rollup(PlanGraph plan, Set<PlanElement> elements, FiscalYear asOf, LocalDate today) {
		LocalDate pledgeDate = asOf == null || asOf.end().isAfter(today) ? today : asOf.end();
		return RollUps.of(plan, elements, asOf, FiscalYear.containing(today), pledgeDate, settings);
	}

	/** A memo key: the kind of status and what it depends on besides its owner (nulls allowed). */
	private static List<Object> key(Object... parts) {
		return java.util.Arrays.asList(parts);
	}

	/** Discrepancies in one city's or one plan's documents, or in all of them. */
	List<DiscrepancyView> discrepancies(String cityCode, String planId) {
		var parameters = new HashMap<String, Object>();
		parameters.put("cityCode", cityCode);
		parameters.put("planId", planId);
		var planIds = graph.list(PLANS, parameters, r -> r.get("id").asString());
		if (planIds.isEmpty()) {
			return List.of();
		}
		var loaded = plans.load(new LinkedHashSet<>(planIds));
		return DiscrepancyChecks.in(planIds.stream().map(loaded::get).toList());
	}

}
