package io.plangraph.editing;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.IndicatorRole;
import io.plangraph.plan.ElementKind;
import io.plangraph.plan.PlanElement;
import io.plangraph.security.Editor;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** The mutations of city staff and the change history; each hands off to {@link PlanEditor}. */
@Controller
class EditController {

	private final PlanEditor editor;

	private final EditQueries queries;

	private final DocumentUpload upload;

	EditController(PlanEditor editor, EditQueries queries, DocumentUpload upload) {
		this.editor = editor;
		this.queries = queries;
		this.upload = upload;
	}

	record RecordActualInput(String indicatorId, FiscalYear fiscalYear, String group, String value, String note) {
	}

	record RecordProgramResultInput(String elementId, FiscalYear fiscalYear, String value, String note) {
	}

	record RecordPledgeProgressInput(String elementId, java.time.LocalDate asOf, Double stage, boolean achieved) {
	}

	record AddElementInput(String planId, String parentId, String key, ElementKind kind, String code, String title,
			String description) {
	}

	record RenameElementInput(String elementId, String title, String code) {
	}

	record MoveElementInput(String elementId, String parentId) {
	}

	record RemoveElementInput(String elementId) {
	}

	record LinkIndicatorInput(String elementId, String indicatorId, IndicatorRole role) {
	}

	record UnlinkIndicatorInput(String elementId, String indicatorId, IndicatorRole role) {
	}

	record SetIndicatorConceptInput(String indicatorId, String conceptId) {
	}

	record SetThemesInput(String elementId, String indicatorId, List<String> themeIds) {
	}

	/** What a mutation did; element and indicator are resolved after the transaction, as the next query would see them. */
	record EditPayload(boolean changed, String changeId, String elementId, String indicatorId) {

		static EditPayload element(PlanEditor.Outcome outcome) {
			return new EditPayload(outcome.changed(), outcome.changeId(), outcome.targetId(), null);
		}

		static EditPayload indicator(PlanEditor.Outcome outcome) {
			return new EditPayload(outcome.changed(), outcome.changeId(), null, outcome.targetId());
		}

	}

	@MutationMapping
	EditPayload recordActual(@Argument RecordActualInput input, Principal principal) {
		return EditPayload.indicator(editor.recordActual(editor(principal), input.indicatorId(), input.fiscalYear(),
				input.group(), input.value(), input.note()));
	}

	@MutationMapping
	EditPayload recordProgramResult(@Argument RecordProgramResultInput input, Principal principal) {
		return EditPayload.indicator(editor.recordProgramResult(editor(principal), input.elementId(), input.fiscalYear(),
				input.value(), input.note()));
	}

	@MutationMapping
	EditPayload recordPledgeProgress(@Argument RecordPledgeProgressInput input, Principal principal) {
		return EditPayload.element(editor.recordPledgeProgress(editor(principal), input.elementId(), input.asOf(),
				input.stage(), input.achieved()));
	}

	@MutationMapping
	EditPayload addElement(@Argument AddElementInput input, Principal principal) {
		return EditPayload.element(editor.addElement(editor(principal), input.planId(), input.parentId(), input.key(),
				input.kind(), input.code(), input.title(), input.description()));
	}

	@MutationMapping
	EditPayload renameElement(@Argument RenameElementInput input, Principal principal) {
		return EditPayload.element(editor.renameElement(editor(principal), input.elementId(), input.title(), input.code()));
	}

	@MutationMapping
	EditPayload moveElement(@Argument MoveElementInput input, Principal principal) {
		return EditPayload.element(editor.moveElement(editor(principal), input.elementId(), input.parentId()));
	}

	@MutationMapping
	EditPayload removeElement(@Argument RemoveElementInput input, Principal principal) {
		return EditPayload.element(editor.removeElement(editor(principal), input.elementId()));
	}

	@MutationMapping
	EditPayload linkIndicator(@Argument LinkIndicatorInput input, Principal principal) {
		return EditPayload.element(editor.linkIndicator(editor(principal), input.elementId(), input.indicatorId(), input.role()));
	}

	@MutationMapping
	EditPayload unlinkIndicator(@Argument UnlinkIndicatorInput input, Principal principal) {
		return EditPayload.element(editor.unlinkIndicator(editor(principal), input.elementId(), input.indicatorId(), input.role()));
	}

	@MutationMapping
	EditPayload setIndicatorConcept(@Argument SetIndicatorConceptInput input, Principal principal) {
		return EditPayload.indicator(editor.setIndicatorConcept(editor(principal), input.indicatorId(), input.conceptId()));
	}

	@MutationMapping
	EditPayload setThemes(@Argument SetThemesInput input, Principal principal) {
		if ((input.elementId() == null) == (input.indicatorId() == null)) {
			throw EditRefused.badInput("input", "give either elementId or indicatorId");
		}
		boolean indicator = input.indicatorId() != null;
		var outcome = editor.setThemes(editor(principal), indicator ? input.indicatorId() : input.elementId(), indicator,
				input.themeIds());
		return indicator ? EditPayload.indicator(outcome) : EditPayload.element(outcome);
	}

	record ImportIndicatorTableInput(String cityCode, String csv, Boolean dryRun) {
	}

	/** What a table import did; tables never remove values. */
	record IndicatorTablePayload(boolean dryRun, List<PlanEditor.ValueDifference> added,
			List<PlanEditor.ValueDifference> changed, List<PlanEditor.ValueDifference> removed, int unchanged) {
	}

	@MutationMapping
	IndicatorTablePayload importIndicatorTable(@Argument ImportIndicatorTableInput input, Principal principal) {
		var result = editor.importIndicatorTable(editor(principal), input.cityCode(), input.csv(),
				Boolean.TRUE.equals(input.dryRun()));
		return new IndicatorTablePayload(result.dryRun(), result.added(), result.changed(), List.of(), result.unchanged());
	}

	record ImportDocumentInput(String name, String text, Boolean dryRun) {
	}

	/** What an upload did or would do. */
	record ImportDocumentPayload(boolean dryRun, List<DocumentPreview> documents, String report) {
	}

	/** One document's changes, in the API's shape. */
	record DocumentPreview(String documentId, boolean isNew, ChangeSet plans, ChangeSet elements, ChangeSet indicators,
			ChangeSet values, ChangeSet marks) {

		static DocumentPreview of(io.plangraph.importer.ImportPreview.DocumentChanges changes) {
			return new DocumentPreview(changes.documentId(), changes.isNew(), ChangeSet.of(changes.plans()),
					ChangeSet.of(changes.elements()), ChangeSet.of(changes.indicators()), ChangeSet.of(changes.values()),
					ChangeSet.of(changes.marks()));
		}

	}

	/** Added, changed and removed things of one kind. */
	record ChangeSet(List<ChangedItem> added, List<ChangedItem> changed, List<ChangedItem> removed, int unchanged) {

		static ChangeSet of(io.plangraph.importer.ImportPreview.Changes changes) {
			return new ChangeSet(changes.added().stream().map(i -> new ChangedItem(i.id(), i.label(), List.of(), null, null)).toList(),
					changes.changed().stream().map(c -> new ChangedItem(c.id(), null, c.fields(), c.before(), c.after())).toList(),
					changes.removed().stream().map(i -> new ChangedItem(i.id(), i.label(), List.of(), null, null)).toList(),
					changes.unchanged());
		}

	}

	/** One thing added, changed or removed. */
	record ChangedItem(String id, String label, List<String> fields, String before, String after) {
	}

	@MutationMapping
	ImportDocumentPayload importDocument(@Argument ImportDocumentInput input, Principal principal) {
		var result = upload.upload(editor(principal), input.name(), input.text(), Boolean.TRUE.equals(input.dryRun()));
		return new ImportDocumentPayload(result.dryRun(),
				result.preview().documents().stream().map(DocumentPreview::of).toList(), result.preview().toString());
	}

	@SchemaMapping(typeName = "EditPayload")
	Change change(EditPayload payload) {
		return queries.change(payload.changeId()).orElse(null);
	}

	@SchemaMapping(typeName = "EditPayload")
	PlanElement element(EditPayload payload) {
		return queries.element(payload.elementId()).orElse(null);
	}

	@SchemaMapping(typeName = "EditPayload")
	Indicator indicator(EditPayload payload) {
		return queries.indicator(payload.indicatorId()).orElse(null);
	}

	@QueryMapping
	Window<Change> history(@Argument String elementId, @Argument String indicatorId, @Argument String cityCode,
			ScrollSubrange subrange) {
		return queries.history(elementId != null ? elementId : indicatorId, cityCode, subrange);
	}

	@BatchMapping(typeName = "PlanElement", field = "history")
	Map<PlanElement, List<Change>> elementHistory(List<PlanElement> elements) {
		return queries.historyOf(elements, PlanElement::id);
	}

	@BatchMapping(typeName = "Indicator", field = "history")
	Map<Indicator, List<Change>> indicatorHistory(List<Indicator> indicators) {
		return queries.historyOf(indicators, Indicator::id);
	}

	private static Editor editor(Principal principal) {
		if (principal instanceof Editor editor) {
			return editor;
		}
		throw new EditRefused(EditRefused.Reason.UNAUTHORIZED,
				List.of(new EditRefused.Problem("", "changes need an API key: send 'Authorization: Bearer KEY'")));
	}

}
