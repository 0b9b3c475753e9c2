package io.plangraph.indicator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.plangraph.calendar.FiscalYearValue;
import io.plangraph.neo4j.Properties;
import io.plangraph.source.Provenance;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.MapAccessor;

/** A baseline, target or actual of an indicator: the printed text and what was read from it. */
public record IndicatorValue(String indicatorId, int position, ValueType type, FiscalYearValue fiscalYear,
		FiscalYearValue fiscalYearTo, LocalDate asOf, String group, String text, Double number, String unit,
		Bound bound, ValueState state, boolean cumulative, boolean approximate, boolean usedForStatus, String note,
		String documentId, String section, boolean recorded) {

	static IndicatorValue of(String indicatorId, MapAccessor node, String section) {
		FiscalYearValue from = Properties.fiscalYear(node, "fiscalYear");
		FiscalYearValue to = Properties.fiscalYear(node, "fiscalYearTo");
		return new IndicatorValue(indicatorId, node.get("position").asInt(0), ValueType.valueOf(node.get("type").asString()),
				from, to == null || from == null || to.year() == from.year() ? null : to,
				node.get("asOf").isNull() ? null : node.get("asOf").asLocalDate(), node.get("group").asString(null),
				node.get("text").asString(), node.get("number").isNull() ? null : node.get("number").asDouble(),
				node.get("unit").asString(null), node.get("bound").isNull() ? null : Bound.valueOf(node.get("bound").asString()),
				ValueState.valueOf(node.get("state").asString()), node.get("cumulative").asBoolean(false),
				node.get("approximate").asBoolean(false), node.get("usedForStatus").asBoolean(false), node.get("note").asString(null),
				node.get("documentId").asString(), section, "api".equals(node.get("source").asString(null)));
	}

	/**
	 * A value as it is written to an IndicatorValue node, by the import and by the editor alike: one place for
	 * the properties that {@link #of} reads back. The unit stored is the printed one, or the indicator's where
	 * the value prints none; 約 in the text makes a value approximate, as does {@code approximate} (a file's
	 * flag for 約 printed in front of a list the value stands in).
	 */
	public record Stored(ValueType type, Integer fiscalYear, Integer fiscalYearTo, String fiscalYearLabel, String group,
			PrintedValue printed, String indicatorUnit, boolean approximate, boolean usedForStatus, String note,
			int position) {

		/** The node's properties; where-from properties (document, source, asOf) are the writer's. */
		public Map<String, Object> properties() {
			var row = new LinkedHashMap<String, Object>();
			row.put("type", type == null ? null : type.name());
			row.put("position", position);
			row.put("fiscalYear", fiscalYear);
			row.put("fiscalYearTo", fiscalYearTo);
			row.put("fiscalYearLabel", fiscalYearLabel);
			row.put("group", group);
			if (printed != null) {
				row.putAll(read(printed, indicatorUnit));
				row.put("approximate", approximate || PrintedValue.isApproximate(printed.text()));
			}
			row.put("usedForStatus", usedForStatus);
			row.put("note", note);
			return row;
		}

		/**
		 * What a value's text gives the node: text, number, unit, bound, state, cumulative. The export checks a
		 * way of writing a value by whether it gives back these.
		 */
		public static Map<String, Object> read(PrintedValue printed, String indicatorUnit) {
			var row = new LinkedHashMap<String, Object>();
			row.put("text", printed.text());
			row.put("number", printed.number());
			row.put("unit", printed.unit() != null ? printed.unit() : indicatorUnit);
			row.put("bound", printed.bound() == null ? null : printed.bound().name());
			row.put("state", printed.state().name());
			row.put("cumulative", printed.cumulative());
			return row;
		}

	}

	/**
	 * The values a reader sees: a value recorded through the API takes the place of a document's value for the
	 * same type, years and group (its {@link #slot}); the document's stays in the graph as the document said it.
	 * For stored values in any shape: {@code read} gives each one as a value (the indicator's reads, and the
	 * export, which keeps the stored rows).
	 */
	public static <T> List<T> recordedFirst(List<T> values, Function<T, IndicatorValue> read) {
		List<IndicatorValue> stored = values.stream().map(read).toList();
		Set<Object> recorded = stored.stream().filter(IndicatorValue::recorded).map(IndicatorValue::slot).collect(Collectors.toSet());
		return IntStream.range(0, values.size())
			.filter(i -> stored.get(i).recorded() || !recorded.contains(stored.get(i).slot()))
			.mapToObj(values::get)
			.toList();
	}

	/** A stored value as its node's properties hold it ({@code v {.*}}), for a reader outside this package. */
	public static IndicatorValue ofProperties(String indicatorId, Map<String, Object> properties) {
		return of(indicatorId, Values.value(properties), null);
	}

	/** What a value is for: its type, years and group. Two values for one slot: the recorded one counts. */
	Object slot() {
		return java.util.Arrays.asList(type, fiscalYear == null ? null : fiscalYear.year(),
				fiscalYearTo == null ? null : fiscalYearTo.year(), group);
	}

	/** Where the value was read from. */
	public Provenance source() {
		return new Provenance(documentId, section);
	}

	/** The value as the rules read it: the printed text with the number, unit and bound read from it. */
	public PrintedValue printed() {
		return new PrintedValue(text, state == ValueState.NUMERIC ? number : null,
				state == ValueState.NUMERIC ? unit : null, state == ValueState.NUMERIC ? bound : null, cumulative, state);
	}

}
