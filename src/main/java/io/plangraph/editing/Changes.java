package io.plangraph.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.neo4j.driver.SimpleQueryRunner;

/**
 * The change history: every edit is a {@code (:Change)} node — who, when, what, each field's value
 * before and after — linked to what it changed. Nothing here is ever deleted, so a number can be traced
 * back and a mistake undone.
 */
final class Changes {

	private Changes() {
	}

	/** What an edit changed. */
	enum Target {
		ELEMENT("PlanElement"), INDICATOR("Indicator"), DOCUMENT("Document");

		private final String label;

		Target(String label) {
			this.label = label;
		}

	}

	/** A field's value before and after an edit, as text ({@code null} where there was none). */
	record FieldChange(String field, String before, String after) {
	}

	/** Records an edit in the caller's transaction and returns the change's id. */
	static String record(SimpleQueryRunner tx, String by, ChangeAction action, String cityCode, Target target, String targetId,
			List<FieldChange> fields) {
		var labels = new ArrayList<String>();
		var before = new ArrayList<String>();
		var after = new ArrayList<String>();
		for (FieldChange field : fields) {
			labels.add(field.field());
			before.add(field.before() == null ? "" : field.before());
			after.add(field.after() == null ? "" : field.after());
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("by", by);
		parameters.put("action", action.name());
		parameters.put("city", cityCode);
		parameters.put("target", targetId);
		parameters.put("kind", target.name());
		parameters.put("fields", labels);
		parameters.put("before", before);
		parameters.put("after", after);
		// The label comes from the Target enum, never from input.
		return tx.run("""
				CREATE (c:Change {id: randomUUID(), at: datetime(), by: $by, action: $action, cityCode: $city,
				                  targetKind: $kind, targetId: $target, fields: $fields, before: $before, after: $after})
				WITH c
				OPTIONAL MATCH (t:%s {id: $target})
				FOREACH (x IN CASE WHEN t IS NULL THEN [] ELSE [t] END | CREATE (c)-[:CHANGED]->(x))
				RETURN c.id AS id
				""".formatted(target.label), parameters).single().get("id").asString();
	}

}
