package io.plangraph.city;

import java.util.List;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** The cities: who publishes plans. */
@Controller
class CityController {

	private final CityQueries cities;

	CityController(CityQueries cities) {
		this.cities = cities;
	}

	@QueryMapping
	Window<City> cities(@Argument String prefecture, @Argument String name, ScrollSubrange subrange) {
		return cities.page(prefecture, name, subrange);
	}

	@QueryMapping
	City city(@Argument String code) {
		return cities.city(code).orElse(null);
	}

	@QueryMapping
	List<Prefecture> prefectures() {
		return Prefecture.all();
	}

	@SchemaMapping(typeName = "Prefecture", field = "name")
	String prefectureName(Prefecture prefecture) {
		return prefecture.japaneseName();
	}

}
