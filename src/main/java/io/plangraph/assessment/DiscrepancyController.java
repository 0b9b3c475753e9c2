package io.plangraph.assessment;

import java.util.List;
import java.util.Map;

import io.plangraph.source.SourceDocument;
import io.plangraph.source.SourceDocumentQueries;
import io.plangraph.assessment.Views.DiscrepancyView;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The analyst's checklist of printed facts that disagree with the document's own numbers ({@link DiscrepancyChecks}). */
@Controller
class DiscrepancyController {

	private final AssessmentQueries assessments;

	private final SourceDocumentQueries documents;

	DiscrepancyController(AssessmentQueries assessments, SourceDocumentQueries documents) {
		this.assessments = assessments;
		this.documents = documents;
	}

	@QueryMapping
	List<DiscrepancyView> discrepancies(@Argument String cityCode, @Argument String planId) {
		return assessments.discrepancies(cityCode, planId);
	}

	@BatchMapping(typeName = "Discrepancy", field = "document")
	Map<DiscrepancyView, SourceDocument> document(List<DiscrepancyView> discrepancies) {
		return documents.byId(discrepancies, DiscrepancyView::documentId);
	}

}
