package io.plangraph.indicator;

import java.util.List;
import java.util.Map;

import io.plangraph.city.City;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.Keyed;
import io.plangraph.neo4j.Pages;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** Indicators: one by id, a city's page of them, and for each its city, users and values. */
@Controller
class IndicatorController {

	private final GraphReader graph;

	IndicatorController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	Indicator indicator(@Argument String id) {
		return graph.one("MATCH (i:Indicator {id: $id}) RETURN " + Indicator.PROJECTION + " AS i", Map.of("id", id),
				r -> Indicator.of(r.get("i"))).orElse(null);
	}

	/** Indicators with two or more users: the same series serving several elements or plans. */
	@QueryMapping
	List<Indicator> sharedIndicators(@Argument String cityCode) {
		var parameters = new java.util.HashMap<String, Object>();
		parameters.put("city", cityCode);
		// A city's indicators are found through the index on their city; "$city IS NULL OR …" would scan them all.
		return graph.list("""
				%s
				MATCH (e:PlanElement)-[:USES]->(i)
				WITH i, count(DISTINCT e) AS users, count(DISTINCT e.planId) AS plans
				WHERE users > 1 OR plans > 1
				RETURN %s AS i ORDER BY users DESC, i.cityCode, i.id
				""".formatted(cityCode == null ? "MATCH (i:Indicator)" : "MATCH (i:Indicator {cityCode: $city})",
						Indicator.PROJECTION), parameters, r -> Indicator.of(r.get("i")));
	}

	@SchemaMapping(typeName = "City", field = "indicators")
	Window<Indicator> cityIndicators(City city, ScrollSubrange subrange) {
		var page = Pages.of(subrange);
		var rows = graph.list("""
				MATCH (:City {code: $code})-[:MEASURES]->(i:Indicator)
				WITH i ORDER BY i.name, i.id SKIP $offset LIMIT $limit
				RETURN %s AS i
				""".formatted(Indicator.PROJECTION), Map.of("code", city.code(), "offset", page.offset(), "limit", page.limit()),
				r -> Indicator.of(r.get("i")));
		return page.window(rows);
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
				RETURN i.id AS key, e.id AS element, e.planId AS plan, u.role AS role ORDER BY e.planId, e.id
				""", Map.of("ids", indicators.stream().map(Indicator::id).toList()),
				r -> new IndicatorUse(r.get("element").asString(), r.get("plan").asString(),
						IndicatorRole.valueOf(r.get("role").asString())));
		return Keyed.grouped(indicators, Indicator::id, rows);
	}

	@SchemaMapping
	List<IndicatorValue> values(Indicator indicator, @Argument ValueType type, @Argument String group) {
		return indicator.values(type, group);
	}

	@SchemaMapping
	Window<IndicatorValue> valuesConnection(Indicator indicator, ScrollSubrange subrange) {
		return Pages.of(subrange).windowOf(indicator.values());
	}

}
