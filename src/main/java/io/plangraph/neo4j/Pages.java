package io.plangraph.neo4j;

import java.util.List;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * A page of a Relay connection asked for with {@code first} and {@code after}: 20 items unless asked
 * otherwise, never more than {@value #MAX_SIZE}, so no request can pull a whole list at once.
 *
 * @param offset the index of the page's first item
 * @param size how many items the page holds at most
 */
public record Pages(long offset, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public static Pages of(ScrollSubrange subrange) {
		// A cursor names an item's offset; the page after it starts with the next item.
		long offset = subrange.position()
			.filter(OffsetScrollPosition.class::isInstance)
			.map(OffsetScrollPosition.class::cast)
			.map(p -> p.isInitial() ? 0 : p.getOffset() + 1)
			.orElse(0L);
		int size = Math.max(0, Math.min(subrange.count().orElse(DEFAULT_SIZE), MAX_SIZE));
		return new Pages(offset, size);
	}

	/** How many rows to ask the database for: one more than the page, to know whether another follows. */
	public int limit() {
		return size + 1;
	}

	/** A window of rows fetched with {@link #offset()} and {@link #limit()}. */
	public <T> Window<T> window(List<T> rows) {
		boolean hasNext = rows.size() > size;
		List<T> items = hasNext ? rows.subList(0, size) : rows;
		return Window.from(items, index -> ScrollPosition.offset(offset + index), hasNext);
	}

	/** The page out of a whole list already in memory. */
	public <T> Window<T> windowOf(List<T> all) {
		int from = (int) Math.min(offset, all.size());
		return window(all.subList(from, Math.min(all.size(), from + limit())));
	}

}
