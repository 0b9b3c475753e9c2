package io.plangraph.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Statuses worked out once per indicator or plan graph and kept with it. Indicators and plan graphs are
 * immutable and shared by every request of one data version, so a status of theirs — for the same fiscal
 * year, group and day — is the same for every request: a dashboard's tree of statuses asked again costs
 * no rule applied again. Kept by the object itself (its identity, weakly): when a write replaces a plan
 * graph, the old one and its statuses go together.
 */
@Component
final class StatusMemo {

	private final Cache<Object, Map<List<Object>, Optional<Object>>> byOwner = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(200_000)
		.build();

	/** What {@code compute} gives for {@code owner} and the rest of the key, worked out once. */
	@SuppressWarnings("unchecked")
	<T> T get(Object owner, List<Object> key, Supplier<T> compute) {
		var memo = byOwner.get(owner, o -> new ConcurrentHashMap<>());
		var known = memo.get(key);
		if (known == null) {
			known = Optional.ofNullable(compute.get());
			memo.putIfAbsent(key, known);
		}
		return (T) known.orElse(null);
	}

}
