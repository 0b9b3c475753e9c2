package io.plangraph.importer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * On the first start, fills an empty graph with the bundled plan documents, so the API has data at once
 * (not when running a command: an import says what to load, an export only reads). It runs once the web
 * server is open, so the readiness probe can answer (OUT_OF_SERVICE) while it runs; Spring Boot declares
 * the application ready only after every runner, and until then /graphql answers that the server is
 * starting ({@code system/StartupGate}), so no request ever sees the graph half filled.
 */
@Component
@Profile("!import & !export & !import-table & !backup & !restore")
class BundledDocumentsImport implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(BundledDocumentsImport.class);

	private final PlanImporter importer;

	private final ImportProperties properties;

	BundledDocumentsImport(PlanImporter importer, ImportProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.onEmptyDatabase() && importer.isEmpty()) {
			log.info("The graph is empty: importing the bundled plan documents ({})", properties.documents());
			importer.importDocuments(DocumentFiles.matching(properties.documents()));
		}
	}

	@Override
	public int getOrder() {
		return 0;
	}

}
