package io.plangraph.editing;

import java.util.List;

import io.plangraph.editing.Changes.FieldChange;
import io.plangraph.editing.Changes.Target;
import io.plangraph.importer.ImportPreview;
import io.plangraph.importer.PlanImporter;
import io.plangraph.importer.PlanImporter.DocumentSource;
import io.plangraph.importer.PlanImporter.ImportedDocument;
import io.plangraph.importer.PlanImporter.PlanImportException;
import io.plangraph.security.Editor;
import io.plangraph.security.WriteScope;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.stereotype.Service;

/**
 * A plan document uploaded through the API, in the project's file format: checked and imported exactly
 * as the command line does (or, as a dry run, previewed), within the editor's {@link WriteScope} — the
 * city the file names and the cities its ids already belong to — and within
 * {@code plangraph.limits} (size up front, one deadline for preview and import). The upload is written
 * into the change history in the same transaction; an upload that changes nothing writes nothing.
 */
@Service
public class DocumentUpload {

	private final PlanImporter importer;

	private final WriteLimits limits;

	DocumentUpload(PlanImporter importer, WriteLimits limits) {
		this.importer = importer;
		this.limits = limits;
	}

	/** What an upload did: the documents imported, or (dry run) what importing would change. */
	public record Result(boolean dryRun, List<ImportedDocument> imported, ImportPreview preview) {
	}

	public Result upload(Editor editor, String name, String text, boolean dryRun) {
		var deadline = limits.deadline();
		// Its size was checked with the request's arguments (plangraph.limits.upload-bytes).
		var sources = List.of(new DocumentSource(name, text));
		var scope = WriteScope.of(editor);
		try {
			// The preview runs the import in a transaction it rolls back; the import itself follows.
			var preview = importer.preview(sources, scope, limits.until(deadline));
			if (dryRun) {
				return new Result(true, List.of(), preview);
			}
			if (preview.vocabularies().isEmpty() && !preview.changesAnything()) {
				// The same document again: nothing to write, and nothing for the history.
				return new Result(false, List.of(), preview);
			}
			var imported = importer.importDocuments(sources, scope, limits.until(deadline), (tx, documents) -> documents
				.forEach(document -> Changes.record(tx, editor.getName(), ChangeAction.IMPORT_DOCUMENT, document.cityCode(), Target.DOCUMENT,
						document.documentId(), List.of(new FieldChange("document", null, document.toString())))));
			return new Result(false, imported, preview);
		}
		catch (WriteScope.WriteRefused refused) {
			throw EditRefused.forbidden("input.text", refused);
		}
		catch (Neo4jException ex) {
			throw WriteLimits.endedByDatabase(ex) ? limits.timedOut() : ex;
		}
		catch (PlanImportException refused) {
			throw new EditRefused(EditRefused.Reason.BAD_REQUEST, refused.documents().stream()
				.flatMap(document -> document.problems().stream()
					.map(p -> new EditRefused.Problem("input.text", document.file() + (p.line() > 0 ? ", line " + p.line() : "")
							+ (p.path().isEmpty() ? "" : " (" + p.path() + ")") + ": " + p.message())))
				.toList());
		}
	}

}
