package io.plangraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.plangraph.editing.ChangeAction;
import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule per kind of thing, all through the API: a day is a Date, an instant a DateTime, a fiscal year
 * answered a FiscalYearValue, a closed set an enum, and a lookup of something that does not exist null.
 */
@PlangraphTest
class ConsistentApiTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		graphQl = GraphQlClient.over(port);
	}

	@Nested
	class Types {

		// A field named like a year, a day or an instant…
		static final Pattern TIMELY = Pattern.compile("(?i).*year(to)?|asOf|deadline|judgedAt|at|created|lastUsed|revoked|published");

		// …that is not one: the Gregorian number inside a FiscalYearValue, a count or a flag about last year, a
		// program's comparison with last year, and a publication date kept as printed (a fiscal year or a day).
		static final Set<String> NOT_A_DATE = Set.of("FiscalYearValue.year", "ProgramRollup.atOrAboveLastYear",
				"YearOverYear.atOrAboveLastYear", "PlanElement.yearOverYear", "Document.published");

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> objectTypes() {
			return graphQl.document("""
					{ __schema { types { name kind fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }
					""").execute().path("__schema.types[?(@.kind == 'OBJECT')]").entityList(Map.class).get()
				.stream().map(type -> (Map<String, Object>) type).filter(type -> !type.get("name").toString().startsWith("__"))
				.toList();
		}

		@SuppressWarnings("unchecked")
		static String named(Map<String, Object> type) {
			while (type.get("name") == null) {
				type = (Map<String, Object>) type.get("ofType");
			}
			return type.get("name").toString();
		}

		@Test
		@SuppressWarnings("unchecked")
		void everyFieldThatAnswersAFiscalYearADayOrAnInstantHasTheTypeForIt() {
			var fields = new ArrayList<String>();
			var wrong = new ArrayList<String>();
			for (var type : objectTypes()) {
				for (var field : (List<Map<String, Object>>) type.get("fields")) {
					String name = type.get("name") + "." + field.get("name");
					String answers = named((Map<String, Object>) field.get("type"));
					if (answers.equals("FiscalYear")) {
						wrong.add(name + ": FiscalYear (an argument's scalar, not an answer)");
					}
					if (TIMELY.matcher(field.get("name").toString()).matches() && !NOT_A_DATE.contains(name)) {
						fields.add(name);
						if (!Set.of("FiscalYearValue", "Date", "DateTime").contains(answers)) {
							wrong.add(name + ": " + answers);
						}
					}
				}
			}
			assertThat(fields).contains("Achievement.fiscalYear", "Comparison.asOf", "ComparedIndicator.latestYear",
					"Change.at", "PledgeProgress.asOf", "IndicatorValue.asOf", "ApiKey.lastUsed");
			assertThat(wrong).isEmpty();
		}

		@Test
		void aFiscalYearTheServerWorkedOutCarriesItsYearEraLabelAndJapaneseName() {
			graphQl.document("""
					{ compare(theme: "sdg-11", asOf: "令和5年度") { asOf { year label japanese } }
					  indicator(id: "hitachi-tourist-visitors") {
					    achievement(asOf: 2023) { fiscalYear { year label japanese } targetYear { year } }
					    trajectory { baselineYear { year label } latestYear { year } } } }
					""")
				.execute()
				.path("compare.asOf.year").entity(Integer.class).isEqualTo(2023)
				.path("compare.asOf.label").entity(String.class).isEqualTo("R5")
				.path("compare.asOf.japanese").entity(String.class).isEqualTo("令和5年度")
				.path("indicator.achievement.fiscalYear.year").entity(Integer.class).isEqualTo(2023)
				.path("indicator.achievement.fiscalYear.label").entity(String.class).isEqualTo("R5")
				.path("indicator.trajectory.baselineYear.year").entity(Integer.class).isEqualTo(2019)
				.path("indicator.trajectory.baselineYear.label").entity(String.class).isEqualTo("R1")
				.path("indicator.trajectory.latestYear.year").entity(Integer.class).isEqualTo(2023);
		}

		@Test
		void aDayIsAnsweredInIso8601HoweverTheDocumentOrTheClientWroteIt() {
			graphQl.document("""
					{ plan(id: "annaka-mayor-pledges") { allElements { title
					    pledge { deadline deadlineText progress { asOf asOfText } }
					    pledgeAssessment(asOf: "令和6年4月1日") { judgedAt deadline } } } }
					""")
				.execute()
				.path("plan.allElements[?(@.title == '機動力のある行政組織改革')].pledge.deadline").entityList(String.class)
				.containsExactly("2024-03-31")
				.path("plan.allElements[?(@.title == '機動力のある行政組織改革')].pledgeAssessment.judgedAt")
				.entityList(String.class)
				.containsExactly("2024-04-01")
				.path("plan.allElements[*].pledge.progress[*].asOf").entityList(String.class)
				.satisfies(days -> assertThat(days).isNotEmpty().allMatch(day -> day.matches("\\d{4}-\\d{2}-\\d{2}")));
		}

		@Test
		void theScalarsSayHowTheyAreWrittenAndWhatAnswersAFiscalYear() {
			graphQl.document("{ __schema { types { name description } } }")
				.execute()
				.path("__schema.types[?(@.name == 'FiscalYear')].description").entityList(String.class)
				.satisfies(d -> assertThat(d).singleElement().asString().contains("R5", "FiscalYearValue"))
				.path("__schema.types[?(@.name == 'Date')].description").entityList(String.class)
				.satisfies(d -> assertThat(d).singleElement().asString().contains("2024-03-31", "令和6年3月31日"))
				.path("__schema.types[?(@.name == 'DateTime')].description").entityList(String.class)
				.satisfies(d -> assertThat(d).singleElement().asString().contains("ISO-8601", "offset"));
		}

		@Test
		void aChangesActionIsOneOfTheActionsTheEditorWritesEachDescribed() {
			var response = graphQl.document("{ __type(name: \"ChangeAction\") { kind enumValues { name description } } }").execute();
			response.path("__type.kind").entity(String.class).isEqualTo("ENUM");
			response.path("__type.enumValues[*].name").entityList(String.class)
				.containsExactly(Arrays.stream(ChangeAction.values()).map(Enum::name).toArray(String[]::new));
			response.path("__type.enumValues[*].description").entityList(String.class)
				.satisfies(descriptions -> assertThat(descriptions).hasSize(ChangeAction.values().length).allMatch(d -> !d.isBlank()));
		}

	}

	@Test
	void everyBenchmarkQueryIsStillAnsweredWithoutAnError() throws IOException {
		try (var files = Files.list(Path.of("benchmark/queries/plangraph"))) {
			var queries = files.filter(file -> file.toString().endsWith(".graphql")).sorted().toList();
			assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
			for (Path query : queries) {
				graphQl.document(Files.readString(query)).execute().path("$").hasValue();
			}
		}
	}

	@Nested
	class NotFound {

		@Test
		void aLookupByAnIdThatNamesNothingAnswersNullAndNoError() {
			var response = graphQl.document("""
					{ city(code: "999999") { name }
					  plan(id: "no-such-plan") { id }
					  element(id: "no-such-plan/no-such-element") { id }
					  indicator(id: "no-such-indicator") { id }
					  diffFromNothing: planDiff(from: "no-such-plan", to: "hachinohe-strategy-phase-2") { counts { kind } }
					  diffToNothing: planDiff(from: "hachinohe-strategy-phase-1", to: "no-such-plan") { counts { kind } }
					  concept: compare(concept: "no-such-concept") { cities { city { name } } }
					  theme: compare(theme: "no-such-theme", asOf: "R5") { cities { city { name } } }
					  exportDocument(id: "no-such-document") }
					""").execute();
			response.errors().verify();
			for (String lookup : List.of("city", "plan", "element", "indicator", "diffFromNothing", "diffToNothing", "concept",
					"theme", "exportDocument")) {
				response.path(lookup).valueIsNull();
			}
		}

		@Test
		void theSameLookupsOfWhatExistsStillAnswer() {
			graphQl.document("""
					{ planDiff(from: "hachinohe-strategy-phase-1", to: "hachinohe-strategy-phase-2") { to { id } }
					  compare(concept: "official-sns-reach") { concept { id } } }
					""")
				.execute()
				.path("planDiff.to.id").entity(String.class).isEqualTo("hachinohe-strategy-phase-2")
				.path("compare.concept.id").entity(String.class).isEqualTo("official-sns-reach");
		}

		@Test
		void aFilterByAnIdThatMatchesNothingAnswersAnEmptyList() {
			graphQl.document("""
					{ byCity: discrepancies(cityCode: "999999") { kind }
					  byPlan: discrepancies(planId: "no-such-plan") { kind }
					  sharedIndicators(cityCode: "999999") { id }
					  sharedElements(cityCode: "999999") { id }
					  history(elementId: "no-such-plan/no-such-element") { edges { cursor } }
					  search(text: "観光", cityCode: "999999") { edges { cursor } } }
					""")
				.execute()
				.path("byCity").entityList(Object.class).hasSize(0)
				.path("byPlan").entityList(Object.class).hasSize(0)
				.path("sharedIndicators").entityList(Object.class).hasSize(0)
				.path("sharedElements").entityList(Object.class).hasSize(0)
				.path("history.edges").entityList(Object.class).hasSize(0)
				.path("search.edges").entityList(Object.class).hasSize(0);
		}

		@Test
		void inputThatIsWrongWhateverTheDataIsStillAnErrorThatSaysWhat() {
			graphQl.document("{ compare(asOf: \"R5\") { cities { city { name } } } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getMessage()).contains("concept or a theme");
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				}));
			graphQl.document("{ compare(concept: \"no-such-concept\", asOf: \"R99x\") { cities { city { name } } } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getMessage()).contains("R99x")));
		}

	}

}
