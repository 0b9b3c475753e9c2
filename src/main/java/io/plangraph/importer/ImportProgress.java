package io.plangraph.importer;

import java.time.Duration;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Says how an import goes, document by document, as it goes: a log line with the counts and the time each
 * took (so a long command-line import shows its progress), and the metrics
 * {@code plangraph.import.duration} and {@code plangraph.import.size} (nodes written), per document.
 */
@Component
class ImportProgress {

	private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);

	private final ObjectProvider<MeterRegistry> registry;

	ImportProgress(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry;
	}

	void written(int index, int total, PlanImporter.ImportedDocument document, Duration took) {
		log.info("Imported {}/{} {} in {} ms", index, total, document, took.toMillis());
		registry.ifAvailable(meters -> {
			Timer.builder("plangraph.import.duration")
				.description("How long writing one plan document took")
				.register(meters)
				.record(took);
			DistributionSummary.builder("plangraph.import.size")
				.description("Nodes one plan document wrote: plans, elements, indicators, values and marks")
				.baseUnit("nodes")
				.register(meters)
				.record(document.plans() + document.elements() + document.indicators() + document.values() + document.marks());
		});
	}

	void committed(int documents, int total, Duration took) {
		log.info("Committed {}/{} document(s) in {} s", documents, total, "%.1f".formatted(took.toMillis() / 1000.0));
	}

}
