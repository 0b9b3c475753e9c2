package io.plangraph.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.plangraph.city.City;
import io.plangraph.city.CityQueries;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.GraphVersion;
import io.plangraph.neo4j.Keyed;
import io.plangraph.neo4j.Pages;
import io.plangraph.neo4j.VersionedCache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

/**
 * Every query of indicators: the one place their Cypher lives. An indicator by id and its users are what a
 * dashboard's indicator page asks again and again, so they are kept for the data's {@link GraphVersion}
 * (at most {@code plangraph.cache.indicators} of each) and read afresh after any write.
 */
@Component
public class IndicatorQueries {

	private final GraphReader graph;

	private final VersionedCache<String, Indicator> indicators;

	private final VersionedCache<String, List<IndicatorUse>> users;

	private final CityQueries cities;

	IndicatorQueries(GraphReader graph, GraphVersion version, CityQueries cities,
			@Value("${plangraph.cache.indicators:20000}") int capacity) {
		this.graph = graph;
		this.cities = cities;
		this.indicators = new VersionedCache<>(version, capacity);
		this.users = new VersionedCache<>(version, capacity);
	}

	/** These indicators by id; unknown ids are left out. */
	public Map<String, Indicator> byIds(Set<String> ids) {
		return indicators.getAll(ids, missing -> graph.list("""
				MATCH (i:Indicator) WHERE i.id IN $ids RETURN %s AS i
				""".formatted(Indicator.projection("i")), Map.of("ids", missing), r -> Indicator.of(r.get("i")))
			.stream()
			.collect(Collectors.toMap(Indicator::id, Function.identity())));
	}

	Indicator byId(String id) {
		return byIds(Set.of(id)).get(id);
	}

	/** Who uses each indicator, by plan and element. */
	Map<String, List<IndicatorUse>> usersOf(Set<String> ids) {
		return users.getAll(ids, missing -> {
			var found = new HashMap<String, List<IndicatorUse>>();
			missing.forEach(id -> found.put(id, new java.util.ArrayList<>()));
			graph.keyed("""
					MATCH (e:PlanElement)-[u:USES]->(i:Indicator) WHERE i.id IN $ids
					RETURN i.id AS key, e.id AS element, e.planId AS plan, u.role AS role ORDER BY e.planId, e.id
					""", Map.of("ids", missing), r -> new IndicatorUse(r.get("element").asString(), r.get("plan").asString(),
							IndicatorRole.valueOf(r.get("role").asString())))
				.forEach(row -> found.get(row.key()).add(row.value()));
			// Kept and shared by every request: unmodifiable.
			found.replaceAll((id, uses) -> List.copyOf(uses));
			return found;
		});
	}

	/** Indicators with two or more users (elements or plans), of one city or all when null. */
	List<Indicator> shared(String cityCode) {
		var parameters = new HashMap<String, Object>();
		parameters.put("city", cityCode);
		// A city's indicators are found through the index on their city; "$city IS NULL OR …" would scan them all.
		return graph.list("""
				%s
				MATCH (e:PlanElement)-[:USES]->(i)
				WITH i, count(DISTINCT e) AS users, count(DISTINCT e.planId) AS plans
				WHERE users > 1 OR plans > 1
				RETURN %s AS i ORDER BY users DESC, i.cityCode, i.id
				""".formatted(cityCode == null ? "MATCH (i:Indicator)" : "MATCH (i:Indicator {cityCode: $city})",
						Indicator.projection("i")), parameters, r -> Indicator.of(r.get("i")));
	}

	/** A page of a city's indicators, by name. */
	Window<Indicator> ofCity(String cityCode, ScrollSubrange subrange) {
		var page = Pages.of(subrange);
		var rows = graph.list("""
				MATCH (:City {code: $code})-[:MEASURES]->(i:Indicator)
				WITH i ORDER BY i.name, i.id SKIP $offset LIMIT $limit
				RETURN %s AS i
				""".formatted(Indicator.projection("i")), Map.of("code", cityCode, "offset", page.offset(), "limit", page.limit()),
				r -> Indicator.of(r.get("i")));
		return page.window(rows);
	}

	/** The cities of these indicators, by code. */
	List<Keyed<City>> cities(List<String> codes) {
		return cities.byCodes(codes);
	}

}
