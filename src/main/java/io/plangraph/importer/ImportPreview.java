package io.plangraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an import of some files would change in the graph, found without changing it (a dry run, see
 * {@link PlanImporter#preview}). Plans, elements and indicators are compared by id; values and marks,
 * which have no id, by what they are about (indicator, type, fiscal year, group).
 *
 * @param vocabularies the vocabulary files (themes, concepts) among the files, by name: an import writes them
 *     first, and so does a preview, but their changes are not itemised
 * @param documents what would change for each plan document, in the order the files were given
 */
public record ImportPreview(List<String> vocabularies, List<DocumentChanges> documents) {

	public ImportPreview {
		vocabularies = List.copyOf(vocabularies);
		documents = List.copyOf(documents);
	}

	/** Whether importing the files would change any document (vocabularies aside). */
	public boolean changesAnything() {
		return documents.stream().anyMatch(DocumentChanges::changesAnything);
	}

	@Override
	public String toString() {
		var lines = new ArrayList<String>();
		vocabularies.forEach(name -> lines.add("vocabulary " + name + ": would be written again"));
		documents.forEach(document -> lines.add(document.toString()));
		return String.join("\n", lines);
	}

	/**
	 * What would change for one plan document.
	 *
	 * @param file the name the document was given under (its file name)
	 * @param documentId the document's id
	 * @param isNew whether the graph has no document with this id yet, so that everything would be added
	 * @param document the fields of the document's header and city that would change ({@code title},
	 *     {@code city.name}…), in the words of the file format
	 * @param plans by plan id; a plan changes when its own fields or its top-level elements (their order) do
	 * @param elements by element id ({@code planId/key}); an element changes when its own fields, its
	 *     indicator uses, reported ratios, shares, pledge, themes, further parents or children (their order) do
	 * @param indicators by indicator id; an indicator changes when its definition does (name, unit, direction,
	 *     groups, concept, themes, description, section); its values and marks are counted apart
	 * @param values identified as {@code indicatorId TYPE year [group]} ({@code hitachi-navi-downloads ACTUAL R5});
	 *     a value changes when one with the same identity is written differently (its text, note, number…)
	 * @param marks identified as {@code indicatorId year [group]}; a mark changes when its printed text does
	 */
	public record DocumentChanges(String file, String documentId, boolean isNew, List<String> document, Changes plans,
			Changes elements, Changes indicators, Changes values, Changes marks) {

		public DocumentChanges {
			document = List.copyOf(document);
		}

		/** Whether importing the document would change anything of it. */
		public boolean changesAnything() {
			return isNew || !document.isEmpty() || !plans.isEmpty() || !elements.isEmpty() || !indicators.isEmpty()
					|| !values.isEmpty() || !marks.isEmpty();
		}

		@Override
		public String toString() {
			var lines = new ArrayList<String>();
			lines.add(documentId + " (" + file + "): " + (isNew ? "a new document"
					: changesAnything() ? "would change" : "no change"));
			if (!document.isEmpty()) {
				lines.add("  document: " + String.join(", ", document));
			}
			plans.describe("plans", lines);
			elements.describe("elements", lines);
			indicators.describe("indicators", lines);
			values.describe("values", lines);
			marks.describe("marks", lines);
			return String.join("\n", lines);
		}

	}

	/**
	 * How one kind of thing would change.
	 *
	 * @param added what the graph does not have yet
	 * @param changed what it has, written differently
	 * @param removed what it has and the files no longer say (deleted by the import)
	 * @param unchanged how many stay exactly as they are
	 */
	public record Changes(List<Item> added, List<Change> changed, List<Item> removed, int unchanged) {

		public Changes {
			added = List.copyOf(added);
			changed = List.copyOf(changed);
			removed = List.copyOf(removed);
		}

		/** Whether nothing of this kind would change. */
		public boolean isEmpty() {
			return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
		}

		void describe(String kind, List<String> lines) {
			lines.add("  %s: %d added, %d changed, %d removed, %d unchanged".formatted(kind, added.size(), changed.size(),
					removed.size(), unchanged));
			added.forEach(item -> lines.add("    + " + item));
			changed.forEach(change -> lines.add("    ~ " + change));
			removed.forEach(item -> lines.add("    - " + item));
		}

	}

	/**
	 * A plan, element, indicator, value or mark added or removed.
	 *
	 * @param id its id, or for a value or mark its identity (see {@link DocumentChanges})
	 * @param label what a reader recognises it by: a title, a name, a value or mark as printed
	 */
	public record Item(String id, String label) {

		@Override
		public String toString() {
			return label == null || label.isEmpty() ? id : id + ": " + label;
		}

	}

	/**
	 * A plan, element, indicator, value or mark that would be written differently.
	 *
	 * @param id its id, or for a value or mark its identity (see {@link DocumentChanges})
	 * @param fields the fields that differ, named as in the file format ({@code title}, {@code children},
	 *     {@code value}, {@code note}…)
	 * @param before its label now (title, name, value as printed)
	 * @param after its label after the import
	 */
	public record Change(String id, List<String> fields, String before, String after) {

		public Change {
			fields = List.copyOf(fields);
		}

		@Override
		public String toString() {
			String labels = Objects.equals(before, after) ? before : before + " → " + after;
			return id + " (" + String.join(", ", fields) + ")" + (labels == null || labels.isEmpty() ? "" : ": " + labels);
		}

	}

}
