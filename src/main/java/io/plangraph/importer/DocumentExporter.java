package io.plangraph.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.importer.PlanDocument.CityInfo;
import io.plangraph.importer.PlanDocument.DocumentInfo;
import io.plangraph.importer.PlanDocument.ElementEntry;
import io.plangraph.importer.PlanDocument.IndicatorEntry;
import io.plangraph.importer.PlanDocument.IndicatorUse;
import io.plangraph.importer.PlanDocument.MarkEntry;
import io.plangraph.importer.PlanDocument.Note;
import io.plangraph.importer.PlanDocument.Origin;
import io.plangraph.importer.PlanDocument.Period;
import io.plangraph.importer.PlanDocument.PlanEntry;
import io.plangraph.importer.PlanDocument.Pledge;
import io.plangraph.importer.PlanDocument.Progress;
import io.plangraph.importer.PlanDocument.ReportedRatio;
import io.plangraph.importer.PlanDocument.ReportedShare;
import io.plangraph.importer.PlanDocument.ValueEntry;
import io.plangraph.indicator.IndicatorValue;
import io.plangraph.indicator.PrintedValue;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;

import org.springframework.stereotype.Service;

/**
 * Writes a document of the graph back as a plan document file (see {@code neo4j/data/README.md}), such
 * that importing the file changes nothing: the structure (children in order, further parents as
 * {@code alsoUnder}), indicator uses with their roles, reported ratios, shares and pledge reports, and
 * every indicator the document defines with its values as printed — with {@code number} and
 * {@code unit} only where reading the printed text would not give the stored ones.
 *
 * <p>The values are those a reader sees now: the document's, and the current ones recorded through the API
 * in place of the document's for the same type, year and group; never a superseded one (that history stays
 * in the graph and in {@code changes}). Importing the file again leaves the values a reader sees as they
 * were, since an import does not touch recorded values (see the README, "Export and dry run").
 *
 * <p>What the graph does not keep in order (themes, reported ratios and shares, marks, the indicators
 * themselves) comes in a fixed order, so an exported file exports again to the same text.
 */
@Service
public final class DocumentExporter {

	private final Driver driver;

	DocumentExporter(Driver driver) {
		this.driver = driver;
	}

	/** The document as the text of its file, or empty where the graph has no document with this id. */
	public Optional<String> export(String documentId) {
		return read(documentId).map(PlanDocumentWriter::write);
	}

	/** The document as the records of its file, or empty where the graph has no document with this id. */
	public Optional<PlanDocument> read(String documentId) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> read(tx, documentId));
		}
	}

	/** Reads a document inside the caller's transaction (a preview reads it before and after its writes). */
	static Optional<PlanDocument> read(SimpleQueryRunner tx, String documentId) {
		var params = Map.<String, Object>of("id", documentId);
		var header = tx.run("""
				MATCH (d:Document {id: $id})
				OPTIONAL MATCH (c:City)-[:PUBLISHED]->(d)
				RETURN d {.*} AS document, c {.*} AS city
				""", params).list();
		if (header.isEmpty()) {
			return Optional.empty();
		}
		var document = header.getFirst().get("document").asMap();
		var city = header.getFirst().get("city").isNull() ? Map.<String, Object>of() : header.getFirst().get("city").asMap();
		var plans = tx.run("""
				MATCH (p:Plan {documentId: $id})
				RETURN p {.*,
				          revises: [(p)-[:REVISES]->(r:Plan) | r.id][0],
				          top: [(p)-[h:HAS_ELEMENT]->(e:PlanElement) | {id: e.id, position: h.position}]} AS plan
				ORDER BY p.position
				""", params).list(r -> r.get("plan").asMap());
		var elements = tx.run("""
				MATCH (e:PlanElement {documentId: $id})
				RETURN e {.*,
				          children: [(e)-[h:HAS_CHILD]->(c:PlanElement) | {id: c.id, position: h.position}],
				          uses: [(e)-[u:USES]->(i:Indicator) | {ref: i.id, role: u.role, position: u.position}],
				          origins: [(e)-[o:ORIGINATES_FROM]->(x:PlanElement) | {id: x.id, key: x.key, note: o.note}],
				          ratios: [(e)-[:HAS_RATIO]->(r:ReportedRatio) | r {.*}],
				          shares: [(e)-[:HAS_SHARE]->(s:ReportedShare) | s {.*}],
				          progress: [(e)-[:HAS_PROGRESS]->(r:PledgeReport) | r {.*}],
				          themes: [(e)-[:SERVES]->(t:Theme) | t {.id, .taxonomyId, .position}]} AS element
				""", params).list(r -> r.get("element").asMap());
		var indicators = tx.run("""
				MATCH (i:Indicator {documentId: $id})
				RETURN i {.*,
				          concept: [(i)-[:INSTANCE_OF]->(k:Concept) | k.id][0],
				          themes: [(i)-[:SERVES]->(t:Theme) | t {.id, .taxonomyId, .position}],
				          values: [(i)-[:HAS_VALUE]->(v:IndicatorValue) WHERE v.supersededAt IS NULL | v {.*}],
				          marks: [(i)-[:HAS_MARK]->(m:ReportedMark) | m {.*}]} AS indicator
				ORDER BY i.id
				""", params).list(r -> r.get("indicator").asMap());
		return Optional.of(new Assembly(document, city, plans, elements, indicators).document());
	}

	/** Puts the rows read back together into the shape of the file. */
	private static final class Assembly {

		private final Map<String, Object> document;

		private final Map<String, Object> city;

		private final List<Map<String, Object>> plans;

		private final Map<String, Map<String, Object>> elements = new HashMap<>();

		private final List<Map<String, Object>> indicators;

		/** element id → its children where it is their first parent, in order. */
		private final Map<String, List<String>> children = new HashMap<>();

		/** element id → the further parents it stands under (alsoUnder). */
		private final Map<String, List<String>> furtherParents = new HashMap<>();

		/** element id → its place in the file, top down, to order what the graph keeps unordered. */
		private final Map<String, Integer> fileOrder = new LinkedHashMap<>();

		Assembly(Map<String, Object> document, Map<String, Object> city, List<Map<String, Object>> plans,
				List<Map<String, Object>> elements, List<Map<String, Object>> indicators) {
			this.document = document;
			this.city = city;
			this.plans = plans;
			this.indicators = indicators;
			elements.forEach(e -> this.elements.put(text(e, "id"), e));
			for (var element : elements) {
				var placed = new ArrayList<Map<String, Object>>();
				for (var link : rows(element, "children")) {
					if (link.get("position") == null) {
						furtherParents.computeIfAbsent(text(link, "id"), k -> new ArrayList<>()).add(text(element, "id"));
					}
					else {
						placed.add(link);
					}
				}
				children.put(text(element, "id"), byPosition(placed).stream().map(link -> text(link, "id")).toList());
			}
			for (var plan : plans) {
				byPosition(rows(plan, "top")).forEach(link -> number(text(link, "id")));
			}
		}

		/** Numbers an element and everything below it in the order of the file. */
		private void number(String id) {
			fileOrder.putIfAbsent(id, fileOrder.size());
			children.getOrDefault(id, List.of()).forEach(this::number);
		}

		PlanDocument document() {
			var info = new DocumentInfo(text(document, "id"), text(document, "title"), text(document, "subtitle"),
					text(document, "source"), text(document, "published"));
			var cityInfo = new CityInfo(text(city, "code"), text(city, "name"), text(city, "nameEn"), text(city, "prefecture"));
			var planEntries = plans.stream().map(this::plan).toList();
			return new PlanDocument(DocumentGraph.FORMAT, info, cityInfo, planEntries, indicators());
		}

		private PlanEntry plan(Map<String, Object> plan) {
			String from = text(plan, "periodFromLabel");
			String to = text(plan, "periodToLabel");
			var top = byPosition(rows(plan, "top")).stream().map(link -> element(text(link, "id"))).toList();
			return new PlanEntry(text(plan, "id"), text(plan, "title"), text(plan, "kind"),
					from == null && to == null ? null : new Period(from, to), text(plan, "phase"), text(plan, "revises"),
					texts(plan, "levels"), text(plan, "description"), notes(plan), top);
		}

		private ElementEntry element(String id) {
			var e = elements.get(id);
			var alsoUnder = furtherParents.getOrDefault(id, List.of())
				.stream()
				.sorted(Comparator.comparing(this::placeInFile))
				.map(parent -> text(elements.get(parent), "key"))
				.toList();
			var origins = rows(e, "origins").stream()
				.sorted(Comparator.comparing((Map<String, Object> o) -> placeInFile(text(o, "id")))
					.thenComparing(o -> Objects.toString(o.get("note"), "")))
				.map(o -> new Origin(text(o, "key"), blankAsAbsent(text(o, "note"))))
				.toList();
			var uses = byPosition(rows(e, "uses")).stream()
				.map(u -> new IndicatorUse(text(u, "ref"), text(u, "role")))
				.toList();
			var ratios = byYear(rows(e, "ratios")).stream()
				.map(r -> new ReportedRatio(text(r, "fiscalYearLabel"), text(r, "text")))
				.toList();
			var shares = byYear(rows(e, "shares")).stream()
				.map(s -> new ReportedShare(text(s, "fiscalYearLabel"), text(s, "text"), (Double) s.get("atLeast")))
				.toList();
			var below = children.getOrDefault(id, List.of()).stream().map(this::element).toList();
			return new ElementEntry(text(e, "key"), text(e, "kind"), text(e, "code"), text(e, "title"),
					text(e, "subtitle"), texts(e, "aliases"), text(e, "description"), texts(e, "details"), notes(e),
					text(e, "section"), alsoUnder, origins, uses, ratios, shares, pledge(e), themes(e), below);
		}

		private int placeInFile(String elementId) {
			return fileOrder.getOrDefault(elementId, Integer.MAX_VALUE);
		}

		private static Pledge pledge(Map<String, Object> element) {
			var progress = byPosition(rows(element, "progress")).stream()
				.map(r -> new Progress(text(r, "asOfText"), (Double) r.get("stage"),
						Boolean.TRUE.equals(r.get("achieved")) ? Boolean.TRUE : null))
				.distinct() // a recorded report the document also states is written once, as it is read
				.toList();
			String term = text(element, "term");
			String deadline = text(element, "deadlineText");
			String deadlineNote = text(element, "deadlineNote");
			if (term == null && deadline == null && deadlineNote == null && progress.isEmpty()) {
				return null;
			}
			return new Pledge(term, deadline, deadlineNote, progress);
		}

		/** The indicators in the order the file's elements first use them, then any unused ones by id. */
		private List<IndicatorEntry> indicators() {
			var byId = new LinkedHashMap<String, Map<String, Object>>();
			indicators.forEach(i -> byId.put(text(i, "id"), i));
			var ordered = new LinkedHashMap<String, Map<String, Object>>();
			fileOrder.keySet().forEach(elementId -> byPosition(rows(elements.get(elementId), "uses")).forEach(use -> {
				String ref = text(use, "ref");
				if (byId.containsKey(ref)) {
					ordered.putIfAbsent(ref, byId.get(ref));
				}
			}));
			byId.forEach(ordered::putIfAbsent);
			return ordered.values().stream().map(Assembly::indicator).toList();
		}

		private static IndicatorEntry indicator(Map<String, Object> i) {
			String unit = text(i, "unit");
			// The values a reader sees: a recorded value in place of the document's for the same slot.
			String id = text(i, "id");
			var values = byPosition(IndicatorValue.recordedFirst(rows(i, "values"), row -> IndicatorValue.ofProperties(id, row))).stream()
				.map(v -> value(v, unit))
				.toList();
			var marks = rows(i, "marks").stream()
				.sorted(Comparator.comparing((Map<String, Object> m) -> Objects.toString(m.get("group"), ""))
					.thenComparing(m -> m.get("fiscalYear") == null ? Long.MIN_VALUE : (Long) m.get("fiscalYear"))
					.thenComparing(m -> Objects.toString(m.get("fiscalYearLabel"), ""))
					.thenComparing(m -> Objects.toString(m.get("text"), ""))
					.thenComparing(m -> String.join(",", texts(m, "groups"))))
				.map(m -> new MarkEntry(text(m, "fiscalYearLabel"), text(m, "group"), texts(m, "groups"), text(m, "text")))
				.toList();
			return new IndicatorEntry(text(i, "id"), text(i, "name"), unit, text(i, "direction"),
					Boolean.TRUE.equals(i.get("directionInferred")) ? Boolean.TRUE : null,
					Boolean.TRUE.equals(i.get("unitInferred")) ? Boolean.TRUE : null,
					Boolean.TRUE.equals(i.get("cumulative")) ? Boolean.TRUE : null, texts(i, "groups"), text(i, "concept"),
					themes(i), text(i, "description"), text(i, "section"), values, marks);
		}

		/**
		 * A value as the file writes it. The fiscal year is written as its label was, as {@code year} if it
		 * reads as that one year, else as {@code years}. Of the ways to write the value, the first whose
		 * reading gives back what is stored is taken: the text alone, then with the unit, with the number,
		 * with both.
		 */
		private static ValueEntry value(Map<String, Object> v, String indicatorUnit) {
			if ("QUALITATIVE".equals(v.get("state"))) {
				return written(v, null, null, "QUALITATIVE");
			}
			String unit = text(v, "unit");
			Double number = (Double) v.get("number");
			var candidates = new ArrayList<ValueEntry>();
			candidates.add(written(v, null, null, null));
			if (unit != null) {
				candidates.add(written(v, null, unit, null));
			}
			if (number != null) {
				candidates.add(written(v, number, null, null));
				candidates.add(written(v, number, unit, null));
			}
			return candidates.stream()
				.filter(candidate -> readsAsStored(candidate, indicatorUnit, v))
				.findFirst()
				.orElse(candidates.getLast());
		}

		private static ValueEntry written(Map<String, Object> v, Double number, String unit, String state) {
			String label = text(v, "fiscalYearLabel");
			boolean single = label != null && isSingleYear(label, v.get("fiscalYear"), v.get("fiscalYearTo"));
			return new ValueEntry(text(v, "type"), single ? label : null, label != null && !single ? label : null,
					text(v, "asOfText"), text(v, "group"), text(v, "text"), number, unit, state,
					Boolean.TRUE.equals(v.get("usedForStatus")) ? Boolean.TRUE : null, text(v, "note"),
					// written only where the text does not print 約 itself
					Boolean.TRUE.equals(v.get("approximate")) && !PrintedValue.isApproximate(text(v, "text")) ? Boolean.TRUE
							: null);
		}

		private static boolean readsAsStored(ValueEntry candidate, String indicatorUnit, Map<String, Object> stored) {
			PrintedValue printed;
			try {
				printed = DocumentGraph.reading(candidate);
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
			// Read back as the import would write it: the same properties, built the one way.
			return IndicatorValue.Stored.read(printed, indicatorUnit).entrySet().stream()
				.allMatch(property -> Objects.equals(property.getValue(), stored.get(property.getKey())));
		}

		private static boolean isSingleYear(String label, Object from, Object to) {
			try {
				return Objects.equals(from, to) && from != null
						&& FiscalYear.parse(label).startYear() == ((Number) from).intValue();
			}
			catch (IllegalArgumentException | java.time.DateTimeException ex) {
				return false;
			}
		}

		private static List<Note> notes(Map<String, Object> row) {
			var labels = texts(row, "noteLabels");
			var texts = texts(row, "noteTexts");
			var notes = new ArrayList<Note>();
			for (int n = 0; n < Math.min(labels.size(), texts.size()); n++) {
				notes.add(new Note(blankAsAbsent(labels.get(n)), blankAsAbsent(texts.get(n))));
			}
			return notes;
		}

		/** Themes in their taxonomy's order (SDG 1 … 17), which is how the graph can give them back. */
		private static List<String> themes(Map<String, Object> row) {
			return rows(row, "themes").stream()
				.sorted(Comparator.comparing((Map<String, Object> t) -> Objects.toString(t.get("taxonomyId"), ""))
					.thenComparing(t -> t.get("position") == null ? Long.MAX_VALUE : (Long) t.get("position"))
					.thenComparing(t -> text(t, "id")))
				.map(t -> text(t, "id"))
				.toList();
		}

		private static List<Map<String, Object>> byYear(List<Map<String, Object>> rows) {
			return rows.stream()
				.sorted(Comparator.comparing((Map<String, Object> r) -> r.get("fiscalYear") == null ? Long.MIN_VALUE
						: (Long) r.get("fiscalYear"))
					.thenComparing(r -> Objects.toString(r.get("fiscalYearLabel"), ""))
					.thenComparing(r -> Objects.toString(r.get("text"), "")))
				.toList();
		}

		private static List<Map<String, Object>> byPosition(List<Map<String, Object>> rows) {
			// Rows at one position (values and reports recorded through the API all stand at 10,000) follow in a
			// stable order of their own, so the same graph always exports to the same text.
			return rows.stream()
				.sorted(Comparator.comparing((Map<String, Object> r) -> r.get("position") == null ? Long.MAX_VALUE : (Long) r.get("position"))
					.thenComparing(r -> r.get("fiscalYear") instanceof Long year ? year : Long.MIN_VALUE)
					.thenComparing(r -> Objects.toString(r.get("type"), ""))
					.thenComparing(r -> Objects.toString(r.get("group"), ""))
					.thenComparing(r -> Objects.toString(r.get("text"), "")))
				.toList();
		}

		@SuppressWarnings("unchecked")
		private static List<Map<String, Object>> rows(Map<String, Object> row, String key) {
			var list = row.get(key);
			return list == null ? List.of() : (List<Map<String, Object>>) list;
		}

		private static List<String> texts(Map<String, Object> row, String key) {
			var list = row.get(key);
			return list instanceof List<?> items ? items.stream().map(String::valueOf).toList() : List.of();
		}

		private static String text(Map<String, Object> row, String key) {
			var value = row.get(key);
			return value == null ? null : value.toString();
		}

		/** The importer stores an absent note label or origin note as "": written back, it is left out again. */
		private static String blankAsAbsent(String text) {
			return text == null || text.isEmpty() ? null : text;
		}

	}

}
