package io.plangraph.importer;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Writes a {@link PlanDocument} as the text of a plan document file, the reverse of
 * {@link PlanDocumentReader}: fields in the format's order, absent fields and empty lists left out,
 * Japanese as it is (no escapes), texts of several lines as literal blocks, numbers as plain decimals.
 */
final class PlanDocumentWriter {

	private static final YAMLMapper MAPPER = YAMLMapper
		.builder(YAMLFactory.builder().stringQuotingChecker(new QuotingChecker()).build())
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		// Long lines stay whole: folding them would be read back the same, but is harder to edit.
		.disable(YAMLWriteFeature.SPLIT_LINES)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		// "082023" (a city code) or "2023" must come back as texts, not numbers.
		.enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
		.enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
		.enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.withConfigOverride(List.class,
				override -> override.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null)))
		.addModule(new SimpleModule("plain-numbers").addSerializer(Double.class, new PlainNumber()))
		.build();

	private PlanDocumentWriter() {
	}

	static String write(PlanDocument document) {
		return MAPPER.writeValueAsString(document);
	}

	/** Jackson's rules, and the texts YAML reads as infinity or not-a-number (.inf, -.Inf, .NaN) quoted too. */
	private static final class QuotingChecker extends StringQuotingChecker.Default {

		private static final java.util.regex.Pattern SPECIAL_NUMBER = java.util.regex.Pattern
			.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

		@Override
		public boolean needToQuoteValue(String value) {
			return super.needToQuoteValue(value) || SPECIAL_NUMBER.matcher(value).matches();
		}

	}

	/** 2829510000 rather than 2.82951E9, 1000 rather than 1000.0: the number as a person writes it, exactly. */
	private static final class PlainNumber extends ValueSerializer<Double> {

		@Override
		public void serialize(Double value, JsonGenerator generator, SerializationContext context) {
			if (!Double.isFinite(value)) {
				generator.writeNumber(value);
			}
			else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				generator.writeNumber(value.longValue());
			}
			else {
				// BigDecimal.valueOf uses the shortest decimal that reads back as the same double.
				generator.writeNumber(BigDecimal.valueOf(value));
			}
		}

	}

}
