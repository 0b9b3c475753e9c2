package io.plangraph.system;

import java.lang.reflect.Method;
import java.util.List;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;

/**
 * The request's instrumentations (metrics, query limits, argument checks), chained as graphql-java chains
 * them, except that a per-field or per-object hook none of them implements is not called at all. The
 * chain otherwise asks every instrumentation at every field of every object — for a dashboard's tree,
 * thousands of calls per request that all answer "nothing to do". A hook one of them does implement is
 * chained as before, so an instrumentation added later is never silently skipped.
 */
final class FieldHooks extends ChainedInstrumentation {

	private final boolean executeObject;

	private final boolean fieldExecution;

	private final boolean fieldFetching;

	private final boolean fieldCompletion;

	private final boolean fieldListCompletion;

	FieldHooks(List<Instrumentation> instrumentations) {
		super(instrumentations);
		this.executeObject = anyImplements(instrumentations, "beginExecuteObject", InstrumentationExecutionStrategyParameters.class);
		this.fieldExecution = anyImplements(instrumentations, "beginFieldExecution", InstrumentationFieldParameters.class);
		// beginFieldFetching calls the older beginFieldFetch by default: either one counts.
		this.fieldFetching = anyImplements(instrumentations, "beginFieldFetching", InstrumentationFieldFetchParameters.class)
				|| anyImplements(instrumentations, "beginFieldFetch", InstrumentationFieldFetchParameters.class);
		this.fieldCompletion = anyImplements(instrumentations, "beginFieldCompletion", InstrumentationFieldCompleteParameters.class);
		this.fieldListCompletion = anyImplements(instrumentations, "beginFieldListCompletion",
				InstrumentationFieldCompleteParameters.class);
	}

	/** Whether one of the instrumentations does something in the hook: overrides graphql-java's no-op. */
	static boolean anyImplements(List<Instrumentation> instrumentations, String hook, Class<?> parameters) {
		return instrumentations.stream().anyMatch(instrumentation -> {
			try {
				Method method = instrumentation.getClass().getMethod(hook, parameters, InstrumentationState.class);
				Class<?> declaredBy = method.getDeclaringClass();
				return declaredBy != Instrumentation.class && declaredBy != SimplePerformantInstrumentation.class
						&& declaredBy != SimpleInstrumentation.class;
			}
			catch (NoSuchMethodException unknown) {
				return true;
			}
		});
	}

	// graphql-java takes null from these hooks as "nothing to do".

	@Override
	public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
			InstrumentationState state) {
		return executeObject ? super.beginExecuteObject(parameters, state) : null;
	}

	@Override
	public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters, InstrumentationState state) {
		return fieldExecution ? super.beginFieldExecution(parameters, state) : null;
	}

	@Override
	public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return fieldFetching ? super.beginFieldFetching(parameters, state) : null;
	}

	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return fieldCompletion ? super.beginFieldCompletion(parameters, state) : null;
	}

	@Override
	public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return fieldListCompletion ? super.beginFieldListCompletion(parameters, state) : null;
	}

}
