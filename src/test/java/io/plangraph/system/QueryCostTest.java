package io.plangraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How much a query is estimated to cost, on the project's schema, with the default list sizes. */
class QueryCostTest {

	static final GraphQLSchema SCHEMA = schema();

	static int cost(String query) {
		return QueryComplexityCalculator.newCalculator()
			.fieldComplexityCalculator(new QueryCost(4, QueryLimitSettings.WHOLE_COLLECTIONS))
			.schema(SCHEMA)
			.document(Parser.parse(query))
			.variables(CoercedVariables.emptyVariables())
			.build()
			.calculate();
	}

	@Test
	void aFieldCountsOneAndAnObjectWhatItSelects() {
		assertThat(cost("{ plan(id: \"p\") { id title city { name } } }")).isEqualTo(1 + 2 + 1 + 1);
	}

	@Test
	void aListOfChildrenMultipliesWhatItSelectsByFour() {
		assertThat(cost("{ plan(id: \"p\") { elements { title } } }")).isEqualTo(1 + 1 + 4);
		assertThat(cost("{ plan(id: \"p\") { elements { title children { title } } } }")).isEqualTo(1 + 1 + 4 * (1 + 1 + 4));
	}

	@Test
	void aListOfScalarsCountsOne() {
		assertThat(cost("{ plan(id: \"p\") { levels } }")).isEqualTo(2);
	}

	@Test
	void aWholeCollectionCountsEveryItemItCanHold() {
		assertThat(cost("{ plan(id: \"p\") { allElements { title } } }")).isEqualTo(1 + 1 + 500);
	}

	@Test
	void aPageCountsItsFirstTwentyWhenNotGivenAndAtMostAHundred() {
		String page = "{ city(code: \"c\") { indicators%s { edges { node { name } } } } }";
		assertThat(cost(page.formatted("(first: 5)"))).isEqualTo(1 + 1 + 1 + 5 * 2);
		assertThat(cost(page.formatted(""))).isEqualTo(1 + 1 + 1 + 20 * 2);
		assertThat(cost(page.formatted("(first: 5000)"))).isEqualTo(1 + 1 + 1 + 100 * 2);
	}

	@Test
	void aPageAskedForFromTheEndCountsItsLast() {
		assertThat(cost("{ cities(last: 7) { edges { node { name } } } }")).isEqualTo(1 + 1 + 7 * 2);
		assertThat(cost("{ cities { edges { node { name } } } }")).isEqualTo(1 + 1 + 20 * 2);
	}

	@Test
	void introspectionCountsOneAField() {
		assertThat(cost("{ __schema { types { name fields { name } } } }")).isEqualTo(1 + 1 + 1 + 1 + 1);
	}

	@Test
	void noFieldCostsMoreThanTheCeiling() {
		assertThat(cost("{ cities(first: 100) { edges { node { plans { allElements { indicators { values { text } } } } } } } }")).isEqualTo(QueryCost.CEILING);
	}

	private static GraphQLSchema schema() {
		var registry = new TypeDefinitionRegistry();
		try (var files = Files.list(Path.of("graphql"))) {
			for (Path file : files.toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var wiring = RuntimeWiring.newRuntimeWiring().scalar(GraphQlScalars.FISCAL_YEAR).scalar(GraphQlScalars.DATE)
			.scalar(GraphQlScalars.DATE_TIME)
			.build();
		return new SchemaGenerator().makeExecutableSchema(registry, wiring);
	}

}
