package io.plangraph.importer;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * What each document holds, as comparable text: "wholly before or wholly after" in a test means every
 * part equals its state before the write or its state after it.
 *
 * <p>A part is a document (every node that carries its id, with its relationships), except that values
 * recorded through the API are a part per indicator ({@code api-edits-082023/hitachi-navi-downloads}), so
 * that two kinds of write to one city's edits are told apart. A part keeps its current nodes in full and
 * counts the superseded ones (their history grows with every edit). Times and change ids differ from run to
 * run and are left out; the change history is counted as a whole.
 */
record DocumentStates(Map<String, Part> parts, long changes) {

	/** A part's current nodes, as text, and how many of its nodes are superseded. */
	record Part(String current, long superseded) {

		Part withSuperseded(long more) {
			return new Part(current, superseded + more);
		}

	}

	static DocumentStates of(Driver driver) {
		var current = new TreeMap<String, List<String>>();
		var superseded = new HashMap<String, Long>();
		driver.executableQuery("""
				MATCH (n) WHERE n.documentId IS NOT NULL OR n:Document
				WITH n, coalesce(n.documentId, n.id) AS document
				OPTIONAL MATCH (i:Indicator)-[:HAS_VALUE]->(n) WHERE document STARTS WITH 'api-edits-'
				RETURN document + coalesce('/' + i.id, '') AS part, n.supersededAt IS NOT NULL AS superseded,
				       labels(n) AS labels, properties(n) AS properties,
				       [(n)-[r]-(m) WHERE NOT m:Change | {out: startNode(r) = n, type: type(r), properties: properties(r),
				                       other: coalesce(m.id, m.code, m.text, m.asOfText, '?')}] AS links
				""").execute().records().forEach(record -> {
			String part = record.get("part").asString();
			if (record.get("superseded").asBoolean()) {
				superseded.merge(part, 1L, Long::sum);
				current.computeIfAbsent(part, key -> new ArrayList<>());
				return;
			}
			var links = record.get("links").asList((Value link) -> (link.get("out").asBoolean() ? "-" : "<-")
					+ link.get("type").asString() + stable(link.get("properties").asMap()) + "-"
					+ link.get("other").asString()).stream().sorted().toList();
			current.computeIfAbsent(part, key -> new ArrayList<>())
				.add(record.get("labels").asList().toString() + stable(record.get("properties").asMap()) + links);
		});
		var parts = new TreeMap<String, Part>();
		current.forEach((part, nodes) -> parts.put(part,
				new Part(String.join("\n", nodes.stream().sorted().toList()), superseded.getOrDefault(part, 0L))));
		long changes = driver.executableQuery("MATCH (c:Change) RETURN count(c) AS n").execute().records().getFirst()
			.get("n").asLong();
		return new DocumentStates(Map.copyOf(parts), changes);
	}

	/** The state with some parts replaced and the change history grown: what a write that went through leaves. */
	DocumentStates after(Map<String, String> written, Map<String, Long> moreSuperseded, long moreChanges) {
		var next = new TreeMap<>(parts);
		written.forEach((part, text) -> {
			long before = parts.containsKey(part) ? parts.get(part).superseded() : 0;
			next.put(part, new Part(text, before + moreSuperseded.getOrDefault(part, 0L)));
		});
		return new DocumentStates(Map.copyOf(next), changes + moreChanges);
	}

	/** The parts whose current nodes differ from {@code earlier}'s (added, changed or gone). */
	List<String> changedSince(DocumentStates earlier) {
		var changed = new ArrayList<String>();
		var all = new TreeMap<String, Boolean>();
		parts.keySet().forEach(part -> all.put(part, true));
		earlier.parts.keySet().forEach(part -> all.put(part, true));
		all.keySet().forEach(part -> {
			var now = parts.get(part);
			var then = earlier.parts.get(part);
			if (now == null || then == null || !now.current().equals(then.current())) {
				changed.add(part);
			}
		});
		return changed;
	}

	/** What differs, in a line per part, for a failure message. */
	String difference(DocumentStates other) {
		var lines = new ArrayList<String>();
		var all = new TreeMap<String, Boolean>();
		parts.keySet().forEach(part -> all.put(part, true));
		other.parts.keySet().forEach(part -> all.put(part, true));
		all.keySet().forEach(part -> {
			var a = parts.get(part);
			var b = other.parts.get(part);
			if (a == null || b == null) {
				lines.add(part + ": " + (a == null ? "absent" : "present") + " / " + (b == null ? "absent" : "present"));
			}
			else if (!a.equals(b)) {
				lines.add(part + ": " + a.current().lines().count() + " current nodes, " + a.superseded()
						+ " superseded / " + b.current().lines().count() + " current nodes, " + b.superseded()
						+ " superseded" + (a.current().equals(b.current()) ? " (same current nodes)" : ""));
			}
		});
		if (changes != other.changes) {
			lines.add("changes: " + changes + " / " + other.changes);
		}
		return String.join("\n", lines);
	}

	private static final java.util.Set<String> VOLATILE = java.util.Set.of("importedAt", "recordedAt", "supersededAt",
			"supersededBy", "changeId", "at");

	// Properties in a fixed order, without what differs from run to run (times, change ids).
	private static String stable(Map<String, Object> properties) {
		var kept = new TreeMap<String, Object>();
		properties.forEach((key, value) -> {
			boolean time = value instanceof Temporal && !(value instanceof LocalDate);
			if (!time && !VOLATILE.contains(key)) {
				kept.put(key, value);
			}
		});
		return kept.toString();
	}

}
