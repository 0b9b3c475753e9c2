package io.plangraph.search;

import java.util.List;

import io.plangraph.search.SearchQueries.SearchKind;
import io.plangraph.search.SearchQueries.SearchResult;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** Japanese full-text search (see {@link SearchQueries}). */
@Controller
class SearchController {

	private final SearchQueries queries;

	SearchController(SearchQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	Window<SearchResult> search(@Argument String text, @Argument String cityCode, @Argument List<SearchKind> kinds,
			ScrollSubrange subrange) {
		return queries.search(text, cityCode, kinds, subrange);
	}

}
