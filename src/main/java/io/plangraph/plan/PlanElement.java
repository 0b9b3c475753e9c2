package io.plangraph.plan;

import java.time.LocalDate;
import java.util.List;

import io.plangraph.source.Provenance;
import org.neo4j.driver.types.MapAccessor;

/**
 * An element of a plan at any depth — goal, measure, project, program, pledge, initiative — as read
 * from the graph. Its place in the structure (parents, children) is resolved separately, in batches.
 */
public record PlanElement(String id, String key, String planId, ElementKind kind, String level, String code,
		String title, String subtitle, List<String> aliases, String description, List<String> details,
		List<Note> notes, String section, String documentId, String cityCode, String term, LocalDate deadline,
		String deadlineText, String deadlineNote) {

	public static PlanElement of(MapAccessor node) {
		return new PlanElement(node.get("id").asString(), node.get("key").asString(), node.get("planId").asString(),
				ElementKind.valueOf(node.get("kind").asString()), node.get("level").asString(null),
				node.get("code").asString(null), node.get("title").asString(), node.get("subtitle").asString(null),
				node.get("aliases").asList(v -> v.asString(), List.of()), node.get("description").asString(null),
				node.get("details").asList(v -> v.asString(), List.of()), Note.of(node),
				node.get("section").asString(null), node.get("documentId").asString(),
				node.get("cityCode").asString(null), node.get("term").asString(null),
				node.get("deadline").isNull() ? null : node.get("deadline").asLocalDate(),
				node.get("deadlineText").asString(null), node.get("deadlineNote").asString(null));
	}

	/** Where the element was read from. */
	public Provenance source() {
		return new Provenance(documentId, section);
	}

	/** The pledge sheet's facts, for pledges; {@code null} for every other element. */
	public Pledge pledge() {
		return deadlineText == null && term == null ? null : new Pledge(id, term, deadline, deadlineText, deadlineNote);
	}

	/** What a pledge sheet says besides its progress reports. */
	public record Pledge(String elementId, String term, LocalDate deadline, String deadlineText, String deadlineNote) {
	}

}
