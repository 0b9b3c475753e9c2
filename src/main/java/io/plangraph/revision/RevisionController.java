package io.plangraph.revision;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** What a new plan phase changed; {@link RevisionQueries} loads the plans and {@link PlanDiff} compares them. */
@Controller
class RevisionController {

	private final RevisionQueries revisions;

	RevisionController(RevisionQueries revisions) {
		this.revisions = revisions;
	}

	@QueryMapping
	PlanDiff planDiff(@Argument String from, @Argument String to) {
		return revisions.planDiff(from, to).orElse(null);
	}

}
