package io.plangraph.city;

import org.neo4j.driver.types.MapAccessor;

/** A municipality that publishes plans, identified by its municipality code. */
public record City(String code, String name, String nameEn, String prefecture) {

	public static City of(MapAccessor node) {
		return new City(node.get("code").asString(), node.get("name").asString(), node.get("nameEn").asString(null),
				node.get("prefecture").asString());
	}

}
