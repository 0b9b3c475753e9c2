package io.plangraph.indicator;

import java.util.List;

import io.plangraph.calendar.FiscalYearValue;
import io.plangraph.neo4j.Properties;
import io.plangraph.source.Provenance;
import org.neo4j.driver.types.MapAccessor;

/** A status mark a document printed for an indicator (◎○△—): a reported fact, kept beside the computed one. */
public record ReportedMark(String indicatorId, FiscalYearValue fiscalYear, String group, List<String> groups,
		String text, String documentId) {

	static ReportedMark of(String indicatorId, MapAccessor node) {
		return new ReportedMark(indicatorId, Properties.fiscalYear(node, "fiscalYear"), node.get("group").asString(null),
				node.get("groups").asList(org.neo4j.driver.Value::asString, List.of()), node.get("text").asString(),
				node.get("documentId").asString());
	}

	/** Where the mark was read from. */
	public Provenance source() {
		return new Provenance(documentId, null);
	}

	/** The mark as the rules read it. */
	public PrintedMark printed() {
		return PrintedMark.parse(text);
	}

}
