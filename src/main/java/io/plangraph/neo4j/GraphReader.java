package io.plangraph.neo4j;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Runs read queries through Spring Data Neo4j's client and maps each record with a plain function:
 * one query, one round trip. Batched field resolvers use {@link #keyed} so that one query serves many
 * parents. Every read of the API goes through here, so {@link #queriesRun()} counts its round trips.
 */
@Component
public final class GraphReader {

	private final Neo4jClient neo4j;

	private final AtomicLong queries = new AtomicLong();

	GraphReader(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Every record of the query, mapped. */
	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		queries.incrementAndGet();
		return neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(Object.class)
			.mappedBy((types, record) -> mapper.apply(record))
			.all()
			.stream()
			.map(row -> {
				@SuppressWarnings("unchecked")
				T value = (T) row;
				return value;
			})
			.toList();
	}

	/** The first record of the query, mapped, if there is one. */
	public <T> Optional<T> one(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return list(cypher, parameters, mapper).stream().findFirst();
	}

	/**
	 * How many queries this reader has sent to the database since the application started: its round trips.
	 * (The data version, read in the process from an embedded database, takes none; see {@link GraphVersion}.)
	 */
	public long queriesRun() {
		return queries.get();
	}

	/** Rows of a batched query, whose column {@code key} names the parent each row belongs to. */
	public <T> List<Keyed<T>> keyed(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return list(cypher, parameters, record -> new Keyed<>(record.get("key").asString(), mapper.apply(record)));
	}

}
