package io.plangraph.plan;

import java.util.List;

import io.plangraph.calendar.FiscalYearValue;
import io.plangraph.neo4j.Properties;
import org.neo4j.driver.types.MapAccessor;

/** A plan as read from the graph: its identity, kind, period, levels and texts. */
public record Plan(String id, String title, PlanKind kind, String cityCode, FiscalYearValue periodFrom,
		FiscalYearValue periodTo, String phase, List<String> levels, String description, List<Note> notes,
		String documentId) {

	public static Plan of(MapAccessor node) {
		return new Plan(node.get("id").asString(), node.get("title").asString(),
				PlanKind.valueOf(node.get("kind").asString()), node.get("cityCode").asString(),
				Properties.fiscalYear(node, "periodFrom"),
				Properties.fiscalYear(node, "periodTo"), node.get("phase").asString(null),
				node.get("levels").asList(v -> v.asString(), List.of()), node.get("description").asString(null),
				Note.of(node), node.get("documentId").asString());
	}

	/** The plan's period, or {@code null} where the document gives none. */
	public Period period() {
		return periodFrom == null && periodTo == null ? null : new Period(periodFrom, periodTo);
	}

	/** A span of fiscal years. */
	public record Period(FiscalYearValue from, FiscalYearValue to) {
	}

}
