package io.plangraph.source;

import java.util.List;

import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Where facts came from: a city lists the documents it published, and every element names its own. */
@PlangraphTest
class SourceDocumentsTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		graphQl = GraphQlClient.over(port);
	}

	@Test
	void aCityListsTheDocumentsItPublishedByIdWithTheirSourceFiles() {
		var response = graphQl.document("{ city(code: \"022039\") { documents { id source } } }").execute();
		List<String> ids = response.path("city.documents[*].id").entityList(String.class).get();
		// Edits made through the API add a document of their own; the bundled two are there in id order.
		assertThat(ids).isSorted().contains("hachinohe-first-term-report", "hachinohe-revitalization-strategy");
		response.path("city.documents[?(@.id == 'hachinohe-revitalization-strategy')].source")
			.entityList(String.class)
			.containsExactly("001_120b297fad4a32bd.txt");
	}

	@Test
	void everyElementOfAPlanNamesTheDocumentItWasReadFrom() {
		List<String> documents = graphQl.document("""
				{ plan(id: "yatsushiro-priority-strategy-5") { allElements { source { document { id title } } } } }
				""")
			.execute()
			.path("plan.allElements[*].source.document.id")
			.entityList(String.class)
			.get();
		assertThat(documents).isNotEmpty().containsOnly("yatsushiro-priority-strategy-5");
	}

}
