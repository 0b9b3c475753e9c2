package io.plangraph.caching;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ErrorClassification;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.OperationDefinition.Operation;

/**
 * Keeps parsed and validated GraphQL documents, so that a dashboard's query is parsed and validated once:
 * ordinary queries by their text, persisted queries (Apollo's protocol, graphql-java's
 * {@link ApolloPersistedQuerySupport}) by their SHA-256 hash. Both are bounded ({@link #weight}): beyond their
 * size, Caffeine lets the least used go (recency and frequency), on the calling thread.
 * Only what parsed and validated is kept; the limits on depth and cost run after this, with the execution's
 * variables. They remember a query that passed by its document object, so the same text must give the same one.
 *
 * <p>It marks a GET query that reads what the graph version does not cover ({@link #UNVERSIONED}), and refuses what may only be read: an operation other than a query when the request came as GET
 * ({@link #READ_ONLY} in its GraphQL context), and a persisted document that is not a query (a mutation
 * must be sent whole, so that it is seen to be one before it runs).
 */
final class DocumentCache implements PreparsedDocumentProvider {

	/** GraphQL context key: the request came as GET and may only read. */
	static final String READ_ONLY = DocumentCache.class.getName() + ".readOnly";

	/** GraphQL context key: the query reads what the graph version does not cover; its answer gets no ETag. */
	static final String UNVERSIONED = DocumentCache.class.getName() + ".unversioned";

	/**
	 * Root fields whose answers change without a write raising the graph version: the API keys (their
	 * {@code lastUsed} moves with every use of a key).
	 */
	private static final java.util.Set<String> UNVERSIONED_FIELDS = java.util.Set.of("apiKeys");

	/** Classification of a refused operation, for {@link GetQueries} to answer 405. */
	enum Refusal implements ErrorClassification {

		/** A mutation or subscription sent as GET. */
		METHOD_NOT_ALLOWED,

		/** A persisted document that is not a query, or whose hash is not its text's. */
		BAD_REQUEST,

		/** A persisted query's hash the server does not know (Apollo's clients then send the text). */
		PERSISTED_QUERY_NOT_FOUND

	}

	private final Cache<String, PreparsedDocumentEntry> documents;

	private final PreparsedDocumentProvider persisted;

	DocumentCache(QueryCacheSettings settings) {
		this.documents = Caffeine.newBuilder()
			.maximumWeight(settings.documents())
			.weigher((String text, PreparsedDocumentEntry entry) -> weight(text))
			.executor(Runnable::run)
			.build();
		this.persisted = new Apollo(new Persisted(settings.persistedQueries()));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		boolean persistedQuery = input.getExtensions() != null && input.getExtensions().get("persistedQuery") != null;
		return persisted.getDocumentAsync(input, in -> cached(in, parseAndValidate))
			.thenApply(entry -> checked(entry, input, persistedQuery));
	}

	private PreparsedDocumentEntry cached(ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry entry = documents.getIfPresent(input.getQuery());
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				documents.put(input.getQuery(), entry);
			}
		}
		return entry;
	}

	private static PreparsedDocumentEntry checked(PreparsedDocumentEntry entry, ExecutionInput input, boolean persistedQuery) {
		if (entry.hasErrors() || entry.getDocument() == null) {
			return entry;
		}
		OperationDefinition definition = operation(entry, input.getOperationName());
		Operation operation = definition == null ? null : definition.getOperation();
		if (operation == Operation.QUERY && readsUnversioned(definition.getSelectionSet(), entry.getDocument(), 0)) {
			input.getGraphQLContext().put(UNVERSIONED, true);
		}
		if (operation == null || operation == Operation.QUERY) {
			return entry;
		}
		String kind = operation.name().toLowerCase(java.util.Locale.ROOT);
		if (Boolean.TRUE.equals(input.getGraphQLContext().get(READ_ONLY))) {
			return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().errorType(Refusal.METHOD_NOT_ALLOWED)
				.message("A " + kind + " cannot be sent as GET: GET only reads. Send it as POST with a JSON body "
						+ "{\"query\": \"…\", \"variables\": {…}}.")
				.extensions(Map.of("allow", "POST"))
				.build());
		}
		if (persistedQuery) {
			return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().errorType(Refusal.BAD_REQUEST)
				.message("Persisted queries may only read; this one is a " + kind
						+ ". Send it whole, without extensions.persistedQuery.")
				.build());
		}
		return entry;
	}

	/** The operation the request runs, or null if it names none that the document holds (execution says so). */
	private static OperationDefinition operation(PreparsedDocumentEntry entry, String name) {
		var operations = entry.getDocument().getDefinitionsOfType(OperationDefinition.class);
		return operations.stream()
			.filter(op -> name == null || name.isEmpty() ? operations.size() == 1 : name.equals(op.getName()))
			.findFirst()
			.orElse(null);
	}

	/** Whether a root field the graph version does not cover is selected, directly or through fragments. */
	private static boolean readsUnversioned(SelectionSet selections, Document document, int depth) {
		if (selections == null || depth > 10) {
			return false;
		}
		for (Selection<?> selection : selections.getSelections()) {
			boolean unversioned = switch (selection) {
				case Field field -> UNVERSIONED_FIELDS.contains(field.getName());
				case InlineFragment inline -> readsUnversioned(inline.getSelectionSet(), document, depth + 1);
				case FragmentSpread spread -> document.getDefinitionsOfType(FragmentDefinition.class).stream()
					.filter(fragment -> fragment.getName().equals(spread.getName()))
					.anyMatch(fragment -> readsUnversioned(fragment.getSelectionSet(), document, depth + 1));
				default -> false;
			};
			if (unversioned) {
				return true;
			}
		}
		return false;
	}

	/** Persisted documents by hash: what parsed and validated is kept, least recently used out. */
	private static final class Persisted implements PersistedQueryCache {

		private final Cache<Object, Kept> byHash;

		Persisted(int size) {
			this.byHash = Caffeine.newBuilder()
				.maximumWeight(size)
				.weigher((Object hash, Kept kept) -> kept.weight())
				.executor(Runnable::run)
				.build();
		}

		private record Kept(PreparsedDocumentEntry entry, int weight) {
		}

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object hash, ExecutionInput input,
				PersistedQueryCacheMiss onMiss) {
			Kept kept = byHash.getIfPresent(hash);
			if (kept != null) {
				return CompletableFuture.completedFuture(kept.entry());
			}
			// Throws PersistedQueryNotFound without a text, PersistedQueryIdInvalid if the text has another hash.
			String text = input.getQuery();
			PreparsedDocumentEntry entry = onMiss.apply(noText(text) ? null : text);
			if (!entry.hasErrors()) {
				byHash.put(hash, new Kept(entry, weight(text)));
			}
			return CompletableFuture.completedFuture(entry);
		}

	}

	/**
	 * What a document counts against its cache's size: one per started 1,000 characters of its text, so that
	 * the size bounds the memory too (a dashboard's query counts 1 to 3; a 4 MB document would count 4,000).
	 */
	static int weight(String text) {
		return Math.max(1, (text.length() + 999) / 1000);
	}

	/** Whether a request came without a text: Spring for GraphQL stands in graphql-java's marker for it. */
	private static boolean noText(String text) {
		return text == null || text.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(text);
	}

	/** Apollo's protocol, with errors that say what to do; the {@code code} is what Apollo's clients look for. */
	private static final class Apollo extends ApolloPersistedQuerySupport {

		Apollo(PersistedQueryCache cache) {
			super(cache);
		}

		@Override
		protected PreparsedDocumentEntry mkMissingError(PersistedQueryError error) {
			boolean notFound = error instanceof PersistedQueryNotFound;
			Object hash = error instanceof PersistedQueryNotFound missing ? missing.getPersistedQueryId()
					: error instanceof PersistedQueryIdInvalid invalid ? invalid.getPersistedQueryId() : null;
			String message = notFound
					? "PersistedQueryNotFound: this server does not know the persisted query " + hash
							+ " (not registered yet, or let go). Send it once more with its text in \"query\" and the same extensions.persistedQuery."
					: "PersistedQueryIdInvalid: " + hash + " is not the SHA-256 hash (lower-case hex) of the query's text. "
							+ "Send extensions.persistedQuery.sha256Hash as the hash of exactly the text in \"query\".";
			var extensions = new java.util.LinkedHashMap<String, Object>();
			extensions.put("code", notFound ? "PERSISTED_QUERY_NOT_FOUND" : "PERSISTED_QUERY_ID_INVALID");
			if (hash != null) {
				extensions.put("persistedQueryId", hash);
			}
			return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
				.errorType(notFound ? Refusal.PERSISTED_QUERY_NOT_FOUND : Refusal.BAD_REQUEST)
				.message(message)
				.extensions(extensions)
				.build());
		}

	}

}
