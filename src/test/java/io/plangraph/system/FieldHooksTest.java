package io.plangraph.system;

import java.util.List;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine runs every instrumentation Spring Boot found, and skips only the per-field hooks none of them
 * implements.
 */
@PlangraphTest
class FieldHooksTest {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void theEngineChainsTheLimitsTheArgumentChecksAndTheMetricsSkippingUnusedFieldHooks() {
		Instrumentation instrumentation = graphQlSource.graphQl().getInstrumentation();

		assertThat(instrumentation).isInstanceOf(FieldHooks.class);
		assertThat(((FieldHooks) instrumentation).getInstrumentations()).hasSize(4)
			.anyMatch(MaxQueryDepthInstrumentation.class::isInstance)
			.anyMatch(MaxQueryComplexityInstrumentation.class::isInstance)
			.anyMatch(ArgumentChecks.class::isInstance)
			.anyMatch(GraphQlObservationInstrumentation.class::isInstance);
	}

	@Test
	void aHookCountsAsImplementedOnlyWhenAnInstrumentationOverridesGraphQlJavasNoOp() {
		var noFieldHooks = List.<Instrumentation>of(new MaxQueryDepthInstrumentation(10));
		var fieldTimer = List.<Instrumentation>of(new MaxQueryDepthInstrumentation(10), new SimplePerformantInstrumentation() {

			@Override
			public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
					InstrumentationState state) {
				return null;
			}

		});

		assertThat(FieldHooks.anyImplements(noFieldHooks, "beginFieldExecution", InstrumentationFieldParameters.class)).isFalse();
		assertThat(FieldHooks.anyImplements(fieldTimer, "beginFieldExecution", InstrumentationFieldParameters.class)).isTrue();
		assertThat(FieldHooks.anyImplements(fieldTimer, "beginFieldFetching", InstrumentationFieldFetchParameters.class)).isFalse();
	}

}
