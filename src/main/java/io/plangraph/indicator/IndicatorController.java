package io.plangraph.indicator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.plangraph.city.City;
import io.plangraph.neo4j.Keyed;
import io.plangraph.neo4j.Pages;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** Indicators: one by id, a city's page of them, and for each its city, users and a page of its values ({@link IndicatorFields}: all of them). */
@Controller
class IndicatorController {

	private final IndicatorQueries queries;

	IndicatorController(IndicatorQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	Indicator indicator(@Argument String id) {
		return queries.byId(id);
	}

	/** Indicators with two or more users: the same series serving several elements or plans. */
	@QueryMapping
	List<Indicator> sharedIndicators(@Argument String cityCode) {
		return queries.shared(cityCode);
	}

	@SchemaMapping(typeName = "City", field = "indicators")
	Window<Indicator> cityIndicators(City city, ScrollSubrange subrange) {
		return queries.ofCity(city.code(), subrange);
	}

	@BatchMapping
	Map<Indicator, City> city(List<Indicator> indicators) {
		return Keyed.single(indicators, Indicator::cityCode,
				queries.cities(indicators.stream().map(Indicator::cityCode).distinct().toList()));
	}

	@BatchMapping
	Map<Indicator, List<IndicatorUse>> usedBy(List<Indicator> indicators) {
		var users = queries.usersOf(indicators.stream().map(Indicator::id).collect(Collectors.toSet()));
		return indicators.stream().distinct().collect(Collectors.toMap(Function.identity(), i -> users.getOrDefault(i.id(), List.of())));
	}

	@SchemaMapping
	Window<IndicatorValue> valuesConnection(Indicator indicator, ScrollSubrange subrange) {
		return Pages.of(subrange).windowOf(indicator.values());
	}

}
