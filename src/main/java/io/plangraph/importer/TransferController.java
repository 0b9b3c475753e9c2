package io.plangraph.importer;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Documents in and out of the graph over the API, as files of the plan document format. */
@Controller
class TransferController {

	private final DocumentExporter exporter;

	TransferController(DocumentExporter exporter) {
		this.exporter = exporter;
	}

	@QueryMapping
	String exportDocument(@Argument String id) {
		return exporter.export(id).orElse(null);
	}

}
