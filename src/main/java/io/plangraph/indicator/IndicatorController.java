package io.plangraph.indicator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.plangraph.city.City;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.Keyed;
import io.plangraph.plan.PlanElement;
import org.dataloader.DataLoader;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Indicators: their values, marks and users, and the indicators of an element or a city. Values are
 * loaded for all indicators of a request level in one query, then filtered per field's arguments.
 */
@Controller
class IndicatorController {

	static final int DEFAULT_PAGE = 20;

	static final int MAX_PAGE = 100;

	private final GraphReader graph;

	IndicatorController(GraphReader graph, BatchLoaderRegistry loaders) {
		this.graph = graph;
		loaders.forTypePair(String.class, IndicatorValues.class)
			.registerMappedBatchLoader((ids, environment) -> reactor.core.publisher.Mono.fromCallable(() -> values(ids)));
	}

	@QueryMapping
	Indicator indicator(@Argument String id) {
		return graph.one("MATCH (i:Indicator {id: $id}) RETURN i", Map.of("id", id), r -> Indicator.of(r.get("i").asNode()))
			.orElse(null);
	}

	@SchemaMapping(typeName = "City", field = "indicators")
	Window<Indicator> cityIndicators(City city, ScrollSubrange subrange) {
		long offset = subrange.position().map(p -> ((OffsetScrollPosition) p).getOffset() + 1).orElse(0L);
		int count = Math.min(subrange.count().orElse(DEFAULT_PAGE), MAX_PAGE);
		var page = graph.list("""
				MATCH (:City {code: $code})-[:MEASURES]->(i:Indicator)
				RETURN i ORDER BY i.name, i.id SKIP $offset LIMIT $limit
				""", Map.of("code", city.code(), "offset", offset, "limit", count + 1), r -> Indicator.of(r.get("i").asNode()));
		return window(page, offset, count);
	}

	@BatchMapping
	Map<Indicator, City> city(List<Indicator> indicators) {
		var rows = graph.keyed("MATCH (c:City) WHERE c.code IN $codes RETURN c.code AS key, c",
				Map.of("codes", indicators.stream().map(Indicator::cityCode).distinct().toList()),
				r -> City.of(r.get("c").asNode()));
		return Keyed.single(indicators, Indicator::cityCode, rows);
	}

	@BatchMapping
	Map<Indicator, List<IndicatorUse>> usedBy(List<Indicator> indicators) {
		var rows = graph.keyed("""
				MATCH (e:PlanElement)-[u:USES]->(i:Indicator) WHERE i.id IN $ids
				RETURN i.id AS key, e, u.role AS role ORDER BY e.planId, e.id
				""", Map.of("ids", ids(indicators)),
				r -> new IndicatorUse(PlanElement.of(r.get("e").asNode()), IndicatorRole.valueOf(r.get("role").asString())));
		return Keyed.grouped(indicators, Indicator::id, rows);
	}

	@SchemaMapping(typeName = "Indicator", field = "values")
	CompletableFuture<List<IndicatorValue>> values(Indicator indicator, @Argument ValueType type, @Argument String group,
			DataLoader<String, IndicatorValues> values) {
		return values.load(indicator.id()).thenApply(all -> all.matching(type, group));
	}

	@SchemaMapping(typeName = "Indicator", field = "valuesConnection")
	Window<IndicatorValue> valuesConnection(Indicator indicator, ScrollSubrange subrange) {
		long offset = subrange.position().map(p -> ((OffsetScrollPosition) p).getOffset() + 1).orElse(0L);
		int count = Math.min(subrange.count().orElse(DEFAULT_PAGE), MAX_PAGE);
		var page = graph.list(VALUES_OF + " SKIP $offset LIMIT $limit",
				Map.of("ids", List.of(indicator.id()), "offset", offset, "limit", count + 1),
				r -> IndicatorValue.of(r.get("key").asString(), r.get("v").asNode(), r.get("section").asString(null)));
		return window(page, offset, count);
	}

	@BatchMapping
	Map<Indicator, List<ReportedMark>> reportedMarks(List<Indicator> indicators) {
		var rows = graph.keyed("""
				MATCH (i:Indicator)-[:HAS_MARK]->(m:ReportedMark) WHERE i.id IN $ids
				RETURN i.id AS key, m ORDER BY m.fiscalYear DESC, m.group
				""", Map.of("ids", ids(indicators)), r -> ReportedMark.of(r.get("key").asString(), r.get("m").asNode()));
		return Keyed.grouped(indicators, Indicator::id, rows);
	}

	@BatchMapping(typeName = "PlanElement", field = "indicators")
	Map<PlanElement, List<Indicator>> elementIndicators(List<PlanElement> elements) {
		var rows = graph.keyed("""
				MATCH (e:PlanElement)-[u:USES]->(i:Indicator) WHERE e.id IN $ids
				WITH e, i, min(u.position) AS position
				RETURN e.id AS key, i ORDER BY position
				""", Map.of("ids", elements.stream().map(PlanElement::id).toList()), r -> Indicator.of(r.get("i").asNode()));
		return Keyed.grouped(elements, PlanElement::id, rows);
	}

	@BatchMapping(typeName = "PlanElement", field = "indicatorUses")
	Map<PlanElement, List<ElementIndicatorUse>> indicatorUses(List<PlanElement> elements) {
		var rows = graph.keyed("""
				MATCH (e:PlanElement)-[u:USES]->(i:Indicator) WHERE e.id IN $ids
				RETURN e.id AS key, i, u.role AS role ORDER BY u.position
				""", Map.of("ids", elements.stream().map(PlanElement::id).toList()),
				r -> new ElementIndicatorUse(Indicator.of(r.get("i").asNode()), IndicatorRole.valueOf(r.get("role").asString())));
		return Keyed.grouped(elements, PlanElement::id, rows);
	}

	private static final String VALUES_OF = """
			MATCH (i:Indicator)-[:HAS_VALUE]->(v:IndicatorValue) WHERE i.id IN $ids
			RETURN i.id AS key, v, i.section AS section
			ORDER BY v.type, v.fiscalYear, v.group, v.position
			""";

	private Map<String, IndicatorValues> values(java.util.Set<String> ids) {
		var rows = graph.keyed(VALUES_OF, Map.of("ids", List.copyOf(ids)),
				r -> IndicatorValue.of(r.get("key").asString(), r.get("v").asNode(), r.get("section").asString(null)));
		return Keyed.grouped(ids, id -> id, rows)
			.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> new IndicatorValues(e.getValue())));
	}

	private static <T> Window<T> window(List<T> page, long offset, int count) {
		boolean hasNext = page.size() > count;
		List<T> items = hasNext ? page.subList(0, count) : page;
		return Window.from(items, index -> ScrollPosition.offset(offset + index), hasNext);
	}

	private static List<String> ids(List<Indicator> indicators) {
		return indicators.stream().map(Indicator::id).toList();
	}

	/** An element that uses an indicator, with the indicator's role there. */
	record IndicatorUse(PlanElement element, IndicatorRole role) {
	}

	/** An indicator an element uses, with its role there. */
	record ElementIndicatorUse(Indicator indicator, IndicatorRole role) {
	}

	/** All values of one indicator, as loaded once per request level. */
	record IndicatorValues(List<IndicatorValue> all) {

		List<IndicatorValue> matching(ValueType type, String group) {
			return all.stream()
				.filter(v -> type == null || v.type() == type)
				.filter(v -> group == null || group.equals(v.group()))
				.toList();
		}

	}

}
