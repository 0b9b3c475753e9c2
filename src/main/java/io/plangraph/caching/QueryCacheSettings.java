package io.plangraph.caching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many GraphQL documents are kept parsed and validated in memory (README, "Caching for dashboards"); a
 * document counts one per started 1,000 characters of its text, so these bound the memory as well.
 *
 * @param documents ordinary queries, by their text; the least used beyond this are let go
 * @param persistedQueries persisted queries, by their SHA-256 hash; the least used beyond this are let go
 * (a client whose hash was let go is answered {@code PersistedQueryNotFound} and sends the text again)
 */
@ConfigurationProperties("plangraph.query-cache")
record QueryCacheSettings(@DefaultValue("1000") int documents, @DefaultValue("1000") int persistedQueries) {

	QueryCacheSettings {
		if (documents < 0 || persistedQueries < 0) {
			throw new IllegalArgumentException("plangraph.query-cache: documents and persisted-queries may not be negative");
		}
	}

}
