package io.plangraph.city;

import org.neo4j.driver.types.MapAccessor;

/** A municipality that publishes plans, identified by its municipality code. */
public record City(String code, String name, String nameEn, String prefecture) {

	public static City of(MapAccessor node) {
		return new City(node.get("code").asString(), node.get("name").asString(), node.get("nameEn").asString(null),
				node.get("prefecture").asString());
	}

	/** The prefecture's two-digit code: the first two digits of the municipality code (08 for 082023). */
	public String prefectureCode() {
		return code.substring(0, 2);
	}

}
