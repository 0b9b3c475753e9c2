package io.plangraph.indicator;

/** The role an indicator plays for the element that uses it. */
public enum IndicatorRole {

	/** KPI of a measure. */
	KPI,
	/** 成果指標. */
	OUTCOME_INDICATOR,
	/** 目標指標. */
	TARGET_INDICATOR,
	/** 数値目標 of a basic goal. */
	NUMERIC_TARGET,
	/** A program's yearly result. */
	PROGRAM_OUTPUT,
	/** A figure a report states as an outcome. */
	REPORTED_OUTCOME

}
