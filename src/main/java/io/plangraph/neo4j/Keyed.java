package io.plangraph.neo4j;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A row of a batched query: the id of the parent it belongs to and the value found for it. Batched
 * loading runs one query for many parents and hands each parent its own rows.
 */
public record Keyed<V>(String key, V value) {

	/** Each parent's rows in query order; parents without rows get an empty list. */
	public static <P, V> Map<P, List<V>> grouped(Collection<P> parents, Function<P, String> idOf, List<Keyed<V>> rows) {
		Map<String, List<V>> byKey = rows.stream()
			.collect(Collectors.groupingBy(Keyed::key, LinkedHashMap::new,
					Collectors.mapping(Keyed::value, Collectors.toList())));
		return parents.stream()
			.collect(Collectors.toMap(Function.identity(), p -> byKey.getOrDefault(idOf.apply(p), List.of()), (a, b) -> a));
	}

	/** Each parent's single row; parents without a row are left out (GraphQL gives them null). */
	public static <P, V> Map<P, V> single(Collection<P> parents, Function<P, String> idOf, List<Keyed<V>> rows) {
		Map<String, V> byKey = rows.stream().collect(Collectors.toMap(Keyed::key, Keyed::value, (a, b) -> a));
		var result = new LinkedHashMap<P, V>();
		parents.forEach(p -> {
			V value = byKey.get(idOf.apply(p));
			if (value != null) {
				result.put(p, value);
			}
		});
		return result;
	}

}
