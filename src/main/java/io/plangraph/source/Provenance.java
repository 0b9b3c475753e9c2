package io.plangraph.source;

/**
 * Where a fact was read from: a document and, where recorded, the section of it.
 *
 * @param documentId the id of the {@link SourceDocument}
 * @param section a path of headings inside the document, or {@code null}
 */
public record Provenance(String documentId, String section) {
}
