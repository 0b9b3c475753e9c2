package io.plangraph.indicator;

/** Which kind of value of an indicator: where it started, where it should go, where it is. */
public enum ValueType {

	/** 基準値・現状値. */
	BASELINE,
	/** 目標値. */
	TARGET,
	/** 実績値. */
	ACTUAL

}
