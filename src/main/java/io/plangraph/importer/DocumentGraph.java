package io.plangraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.calendar.FiscalYearRange;
import io.plangraph.calendar.JapaneseDates;
import io.plangraph.city.MunicipalityCode;
import io.plangraph.importer.PlanDocument.ElementEntry;
import io.plangraph.importer.PlanDocument.IndicatorEntry;
import io.plangraph.importer.PlanDocument.Note;
import io.plangraph.importer.PlanDocument.PlanEntry;
import io.plangraph.importer.PlanDocument.ValueEntry;
import io.plangraph.importer.PlanDocumentException.Problem;
import io.plangraph.indicator.Direction;
import io.plangraph.indicator.GraphRules;
import io.plangraph.indicator.IndicatorRole;
import io.plangraph.indicator.IndicatorValue;
import io.plangraph.indicator.PrintedRatio;
import io.plangraph.indicator.PrintedValue;
import io.plangraph.indicator.ValueType;
import io.plangraph.plan.ElementKind;
import io.plangraph.plan.PlanKind;
import io.plangraph.status.AchievementStatus;

/**
 * A checked plan document, flattened into the rows that {@link DocumentStore} writes: ids made global,
 * printed values read into numbers and fiscal years, every reference resolved. Building one finds every
 * problem of the document at once; a document with any problem never gets this far.
 *
 * <p>References to indicators or plans that the file does not define are collected in
 * {@link #externalIndicators()} and {@link #externalPlans()}, and the themes and concepts it refers to in
 * {@link #themeIds()} and {@link #conceptIds()}: the store checks them against the database.
 */
record DocumentGraph(Map<String, Object> document, Map<String, Object> city, List<Map<String, Object>> plans,
		List<Map<String, Object>> elements, List<Map<String, Object>> topLevel, List<Map<String, Object>> children,
		List<Map<String, Object>> origins, List<Map<String, Object>> uses, List<Map<String, Object>> ratios,
		List<Map<String, Object>> shares, List<Map<String, Object>> pledgeReports,
		List<Map<String, Object>> indicators, List<Map<String, Object>> values, List<Map<String, Object>> marks,
		List<Map<String, Object>> themes, Set<String> externalIndicators, Set<String> externalPlans,
		Set<String> themeIds, Set<String> conceptIds) {

	static final String FORMAT = "plangraph/1";

	String documentId() {
		return (String) document.get("id");
	}

	/** Checks a document read from {@code file} and builds its rows, or reports every problem found. */
	static DocumentGraph of(String file, String text, PlanDocument source) {
		var builder = new Builder(source);
		builder.build();
		if (!builder.problems.isEmpty()) {
			var located = builder.problems.stream()
				.map(p -> new Problem(p.path(), PlanDocumentReader.lineOf(text, p.path()), placed(text, p.message())))
				.toList();
			throw new PlanDocumentException(file, located);
		}
		return builder.graph();
	}

	private static final Pattern OTHER_PLACE = Pattern.compile("\\{line of ([^}]+)}");

	/** A message naming another place of the file, {line of PATH}, with that place's line. */
	private static String placed(String text, String message) {
		return OTHER_PLACE.matcher(message).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
				"line " + PlanDocumentReader.lineOf(text, m.group(1)) + " (" + m.group(1) + ")"));
	}

	/**
	 * What the importer reads from a value's text and the fields beside it (state, number, unit); the unit
	 * stored is this one's, or the indicator's where this one has none.
	 *
	 * @throws IllegalArgumentException where the text cannot be read
	 */
	static PrintedValue reading(ValueEntry value) {
		if ("QUALITATIVE".equals(value.state())) {
			return PrintedValue.qualitative(value.value());
		}
		if (value.number() != null) {
			return PrintedValue.explicit(value.value(), value.number(), value.unit());
		}
		PrintedValue printed = PrintedValue.parse(value.value());
		return value.unit() != null ? printed.withUnit(value.unit()) : printed;
	}

	private static final class Builder {

		private final PlanDocument source;

		private final List<Problem> problems = new ArrayList<>();

		/** Each dated value stated so far, by indicator, type, years, date and group: where, and as what. */
		private final Map<List<Object>, String[]> facts = new HashMap<>();

		private final Map<String, Object> document = new LinkedHashMap<>();

		private final Map<String, Object> city = new LinkedHashMap<>();

		private final List<Map<String, Object>> plans = new ArrayList<>();

		private final List<Map<String, Object>> elements = new ArrayList<>();

		private final List<Map<String, Object>> topLevel = new ArrayList<>();

		private final List<Map<String, Object>> children = new ArrayList<>();

		private final List<Map<String, Object>> origins = new ArrayList<>();

		private final List<Map<String, Object>> uses = new ArrayList<>();

		private final List<Map<String, Object>> ratios = new ArrayList<>();

		private final List<Map<String, Object>> shares = new ArrayList<>();

		private final List<Map<String, Object>> pledgeReports = new ArrayList<>();

		private final List<Map<String, Object>> indicators = new ArrayList<>();

		private final List<Map<String, Object>> values = new ArrayList<>();

		private final List<Map<String, Object>> marks = new ArrayList<>();

		private final Set<String> externalIndicators = new HashSet<>();

		private final Set<String> externalPlans = new HashSet<>();

		private final List<Map<String, Object>> themes = new ArrayList<>();

		private final Set<String> themeIds = new HashSet<>();

		private final Set<String> conceptIds = new HashSet<>();

		/** element key → global id, over the whole file (origins may cross plans). */
		private final Map<String, String> elementIds = new HashMap<>();

		/** element key → plan id, for alsoUnder, which stays inside one plan. */
		private final Map<String, String> elementPlans = new HashMap<>();

		private final Map<String, String> elementPaths = new HashMap<>();

		private final Map<String, IndicatorEntry> indicatorsById = new LinkedHashMap<>();

		/** child id → parent ids, to find cycles. */
		private final Map<String, List<String>> parentsOf = new HashMap<>();

		private String cityCode;

		Builder(PlanDocument source) {
			this.source = source;
		}

		DocumentGraph graph() {
			return new DocumentGraph(document, city, plans, elements, topLevel, children, origins, uses, ratios,
					shares, pledgeReports, indicators, values, marks, themes, externalIndicators, externalPlans, themeIds,
					conceptIds);
		}

		void build() {
			if (!FORMAT.equals(source.format())) {
				problem("format", "expected 'format: " + FORMAT + "', found " + quote(source.format()));
			}
			readDocument();
			readCity();
			readIndicators();
			var planIds = new HashSet<String>();
			for (int p = 0; p < source.plans().size(); p++) {
				var plan = source.plans().get(p);
				String path = "plans[" + p + "]";
				if (id(path + ".id", plan.id()) && !planIds.add(plan.id())) {
					problem(path + ".id", "plan id '" + plan.id() + "' is used twice in this file");
				}
				collectKeys(plan, plan.elements(), path + ".elements");
			}
			if (source.plans().isEmpty()) {
				problem("plans", "a document needs at least one plan");
			}
			for (int p = 0; p < source.plans().size(); p++) {
				readPlan("plans[" + p + "]", p, source.plans().get(p), planIds);
			}
			findCycles();
		}

		private void readDocument() {
			var info = source.document();
			if (info == null) {
				problem("document", "missing: a document needs an id, a title and a source");
				return;
			}
			id("document.id", info.id());
			required("document.title", info.title());
			required("document.source", info.source());
			document.put("id", info.id());
			document.put("title", info.title());
			document.put("subtitle", info.subtitle());
			document.put("source", info.source());
			document.put("published", info.published());
		}

		private void readCity() {
			var info = source.city();
			if (info == null) {
				problem("city", "missing: a document names its city (code, name, prefecture)");
				return;
			}
			try {
				cityCode = MunicipalityCode.of(info.code()).value();
			}
			catch (IllegalArgumentException ex) {
				problem("city.code", ex.getMessage());
			}
			required("city.name", info.name());
			required("city.prefecture", info.prefecture());
			city.put("code", cityCode);
			city.put("name", info.name());
			city.put("nameEn", info.nameEn());
			city.put("prefecture", info.prefecture());
		}

		private void readIndicators() {
			for (int i = 0; i < source.indicators().size(); i++) {
				var indicator = source.indicators().get(i);
				String path = "indicators[" + i + "]";
				if (id(path + ".id", indicator.id()) && indicatorsById.putIfAbsent(indicator.id(), indicator) != null) {
					problem(path + ".id", "indicator id '" + indicator.id() + "' is defined twice in this file");
				}
				required(path + ".name", indicator.name());
				Direction direction = enumValue(path + ".direction", Direction.class, indicator.direction());
				if (indicator.direction() == null) {
					problem(path + ".direction",
							"missing: say HIGHER_IS_BETTER, LOWER_IS_BETTER or NEUTRAL (with directionInferred: true where the document is silent)");
				}
				var row = new LinkedHashMap<String, Object>();
				row.put("id", indicator.id());
				row.put("name", indicator.name());
				row.put("unit", indicator.unit());
				row.put("direction", direction == null ? null : direction.name());
				row.put("directionInferred", Boolean.TRUE.equals(indicator.directionInferred()));
				if (indicator.unitInferred() != null && indicator.unit() == null) {
					problem(path + ".unitInferred", "there is no unit to have been inferred");
				}
				row.put("unitInferred", Boolean.TRUE.equals(indicator.unitInferred()));
				row.put("cumulative", Boolean.TRUE.equals(indicator.cumulative()));
				row.put("groups", indicator.groups());
				row.put("concept", indicator.concept());
				row.put("description", indicator.description());
				row.put("section", indicator.section());
				indicators.add(row);
				if (indicator.concept() != null && id(path + ".concept", indicator.concept())) {
					conceptIds.add(indicator.concept());
				}
				themes(path, "indicatorId", indicator.id(), indicator.themes());
				for (int v = 0; v < indicator.values().size(); v++) {
					readValue(path + ".values[" + v + "]", v, indicator, indicator.values().get(v));
				}
				for (int m = 0; m < indicator.marks().size(); m++) {
					readMark(path + ".marks[" + m + "]", indicator, indicator.marks().get(m));
				}
			}
		}

		private void readValue(String path, int position, IndicatorEntry indicator, ValueEntry value) {
			ValueType type = enumValue(path + ".type", ValueType.class, value.type());
			if (value.type() == null) {
				problem(path + ".type", "missing: BASELINE, TARGET or ACTUAL");
			}
			if (value.year() != null && value.years() != null) {
				problem(path, "give either 'year' or 'years', not both");
			}
			Integer from = null;
			Integer to = null;
			if (value.year() != null) {
				FiscalYear year = parse(path + ".year", () -> FiscalYear.parse(value.year()));
				from = year == null ? null : year.startYear();
				to = from;
			}
			if (value.years() != null) {
				FiscalYearRange range = parse(path + ".years", () -> FiscalYearRange.parse(value.years()));
				from = range == null ? null : range.from().startYear();
				to = range == null ? null : range.to().startYear();
			}
			var asOfRow = new LinkedHashMap<String, Object>();
			if (value.asOf() != null) {
				var asOf = parse(path + ".asOf", () -> JapaneseDates.parseAsOf(value.asOf()));
				if (asOf != null) {
					asOfRow.put("asOf", asOf.date());
					asOfRow.put("asOfPrecision", asOf.precision().name());
					if (value.year() == null && value.years() == null) {
						from = FiscalYear.containing(asOf.date()).startYear();
						to = from;
					}
				}
				asOfRow.put("asOfText", value.asOf());
			}
			if (value.group() != null && !indicator.groups().contains(value.group())) {
				problem(path + ".group", "group '" + value.group() + "' is not one of the indicator's groups "
						+ indicator.groups());
			}
			PrintedValue printed = printedValue(path, indicator, value);
			// 約 covers a value where it is printed in front of it, or in front of a list it stands in
			// (年間約16,600時間・30,000千円): the text then keeps no 約 and the file says approximate.
			if (printed != null && Boolean.FALSE.equals(value.approximate()) && PrintedValue.isApproximate(printed.text())) {
				problem(path + ".approximate", "the value prints 約, so it is approximate");
			}
			if (value.usedForStatus() != null && type != ValueType.BASELINE) {
				problem(path + ".usedForStatus", "only a BASELINE can be the one statuses are judged against");
			}
			var row = new LinkedHashMap<String, Object>();
			row.put("indicatorId", indicator.id());
			row.putAll(new IndicatorValue.Stored(type, from, to, value.year() != null ? value.year() : value.years(),
					value.group(), printed, indicator.unit(), Boolean.TRUE.equals(value.approximate()),
					Boolean.TRUE.equals(value.usedForStatus()), value.note(), position).properties());
			row.putAll(asOfRow);
			sameFactOnce(path, indicator, type, row, value);
			values.add(row);
		}

		// A document may print a value twice (a summary and a sheet), but not two values for the same fact.
		private void sameFactOnce(String path, IndicatorEntry indicator, ValueType type, Map<String, Object> row, ValueEntry value) {
			if (type == null || row.get("fiscalYear") == null || value.value() == null) {
				return;
			}
			var fact = java.util.Arrays.asList(indicator.id(), type, row.get("fiscalYear"), row.get("fiscalYearTo"), row.get("asOf"),
					value.group());
			String[] first = facts.putIfAbsent(fact, new String[] { path, value.value() });
			if (first != null && !first[1].equals(value.value())) {
				problem(path + ".value", "indicator '" + indicator.id() + "' has two different " + type.name().toLowerCase(java.util.Locale.ROOT)
						+ " values for " + row.get("fiscalYearLabel") + (value.group() == null ? "" : " (" + value.group() + ")")
						+ ": '" + value.value() + "' here and '" + first[1] + "' on {line of " + first[0] + "}; give it once");
			}
		}

		/** The value read from its text, and its unit checked against the indicator's (where a file gives a unit, there). */
		private PrintedValue printedValue(String path, IndicatorEntry indicator, ValueEntry value) {
			if (value.value() == null) {
				problem(path + ".value", "missing: the value as printed (use '-' for a blank cell)");
				return null;
			}
			if (value.state() != null && !"QUALITATIVE".equals(value.state())) {
				problem(path + ".state", "only QUALITATIVE can be given; other states are read from the value");
				return null;
			}
			PrintedValue printed = parse(path + ".value", () -> reading(value));
			return printed == null ? null
					: parse(path + (value.unit() != null ? ".unit" : ".value"), () -> GraphRules.printedValue(printed, indicator.unit()));
		}

		private void readMark(String path, IndicatorEntry indicator, PlanDocument.MarkEntry mark) {
			var row = new LinkedHashMap<String, Object>();
			row.put("indicatorId", indicator.id());
			FiscalYear year = required(path + ".year", mark.year()) ? parse(path + ".year", () -> FiscalYear.parse(mark.year())) : null;
			row.put("fiscalYear", year == null ? null : year.startYear());
			row.put("fiscalYearLabel", mark.year());
			if (mark.group() != null && !indicator.groups().contains(mark.group())) {
				problem(path + ".group", "group '" + mark.group() + "' is not one of the indicator's groups "
						+ indicator.groups());
			}
			if (mark.group() != null && !mark.groups().isEmpty()) {
				problem(path + ".groups", "give either 'group' or 'groups', not both");
			}
			if (mark.groups().size() == 1) {
				problem(path + ".groups", "one group is written 'group: " + mark.groups().getFirst() + "'");
			}
			for (String group : mark.groups()) {
				if (!indicator.groups().contains(group)) {
					problem(path + ".groups", "group '" + group + "' is not one of the indicator's groups "
							+ indicator.groups());
				}
			}
			if (new java.util.HashSet<>(mark.groups()).size() < mark.groups().size()) {
				problem(path + ".groups", "a group is named twice: " + mark.groups());
			}
			row.put("group", mark.group());
			row.put("groups", mark.groups());
			row.put("text", mark.mark());
			if (required(path + ".mark", mark.mark())) {
				var status = parse(path + ".mark", () -> AchievementStatus.fromPrintedMark(mark.mark()));
				row.put("status", status == null ? null : status.name());
			}
			marks.add(row);
		}

		/** First pass over a plan's elements: global ids for every key, so references may point forward. */
		private void collectKeys(PlanEntry plan, List<ElementEntry> entries, String path) {
			for (int e = 0; e < entries.size(); e++) {
				var entry = entries.get(e);
				String at = path + "[" + e + "]";
				if (id(at + ".key", entry.key())) {
					if (elementIds.containsKey(entry.key())) {
						problem(at + ".key", "element key '" + entry.key() + "' is used twice in this file (first at "
								+ elementPaths.get(entry.key()) + "); to place an element under a second parent use alsoUnder");
					}
					else {
						elementIds.put(entry.key(), plan.id() + "/" + entry.key());
						elementPlans.put(entry.key(), plan.id());
						elementPaths.put(entry.key(), at);
					}
				}
				collectKeys(plan, entry.children(), at + ".children");
			}
		}

		private void readPlan(String path, int position, PlanEntry plan, Set<String> planIds) {
			required(path + ".title", plan.title());
			PlanKind kind = enumValue(path + ".kind", PlanKind.class, plan.kind());
			if (plan.kind() == null) {
				problem(path + ".kind", "missing: one of " + List.of(PlanKind.values()));
			}
			var row = new LinkedHashMap<String, Object>();
			row.put("id", plan.id());
			row.put("title", plan.title());
			row.put("kind", kind == null ? null : kind.name());
			row.put("position", position);
			if (plan.period() != null) {
				period(path + ".period.from", plan.period().from(), row, "periodFrom");
				period(path + ".period.to", plan.period().to(), row, "periodTo");
			}
			row.put("phase", plan.phase());
			row.put("levels", plan.levels());
			row.put("description", plan.description());
			notes(plan.notes(), row);
			row.put("revises", plan.revises());
			if (plan.revises() != null) {
				if (plan.revises().equals(plan.id())) {
					problem(path + ".revises", "a plan cannot revise itself");
				}
				else if (!planIds.contains(plan.revises())) {
					externalPlans.add(plan.revises());
				}
			}
			plans.add(row);
			readElements(plan, null, 0, plan.elements(), path + ".elements");
		}

		private void period(String path, String text, Map<String, Object> row, String field) {
			if (text == null) {
				return;
			}
			FiscalYear year = parse(path, () -> FiscalYear.parse(text));
			row.put(field, year == null ? null : year.startYear());
			row.put(field + "Label", text);
		}

		private void readElements(PlanEntry plan, String parentId, int depth, List<ElementEntry> entries, String path) {
			for (int e = 0; e < entries.size(); e++) {
				var entry = entries.get(e);
				String at = path + "[" + e + "]";
				String id = plan.id() + "/" + entry.key();
				readElement(plan, depth, entry, at, id);
				var link = new LinkedHashMap<String, Object>();
				link.put("childId", id);
				link.put("position", e);
				if (parentId == null) {
					link.put("planId", plan.id());
					topLevel.add(link);
				}
				else {
					link.put("parentId", parentId);
					children.add(link);
					parentsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(parentId);
				}
				readElements(plan, id, depth + 1, entry.children(), at + ".children");
			}
		}

		private void readElement(PlanEntry plan, int depth, ElementEntry entry, String path, String id) {
			required(path + ".title", entry.title());
			ElementKind kind = enumValue(path + ".kind", ElementKind.class, entry.kind());
			if (entry.kind() == null) {
				problem(path + ".kind", "missing: one of " + List.of(ElementKind.values()));
			}
			var row = new LinkedHashMap<String, Object>();
			row.put("id", id);
			row.put("key", entry.key());
			row.put("planId", plan.id());
			row.put("kind", kind == null ? null : kind.name());
			row.put("level", depth < plan.levels().size() ? plan.levels().get(depth) : null);
			row.put("code", entry.code());
			row.put("title", entry.title());
			row.put("subtitle", entry.subtitle());
			row.put("aliases", entry.aliases());
			row.put("description", entry.description());
			row.put("details", entry.details());
			notes(entry.notes(), row);
			row.put("section", entry.section());
			readPledge(path + ".pledge", id, entry.pledge(), row);
			elements.add(row);
			themes(path, "elementId", id, entry.themes());

			for (int a = 0; a < entry.alsoUnder().size(); a++) {
				String parentKey = entry.alsoUnder().get(a);
				String at = path + ".alsoUnder[" + a + "]";
				if (!plan.id().equals(elementPlans.get(parentKey))) {
					problem(at, elementIds.containsKey(parentKey)
							? "'" + parentKey + "' belongs to another plan; alsoUnder stays inside one plan"
							: "no element with key '" + parentKey + "' in this file");
					continue;
				}
				String parentId = elementIds.get(parentKey);
				var link = new LinkedHashMap<String, Object>();
				link.put("parentId", parentId);
				link.put("childId", id);
				link.put("position", null);
				children.add(link);
				parentsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(parentId);
			}
			for (int o = 0; o < entry.origins().size(); o++) {
				var origin = entry.origins().get(o);
				String at = path + ".origins[" + o + "]";
				if (!elementIds.containsKey(origin.ref())) {
					problem(at + ".ref", "no element with key " + quote(origin.ref()) + " in this file");
					continue;
				}
				origins.add(Map.of("elementId", id, "originId", elementIds.get(origin.ref()), "note",
						origin.note() == null ? "" : origin.note()));
			}
			for (int u = 0; u < entry.indicators().size(); u++) {
				var use = entry.indicators().get(u);
				String at = path + ".indicators[" + u + "]";
				IndicatorRole role = enumValue(at + ".role", IndicatorRole.class, use.role());
				if (use.role() == null) {
					problem(at + ".role", "missing: one of " + List.of(IndicatorRole.values()));
				}
				if (!required(at + ".ref", use.ref())) {
					continue;
				}
				if (!indicatorsById.containsKey(use.ref())) {
					externalIndicators.add(use.ref());
				}
				var row2 = new LinkedHashMap<String, Object>();
				row2.put("elementId", id);
				row2.put("indicatorId", use.ref());
				row2.put("role", role == null ? null : role.name());
				row2.put("position", u);
				uses.add(row2);
			}
			for (int r = 0; r < entry.reportedRatios().size(); r++) {
				var ratio = entry.reportedRatios().get(r);
				String at = path + ".reportedRatios[" + r + "]";
				FiscalYear year = required(at + ".year", ratio.year()) ? parse(at + ".year", () -> FiscalYear.parse(ratio.year())) : null;
				PrintedRatio printed = required(at + ".ratio", ratio.ratio()) ? parse(at + ".ratio", () -> PrintedRatio.parse(ratio.ratio())) : null;
				var row2 = new LinkedHashMap<String, Object>();
				row2.put("elementId", id);
				row2.put("fiscalYear", year == null ? null : year.startYear());
				row2.put("fiscalYearLabel", ratio.year());
				row2.put("text", ratio.ratio());
				row2.put("ratio", printed == null ? null : printed.ratio());
				row2.put("decimals", printed == null ? null : printed.decimals());
				ratios.add(row2);
			}
			for (int s = 0; s < entry.reportedShares().size(); s++) {
				var share = entry.reportedShares().get(s);
				String at = path + ".reportedShares[" + s + "]";
				FiscalYear year = share.year() == null ? null : parse(at + ".year", () -> FiscalYear.parse(share.year()));
				required(at + ".text", share.text());
				if (share.atLeast() != null && (share.atLeast() < 0 || share.atLeast() > 1)) {
					problem(at + ".atLeast", "a share is between 0 and 1, found " + share.atLeast());
				}
				var row2 = new LinkedHashMap<String, Object>();
				row2.put("elementId", id);
				row2.put("fiscalYear", year == null ? null : year.startYear());
				row2.put("fiscalYearLabel", share.year());
				row2.put("text", share.text());
				row2.put("atLeast", share.atLeast());
				shares.add(row2);
			}
		}

		private void readPledge(String path, String elementId, PlanDocument.Pledge pledge, Map<String, Object> row) {
			if (pledge == null) {
				return;
			}
			row.put("term", pledge.term());
			row.put("deadlineText", pledge.deadline());
			row.put("deadlineNote", pledge.deadlineNote());
			if (required(path + ".deadline", pledge.deadline())) {
				row.put("deadline", parse(path + ".deadline", () -> JapaneseDates.parseEndOfFiscalYear(pledge.deadline())));
			}
			for (int r = 0; r < pledge.progress().size(); r++) {
				var progress = pledge.progress().get(r);
				String at = path + ".progress[" + r + "]";
				var report = new LinkedHashMap<String, Object>();
				report.put("elementId", elementId);
				report.put("position", r);
				report.put("asOfText", progress.asOf());
				if (required(at + ".asOf", progress.asOf())) {
					report.put("asOf", parse(at + ".asOf", () -> JapaneseDates.parseDate(progress.asOf())));
				}
				if (progress.stage() != null && (progress.stage() < 0 || progress.stage() > 1)) {
					problem(at + ".stage", "a stage is between 0 (開始) and 1 (達成), found " + progress.stage());
				}
				report.put("stage", progress.stage());
				report.put("achieved", Boolean.TRUE.equals(progress.achieved()));
				pledgeReports.add(report);
			}
		}

		private void themes(String path, String field, String id, List<String> ids) {
			for (int t = 0; t < ids.size(); t++) {
				if (id(path + ".themes[" + t + "]", ids.get(t))) {
					themeIds.add(ids.get(t));
					themes.add(Map.of(field, id, "themeId", ids.get(t)));
				}
			}
		}

		private void findCycles() {
			var done = new HashSet<String>();
			for (String start : parentsOf.keySet()) {
				if (!done.contains(start)) {
					visit(start, new java.util.ArrayDeque<>(), done);
				}
			}
		}

		private void visit(String id, java.util.ArrayDeque<String> trail, Set<String> done) {
			if (trail.contains(id)) {
				String key = id.substring(id.indexOf('/') + 1);
				problem(elementPaths.getOrDefault(key, ""), "the element '" + key
						+ "' is its own ancestor (through alsoUnder); the structure must stay a DAG");
				return;
			}
			if (!done.add(id)) {
				return;
			}
			trail.push(id);
			for (String parent : parentsOf.getOrDefault(id, List.of())) {
				visit(parent, trail, done);
			}
			trail.pop();
		}

		private static void notes(List<Note> notes, Map<String, Object> row) {
			row.put("noteLabels", notes.stream().map(n -> n.label() == null ? "" : n.label()).toList());
			row.put("noteTexts", notes.stream().map(n -> n.text() == null ? "" : n.text()).toList());
		}

		private boolean id(String path, String value) {
			var refusal = GraphRules.idRefusal(value);
			refusal.ifPresent(message -> problem(path, message));
			return refusal.isEmpty();
		}

		private boolean required(String path, String value) {
			if (value == null || value.isBlank()) {
				problem(path, "missing");
				return false;
			}
			return true;
		}

		private <E extends Enum<E>> E enumValue(String path, Class<E> type, String value) {
			if (value == null) {
				return null;
			}
			try {
				return Enum.valueOf(type, value);
			}
			catch (IllegalArgumentException ex) {
				problem(path, quote(value) + " is not one of " + List.of(type.getEnumConstants()));
				return null;
			}
		}

		private <T> T parse(String path, Supplier<T> parser) {
			try {
				return parser.get();
			}
			catch (IllegalArgumentException | java.time.DateTimeException ex) {
				problem(path, ex.getMessage());
				return null;
			}
		}

		private void problem(String path, String message) {
			problems.add(new Problem(path, 0, message));
		}

		private static String quote(String value) {
			return value == null ? "nothing" : "'" + value + "'";
		}

	}

}
