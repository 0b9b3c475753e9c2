package io.plangraph.city;

import java.util.List;
import java.util.Map;

import io.plangraph.neo4j.GraphReader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The cities: who publishes plans. */
@Controller
class CityController {

	private final GraphReader graph;

	CityController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	List<City> cities() {
		return graph.list("MATCH (c:City) RETURN c ORDER BY c.code", Map.of(), r -> City.of(r.get("c").asNode()));
	}

	@QueryMapping
	City city(@Argument String code) {
		return graph.one("MATCH (c:City {code: $code}) RETURN c", Map.of("code", code), r -> City.of(r.get("c").asNode()))
			.orElse(null);
	}

}
