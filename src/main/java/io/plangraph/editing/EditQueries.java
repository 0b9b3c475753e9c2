package io.plangraph.editing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.IndicatorQueries;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.Keyed;
import io.plangraph.neo4j.Pages;
import io.plangraph.plan.PlanElement;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

/** The reads of the editing API: what a mutation touched, as the next query sees it, and the change history. */
@Component
final class EditQueries {

	private static final String CHANGE = """
			MATCH (c:Change {id: $id})
			RETURN c
			""";

	private static final String ELEMENT = """
			MATCH (e:PlanElement {id: $id})
			RETURN %s AS e
			""".formatted(PlanElement.projection("e"));

	private static final String HISTORY = """
			MATCH (c:Change)
			WHERE ($target IS NULL OR c.targetId = $target) AND ($city IS NULL OR c.cityCode = $city)
			RETURN c ORDER BY c.at DESC, c.id SKIP $offset LIMIT $limit
			""";

	/** Elements and indicators alike: a change names its target by id. */
	private static final String HISTORY_OF_TARGETS = """
			MATCH (c:Change) WHERE c.targetId IN $ids
			RETURN c.targetId AS key, c ORDER BY c.at DESC
			""";

	private final GraphReader graph;

	private final IndicatorQueries indicators;

	EditQueries(GraphReader graph, IndicatorQueries indicators) {
		this.indicators = indicators;
		this.graph = graph;
	}

	Optional<Change> change(String id) {
		return id == null ? Optional.empty()
				: graph.one(CHANGE, Map.of("id", id), r -> Change.of(r.get("c").asNode()));
	}

	Optional<PlanElement> element(String id) {
		return id == null ? Optional.empty() : graph.one(ELEMENT, Map.of("id", id), r -> PlanElement.of(r.get("e")));
	}

	Optional<Indicator> indicator(String id) {
		return id == null ? Optional.empty() : Optional.ofNullable(indicators.byIds(java.util.Set.of(id)).get(id));
	}

	/** Changes, newest first, to one target and/or in one city (either may be null: no filter). */
	Window<Change> history(String targetId, String cityCode, ScrollSubrange subrange) {
		var page = Pages.of(subrange);
		var parameters = new HashMap<String, Object>();
		parameters.put("target", targetId);
		parameters.put("city", cityCode);
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		return page.window(graph.list(HISTORY, parameters, r -> Change.of(r.get("c").asNode())));
	}

	/** Each target's changes, newest first, in one query. */
	<P> Map<P, List<Change>> historyOf(Collection<P> targets, Function<P, String> idOf) {
		var rows = graph.keyed(HISTORY_OF_TARGETS, Map.of("ids", targets.stream().map(idOf).toList()),
				r -> Change.of(r.get("c").asNode()));
		return Keyed.grouped(targets, idOf, rows);
	}

}
