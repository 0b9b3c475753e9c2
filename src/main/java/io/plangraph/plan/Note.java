package io.plangraph.plan;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.types.MapAccessor;

/** A labelled text of a document (要因及び効果, 今後の取組の方向性, 目指す姿…). */
public record Note(String label, String text) {

	/** The notes stored on a node as two parallel lists, {@code noteLabels} and {@code noteTexts}. */
	static List<Note> of(MapAccessor node) {
		List<String> labels = node.get("noteLabels").asList(v -> v.asString(), List.of());
		List<String> texts = node.get("noteTexts").asList(v -> v.asString(), List.of());
		var notes = new ArrayList<Note>();
		for (int i = 0; i < Math.min(labels.size(), texts.size()); i++) {
			notes.add(new Note(labels.get(i), texts.get(i)));
		}
		return notes;
	}

}
