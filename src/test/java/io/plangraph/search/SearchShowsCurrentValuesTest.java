package io.plangraph.search;

import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTestWithKeys;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Search reads indicators through the same projection as every other read: after an editor corrected
 * an actual, it shows the corrected value only, not the superseded one beside it. Same keys and context
 * as the editing tests.
 */
@PlangraphTestWithKeys
class SearchShowsCurrentValuesTest {

	static final String RECORD = """
			mutation($value: String!) {
			  recordActual(input: {indicatorId: "hitachi-library-users", fiscalYear: "R7", value: $value}) { changed }
			}""";

	static final String SEARCH = """
			{ search(text: "図書館 利用者数", cityCode: "082023", kinds: [INDICATOR]) {
			    edges { node { indicator { id values { type text fiscalYear { year } } } } } } }""";

	@LocalServerPort
	int port;

	@Test
	void afterAnActualWasCorrectedSearchShowsOnlyTheCorrectedValue() {
		var editor = GraphQlClient.withKey(port, "hitachi-key");
		editor.document(RECORD).variable("value", "1,500千人").execute().path("recordActual.changed").entity(Boolean.class).isEqualTo(true);
		editor.document(RECORD).variable("value", "1,550千人").execute().path("recordActual.changed").entity(Boolean.class).isEqualTo(true);

		GraphQlClient.over(port).document(SEARCH).execute()
			.path("search.edges[?(@.node.indicator.id == 'hitachi-library-users')].node.indicator.values[?(@.fiscalYear.year == 2025)].text")
			.entityList(String.class)
			.containsExactly("1,550千人");
	}

}
