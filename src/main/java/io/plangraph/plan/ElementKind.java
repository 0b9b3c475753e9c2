package io.plangraph.plan;

/** What kind of element of a plan something is; the document's own name for its level is kept beside it. */
public enum ElementKind {

	/** 基本目標. */
	GOAL,
	/** 重点戦略. */
	STRATEGY,
	/** A cross-cutting project grouping work across fields (Hitachi's プロジェクト). */
	CROSS_CUTTING_PROJECT,
	/** A field of work inside a project (Hitachi's PLAN 01–15). */
	FOCUS_AREA,
	/** 施策. */
	MEASURE,
	/** 個別施策 (①②③ under a measure). */
	SUB_MEASURE,
	/** 重点取組. */
	PRIORITY_ACTION,
	/** 事業: a budgeted program of work. */
	PROGRAM,
	/** A group of pledges (公約 VI). */
	PLEDGE_GROUP,
	/** 公約: a mayoral pledge. */
	PLEDGE,
	/** A chapter of a report. */
	CHAPTER,
	/** A numbered policy area of a report. */
	POLICY_AREA,
	/** A heading that groups initiatives. */
	CATEGORY,
	/** A numbered initiative. */
	INITIATIVE

}
