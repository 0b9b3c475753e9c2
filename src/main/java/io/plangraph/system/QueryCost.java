package io.plangraph.system;

import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import io.plangraph.neo4j.Pages;

/**
 * A query's estimated cost: about how many values its answer can hold. Each field counts 1; a list
 * multiplies what is selected under it by how many items it can return — a connection's page by its
 * {@code first} or {@code last} (20 if not given, at most 100, as {@link Pages} serves it), the lists named in
 * {@code list-sizes} by their size there (a whole collection: every city, every element of a plan), any
 * other list by {@code list-size} (a handful: children, indicators, values). Introspection counts 1 a
 * field; graphql-java bounds it on its own (good-faith introspection).
 *
 * <p>A field's cost is capped at {@value #CEILING}. graphql-java adds up costs in an int, and a document
 * has at most 15,000 tokens (its parser's limit), so at most about 2,100 costly fields side by side
 * (a costly field takes at least seven: {@code a: cities { ...f }}); capped, their sum stays below half
 * of 2^31 (repeated fragment spreads are counted once, as they are executed once).
 */
final class QueryCost implements FieldComplexityCalculator {

	/** The most a field can cost: costs above it are counted as it. */
	static final int CEILING = 500_000;

	private final int listSize;

	private final Map<String, Integer> listSizes;

	QueryCost(int listSize, Map<String, Integer> listSizes) {
		this.listSize = listSize;
		this.listSizes = Map.copyOf(listSizes);
	}

	@Override
	public int calculate(FieldComplexityEnvironment env, int childComplexity) {
		long cost = 1 + itemsOf(env) * (long) Math.max(childComplexity, 0);
		return (int) Math.min(cost, CEILING);
	}

	/** How many items the field can return: 1 unless it is a list. */
	long itemsOf(FieldComplexityEnvironment env) {
		if (!GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType()))) {
			return 1;
		}
		String type = ((GraphQLNamedType) env.getParentType()).getName();
		if (type.startsWith("__")) {
			return 1;
		}
		if ("edges".equals(env.getFieldDefinition().getName()) && env.getParentEnvironment() != null
				&& env.getParentEnvironment().getFieldDefinition().getArgument("first") != null) {
			var page = env.getParentEnvironment().getArguments();
			return pageSize(page.get("first") != null ? page.get("first") : page.get("last"));
		}
		return listSizes.getOrDefault(type + "." + env.getFieldDefinition().getName(), listSize);
	}

	private static int pageSize(Object first) {
		int asked = first instanceof Number number ? number.intValue() : Pages.DEFAULT_SIZE;
		return Math.max(0, Math.min(asked, Pages.MAX_SIZE));
	}

}
