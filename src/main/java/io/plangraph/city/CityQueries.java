package io.plangraph.city;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.GraphVersion;
import io.plangraph.neo4j.Keyed;
import io.plangraph.neo4j.VersionedCache;
import io.plangraph.neo4j.Pages;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

/**
 * The Cypher that reads cities: one city by code, cities by code for other types' fields (kept per data
 * version: every tree and indicator asks for its city), or a page of them in code order, filtered.
 */
@Component
public class CityQueries {

	/*
	 * The prefecture filter is a prefix of the code, so it is a range seek on the index of City.code. The name
	 * filter is a substring match (CONTAINS), which no range index serves: it scans the cities, at most 1,741
	 * (every municipality of Japan), well under a millisecond's work. The clauses are picked, not written as
	 * "$p IS NULL OR …", so that the planner sees the prefix and uses the index.
	 */
	private static final String BY_PREFECTURE = "c.code STARTS WITH $prefecture";

	private static final String BY_NAME = "(c.name CONTAINS $name OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($name))";

	private final GraphReader graph;

	private final VersionedCache<String, City> byCode;

	CityQueries(GraphReader graph, GraphVersion version) {
		this.graph = graph;
		// Every municipality of Japan fits.
		this.byCode = new VersionedCache<>(version, 2000);
	}

	/** Cities by code, as rows keyed by their code; unknown codes are left out. */
	public List<Keyed<City>> byCodes(List<String> codes) {
		var found = byCode.getAll(new java.util.HashSet<>(codes), missing -> inCodeOrder(List.copyOf(missing))
			.stream()
			.collect(java.util.stream.Collectors.toMap(City::code, city -> city)));
		return codes.stream().distinct().filter(found::containsKey).map(code -> new Keyed<>(code, found.get(code))).toList();
	}

	/**
	 * These cities (all when null) in code order: the one statement that reads cities by code. The filter is
	 * left out rather than written "$codes IS NULL OR …", so that a list of codes is an index seek.
	 */
	public List<City> inCodeOrder(List<String> codes) {
		var parameters = new HashMap<String, Object>();
		parameters.put("codes", codes);
		return graph.list("""
				MATCH (c:City) %s
				RETURN c ORDER BY c.code
				""".formatted(codes == null ? "" : "WHERE c.code IN $codes"), parameters, r -> City.of(r.get("c").asNode()));
	}

	Optional<City> city(String code) {
		return byCodes(List.of(code)).stream().map(Keyed::value).findFirst();
	}

	/**
	 * A page of the cities in code order, of one prefecture (its two-digit code) and/or whose name holds a text.
	 * {@code last} without {@code before} is the end of the list: it needs the count first.
	 */
	Window<City> page(String prefecture, String name, ScrollSubrange subrange) {
		var parameters = new HashMap<String, Object>();
		var where = new StringBuilder("WHERE true");
		if (prefecture != null) {
			parameters.put("prefecture", Prefecture.ofCode("prefecture", prefecture).code());
			where.append(" AND ").append(BY_PREFECTURE);
		}
		if (name != null && !name.isBlank()) {
			parameters.put("name", name.strip());
			where.append(" AND ").append(BY_NAME);
		}
		var page = Pages.of(subrange);
		if (!subrange.forward() && subrange.position().isEmpty()) {
			long total = graph.one("MATCH (c:City) " + where + " RETURN count(c) AS n", parameters, r -> r.get("n").asLong())
				.orElse(0L);
			page = new Pages(Math.max(0, total - page.size()), page.size());
		}
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		List<City> rows = graph.list("MATCH (c:City) " + where + " RETURN c ORDER BY c.code SKIP $offset LIMIT $limit",
				parameters, r -> City.of(r.get("c").asNode()));
		return page.window(rows);
	}

}
