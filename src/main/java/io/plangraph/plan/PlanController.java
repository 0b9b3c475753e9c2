package io.plangraph.plan;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.plangraph.city.City;
import io.plangraph.neo4j.Keyed;
import io.plangraph.source.SourceDocument;
import io.plangraph.source.SourceDocumentQueries;
import graphql.execution.DataFetcherResult;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Plans: one by id, a city's plans, a plan's city, document and revisions. A plan's elements come from its
 * {@link PlanGraph} ({@link PlanFields}), loaded once per request however deep the request goes.
 */
@Controller
class PlanController {

	private final PlanQueries queries;

	private final SourceDocumentQueries documents;

	PlanController(PlanQueries queries, SourceDocumentQueries documents) {
		this.queries = queries;
		this.documents = documents;
	}

	@QueryMapping
	CompletableFuture<DataFetcherResult<Plan>> plan(@Argument String id, DataLoader<String, PlanGraph> plans) {
		return plans.load(id).thenApply(graph -> graph == null ? null : FromPlanGraph.handingDown(graph.plan(), graph));
	}

	@BatchMapping(typeName = "City", field = "plans")
	Map<City, List<Plan>> plans(List<City> cities) {
		return Keyed.grouped(cities, City::code, queries.plansOfCities(cities.stream().map(City::code).toList()));
	}

	@BatchMapping
	Map<Plan, City> city(List<Plan> plans) {
		return Keyed.single(plans, Plan::cityCode, queries.cities(plans.stream().map(Plan::cityCode).distinct().toList()));
	}

	@BatchMapping
	Map<Plan, Plan> revises(List<Plan> plans) {
		return Keyed.single(plans, Plan::id, queries.revised(ids(plans)));
	}

	@BatchMapping
	Map<Plan, List<Plan>> revisedBy(List<Plan> plans) {
		return Keyed.grouped(plans, Plan::id, queries.revising(ids(plans)));
	}

	@BatchMapping
	Map<Plan, SourceDocument> document(List<Plan> plans) {
		return documents.byId(plans, Plan::documentId);
	}

	private static List<String> ids(List<Plan> plans) {
		return plans.stream().map(Plan::id).toList();
	}

}
