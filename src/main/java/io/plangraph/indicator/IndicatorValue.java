package io.plangraph.indicator;

import java.time.LocalDate;

import io.plangraph.calendar.FiscalYearValue;
import io.plangraph.neo4j.Properties;
import io.plangraph.source.Provenance;
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
