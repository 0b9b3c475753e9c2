package io.plangraph.system;

import java.util.List;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/** What a field's failure becomes in the answer: a refusal says what is wrong; the server's own fault only an id. */
@ExtendWith(OutputCaptureExtension.class)
class GraphQlErrorsTest {

	final DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
		.mergedField(MergedField.newMergedField(Field.newField("cities").sourceLocation(new SourceLocation(2, 3)).build()).build())
		.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString).path(ResultPath.parse("/cities")).build())
		.build();

	List<GraphQLError> resolve(Throwable failure) {
		return new GraphQlErrors().resolveException(failure, env).block();
	}

	@Test
	void anUnexpectedFailureIsLoggedWithAnIdAndAnsweredWithTheIdAlone(CapturedOutput log) {
		var error = resolve(new IllegalStateException("org.neo4j.driver.internal.Secret broke at com.example.Thing")).getFirst();
		assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
		assertThat(error.getMessage()).doesNotContain("org.", "Secret", "IllegalState", "com.example");
		String id = (String) error.getExtensions().get("errorId");
		assertThat(id).isNotBlank();
		assertThat(error.getMessage()).contains(id);
		assertThat(error.getLocations()).containsExactly(new SourceLocation(2, 3));
		assertThat(log.getOut()).contains(id).contains("Secret broke");
	}

	@Test
	void aRefusedArgumentSaysWhichAndWhereEvenWhenWrapped() {
		var error = resolve(new IllegalStateException("wrapped", InputRefused.badValue("after", "not a cursor"))).getFirst();
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getMessage()).isEqualTo("after: not a cursor");
		assertThat(error.getLocations()).containsExactly(new SourceLocation(2, 3));
	}

	@Test
	void aLibrarysMessageLosesItsClassAndPackageNames() {
		assertThat(ErrorBody.clean("Document nesting depth (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)"))
			.isEqualTo("Document nesting depth (1001) exceeds the maximum allowed (1000)");
		assertThat(ErrorBody.clean("IOException reading next record: org.apache.commons.csv.CSVException: (startline 1) EOF"))
			.doesNotContain("IOException", "org.", "CSVException");
	}

}
