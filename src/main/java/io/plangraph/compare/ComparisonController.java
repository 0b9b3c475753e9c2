package io.plangraph.compare;

import java.util.List;

import io.plangraph.calendar.FiscalYear;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Cities side by side on a concept or a theme (see {@link Comparisons}). */
@Controller
class ComparisonController {

	private final Comparisons comparisons;

	ComparisonController(Comparisons comparisons) {
		this.comparisons = comparisons;
	}

	@QueryMapping
	Comparison compare(@Argument String concept, @Argument String theme, @Argument List<String> cityCodes,
			@Argument FiscalYear asOf) {
		return comparisons.compare(concept, theme, cityCodes, asOf).orElse(null);
	}

}
