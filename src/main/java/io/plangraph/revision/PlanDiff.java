package io.plangraph.revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.plangraph.plan.ElementKind;
import io.plangraph.plan.Plan;
import io.plangraph.plan.PlanElement;
import io.plangraph.plan.PlanGraph;
import io.plangraph.revision.Lineage.Change;
import io.plangraph.revision.Lineage.Link;
import io.plangraph.revision.Lineage.Node;

/**
 * What changed between two plans: their elements linked by {@link Lineage}, sorted into lists, with each
 * kind of element counted in both. Plain Java over two plans already in memory.
 */
record PlanDiff(Plan from, Plan to, List<ElementChange> added, List<ElementChange> removed,
		List<ElementChange> renamed, List<ElementChange> moved, List<ElementChange> merged, List<ElementChange> split,
		List<ElementChange> unchanged, List<KindCount> counts) {

	/** The diff from {@code before} to {@code after}. */
	static PlanDiff between(PlanGraph before, PlanGraph after) {
		var links = Lineage.infer(nodes(before), nodes(after));
		var diff = new PlanDiff(before.plan(), after.plan(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), counts(before, after));
		Set<String> linkedBefore = new LinkedHashSet<>();
		Set<String> linkedAfter = new LinkedHashSet<>();
		for (Link link : links) {
			linkedBefore.add(link.beforeId());
			linkedAfter.add(link.afterId());
			var change = new ElementChange(before.element(link.beforeId()), after.element(link.afterId()), true,
					link.change().name(), link.moved(), link.similarity(), location(before, link.beforeId()),
					location(after, link.afterId()));
			switch (link.change()) {
				case SAME -> (link.moved() ? diff.moved() : diff.unchanged()).add(change);
				case RENAMED, REGROUPED -> diff.renamed().add(change);
				case MERGED -> diff.merged().add(change);
				case SPLIT -> diff.split().add(change);
			}
			if (link.moved() && link.change() != Change.SAME) {
				diff.moved().add(change);
			}
		}
		for (PlanElement element : ordered(before)) {
			if (!linkedBefore.contains(element.id())) {
				diff.removed().add(new ElementChange(element, null, true, "REMOVED", false, null, location(before, element.id()), null));
			}
		}
		for (PlanElement element : ordered(after)) {
			if (!linkedAfter.contains(element.id())) {
				diff.added().add(new ElementChange(null, element, true, "ADDED", false, null, null, location(after, element.id())));
			}
		}
		return diff;
	}

	/** The plan's elements in document order: top level first, each followed by what is below it. */
	private static List<PlanElement> ordered(PlanGraph plan) {
		var ordered = new LinkedHashMap<String, PlanElement>();
		plan.topLevel().forEach(top -> plan.subtreeInOrder(top.id()).forEach(e -> ordered.putIfAbsent(e.id(), e)));
		return List.copyOf(ordered.values());
	}

	private static List<Node> nodes(PlanGraph plan) {
		return ordered(plan).stream().map(element -> {
			var path = plan.path(element.id());
			String parent = path.size() > 1 ? path.get(path.size() - 2).id() : null;
			return new Node(element.id(), element.kind().name(), element.title(), parent, path.size() - 1);
		}).toList();
	}

	private static String location(PlanGraph plan, String id) {
		return plan.path(id).stream()
			.map(e -> e.code() == null ? e.title() : e.code() + (e.kind() == ElementKind.SUB_MEASURE ? "" : " " + e.title()))
			.collect(Collectors.joining(" / "));
	}

	private static List<KindCount> counts(PlanGraph before, PlanGraph after) {
		var kinds = new LinkedHashMap<ElementKind, String>();
		var beforeCounts = new HashMap<ElementKind, Integer>();
		var afterCounts = new HashMap<ElementKind, Integer>();
		for (var element : ordered(before)) {
			kinds.putIfAbsent(element.kind(), element.level());
			beforeCounts.merge(element.kind(), 1, Integer::sum);
		}
		for (var element : ordered(after)) {
			kinds.putIfAbsent(element.kind(), element.level());
			afterCounts.merge(element.kind(), 1, Integer::sum);
		}
		return kinds.entrySet().stream()
			.map(e -> new KindCount(e.getKey(), e.getValue(), beforeCounts.getOrDefault(e.getKey(), 0),
					afterCounts.getOrDefault(e.getKey(), 0)))
			.toList();
	}

	/** One element's change. */
	record ElementChange(PlanElement before, PlanElement after, boolean inferred, String change, boolean moved,
			Double similarity, String beforeLocation, String afterLocation) {
	}

	/** How many elements of a kind each plan has. */
	record KindCount(ElementKind kind, String level, int before, int after) {
	}

}
