package io.plangraph.indicator;

import java.util.Comparator;
import java.util.List;

import io.plangraph.source.Provenance;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * An indicator as read from the graph, with its values and printed marks: one definition, one value
 * series, however many elements use it. Values come with the indicator (they are few), so statuses are
 * computed without another trip to the database.
 */
public record Indicator(String id, String name, String unit, boolean unitInferred, Direction direction,
		boolean directionInferred, boolean cumulative, List<String> groups, String description, String cityCode, String section,
		String documentId, List<IndicatorValue> values, List<ReportedMark> reportedMarks) {

	/**
	 * The one projection of an indicator: Cypher for the indicator bound to {@code variable} as a whole map
	 * expression with its current values and its marks, read by {@link #of}. A value superseded by a later
	 * one is left out here, the one place that rule lives, so every read sees current values only (see
	 * {@code OneProjectionPerNodeTest}); {@code v} and {@code m} are taken inside it.
	 */
	public static String projection(String variable) {
		return """
				%1$s {.*, values: [(%1$s)-[:HAS_VALUE]->(v) WHERE v.supersededAt IS NULL | v {.*}],
				    marks: [(%1$s)-[:HAS_MARK]->(m) | m {.*}]}""".formatted(variable);
	}

	private static final Comparator<IndicatorValue> VALUE_ORDER = Comparator
		.comparing((IndicatorValue v) -> v.type().ordinal())
		.thenComparing(v -> v.fiscalYear() == null ? Integer.MAX_VALUE : v.fiscalYear().year())
		.thenComparing(v -> v.group() == null ? "" : v.group())
		.thenComparing(IndicatorValue::position);

	/** An indicator from a map made by {@link #projection}: the one mapping from the driver's value to the record. */
	public static Indicator of(MapAccessor map) {
		String id = map.get("id").asString();
		String section = map.get("section").asString(null);
		List<IndicatorValue> values = IndicatorValue.recordedFirst(map.get("values")
			.asList((Value v) -> IndicatorValue.of(id, v, section), List.of()), value -> value)
			.stream()
			.sorted(VALUE_ORDER)
			.toList();
		List<ReportedMark> marks = map.get("marks")
			.asList((Value m) -> ReportedMark.of(id, m), List.of())
			.stream()
			.sorted(Comparator.comparing((ReportedMark m) -> -m.fiscalYear().year())
				.thenComparing(m -> m.group() == null ? "" : m.group()))
			.toList();
		return new Indicator(id, map.get("name").asString(), map.get("unit").asString(null),
				map.get("unitInferred").asBoolean(false), Direction.valueOf(map.get("direction").asString()), map.get("directionInferred").asBoolean(false),
				map.get("cumulative").asBoolean(false), map.get("groups").asList(Value::asString, List.of()),
				map.get("description").asString(null), map.get("cityCode").asString(), section,
				map.get("documentId").asString(), values, marks);
	}

	/** Where the indicator was read from. */
	public Provenance source() {
		return new Provenance(documentId, section);
	}

	/** The values of one type and group; {@code null} arguments match all. */
	public List<IndicatorValue> values(ValueType type, String group) {
		return values.stream()
			.filter(v -> type == null || v.type() == type)
			.filter(v -> group == null || group.equals(v.group()))
			.toList();
	}

	/**
	 * One indicator is one id: a request's data loaders key their maps by it, and a record's own
	 * hashCode would walk every value and text it holds each time.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Indicator that && id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

}
