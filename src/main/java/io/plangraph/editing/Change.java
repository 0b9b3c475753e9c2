package io.plangraph.editing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.types.MapAccessor;

/** One entry of the change history, as read. */
public record Change(String id, OffsetDateTime at, String by, ChangeAction action, String cityCode, String targetId,
		List<FieldChangeView> fields) {

	static Change of(MapAccessor node) {
		List<String> names = node.get("fields").asList(v -> v.asString(), List.of());
		List<String> before = node.get("before").asList(v -> v.asString(), List.of());
		List<String> after = node.get("after").asList(v -> v.asString(), List.of());
		var fields = new ArrayList<FieldChangeView>();
		for (int i = 0; i < names.size(); i++) {
			fields.add(new FieldChangeView(names.get(i), emptyAsNull(before.get(i)), emptyAsNull(after.get(i))));
		}
		return new Change(node.get("id").asString(), node.get("at").asZonedDateTime().toOffsetDateTime(),
				node.get("by").asString(), ChangeAction.valueOf(node.get("action").asString()), node.get("cityCode").asString(),
				node.get("targetId").asString(), fields);
	}

	private static String emptyAsNull(String text) {
		return text.isEmpty() ? null : text;
	}

	/** A field before and after. */
	public record FieldChangeView(String field, String before, String after) {
	}

}
