package io.plangraph.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.PrintedRatio;
import io.plangraph.plan.PlanElement;
import io.plangraph.plan.PlanGraph;
import io.plangraph.status.AboutSameBand;
import io.plangraph.status.AchievementRule;
import io.plangraph.status.Discrepancies;
import io.plangraph.status.Verdict;
import io.plangraph.assessment.Views.DiscrepancyView;

/**
 * The analyst's checklist: printed marks and ratios that disagree with the printed numbers beside them.
 * Only real disagreements: a mark is checked only where the document printed the actual it judges, and
 * a ratio agrees when it is within one unit of its last printed digit. Plain Java over loaded plans.
 */
final class DiscrepancyChecks {

	private DiscrepancyChecks() {
	}

	/** Every disagreement in the plans, in their order; an indicator used in several places is checked once. */
	static List<DiscrepancyView> in(List<PlanGraph> plans) {
		var found = new ArrayList<DiscrepancyView>();
		var checkedIndicators = new HashSet<String>();
		for (PlanGraph plan : plans) {
			for (PlanElement element : plan.allElements()) {
				for (var printed : element.reportedRatios()) {
					var year = FiscalYear.of(printed.fiscalYear().year());
					ProgramResult.of(plan, element, year, AboutSameBand.DEFAULT)
						.flatMap(result -> ratio(element, printed, result))
						.ifPresent(found::add);
				}
				for (Indicator indicator : plan.indicators(element.id())) {
					if (checkedIndicators.add(indicator.id())) {
						found.addAll(marks(indicator));
					}
				}
			}
		}
		return found;
	}

	/** A printed 前年度比 against the program's two printed results, if it disagrees with them. */
	static Optional<DiscrepancyView> ratio(PlanElement element, PlanElement.ReportedRatio printed, ProgramResult result) {
		if (result.value() == null || result.previousValue() == null) {
			return Optional.empty();
		}
		var check = Discrepancies.ratio(PrintedRatio.parse(printed.text()), result.value().printed(),
				result.previousValue().printed());
		if (check.verdict() != Verdict.DISAGREES) {
			return Optional.empty();
		}
		int decimals = check.printed().decimals();
		String computed = String.format(Locale.ROOT, "%." + decimals + "f%%", check.computed() * 100);
		return Optional.of(new DiscrepancyView("RATIO", element, null, printed.fiscalYear(), null, printed.text(),
				computed, "%s / %s = %s, printed %s".formatted(result.value().text(), result.previousValue().text(), computed,
						printed.text()),
				element.documentId()));
	}

	/** The indicator's printed marks that disagree with the status its printed numbers give. */
	static List<DiscrepancyView> marks(Indicator indicator) {
		var found = new ArrayList<DiscrepancyView>();
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
				found.add(new DiscrepancyView("MARK", null, indicator, mark.fiscalYear(), mark.group(), mark.text(),
						achievement.status().printed(), "baseline %s, target %s, actual %s (%s)".formatted(
								text(achievement.baseline()), text(achievement.target()), text(achievement.actual()),
								indicator.direction()),
						mark.documentId()));
			}
		}
		return found;
	}

	private static String text(io.plangraph.indicator.Measurement m) {
		return m == null ? "none" : m.value().text();
	}

}
