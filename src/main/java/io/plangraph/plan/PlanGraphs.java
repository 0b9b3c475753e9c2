package io.plangraph.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.IndicatorRole;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.GraphVersion;
import io.plangraph.neo4j.VersionedCache;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * Loads whole plans into {@link PlanGraph}s: all plans a request level asks for in one query, each at
 * most once per request (the data loader keeps them). Resolvers get a plan's graph with
 * {@code DataLoader<String, PlanGraph>} and answer from memory.
 *
 * <p>Plan graphs are immutable and kept across requests for the current {@link GraphVersion}: a request
 * asks for the version (one small query) and loads only the plans not already in memory for it. A write
 * raises the version as it commits, so the very next read loads afresh. The least recently used plans
 * beyond {@code plangraph.cache.plans} are let go.
 */
@Component
public class PlanGraphs {

	private static final String LOAD = """
			MATCH (p:Plan) WHERE p.id IN $ids
			CALL (p) {
			  OPTIONAL MATCH (e:PlanElement)-[:PART_OF]->(p)
			  RETURN collect({element: %s,
			    children: [(e)-[r:HAS_CHILD]->(c) | {id: c.id, position: r.position}],
			    uses: [(e)-[u:USES]->(i) | {id: i.id, role: u.role, position: u.position}]
			  }) AS elements
			}
			CALL (p) {
			  OPTIONAL MATCH (p)<-[:PART_OF]-(:PlanElement)-[:USES]->(i:Indicator)
			  WITH DISTINCT i
			  RETURN collect(%s) AS indicators
			}
			RETURN p.id AS key, p, elements, indicators,
			       [(p)-[r:HAS_ELEMENT]->(t) | {id: t.id, position: r.position}] AS top
			""".formatted(PlanElement.projection("e"), Indicator.projection("i"));

	private static final Comparator<Value> BY_POSITION = Comparator
		.comparing((Value link) -> link.get("position").isNull() ? Integer.MAX_VALUE : link.get("position").asInt())
		.thenComparing(link -> link.get("id").asString());

	private final GraphReader graph;

	private final VersionedCache<String, PlanGraph> kept;

	PlanGraphs(GraphReader graph, GraphVersion version, BatchLoaderRegistry loaders,
			@org.springframework.beans.factory.annotation.Value("${plangraph.cache.plans:500}") int capacity) {
		this.graph = graph;
		this.kept = new VersionedCache<>(version, capacity);
		loaders.forTypePair(String.class, PlanGraph.class)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> load(ids)));
	}

	/** The graphs of these plans: from memory where they are current, the rest in one query; unknown plans are left out. */
	public Map<String, PlanGraph> load(Set<String> planIds) {
		return kept.getAll(planIds, missing -> graph.list(LOAD, Map.of("ids", missing), PlanGraphs::planGraph)
			.stream()
			.collect(Collectors.toMap(g -> g.plan().id(), Function.identity())));
	}

	private static PlanGraph planGraph(Record record) {
		var elements = new HashMap<String, PlanElement>();
		var children = new HashMap<String, List<String>>();
		var uses = new HashMap<String, List<PlanGraph.Use>>();
		for (Value row : record.get("elements").values()) {
			// A plan without elements gives one row whose element is null (the OPTIONAL MATCH).
			if (row.get("element").isNull()) {
				continue;
			}
			var element = PlanElement.of(row.get("element"));
			elements.put(element.id(), element);
			children.put(element.id(), ids(row.get("children")));
			uses.put(element.id(), row.get("uses").asList(v -> v).stream().sorted(BY_POSITION)
				.map(u -> new PlanGraph.Use(u.get("id").asString(), IndicatorRole.valueOf(u.get("role").asString())))
				.toList());
		}
		var indicators = record.get("indicators").asList(v -> v).stream()
			.map(Indicator::of)
			.collect(Collectors.toMap(Indicator::id, Function.identity()));
		var ordered = new java.util.LinkedHashMap<String, PlanElement>();
		elements.values().stream().sorted(Comparator.comparing(PlanElement::id)).forEach(e -> ordered.put(e.id(), e));
		return new PlanGraph(Plan.of(record.get("p").asNode()), ids(record.get("top")), ordered, children, uses, indicators);
	}

	private static List<String> ids(Value links) {
		return new ArrayList<>(links.asList(v -> v).stream().sorted(BY_POSITION).map(l -> l.get("id").asString()).toList());
	}

}
