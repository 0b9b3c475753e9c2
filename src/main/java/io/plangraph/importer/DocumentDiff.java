package io.plangraph.importer;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import io.plangraph.importer.ImportPreview.Change;
import io.plangraph.importer.ImportPreview.Changes;
import io.plangraph.importer.ImportPreview.DocumentChanges;
import io.plangraph.importer.ImportPreview.Item;
import io.plangraph.importer.PlanDocument.ElementEntry;
import io.plangraph.importer.PlanDocument.IndicatorEntry;
import io.plangraph.importer.PlanDocument.MarkEntry;
import io.plangraph.importer.PlanDocument.PlanEntry;
import io.plangraph.importer.PlanDocument.ValueEntry;

/**
 * The difference between a document as the graph holds it now and as it would hold it after an import,
 * both read back by {@link DocumentExporter}: compared in the file's terms, so what the file would not
 * write differently does not count as a change.
 */
final class DocumentDiff {

	private DocumentDiff() {
	}

	static DocumentChanges between(String file, String documentId, Optional<PlanDocument> now, PlanDocument then) {
		var before = now.orElse(new PlanDocument(then.format(), null, null, List.of(), List.of()));
		var document = new ArrayList<String>();
		if (now.isPresent()) {
			differences(before.document(), then.document(), Set.of()).forEach(document::add);
			differences(before.city(), then.city(), Set.of()).forEach(field -> document.add("city." + field));
		}
		return new DocumentChanges(file, documentId, now.isEmpty(), document, plans(before, then), elements(before, then),
				indicators(before, then), values(before, then), marks(before, then));
	}

	private static Changes plans(PlanDocument before, PlanDocument after) {
		return byId(before.plans(), after.plans(), PlanEntry::id, PlanEntry::title, (a, b) -> {
			var fields = differences(a, b, Set.of("elements"));
			if (!keys(a.elements()).equals(keys(b.elements()))) {
				fields.add("elements");
			}
			return fields;
		});
	}

	private static Changes elements(PlanDocument before, PlanDocument after) {
		return byId(placed(before), placed(after), PlacedElement::id, p -> p.element().title(), (a, b) -> {
			var fields = differences(a.element(), b.element(), Set.of("children"));
			if (!keys(a.element().children()).equals(keys(b.element().children()))) {
				fields.add("children");
			}
			return fields;
		});
	}

	private static Changes indicators(PlanDocument before, PlanDocument after) {
		return byId(before.indicators(), after.indicators(), IndicatorEntry::id, IndicatorEntry::name,
				(a, b) -> differences(a, b, Set.of("values", "marks")));
	}

	private static Changes values(PlanDocument before, PlanDocument after) {
		Function<PlanDocument, List<Owned<ValueEntry>>> values = document -> document.indicators()
			.stream()
			.flatMap(i -> i.values().stream().map(v -> new Owned<>(i.id(), v)))
			.toList();
		return byIdentity(values.apply(before), values.apply(after),
				v -> identity(v.indicatorId(), v.entry().type(), v.entry().year() != null ? v.entry().year() : v.entry().years(),
						v.entry().asOf() == null ? null : "asOf " + v.entry().asOf(), v.entry().group()),
				v -> v.entry().value(), (a, b) -> differences(a.entry(), b.entry(), Set.of()));
	}

	private static Changes marks(PlanDocument before, PlanDocument after) {
		Function<PlanDocument, List<Owned<MarkEntry>>> marks = document -> document.indicators()
			.stream()
			.flatMap(i -> i.marks().stream().map(m -> new Owned<>(i.id(), m)))
			.toList();
		return byIdentity(marks.apply(before), marks.apply(after),
				m -> identity(m.indicatorId(), m.entry().year(), m.entry().group(),
						m.entry().groups().isEmpty() ? null : String.join(" + ", m.entry().groups())),
				m -> m.entry().mark(),
				(a, b) -> differences(a.entry(), b.entry(), Set.of()));
	}

	/** Things with ids: added, changed (the fields that differ), removed, unchanged. */
	private static <T> Changes byId(List<T> before, List<T> after, Function<T, String> id, Function<T, String> label,
			BiFunction<T, T, List<String>> difference) {
		var earlier = new LinkedHashMap<String, T>();
		before.forEach(item -> earlier.put(id.apply(item), item));
		var later = new LinkedHashMap<String, T>();
		after.forEach(item -> later.put(id.apply(item), item));
		var added = new ArrayList<Item>();
		var changed = new ArrayList<Change>();
		int unchanged = 0;
		for (var entry : later.entrySet()) {
			T was = earlier.get(entry.getKey());
			if (was == null) {
				added.add(new Item(entry.getKey(), label.apply(entry.getValue())));
				continue;
			}
			var fields = difference.apply(was, entry.getValue());
			if (fields.isEmpty()) {
				unchanged++;
			}
			else {
				changed.add(new Change(entry.getKey(), fields, label.apply(was), label.apply(entry.getValue())));
			}
		}
		var removed = earlier.entrySet().stream()
			.filter(entry -> !later.containsKey(entry.getKey()))
			.map(entry -> new Item(entry.getKey(), label.apply(entry.getValue())))
			.toList();
		return new Changes(added, changed, removed, unchanged);
	}

	/**
	 * Things without ids, compared by what they are about: equal ones are unchanged; of the rest with the
	 * same identity, as many as there are on both sides changed, the others added or removed.
	 */
	private static <T> Changes byIdentity(List<T> before, List<T> after, Function<T, String> identity,
			Function<T, String> label, BiFunction<T, T, List<String>> difference) {
		var earlier = group(before, identity);
		var later = group(after, identity);
		var identities = new LinkedHashSet<String>(later.keySet());
		identities.addAll(earlier.keySet());
		var added = new ArrayList<Item>();
		var changed = new ArrayList<Change>();
		var removed = new ArrayList<Item>();
		int unchanged = 0;
		for (String id : identities) {
			var was = new ArrayList<>(earlier.getOrDefault(id, List.of()));
			var is = new ArrayList<>(later.getOrDefault(id, List.of()));
			for (var iterator = is.iterator(); iterator.hasNext();) {
				if (was.remove(iterator.next())) {
					iterator.remove();
					unchanged++;
				}
			}
			int paired = Math.min(was.size(), is.size());
			for (int i = 0; i < paired; i++) {
				changed.add(new Change(id, difference.apply(was.get(i), is.get(i)), label.apply(was.get(i)),
						label.apply(is.get(i))));
			}
			is.subList(paired, is.size()).forEach(item -> added.add(new Item(id, label.apply(item))));
			was.subList(paired, was.size()).forEach(item -> removed.add(new Item(id, label.apply(item))));
		}
		return new Changes(added, changed, removed, unchanged);
	}

	private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> identity) {
		var groups = new LinkedHashMap<String, List<T>>();
		items.forEach(item -> groups.computeIfAbsent(identity.apply(item), k -> new ArrayList<>()).add(item));
		return groups;
	}

	/** The names of the record's fields whose values differ, {@code skip} aside. */
	private static List<String> differences(Record before, Record after, Set<String> skip) {
		var fields = new ArrayList<String>();
		if (before == null || after == null) {
			if (before != after) {
				fields.add("all");
			}
			return fields;
		}
		for (RecordComponent component : before.getClass().getRecordComponents()) {
			if (!skip.contains(component.getName())
					&& !Objects.equals(valueOf(component, before), valueOf(component, after))) {
				fields.add(component.getName());
			}
		}
		return fields;
	}

	private static Object valueOf(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), ex);
		}
	}

	private static List<String> keys(List<ElementEntry> elements) {
		return elements.stream().map(ElementEntry::key).toList();
	}

	/** Every element of the document once, top down, with its id (plan id / key). */
	private static List<PlacedElement> placed(PlanDocument document) {
		var placed = new ArrayList<PlacedElement>();
		for (var plan : document.plans()) {
			place(plan.id(), plan.elements(), placed);
		}
		return placed;
	}

	private static void place(String planId, List<ElementEntry> elements, List<PlacedElement> placed) {
		for (var element : elements) {
			placed.add(new PlacedElement(planId + "/" + element.key(), element));
			place(planId, element.children(), placed);
		}
	}

	private static String identity(String... parts) {
		return String.join(" ", Stream.of(parts).filter(Objects::nonNull).toList());
	}

	private record PlacedElement(String id, ElementEntry element) {
	}

	private record Owned<T>(String indicatorId, T entry) {
	}

}
