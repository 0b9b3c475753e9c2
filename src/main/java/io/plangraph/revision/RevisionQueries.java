package io.plangraph.revision;

import java.util.LinkedHashSet;
import java.util.List;

import io.plangraph.plan.PlanGraphs;

import org.springframework.stereotype.Component;

/** The reads of revisions: two plans loaded together (one query), then compared in memory by {@link PlanDiff}. */
@Component
final class RevisionQueries {

	private final PlanGraphs plans;

	RevisionQueries(PlanGraphs plans) {
		this.plans = plans;
	}

	PlanDiff planDiff(String from, String to) {
		var loaded = plans.load(new LinkedHashSet<>(List.of(from, to)));
		var before = loaded.get(from);
		var after = loaded.get(to);
		if (before == null || after == null) {
			throw new IllegalArgumentException("no plan with id '" + (before == null ? from : to) + "'");
		}
		return PlanDiff.between(before, after);
	}

}
