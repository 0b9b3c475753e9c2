package io.plangraph.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which plan documents the server loads by itself.
 *
 * @param onEmptyDatabase load the bundled documents when the graph holds no document yet (first start)
 * @param documents where the bundled documents are: Spring resource patterns, vocabularies (themes,
 *     concepts) and plan documents
 * @param batchSize how many documents the {@code import} command writes in one transaction; a larger import
 *     is committed that many documents at a time (the embedded database holds a transaction's writes in the
 *     server's heap)
 */
@ConfigurationProperties("plangraph.import")
public record ImportProperties(@DefaultValue("true") boolean onEmptyDatabase,
		@DefaultValue({ "classpath:neo4j/taxonomy/*.yaml", "classpath:neo4j/data/*.yaml" }) java.util.List<String> documents,
		@DefaultValue("100") int batchSize) {
}
