package io.plangraph.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.IndicatorRole;

/**
 * One plan held in memory for the length of a request: its elements, how they hang together (a DAG),
 * the indicators they use and those indicators' values. Loaded with one query, it answers every
 * structural and status question about the plan without going back to the database.
 */
public final class PlanGraph {

	private final Plan plan;

	private final List<String> topLevel;

	private final Map<String, PlanElement> elements;

	private final Map<String, List<String>> children;

	private final Map<String, List<String>> parents = new HashMap<>();

	private final Map<String, List<Use>> uses;

	private final Map<String, Indicator> indicators;

	PlanGraph(Plan plan, List<String> topLevel, Map<String, PlanElement> elements, Map<String, List<String>> children,
			Map<String, List<Use>> uses, Map<String, Indicator> indicators) {
		this.plan = plan;
		this.topLevel = List.copyOf(topLevel);
		this.elements = new LinkedHashMap<>(elements);
		this.children = Map.copyOf(children);
		this.uses = Map.copyOf(uses);
		this.indicators = Map.copyOf(indicators);
		// The parent an element is listed under in place comes first: children lists keep document order.
		children.forEach((parent, kids) -> kids.forEach(kid -> parents.computeIfAbsent(kid, k -> new ArrayList<>()).add(parent)));
	}

	public Plan plan() {
		return plan;
	}

	public PlanElement element(String id) {
		return elements.get(id);
	}

	public List<PlanElement> topLevel() {
		return topLevel.stream().map(elements::get).toList();
	}

	public List<PlanElement> allElements() {
		return List.copyOf(elements.values());
	}

	public List<PlanElement> children(String id) {
		return children.getOrDefault(id, List.of()).stream().map(elements::get).toList();
	}

	public List<PlanElement> parents(String id) {
		return parents.getOrDefault(id, List.of()).stream().map(elements::get).toList();
	}

	/**
	 * Where an element stands: its ancestors from the top level down, and itself, following the parent it
	 * is listed under first.
	 */
	public List<PlanElement> path(String id) {
		var path = new ArrayDeque<PlanElement>();
		var seen = new java.util.HashSet<String>();
		String next = id;
		while (next != null && seen.add(next)) {
			path.push(elements.get(next));
			var up = parents.getOrDefault(next, List.of());
			next = up.isEmpty() ? null : up.getFirst();
		}
		return List.copyOf(path);
	}

	/** The indicators an element uses, with their roles, in document order. */
	public List<IndicatorInRole> uses(String id) {
		return uses.getOrDefault(id, List.of()).stream()
			.map(use -> new IndicatorInRole(indicators.get(use.indicatorId()), use.role()))
			.toList();
	}

	/** The indicators an element uses, each once, in document order. */
	public List<Indicator> indicators(String id) {
		return uses(id).stream().map(IndicatorInRole::indicator).distinct().toList();
	}

	/** The element and everything below it, each once however many paths lead to it. */
	public Set<PlanElement> subtree(String id) {
		var seen = new LinkedHashSet<String>();
		var todo = new ArrayDeque<String>(List.of(id));
		while (!todo.isEmpty()) {
			String next = todo.pop();
			if (seen.add(next)) {
				children.getOrDefault(next, List.of()).forEach(todo::add);
			}
		}
		var subtree = new LinkedHashSet<PlanElement>();
		seen.forEach(e -> subtree.add(elements.get(e)));
		return subtree;
	}

	/** The element and everything below it in document order (depth first), each once. */
	public List<PlanElement> subtreeInOrder(String id) {
		var ordered = new LinkedHashSet<String>();
		visit(id, ordered);
		return ordered.stream().map(elements::get).toList();
	}

	private void visit(String id, Set<String> ordered) {
		if (ordered.add(id)) {
			children.getOrDefault(id, List.of()).forEach(child -> visit(child, ordered));
		}
	}

	/** Every element of the plan, as one subtree. */
	public Set<PlanElement> everything() {
		return new LinkedHashSet<>(elements.values());
	}

	/** An indicator used in a role. */
	public record IndicatorInRole(Indicator indicator, IndicatorRole role) {
	}

	/** An element's use of an indicator, by id. */
	record Use(String indicatorId, IndicatorRole role) {
	}

}
