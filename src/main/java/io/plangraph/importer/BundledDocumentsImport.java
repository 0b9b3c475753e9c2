package io.plangraph.importer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * On the first start, fills an empty graph with the bundled plan documents, so the API has data at once
 * (not when running a command: an import says what to load, an export only reads). It runs before the
 * web server opens, so no request ever sees the graph half filled.
 */
@Component
@Profile("!import & !export & !import-table")
class BundledDocumentsImport implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(BundledDocumentsImport.class);

	private final PlanImporter importer;

	private final ImportProperties properties;

	BundledDocumentsImport(PlanImporter importer, ImportProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (properties.onEmptyDatabase() && importer.isEmpty()) {
			log.info("The graph is empty: importing the bundled plan documents ({})", properties.documents());
			importer.importDocuments(DocumentFiles.matching(properties.documents()));
		}
	}

}
