package io.plangraph.plan;

/** What kind of plan a document sets out. */
public enum PlanKind {

	/** 総合計画・基本計画. */
	COMPREHENSIVE_PLAN,
	/** 総合戦略 (地方創生), revised in phases. */
	REVITALIZATION_STRATEGY,
	/** A growth strategy such as ひたち成長戦略プラン. */
	GROWTH_STRATEGY,
	/** 重点戦略. */
	PRIORITY_STRATEGY,
	/** 市長公約: a mayor's pledges. */
	PLEDGE_SET,
	/** A report on a term of office (市政1期目の取り組み). */
	TERM_REPORT,
	/** Anything else. */
	OTHER

}
