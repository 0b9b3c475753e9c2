package io.plangraph.caching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The document cache on its own: what it keeps, how much, and what it refuses. */
class DocumentCacheTest {

	final List<String> parsed = new ArrayList<>();

	/** Parses like the engine does, and notes every text it was asked to parse. */
	final Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate = input -> {
		parsed.add(input.getQuery());
		if (input.getQuery().contains("nickname")) {
			return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("unknown field nickname").build());
		}
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	static ExecutionInput query(String text) {
		return ExecutionInput.newExecutionInput().query(text).build();
	}

	PreparsedDocumentEntry get(DocumentCache cache, ExecutionInput input) {
		return cache.getDocumentAsync(input, parseAndValidate).join();
	}

	@Test
	void parsesAndValidatesAQueryTextOnce() {
		var cache = new DocumentCache(new QueryCacheSettings(10, 10));
		var first = get(cache, query("{ cities { name } }"));
		var second = get(cache, query("{ cities { name } }"));
		assertThat(parsed).containsExactly("{ cities { name } }");
		assertThat(second.getDocument()).isSameAs(first.getDocument());
	}

	@Test
	void keepsNoDocumentThatFailedValidation() {
		var cache = new DocumentCache(new QueryCacheSettings(10, 10));
		get(cache, query("{ cities { nickname } }"));
		assertThat(get(cache, query("{ cities { nickname } }")).hasErrors()).isTrue();
		assertThat(parsed).hasSize(2);
	}

	@Test
	void keepsNoMoreDocumentsThanItsSize() {
		var cache = new DocumentCache(new QueryCacheSettings(2, 2));
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 6; i++) {
				get(cache, query("{ city(code: \"" + i + "\") { name } }"));
			}
		}
		// Six texts through a cache of two, twice: at most two of the second round's were still kept.
		assertThat(parsed).hasSizeGreaterThanOrEqualTo(10);
	}

	@Test
	void countsALongTextPerThousandCharactersSoThatTheSizeBoundsTheMemory() {
		var cache = new DocumentCache(new QueryCacheSettings(10, 10));
		String small = "{ cities { name } }";
		String large = "{ cities { name } }" + " ".repeat(20_000);
		get(cache, query(large));
		get(cache, query(large));
		get(cache, query(small));
		get(cache, query(small));
		assertThat(parsed).containsExactly(large, large, small);
		assertThat(DocumentCache.weight(small)).isEqualTo(1);
		assertThat(DocumentCache.weight("x".repeat(1001))).isEqualTo(2);
	}

	@Test
	void refusesAMutationThatCameAsGetButNotOneThatCameAsPost() {
		var cache = new DocumentCache(new QueryCacheSettings(10, 10));
		String mutation = "mutation { renameElement(input: {elementId: \"x\"}) { changed } }";
		var asGet = get(cache, ExecutionInput.newExecutionInput().query(mutation)
			.graphQLContext(Map.of(DocumentCache.READ_ONLY, true)).build());
		assertThat(asGet.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(DocumentCache.Refusal.METHOD_NOT_ALLOWED));
		assertThat(get(cache, query(mutation)).hasErrors()).isFalse();
		// Of two operations, the one named decides.
		String both = "query Q { cities { name } } mutation M { renameElement(input: {elementId: \"x\"}) { changed } }";
		var namedQuery = get(cache, ExecutionInput.newExecutionInput().query(both).operationName("Q")
			.graphQLContext(Map.of(DocumentCache.READ_ONLY, true)).build());
		assertThat(namedQuery.hasErrors()).isFalse();
	}

	@Test
	void registersAPersistedQueryOnlyWithTheTextOfItsHash() {
		var cache = new DocumentCache(new QueryCacheSettings(10, 10));
		String text = "{ cities { name } }";
		String hash = "c1d7a3f8e5b3bb7c0e20b9fcc5a5c0eb8d6f1b04f4a3e06e3e5b8f4f1b0f2a4c";
		var extensions = Map.<String, Object>of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
		var wrong = get(cache, ExecutionInput.newExecutionInput().query(text).extensions(extensions).build());
		assertThat(wrong.getErrors()).singleElement().satisfies(error -> assertThat(error.getMessage()).startsWith("PersistedQueryIdInvalid"));
		var unknown = get(cache, ExecutionInput.newExecutionInput().query("PersistedQueryMarker").extensions(extensions).build());
		assertThat(unknown.getErrors()).singleElement().satisfies(error -> assertThat(error.getMessage()).startsWith("PersistedQueryNotFound"));
	}

}
