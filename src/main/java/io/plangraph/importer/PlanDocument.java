package io.plangraph.importer;

import java.util.List;

/**
 * One plan document file, as written (see {@code neo4j/data/README.md}): nothing here is derived yet.
 * Absent lists read as empty, so the rest of the importer never meets {@code null} lists.
 */
public record PlanDocument(String format, DocumentInfo document, CityInfo city, List<PlanEntry> plans,
		List<IndicatorEntry> indicators) {

	public PlanDocument {
		plans = orEmpty(plans);
		indicators = orEmpty(indicators);
	}

	/** The document itself: its stable id, its title and where its text came from. */
	public record DocumentInfo(String id, String title, String subtitle, String source, String published) {
	}

	/** The city that published the document. */
	public record CityInfo(String code, String name, String nameEn, String prefecture) {
	}

	/** A plan: a comprehensive plan, a strategy phase, a pledge set, a term report… */
	public record PlanEntry(String id, String title, String kind, Period period, String phase, String revises,
			List<String> levels, String description, List<Note> notes, List<ElementEntry> elements) {

		public PlanEntry {
			levels = orEmpty(levels);
			notes = orEmpty(notes);
			elements = orEmpty(elements);
		}

	}

	/** A plan's period in fiscal years, as written. */
	public record Period(String from, String to) {
	}

	/** A labelled text of the document (要因及び効果, 今後の取組の方向性, 目指す姿…). */
	public record Note(String label, String text) {
	}

	/** An element of a plan at any depth, with its children nested below it. */
	public record ElementEntry(String key, String kind, String code, String title, String subtitle,
			List<String> aliases, String description, List<String> details, List<Note> notes, String section,
			List<String> alsoUnder, List<Origin> origins, List<IndicatorUse> indicators,
			List<ReportedRatio> reportedRatios, List<ReportedShare> reportedShares, Pledge pledge, List<String> themes,
			List<ElementEntry> children) {

		public ElementEntry {
			themes = orEmpty(themes);
			aliases = orEmpty(aliases);
			details = orEmpty(details);
			notes = orEmpty(notes);
			alsoUnder = orEmpty(alsoUnder);
			origins = orEmpty(origins);
			indicators = orEmpty(indicators);
			reportedRatios = orEmpty(reportedRatios);
			reportedShares = orEmpty(reportedShares);
			children = orEmpty(children);
		}

	}

	/** Where an element came from, as the document says (「…からの提言」により事業化). */
	public record Origin(String ref, String note) {
	}

	/** An element's use of an indicator, in a role. */
	public record IndicatorUse(String ref, String role) {
	}

	/** A 前年度比 as printed. */
	public record ReportedRatio(String year, String ratio) {
	}

	/** A printed share such as 「前年度以上の実績 7割以上」. */
	public record ReportedShare(String year, String text, Double atLeast) {
	}

	/** What a pledge sheet says: term, deadline and progress reports. */
	public record Pledge(String term, String deadline, String deadlineNote, List<Progress> progress) {

		public Pledge {
			progress = orEmpty(progress);
		}

	}

	/** One progress report of a pledge. */
	public record Progress(String asOf, Double stage, Boolean achieved) {
	}

	/** An indicator with its values and the marks printed for it. */
	public record IndicatorEntry(String id, String name, String unit, String direction, Boolean directionInferred,
			Boolean unitInferred, Boolean cumulative, List<String> groups, String concept, List<String> themes, String description,
			String section, List<ValueEntry> values, List<MarkEntry> marks) {

		public IndicatorEntry {
			themes = orEmpty(themes);
			groups = orEmpty(groups);
			values = orEmpty(values);
			marks = orEmpty(marks);
		}

	}

	/** A baseline, target or actual as printed, with the time it belongs to. */
	public record ValueEntry(String type, String year, String years, String asOf, String group, String value,
			Double number, String unit, String state, Boolean usedForStatus, String note, Boolean approximate) {
	}

	/**
	 * A status mark as printed (◎○△—): for the whole indicator, for one {@code group}, or for several
	 * {@code groups} where one printed mark stands for a row of them (小6 国語 and 小6 算数).
	 */
	public record MarkEntry(String year, String group, List<String> groups, String mark) {

		public MarkEntry {
			groups = orEmpty(groups);
		}

	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

}
