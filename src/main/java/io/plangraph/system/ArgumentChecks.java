package io.plangraph.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.LightDataFetcher;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import io.plangraph.neo4j.Pages;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

/**
 * Checks every argument of a field before the field runs, so that no controller has to: each text is
 * clean Unicode (no control character but tab and line breaks, no lone surrogate) and no longer than its
 * limit ({@link InputLimits}: uploads by bytes, search by characters and words, any other text by
 * characters), a page size ({@code first}, {@code last} of a connection) is 1–{@value Pages#MAX_SIZE}, and a
 * {@code before} cursor is one the server gave out.
 * A refusal is a GraphQL error at the field's location naming the argument.
 */
@Component
class ArgumentChecks extends SimplePerformantInstrumentation {

	/** The arguments that carry a whole document or table, limited by {@code plangraph.limits.upload-bytes}. */
	private static final Set<String> UPLOADS = Set.of("importDocument:input.text", "importIndicatorTable:input.csv");

	private static final String SEARCH = "search:text";

	private final InputLimits limits;

	private final CursorStrategy<ScrollPosition> cursors;

	ArgumentChecks(InputLimits limits, CursorStrategy<ScrollPosition> cursors) {
		this.limits = limits;
		this.cursors = cursors;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		// A property read (graphql-java's light fetchers) takes no arguments, and asking for them would build
		// its environment, which a property read never needs; plangraph's own in-memory fields are checked.
		if (dataFetcher instanceof LightDataFetcher) {
			return dataFetcher;
		}
		DataFetchingEnvironment env = parameters.getEnvironment();
		if (env.getArguments().isEmpty()) {
			return dataFetcher;
		}
		try {
			boolean connection = GraphQLTypeUtil.unwrapAll(env.getFieldType()) instanceof GraphQLNamedType type
					&& type.getName().endsWith("Connection");
			env.getArguments().forEach((name, value) -> {
				if (connection && (name.equals("first") || name.equals("last")) && value instanceof Integer size) {
					pageSize(name, size);
				}
				if (connection && name.equals("before") && value instanceof String cursor) {
					// Read here, not where the page is resolved, so that a forged cursor is named as 'before'.
					cursor(name, cursor);
				}
				check(env.getField().getName(), name, value);
			});
		}
		catch (InputRefused refused) {
			return refusing -> {
				throw refused;
			};
		}
		return dataFetcher;
	}

	private static void pageSize(String name, int size) {
		if (size < 1 || size > Pages.MAX_SIZE) {
			throw InputRefused.badValue(name, "a page holds 1 to " + Pages.MAX_SIZE + " items, not " + size
					+ ". Ask for more pages (after: the last page's endCursor) rather than a larger one.");
		}
	}

	private void cursor(String name, String cursor) {
		try {
			cursors.fromCursor(cursor);
		}
		catch (InputRefused forged) {
			throw PageCursors.forged(name);
		}
	}

	private void check(String field, String path, Object value) {
		if (value instanceof String text) {
			text(field, path, text);
		}
		else if (value instanceof Map<?, ?> input) {
			input.forEach((name, inner) -> check(field, path + "." + name, inner));
		}
		else if (value instanceof List<?> items) {
			for (int i = 0; i < items.size(); i++) {
				check(field, path + "[" + i + "]", items.get(i));
			}
		}
	}

	private void text(String field, String path, String text) {
		String key = field + ":" + path;
		if (UPLOADS.contains(key)) {
			long max = limits.uploadBytes().toBytes();
			// Characters first: a text of fewer characters than the limit's bytes can be counted exactly.
			if (text.length() > max || text.getBytes(StandardCharsets.UTF_8).length > max) {
				throw InputRefused.tooLarge(path, "the upload is " + text.getBytes(StandardCharsets.UTF_8).length
						+ " bytes; this server takes at most " + max + " bytes (plangraph.limits.upload-bytes). Split it into several.",
						"plangraph.limits.upload-bytes", max);
			}
		}
		else if (key.equals(SEARCH)) {
			if (text.length() > limits.searchLength()) {
				throw InputRefused.tooLarge(path, "the search text has " + text.length() + " characters; at most "
						+ limits.searchLength() + " are searched (plangraph.limits.search-length).", "plangraph.limits.search-length",
						limits.searchLength());
			}
			int words = text.isBlank() ? 0 : text.strip().split("[\\s\u3000]+").length;
			if (words > limits.searchWords()) {
				throw InputRefused.tooLarge(path, "the search text has " + words + " words; at most " + limits.searchWords()
						+ " are searched together (plangraph.limits.search-words).", "plangraph.limits.search-words",
						limits.searchWords());
			}
		}
		else if (text.length() > limits.textLength()) {
			throw InputRefused.tooLarge(path, "the text has " + text.length() + " characters; this server takes at most "
					+ limits.textLength() + " (plangraph.limits.text-length).", "plangraph.limits.text-length", limits.textLength());
		}
		unicode(path, text);
	}

	/** Refuses a lone surrogate (not Unicode text) and control characters other than tab, line feed and carriage return. */
	static void unicode(String path, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				throw InputRefused.badValue(path, "character " + (i + 1) + " is a lone surrogate (" + codePoint(c)
						+ "), which is not Unicode text.");
			}
			else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
				throw InputRefused.badValue(path, "character " + (i + 1) + " is the control character " + codePoint(c)
						+ "; text may hold tabs and line breaks, but no other control characters.");
			}
		}
	}

	private static String codePoint(char c) {
		return String.format("U+%04X", (int) c);
	}

}
