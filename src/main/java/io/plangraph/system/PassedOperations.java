package io.plangraph.system;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.ExecutionContext;
import graphql.language.Document;
import graphql.language.OperationDefinition.Operation;

/**
 * The queries that already passed one limit (depth or cost), so that a dashboard's query, sent again and
 * again, is measured once rather than walked field by field on every request. The verdict depends only on
 * the document, the operation chosen in it and the variables; documents are kept parsed (the caching
 * package's document cache hands out the same {@link Document} for the same text), so a document is known
 * by identity and forgotten with it. Only queries are remembered: a mutation's variables can hold a whole
 * uploaded plan.
 */
final class PassedOperations {

	/** Variables remembered per document at most: a query sent with ever new variables is simply measured. */
	private static final int PER_DOCUMENT = 64;

	private final Cache<Document, Set<List<Object>>> passed = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(10_000)
		.executor(Runnable::run)
		.build();

	boolean passedBefore(ExecutionContext execution) {
		Set<List<Object>> operations = passed.getIfPresent(execution.getDocument());
		return operations != null && operations.contains(key(execution));
	}

	void passes(ExecutionContext execution) {
		if (execution.getOperationDefinition().getOperation() != Operation.QUERY) {
			return;
		}
		Set<List<Object>> operations = passed.get(execution.getDocument(), document -> ConcurrentHashMap.newKeySet());
		if (operations.size() < PER_DOCUMENT) {
			operations.add(key(execution));
		}
	}

	private static List<Object> key(ExecutionContext execution) {
		String operationName = execution.getExecutionInput().getOperationName();
		return List.of(operationName == null ? "" : operationName, execution.getCoercedVariables().toMap());
	}

}
