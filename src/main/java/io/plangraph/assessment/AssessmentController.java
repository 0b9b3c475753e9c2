package io.plangraph.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.IndicatorRole;
import io.plangraph.indicator.IndicatorValue;
import io.plangraph.plan.ElementKind;
import io.plangraph.plan.Plan;
import io.plangraph.plan.PlanElement;
import io.plangraph.plan.PlanGraph;
import io.plangraph.status.Achievement;
import io.plangraph.status.AchievementStatus;
import io.plangraph.status.Counted;
import io.plangraph.status.PledgeJudgement;
import io.plangraph.status.PledgeRule;
import io.plangraph.status.PledgeStatus;
import io.plangraph.status.ProgressReport;
import io.plangraph.status.ProgressRule;
import io.plangraph.status.RollUp;
import io.plangraph.status.Trajectory;
import io.plangraph.status.Trend;
import io.plangraph.status.YearOverYear;
import io.plangraph.assessment.Views.AchievementView;
import io.plangraph.assessment.Views.Count;
import io.plangraph.assessment.Views.PledgeAssessmentView;
import io.plangraph.assessment.Views.ProgramRollupView;
import io.plangraph.assessment.Views.RollupView;
import io.plangraph.assessment.Views.TrajectoryView;
import io.plangraph.assessment.Views.TrendCount;
import io.plangraph.assessment.Views.YearOverYearView;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Statuses, computed when they are read: an indicator's achievement, progress and trajectory; a
 * program's year over year; a pledge's status on a date; roll-ups over any part of a plan. Everything
 * comes from data already loaded with the indicator or its plan, so statuses add no round trips.
 */
@Controller
class AssessmentController {

	private final StatusSettings settings;

	private final Clock clock;

	AssessmentController(StatusSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(settings.timeZone()));
	}

	private FiscalYear currentFiscalYear() {
		return FiscalYear.containing(today());
	}

	@SchemaMapping(typeName = "Indicator")
	AchievementStatus status(Indicator indicator, @Argument FiscalYear asOf, @Argument String group) {
		return new IndicatorAssessment(indicator).achievement(asOf, group, currentFiscalYear()).status();
	}

	@SchemaMapping(typeName = "Indicator")
	AchievementStatus reportedStatus(Indicator indicator, @Argument FiscalYear fiscalYear, @Argument String group) {
		var assessment = new IndicatorAssessment(indicator);
		assessment.series(group);
		return assessment.reported(fiscalYear, group).orElse(null);
	}

	@SchemaMapping(typeName = "Indicator")
	Double progress(Indicator indicator, @Argument FiscalYear asOf, @Argument String group) {
		return new IndicatorAssessment(indicator).progress(asOf, group);
	}

	@SchemaMapping(typeName = "Indicator")
	AchievementView achievement(Indicator indicator, @Argument FiscalYear asOf, @Argument String group) {
		var assessment = new IndicatorAssessment(indicator);
		return view(assessment, assessment.achievement(asOf, group, currentFiscalYear()));
	}

	@SchemaMapping(typeName = "Indicator")
	List<AchievementView> achievements(Indicator indicator, @Argument FiscalYear asOf) {
		var assessment = new IndicatorAssessment(indicator);
		var groups = indicator.groups().isEmpty() ? java.util.Collections.<String>singletonList(null) : indicator.groups();
		return groups.stream().map(group -> view(assessment, assessment.achievement(asOf, group, currentFiscalYear()))).toList();
	}

	@SchemaMapping(typeName = "Indicator")
	IndicatorValue latestValue(Indicator indicator, @Argument FiscalYear asOf, @Argument String group) {
		var assessment = new IndicatorAssessment(indicator);
		assessment.series(group);
		return assessment.latestValue(asOf, group).orElse(null);
	}

	@SchemaMapping(typeName = "Indicator")
	TrajectoryView trajectory(Indicator indicator, @Argument FiscalYear asOf, @Argument String group) {
		Trajectory t = new IndicatorAssessment(indicator).trajectory(asOf, group, settings.thresholds());
		return new TrajectoryView(t.status(), startYear(t.baselineYear()), t.baselineValue(), startYear(t.latestYear()),
				t.latestValue(), startYear(t.targetYear()), t.targetValue(), t.observedPace(), t.requiredPace(), t.ratio(),
				t.reason());
	}

	@SchemaMapping(typeName = "PlanElement")
	CompletableFuture<YearOverYearView> yearOverYear(PlanElement element, @Argument FiscalYear fiscalYear,
			DataLoader<String, PlanGraph> plans) {
		return plans.load(element.planId())
			.thenApply(plan -> ProgramResult.of(plan, element, fiscalYear, settings.band())
				.filter(result -> result.fiscalYear() != null)
				.map(AssessmentController::view)
				.orElse(null));
	}

	@SchemaMapping(typeName = "PlanElement")
	PledgeStatus pledgeStatus(PlanElement element, @Argument LocalDate asOf) {
		var judgement = judge(element, asOf == null ? today() : asOf);
		return judgement == null ? null : judgement.status();
	}

	@SchemaMapping(typeName = "PlanElement")
	PledgeAssessmentView pledgeAssessment(PlanElement element, @Argument LocalDate asOf) {
		var judgement = judge(element, asOf == null ? today() : asOf);
		if (judgement == null) {
			return null;
		}
		var report = judgement.report() == null ? null : element.progress().stream()
			.filter(p -> p.asOf().equals(judgement.report().asOf()))
			.findFirst()
			.orElse(null);
		return new PledgeAssessmentView(judgement.status(), judgement.judgedAt(), element.deadline(), report, judgement.stale());
	}

	@SchemaMapping(typeName = "PlanElement")
	CompletableFuture<RollupView> rollup(PlanElement element, @Argument FiscalYear asOf, DataLoader<String, PlanGraph> plans) {
		return plans.load(element.planId()).thenApply(plan -> rollup(plan, plan.subtree(element.id()), asOf));
	}

	@SchemaMapping(typeName = "Plan", field = "rollup")
	CompletableFuture<RollupView> planRollup(Plan plan, @Argument FiscalYear asOf, DataLoader<String, PlanGraph> plans) {
		return plans.load(plan.id()).thenApply(graph -> rollup(graph, graph.everything(), asOf));
	}

	private PledgeJudgement judge(PlanElement element, LocalDate at) {
		if (element.kind() != ElementKind.PLEDGE || element.pledge() == null) {
			return null;
		}
		var reports = element.progress().stream().map(p -> new ProgressReport(p.asOf(), p.stage(), p.achieved())).toList();
		return PledgeRule.judge(element.deadline(), reports, at, settings.pledgeStaleAfter());
	}

	/**
	 * Counts over a set of elements: indicator series (each group of a split indicator apart) by status,
	 * programs against last year, pledges by status. Sets, not paths: each item counts once.
	 */
	private RollupView rollup(PlanGraph plan, java.util.Set<PlanElement> elements, FiscalYear asOf) {
		FiscalYear current = currentFiscalYear();
		var indicatorStatuses = new ArrayList<Counted<AchievementStatus>>();
		var programResults = new ArrayList<Counted<YearOverYear>>();
		var pledgeStatuses = new ArrayList<Counted<PledgeStatus>>();
		var reportedShares = new ArrayList<PlanElement.ReportedShare>();
		LocalDate pledgeDate = asOf == null || asOf.end().isAfter(today()) ? today() : asOf.end();
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
			var judgement = judge(element, pledgeDate);
			if (judgement != null) {
				pledgeStatuses.add(Counted.of(element.id(), judgement.status()));
			}
		}
		var indicatorCounts = RollUp.count(AchievementStatus.class, indicatorStatuses);
		var pledgeCounts = RollUp.count(PledgeStatus.class, pledgeStatuses);
		var share = RollUp.shareAtOrAboveLastYear(programResults);
		var trends = new EnumMap<Trend, Integer>(Trend.class);
		programResults.stream().collect(java.util.stream.Collectors.toMap(Counted::id, Counted::status, (a, b) -> a))
			.values()
			.forEach(result -> trends.merge(result.trend(), 1, Integer::sum));
		var byTrend = List.of(Trend.BETTER, Trend.ABOUT_SAME, Trend.WORSE).stream()
			.map(trend -> new TrendCount(trend, trends.getOrDefault(trend, 0)))
			.toList();
		return new RollupView(asOf == null ? null : asOf.startYear(),
				List.of(AchievementStatus.values()).stream().map(s -> new Count<>(s, indicatorCounts.count(s))).toList(),
				new ProgramRollupView(share.outOf() + share.notComparable(), share.outOf(),
						share.count(), share.value(), byTrend, reportedShares),
				List.of(PledgeStatus.values()).stream().map(s -> new Count<>(s, pledgeCounts.count(s))).toList());
	}

	private static AchievementView view(IndicatorAssessment assessment, Achievement a) {
		var reported = assessment.reported(a.year(), a.group()).orElse(null);
		Double progress = a.baseline() != null && a.target() != null && a.actual() != null && a.baseline().isNumeric()
				&& a.target().isNumeric() && a.actual().isNumeric()
						? ProgressRule.normalised(a.baseline().number(), a.target().number(), a.actual().number()) : null;
		return new AchievementView(a.status(), reported, a.group(), a.year().startYear(), number(a.baseline()),
				year(a.baseline()), number(a.target()), year(a.target()), number(a.actual()), progress, a.reason());
	}

	private static YearOverYearView view(ProgramResult result) {
		var comparison = result.result();
		boolean comparable = comparison.ratio() != null;
		return new YearOverYearView(result.fiscalYear().startYear(), result.fiscalYear().previous().startYear(),
				result.value() == null ? null : result.value().text(),
				result.previousValue() == null ? null : result.previousValue().text(), comparison.ratio(),
				result.reportedRatio(), comparable ? comparison.trend() : null,
				comparable && comparison.direction().judges() ? comparison.atOrAboveLastYear() : null,
				comparison.reason());
	}

	private static Double number(io.plangraph.indicator.Measurement m) {
		return m == null ? null : m.number();
	}

	private static Integer year(io.plangraph.indicator.Measurement m) {
		return m == null || m.year() == null ? null : m.year().startYear();
	}

	private static Integer startYear(FiscalYear year) {
		return year == null ? null : year.startYear();
	}

}
