package io.plangraph.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large an input may be before it is read: the request, each text argument, an upload, a table, and
 * the YAML of a plan document. Each refusal names the setting it hit (README, "Errors and limits").
 *
 * @param requestBody the largest HTTP request body
 * @param textLength the most characters of a text argument (titles, notes, values, ids), uploads aside
 * @param searchLength the most characters of a search text
 * @param searchWords the most words of a search text (each becomes a phrase the index must match)
 * @param uploadBytes the largest document ({@code importDocument.text}) or table ({@code importIndicatorTable.csv}), in UTF-8
 * @param tableRows the most rows of an indicator table, its header aside
 * @param yamlAliases the most aliases ({@code *name}) to a list or mapping in one plan document
 * @param yamlDepth how deep lists and mappings may nest in a plan document
 * @param yamlDocuments how many YAML documents (separated by {@code ---}) one file may hold
 */
@ConfigurationProperties("plangraph.limits")
public record InputLimits(@DefaultValue("4MB") DataSize requestBody, @DefaultValue("2000") int textLength,
		@DefaultValue("200") int searchLength, @DefaultValue("16") int searchWords, @DefaultValue("512KB") DataSize uploadBytes,
		@DefaultValue("2000") int tableRows, @DefaultValue("50") int yamlAliases, @DefaultValue("40") int yamlDepth,
		@DefaultValue("1") int yamlDocuments) {

	/** The defaults, for readers that run without the application (tests, tools). */
	public static final InputLimits DEFAULTS = new InputLimits(DataSize.ofMegabytes(4), 2000, 200, 16, DataSize.ofKilobytes(512),
			2000, 50, 40, 1);

	public InputLimits {
		if (requestBody == null || requestBody.toBytes() < 1024 || uploadBytes == null || uploadBytes.toBytes() < 1) {
			throw new IllegalArgumentException("plangraph.limits: request-body must be at least 1KB and upload-bytes positive");
		}
		if (yamlAliases > 50 || yamlDepth > 50) {
			// The YAML reader behind the document format stops at 50 of each by itself.
			throw new IllegalArgumentException("plangraph.limits: yaml-aliases and yaml-depth may be at most 50");
		}
		if (textLength < 1 || searchLength < 1 || searchWords < 1 || tableRows < 1 || yamlAliases < 0 || yamlDepth < 1
				|| yamlDocuments < 1) {
			throw new IllegalArgumentException("plangraph.limits: text-length, search-length, search-words, table-rows, "
					+ "yaml-depth and yaml-documents must be positive, yaml-aliases not negative");
		}
	}

}
