package io.plangraph.operations;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** Adds to /actuator/info which plan documents the graph holds: what this server answers about. */
@Component
class DocumentsInfo implements InfoContributor {

	private final Driver driver;

	DocumentsInfo(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void contribute(Info.Builder builder) {
		var documents = driver.executableQuery("MATCH (d:Document) RETURN d.id AS id ORDER BY id")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("id"))
			.map(Value::asString)
			.toList();
		builder.withDetail("documents", java.util.Map.of("count", documents.size(), "ids", documents));
	}

}
