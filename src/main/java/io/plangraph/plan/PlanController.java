package io.plangraph.plan;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.plangraph.city.City;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.Keyed;
import io.plangraph.source.SourceDocument;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Plans: a city's plans, a plan's top level, its city and its revisions. A plan's elements come from its
 * {@link PlanGraph}, loaded once per request however deep the request goes.
 */
@Controller
class PlanController {

	private final GraphReader graph;

	PlanController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	CompletableFuture<Plan> plan(@Argument String id, DataLoader<String, PlanGraph> plans) {
		return plans.load(id).thenApply(graph -> graph == null ? null : graph.plan());
	}

	@BatchMapping(typeName = "City", field = "plans")
	Map<City, List<Plan>> plans(List<City> cities) {
		var rows = graph.keyed("""
				MATCH (c:City)-[:HAS_PLAN]->(p:Plan) WHERE c.code IN $codes
				RETURN c.code AS key, p ORDER BY p.documentId, p.position
				""", Map.of("codes", cities.stream().map(City::code).toList()), r -> Plan.of(r.get("p").asNode()));
		return Keyed.grouped(cities, City::code, rows);
	}

	@BatchMapping
	Map<Plan, City> city(List<Plan> plans) {
		var rows = graph.keyed("MATCH (c:City) WHERE c.code IN $codes RETURN c.code AS key, c",
				Map.of("codes", plans.stream().map(Plan::cityCode).distinct().toList()), r -> City.of(r.get("c").asNode()));
		return Keyed.single(plans, Plan::cityCode, rows);
	}

	@SchemaMapping
	CompletableFuture<List<PlanElement>> elements(Plan plan, DataLoader<String, PlanGraph> plans) {
		return plans.load(plan.id()).thenApply(PlanGraph::topLevel);
	}

	@SchemaMapping
	CompletableFuture<List<PlanElement>> allElements(Plan plan, DataLoader<String, PlanGraph> plans) {
		return plans.load(plan.id()).thenApply(PlanGraph::allElements);
	}

	@BatchMapping
	Map<Plan, Plan> revises(List<Plan> plans) {
		var rows = graph.keyed("""
				MATCH (p:Plan)-[:REVISES]->(earlier:Plan) WHERE p.id IN $ids
				RETURN p.id AS key, earlier
				""", Map.of("ids", ids(plans)), r -> Plan.of(r.get("earlier").asNode()));
		return Keyed.single(plans, Plan::id, rows);
	}

	@BatchMapping
	Map<Plan, List<Plan>> revisedBy(List<Plan> plans) {
		var rows = graph.keyed("""
				MATCH (later:Plan)-[:REVISES]->(p:Plan) WHERE p.id IN $ids
				RETURN p.id AS key, later ORDER BY later.id
				""", Map.of("ids", ids(plans)), r -> Plan.of(r.get("later").asNode()));
		return Keyed.grouped(plans, Plan::id, rows);
	}

	@BatchMapping
	Map<Plan, SourceDocument> document(List<Plan> plans) {
		var rows = graph.keyed("MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS key, d",
				Map.of("ids", plans.stream().map(Plan::documentId).distinct().toList()),
				r -> SourceDocument.of(r.get("d").asNode()));
		return Keyed.single(plans, Plan::documentId, rows);
	}

	private static List<String> ids(List<Plan> plans) {
		return plans.stream().map(Plan::id).toList();
	}

}
