package io.plangraph.status;

import java.util.Collections;
import java.util.Map;

/** How many distinct items have each status, every status of the enum present (0 where none). */
public record StatusCounts<S extends Enum<S>>(Map<S, Integer> counts, int total) {

	public StatusCounts {
		counts = Collections.unmodifiableMap(counts);
	}

	/** The number of items with a status. */
	public int count(S status) {
		return counts.getOrDefault(status, 0);
	}

	/** The share of items with a status, from 0 to 1; null where there are no items. */
	public Double share(S status) {
		return total == 0 ? null : (double) count(status) / total;
	}
}
