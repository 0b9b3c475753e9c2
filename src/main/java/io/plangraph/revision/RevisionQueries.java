package io.plangraph.revision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import io.plangraph.plan.PlanGraphs;

import org.springframework.stereotype.Component;

/** The reads of revisions: two plans loaded together (one query), then compared in memory by {@link PlanDiff}. */
@Component
final class RevisionQueries {

	private final PlanGraphs plans;

	RevisionQueries(PlanGraphs plans) {
		this.plans = plans;
	}

	/** What changed from one plan to the other; empty where either plan does not exist. */
	Optional<PlanDiff> planDiff(String from, String to) {
		var loaded = plans.load(new LinkedHashSet<>(List.of(from, to)));
		var before = loaded.get(from);
		var after = loaded.get(to);
		if (before == null || after == null) {
			return Optional.empty();
		}
		return Optional.of(PlanDiff.between(before, after));
	}

}
