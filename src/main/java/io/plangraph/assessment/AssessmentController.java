package io.plangraph.assessment;

import java.time.LocalDate;
import java.util.List;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.IndicatorValue;
import io.plangraph.plan.PlanElement;
import io.plangraph.status.PledgeStatus;
import io.plangraph.assessment.Views.AchievementView;
import io.plangraph.assessment.Views.PledgeAssessmentView;
import io.plangraph.assessment.Views.TrajectoryView;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Statuses, computed when they are read: an indicator's achievement, progress and trajectory; a
 * program's year over year; a pledge's status on a date; roll-ups over any part of a plan. Everything
 * comes from data already loaded with the indicator or its plan, so statuses add no round trips.
 * {@link AssessmentQueries} applies the rules. The fields a dashboard's tree asks hundreds of times per
 * request (status, reported status, progress, year over year, roll-ups) are mapped in {@link StatusFields}.
 */
@Controller
class AssessmentController {

	private final AssessmentQueries statuses;

	AssessmentController(AssessmentQueries statuses) {
		this.statuses = statuses;
	}

	@SchemaMapping(typeName = "Indicator")
	AchievementView achievement(Indicator indicator, @Argument FiscalYear asOf, @Argument String group) {
		return statuses.achievement(indicator, asOf, group);
	}

	@SchemaMapping(typeName = "Indicator")
	List<AchievementView> achievements(Indicator indicator, @Argument FiscalYear asOf) {
		return statuses.achievements(indicator, asOf);
	}

	@SchemaMapping(typeName = "Indicator")
	IndicatorValue latestValue(Indicator indicator, @Argument FiscalYear asOf, @Argument String group) {
		return statuses.latestValue(indicator, asOf, group);
	}

	@SchemaMapping(typeName = "Indicator")
	TrajectoryView trajectory(Indicator indicator, @Argument FiscalYear asOf, @Argument String group) {
		return statuses.trajectory(indicator, asOf, group);
	}

	@SchemaMapping(typeName = "PlanElement")
	PledgeStatus pledgeStatus(PlanElement element, @Argument LocalDate asOf) {
		return statuses.pledgeStatus(element, asOf);
	}

	@SchemaMapping(typeName = "PlanElement")
	PledgeAssessmentView pledgeAssessment(PlanElement element, @Argument LocalDate asOf) {
		return statuses.pledgeAssessment(element, asOf);
	}


}
