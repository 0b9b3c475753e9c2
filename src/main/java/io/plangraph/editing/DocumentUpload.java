package io.plangraph.editing;

import java.util.List;
import java.util.Map;

import io.plangraph.editing.Changes.FieldChange;
import io.plangraph.editing.Changes.Target;
import io.plangraph.importer.ImportPreview;
import io.plangraph.importer.PlanImporter;
import io.plangraph.importer.PlanImporter.DocumentSource;
import io.plangraph.importer.PlanImporter.ImportedDocument;
import io.plangraph.importer.PlanImporter.PlanImportException;
import io.plangraph.security.Editor;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.stereotype.Service;

/**
 * A plan document uploaded through the API, in the project's file format: checked and imported exactly
 * as the command line does (or, as a dry run, previewed), with the editor's right to the document's
 * city checked first and the upload written into the change history in the same transaction.
 */
@Service
public class DocumentUpload {

	private final PlanImporter importer;

	DocumentUpload(PlanImporter importer) {
		this.importer = importer;
	}

	/** What an upload did: the documents imported, or (dry run) what importing would change. */
	public record Result(boolean dryRun, List<ImportedDocument> imported, ImportPreview preview) {
	}

	public Result upload(Editor editor, String name, String text, boolean dryRun) {
		String city = cityOf(text);
		var sources = List.of(new DocumentSource(name, text));
		try {
			if (city == null) {
				// The importer says precisely what is wrong with a document it cannot place in a city.
				importer.preview(sources);
				throw EditRefused.badInput("input.text", "the document names no city (city.code)");
			}
			PlanEditor.allow(editor, city);
			// The preview runs the import in a transaction it rolls back; the import itself follows.
			var preview = importer.preview(sources);
			if (dryRun) {
				return new Result(true, List.of(), preview);
			}
			var imported = importer.importDocuments(sources, (tx, documents) -> documents.forEach(document -> Changes
				.record(tx, editor.getName(), "IMPORT_DOCUMENT", city, Target.DOCUMENT, document.documentId(),
						List.of(new FieldChange("document", null, document.toString())))));
			return new Result(false, imported, preview);
		}
		catch (PlanImportException refused) {
			throw new EditRefused(EditRefused.Reason.BAD_REQUEST, refused.documents().stream()
				.flatMap(document -> document.problems().stream()
					.map(p -> new EditRefused.Problem("input.text", document.file() + (p.line() > 0 ? ", line " + p.line() : "")
							+ (p.path().isEmpty() ? "" : " (" + p.path() + ")") + ": " + p.message())))
				.toList());
		}
	}

	@SuppressWarnings("unchecked")
	private static String cityOf(String text) {
		try {
			Map<String, Object> document = YAMLMapper.builder().build().readValue(text, Map.class);
			return document != null && document.get("city") instanceof Map<?, ?> city && city.get("code") != null
					? String.valueOf(city.get("code")) : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
