package io.plangraph.assessment;

import java.time.LocalDate;
import java.time.Period;

import io.plangraph.calendar.FiscalYearValue;
import io.plangraph.indicator.Measurement;
import io.plangraph.plan.ElementKind;
import io.plangraph.plan.PlanElement;
import io.plangraph.status.Achievement;
import io.plangraph.status.PledgeJudgement;
import io.plangraph.status.PledgeRule;
import io.plangraph.status.ProgressReport;
import io.plangraph.status.ProgressRule;
import io.plangraph.status.Trajectory;
import io.plangraph.assessment.Views.AchievementView;
import io.plangraph.assessment.Views.PledgeAssessmentView;
import io.plangraph.assessment.Views.TrajectoryView;
import io.plangraph.assessment.Views.YearOverYearView;

/** The rules' results in the API's shape, and a pledge judged from its element. Plain functions, no state. */
final class StatusViews {

	private StatusViews() {
	}

	static AchievementView achievement(IndicatorAssessment assessment, Achievement a) {
		var reported = assessment.reported(a.year(), a.group()).orElse(null);
		Double progress = a.baseline() != null && a.target() != null && a.actual() != null && a.baseline().isNumeric()
				&& a.target().isNumeric() && a.actual().isNumeric()
						? ProgressRule.normalised(a.baseline().number(), a.target().number(), a.actual().number()) : null;
		return new AchievementView(a.status(), reported, a.group(), FiscalYearValue.of(a.year()), number(a.baseline()),
				year(a.baseline()), number(a.target()), year(a.target()), number(a.actual()), progress, a.reason());
	}

	static TrajectoryView trajectory(Trajectory t) {
		return new TrajectoryView(t.status(), FiscalYearValue.of(t.baselineYear()), t.baselineValue(),
				FiscalYearValue.of(t.latestYear()), t.latestValue(), FiscalYearValue.of(t.targetYear()), t.targetValue(),
				t.observedPace(), t.requiredPace(), t.ratio(), t.reason());
	}

	static YearOverYearView yearOverYear(ProgramResult result) {
		var comparison = result.result();
		boolean comparable = comparison.ratio() != null;
		return new YearOverYearView(FiscalYearValue.of(result.fiscalYear()),
				FiscalYearValue.of(result.fiscalYear().previous()),
				result.value() == null ? null : result.value().text(),
				result.previousValue() == null ? null : result.previousValue().text(), comparison.ratio(),
				result.reportedRatio(), comparable ? comparison.trend() : null,
				comparable && comparison.direction().judges() ? comparison.atOrAboveLastYear() : null,
				comparison.reason());
	}

	/** A pledge's judgement on a day; {@code null} for an element that is not a pledge. */
	static PledgeJudgement judge(PlanElement element, LocalDate at, Period staleAfter) {
		if (element.kind() != ElementKind.PLEDGE || element.pledge() == null) {
			return null;
		}
		var reports = element.progress().stream().map(p -> new ProgressReport(p.asOf(), p.stage(), p.achieved())).toList();
		return PledgeRule.judge(element.deadline(), reports, at, staleAfter);
	}

	/** The judgement with the progress report it rests on, as the element printed it. */
	static PledgeAssessmentView pledgeAssessment(PlanElement element, PledgeJudgement judgement) {
		if (judgement == null) {
			return null;
		}
		var report = judgement.report() == null ? null : element.progress().stream()
			.filter(p -> p.asOf().equals(judgement.report().asOf()))
			.findFirst()
			.orElse(null);
		return new PledgeAssessmentView(judgement.status(), judgement.judgedAt(), element.deadline(), report, judgement.stale());
	}

	/** The number of a baseline, target or actual, if it has one. */
	static Double number(Measurement m) {
		return m == null ? null : m.number();
	}

	/** A measurement's fiscal year, if it has one. */
	static FiscalYearValue year(Measurement m) {
		return m == null ? null : FiscalYearValue.of(m.year());
	}

}
