package io.plangraph.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.plangraph.calendar.FiscalYearValue;
import io.plangraph.neo4j.Properties;
import io.plangraph.source.Provenance;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * An element of a plan at any depth — goal, measure, project, program, pledge, initiative — with the
 * facts printed for it (ratios, shares, a pledge's reports). Its place in the structure is kept by its
 * {@link PlanGraph}.
 */
public record PlanElement(String id, String key, String planId, ElementKind kind, String level, String code,
		String title, String subtitle, List<String> aliases, String description, List<String> details,
		List<Note> notes, String section, String documentId, String term, LocalDate deadline, String deadlineText,
		String deadlineNote, List<ReportedRatio> reportedRatios, List<ReportedShare> reportedShares,
		List<PledgeProgress> progress, List<Origin> origins) {

	/**
	 * The one projection of an element: Cypher for the element bound to {@code variable} as a whole map
	 * expression with its printed facts, read by {@link #of}. Every read that returns elements as this record
	 * uses it (see {@code OneProjectionPerNodeTest}); {@code x} is taken inside it, so don't name the element x.
	 */
	public static String projection(String variable) {
		return """
				%1$s {.*,
				    ratios: [(%1$s)-[:HAS_RATIO]->(x) | x {.*}],
				    shares: [(%1$s)-[:HAS_SHARE]->(x) | x {.*}],
				    progress: [(%1$s)-[:HAS_PROGRESS]->(x) | x {.*}],
				    origins: [(%1$s)-[o:ORIGINATES_FROM]->(x) | {id: x.id, note: o.note}]}""".formatted(variable);
	}

	/** The plan an element id belongs to: an element id is its plan's id, a slash, and its key. */
	public static String planOf(String elementId) {
		int slash = elementId.indexOf('/');
		return slash < 0 ? elementId : elementId.substring(0, slash);
	}

	/** An element from a map made by {@link #projection}: the one mapping from the driver's value to the record. */
	public static PlanElement of(MapAccessor map) {
		return new PlanElement(map.get("id").asString(), map.get("key").asString(), map.get("planId").asString(),
				ElementKind.valueOf(map.get("kind").asString()), map.get("level").asString(null),
				map.get("code").asString(null), map.get("title").asString(), map.get("subtitle").asString(null),
				map.get("aliases").asList(Value::asString, List.of()), map.get("description").asString(null),
				map.get("details").asList(Value::asString, List.of()), Note.of(map), map.get("section").asString(null),
				map.get("documentId").asString(), map.get("term").asString(null),
				map.get("deadline").isNull() ? null : map.get("deadline").asLocalDate(),
				map.get("deadlineText").asString(null), map.get("deadlineNote").asString(null),
				map.get("ratios").asList(ReportedRatio::of, List.of()).stream()
					.sorted(Comparator.comparing(r -> r.fiscalYear().year())).toList(),
				map.get("shares").asList(ReportedShare::of, List.of()),
				// A report recorded through the API and the same report in the document's file (an exported
				// document imported again) are one report.
				map.get("progress").asList(PledgeProgress::of, List.of()).stream().distinct()
					.sorted(Comparator.comparing(PledgeProgress::asOf)).toList(),
				map.get("origins").asList(v -> new Origin(v.get("id").asString(), v.get("note").asString(null)), List.of()));
	}

	/** Where the element was read from. */
	public Provenance source() {
		return new Provenance(documentId, section);
	}

	/** The pledge sheet's facts, for pledges; {@code null} for every other element. */
	public Pledge pledge() {
		return deadlineText == null && term == null ? null
				: new Pledge(term, deadline, deadlineText, deadlineNote, progress);
	}

	/** What a pledge sheet says: term, deadline and progress reports, oldest first. */
	public record Pledge(String term, LocalDate deadline, String deadlineText, String deadlineNote,
			List<PledgeProgress> progress) {
	}

	/** One progress report of a pledge. */
	public record PledgeProgress(LocalDate asOf, String asOfText, Double stage, boolean achieved) {

		static PledgeProgress of(Value map) {
			return new PledgeProgress(map.get("asOf").asLocalDate(), map.get("asOfText").asString(),
					map.get("stage").isNull() ? null : map.get("stage").asDouble(), map.get("achieved").asBoolean(false));
		}

	}

	/** A 前年度比 as printed. */
	public record ReportedRatio(FiscalYearValue fiscalYear, String text, double ratio) {

		static ReportedRatio of(Value map) {
			return new ReportedRatio(Properties.fiscalYear(map, "fiscalYear"), map.get("text").asString(),
					map.get("ratio").asDouble());
		}

	}

	/** A share as printed (「前年度以上の実績 7割以上」). */
	public record ReportedShare(FiscalYearValue fiscalYear, String text, Double atLeast) {

		static ReportedShare of(Value map) {
			return new ReportedShare(Properties.fiscalYear(map, "fiscalYear"), map.get("text").asString(),
					map.get("atLeast").isNull() ? null : map.get("atLeast").asDouble());
		}

	}

	/** An element this one came from (by id), and what the document says about it. */
	public record Origin(String elementId, String note) {
	}

	/**
	 * One element is one id: a request's data loaders key their maps by it, and a record's own
	 * hashCode would walk every value and text it holds each time.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof PlanElement that && id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

}
