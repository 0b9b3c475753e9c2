package io.plangraph.system;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one GraphQL request may ask for, and for how long it may run.
 *
 * @param maxDepth how many fields deep a query may nest (introspection included)
 * @param maxComplexity the highest estimated cost a query may have (see {@link QueryCost})
 * @param listSize how many items a list is assumed to return when nothing else is known
 * @param listSizes how many items particular lists are assumed to return, by {@code Type.field}: the
 *     lists that return a whole collection rather than a handful of children; added to
 *     {@link #WHOLE_COLLECTIONS}
 * @param timeout how long a request may run before it is answered with an error
 */
@ConfigurationProperties("plangraph.graphql")
public record QueryLimitSettings(@DefaultValue("15") int maxDepth, @DefaultValue("100000") int maxComplexity,
		@DefaultValue("4") int listSize, Map<String, Integer> listSizes, @DefaultValue("10s") Duration timeout) {

	/**
	 * The lists that return a whole collection, with the most items they can return: every element of a plan
	 * (the largest plan holds 524). The cities are a connection, counted by their page.
	 */
	public static final Map<String, Integer> WHOLE_COLLECTIONS = Map.of("Plan.allElements", 500);

	public QueryLimitSettings {
		if (maxDepth < 1 || listSize < 0) {
			throw new IllegalArgumentException("plangraph.graphql: max-depth must be positive and list-size not negative");
		}
		if (maxComplexity < 1 || maxComplexity >= QueryCost.CEILING) {
			throw new IllegalArgumentException("plangraph.graphql.max-complexity must be at least 1 and below " + QueryCost.CEILING);
		}
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("plangraph.graphql.timeout must be positive, not " + timeout);
		}
		var sizes = new HashMap<>(WHOLE_COLLECTIONS);
		if (listSizes != null) {
			listSizes.forEach((field, size) -> {
				if (!field.matches("\\w+\\.\\w+") || size == null || size < 0) {
					throw new IllegalArgumentException("plangraph.graphql.list-sizes: '" + field + ": " + size
							+ "' is not Type.field: a size of zero or more");
				}
				sizes.put(field, size);
			});
		}
		listSizes = Map.copyOf(sizes);
	}

}
