package io.plangraph.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What reads computed, kept across requests for one {@link GraphVersion}: every write raises the version as
 * it commits, so the first read after it finds nothing kept and computes afresh — whichever process wrote.
 * Values must be immutable (every request shares them). The least recently used entries beyond
 * {@code capacity} are let go, so memory stays bounded whatever the size of the graph.
 *
 * @param <K> what a value is kept by
 * @param <V> the value, immutable
 */
public final class VersionedCache<K, V> {

	private final GraphVersion version;

	private final long capacity;

	private final ToIntFunction<V> weigher;

	// In the order of their last use; guarded by itself, as are the two fields below.
	private final LinkedHashMap<K, V> kept = new LinkedHashMap<>(64, 0.75f, true);

	private long keptVersion = -1;

	private long keptWeight;

	private final ConcurrentHashMap<Asked<K>, CompletableFuture<V>> computing = new ConcurrentHashMap<>();

	/** A cache of at most {@code capacity} values. */
	public VersionedCache(GraphVersion version, int capacity) {
		this(version, capacity, value -> 1);
	}

	/** A cache of values weighing at most {@code capacity} in all (a value heavier than that is not kept). */
	public VersionedCache(GraphVersion version, long capacity, ToIntFunction<V> weigher) {
		this.version = version;
		this.capacity = capacity;
		this.weigher = weigher;
	}

	/**
	 * The value for the key as of now: kept, or computed (and kept). Requests asking for the same value at
	 * the same time wait for one computation instead of each running it (after a write, a dashboard's
	 * clients all ask again at once).
	 */
	public V get(K key, Function<K, V> compute) {
		long current = version.current();
		synchronized (kept) {
			forget(current);
			V value = kept.get(key);
			if (value != null) {
				return value;
			}
		}
		var asked = new Asked<>(current, key);
		var mine = new CompletableFuture<V>();
		var running = computing.putIfAbsent(asked, mine);
		if (running != null) {
			try {
				return running.join();
			}
			catch (CompletionException ex) {
				throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
			}
		}
		try {
			V value = compute.apply(key);
			synchronized (kept) {
				if (keptVersion == current) {
					keep(key, value);
				}
			}
			mine.complete(value);
			return value;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			computing.remove(asked, mine);
		}
	}

	private void forget(long current) {
		if (current != keptVersion) {
			kept.clear();
			keptWeight = 0;
			keptVersion = current;
		}
	}

	/**
	 * The values for these keys as of now: those kept, the rest computed together by {@code compute} (which
	 * may leave out keys it knows nothing of; they are left out of the answer too). One round trip asks for
	 * the version; nothing more when everything is kept.
	 */
	public Map<K, V> getAll(Set<K> keys, Function<List<K>, Map<K, V>> compute) {
		long current = version.current();
		var found = new HashMap<K, V>();
		var missing = new ArrayList<K>();
		synchronized (kept) {
			forget(current);
			for (K key : keys) {
				V value = kept.get(key);
				if (value != null) {
					found.put(key, value);
				}
				else {
					missing.add(key);
				}
			}
		}
		if (!missing.isEmpty()) {
			var computed = compute.apply(missing);
			synchronized (kept) {
				// Kept only if no newer version was seen meanwhile; what was computed may already be newer, which
				// costs at most one more computation.
				if (keptVersion == current) {
					computed.forEach(this::keep);
				}
			}
			found.putAll(computed);
		}
		return found;
	}

	/** A key asked for at a version. */
	private record Asked<K>(long version, K key) {
	}

	private void keep(K key, V value) {
		V before = kept.put(key, value);
		keptWeight += weigher.applyAsInt(value) - (before == null ? 0 : weigher.applyAsInt(before));
		var eldest = kept.entrySet().iterator();
		while (keptWeight > capacity && eldest.hasNext()) {
			keptWeight -= weigher.applyAsInt(eldest.next().getValue());
			eldest.remove();
		}
	}

}
