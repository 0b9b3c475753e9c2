package io.plangraph.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.PrintedRatio;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.Keyed;
import io.plangraph.plan.PlanElement;
import io.plangraph.plan.PlanGraph;
import io.plangraph.plan.PlanGraphs;
import io.plangraph.source.SourceDocument;
import io.plangraph.status.AchievementRule;
import io.plangraph.status.Discrepancies;
import io.plangraph.status.Verdict;
import io.plangraph.assessment.Views.DiscrepancyView;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The analyst's checklist: printed marks and ratios that disagree with the printed numbers beside them.
 * Only real disagreements: a mark is checked only where the document printed the actual it judges, and
 * a ratio agrees when it is within one unit of its last printed digit.
 */
@Controller
class DiscrepancyController {

	private final GraphReader graph;

	private final PlanGraphs plans;

	DiscrepancyController(GraphReader graph, PlanGraphs plans) {
		this.graph = graph;
		this.plans = plans;
	}

	@QueryMapping
	List<DiscrepancyView> discrepancies(@Argument String cityCode, @Argument String planId) {
		var planIds = graph.list("""
				MATCH (p:Plan)
				WHERE ($cityCode IS NULL OR p.cityCode = $cityCode) AND ($planId IS NULL OR p.id = $planId)
				RETURN p.id AS id ORDER BY p.cityCode, p.id
				""", parameters(cityCode, planId), r -> r.get("id").asString());
		if (planIds.isEmpty()) {
			return List.of();
		}
		var loaded = plans.load(new java.util.LinkedHashSet<>(planIds));
		var found = new ArrayList<DiscrepancyView>();
		var checkedIndicators = new java.util.HashSet<String>();
		for (String id : planIds) {
			PlanGraph plan = loaded.get(id);
			for (PlanElement element : plan.allElements()) {
				ratios(plan, element, found);
				for (Indicator indicator : plan.indicators(element.id())) {
					if (checkedIndicators.add(indicator.id())) {
						marks(indicator, found);
					}
				}
			}
		}
		return found;
	}

	@BatchMapping(typeName = "Discrepancy", field = "document")
	Map<DiscrepancyView, SourceDocument> document(List<DiscrepancyView> discrepancies) {
		var rows = graph.keyed("MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS key, d",
				Map.of("ids", discrepancies.stream().map(DiscrepancyView::documentId).distinct().toList()),
				r -> SourceDocument.of(r.get("d").asNode()));
		return Keyed.single(discrepancies, DiscrepancyView::documentId, rows);
	}

	private static void ratios(PlanGraph plan, PlanElement element, List<DiscrepancyView> found) {
		for (var printed : element.reportedRatios()) {
			var year = FiscalYear.of(printed.fiscalYear().year());
			ProgramResult.of(plan, element, year, io.plangraph.status.AboutSameBand.DEFAULT)
				.filter(result -> result.value() != null && result.previousValue() != null)
				.ifPresent(result -> {
					var check = Discrepancies.ratio(PrintedRatio.parse(printed.text()), result.value().printed(),
							result.previousValue().printed());
					if (check.verdict() == Verdict.DISAGREES) {
						int decimals = check.printed().decimals();
						String computed = String.format(Locale.ROOT, "%." + decimals + "f%%", check.computed() * 100);
						found.add(new DiscrepancyView("RATIO", element, null, year.startYear(), null, printed.text(), computed,
								"%s / %s = %s, printed %s".formatted(result.value().text(), result.previousValue().text(),
										computed, printed.text()),
								element.documentId()));
					}
				});
		}
	}

	private static void marks(Indicator indicator, List<DiscrepancyView> found) {
		var assessment = new IndicatorAssessment(indicator);
		for (var mark : indicator.reportedMarks()) {
			var year = FiscalYear.of(mark.fiscalYear().year());
			// A mark for the whole of a split indicator, or for a year whose actual is not printed, cannot be checked.
			if ((mark.group() == null && !indicator.groups().isEmpty()) || !assessment.printedAnActualIn(year, mark.group())) {
				continue;
			}
			var achievement = AchievementRule.judge(assessment.series(mark.group()), year);
			var check = Discrepancies.mark(mark.printed(), achievement.status());
			if (check.verdict() == Verdict.DISAGREES) {
				found.add(new DiscrepancyView("MARK", null, indicator, year.startYear(), mark.group(), mark.text(),
						achievement.status().printed(), "baseline %s, target %s, actual %s (%s)".formatted(
								text(achievement.baseline()), text(achievement.target()), text(achievement.actual()),
								indicator.direction()),
						mark.documentId()));
			}
		}
	}

	private static String text(io.plangraph.indicator.Measurement m) {
		return m == null ? "none" : m.value().text();
	}

	private static Map<String, Object> parameters(String cityCode, String planId) {
		var parameters = new HashMap<String, Object>();
		parameters.put("cityCode", cityCode);
		parameters.put("planId", planId);
		return parameters;
	}


}
