package io.plangraph.search;

import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;

import io.plangraph.city.City;
import io.plangraph.indicator.Indicator;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.Pages;
import io.plangraph.plan.Plan;
import io.plangraph.plan.PlanElement;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

/**
 * Japanese full-text search over plans, elements and indicators. Each word of the text becomes a phrase
 * of character bigrams that must all occur, so 観光 matches 観光 and 空き家 does not match 空き店舗.
 * Elements and indicators are read through their one projection ({@link PlanElement#projection},
 * {@link Indicator#projection}), so search sees what every other read sees: current values only.
 */
@Component
class SearchQueries {

	private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])");

	private final GraphReader graph;

	SearchQueries(GraphReader graph) {
		this.graph = graph;
	}

	Window<SearchResult> search(String text, String cityCode, List<SearchKind> kinds,
			ScrollSubrange subrange) {
		String query = luceneQuery(text);
		var page = Pages.of(subrange);
		var parameters = new HashMap<String, Object>();
		parameters.put("query", query);
		parameters.put("city", cityCode);
		parameters.put("kinds", kinds == null || kinds.isEmpty() ? null : kinds.stream().map(Enum::name).toList());
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		var rows = graph.list("""
				CALL db.index.fulltext.queryNodes('plan_text', $query) YIELD node, score
				WITH node, score,
				     CASE WHEN node:Plan THEN 'PLAN' WHEN node:PlanElement THEN 'ELEMENT' ELSE 'INDICATOR' END AS kind
				WHERE ($city IS NULL OR node.cityCode = $city) AND ($kinds IS NULL OR kind IN $kinds)
				WITH node, score, kind ORDER BY score DESC, node.id SKIP $offset LIMIT $limit
				WITH node, score, kind, CASE kind
				       WHEN 'PLAN' THEN node.id
				       WHEN 'ELEMENT' THEN node.planId
				       ELSE COLLECT { MATCH (user:PlanElement)-[:USES]->(node) RETURN user.planId ORDER BY user.planId LIMIT 1 }[0]
				     END AS planId
				OPTIONAL MATCH (plan:Plan {id: planId})
				MATCH (city:City {code: node.cityCode})
				RETURN kind, score, city, plan,
				       CASE kind WHEN 'ELEMENT' THEN %s END AS element,
				       CASE kind WHEN 'INDICATOR' THEN %s END AS indicator
				""".formatted(PlanElement.projection("node"), Indicator.projection("node")), parameters, r -> {
					SearchKind kind = SearchKind.valueOf(r.get("kind").asString());
					PlanElement element = r.get("element").isNull() ? null : PlanElement.of(r.get("element"));
					Indicator indicator = r.get("indicator").isNull() ? null : Indicator.of(r.get("indicator"));
					Plan plan = r.get("plan").isNull() ? null : Plan.of(r.get("plan").asNode());
					String title = element != null ? element.title() : indicator != null ? indicator.name() : plan.title();
					return new SearchResult(kind, title, r.get("score").asDouble(), element, indicator, plan,
							City.of(r.get("city").asNode()));
				});
		return page.window(rows);
	}

	/** Each whitespace-separated word as a quoted phrase, all required; Lucene's syntax characters escaped. */
	static String luceneQuery(String text) {
		var words = text == null ? new String[0] : text.strip().split("[\\s　]+");
		var query = new StringBuilder();
		for (String word : words) {
			if (!word.isEmpty()) {
				query.append(query.isEmpty() ? "" : " AND ").append('"').append(LUCENE_SPECIAL.matcher(word).replaceAll("\\\\$1")).append('"');
			}
		}
		if (query.isEmpty()) {
			throw new IllegalArgumentException("search needs some text to look for");
		}
		return query.toString();
	}

	/** What kind of thing matched. */
	enum SearchKind {
		PLAN, ELEMENT, INDICATOR
	}

	/** Something that matched, with its plan and city. */
	record SearchResult(SearchKind kind, String title, double score, PlanElement element, Indicator indicator, Plan plan,
			City city) {
	}


}
