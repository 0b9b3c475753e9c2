package io.plangraph.indicator;

import graphql.TrivialDataFetcher;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * An indicator's values, mapped as a plain data fetcher that hands off in a line, like a controller's
 * method: a dashboard's tree asks for them once per indicator, and they are in the indicator in hand. An
 * annotated method returning a list would be run as blocking work on a thread of its own (virtual
 * threads are on), costing each of hundreds of calls a thread hop for a list already in memory.
 */
@Component
class IndicatorFields implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Indicator", type -> type.dataFetcher("values", (TrivialDataFetcher<Object>) env -> env.<Indicator>getSource()
			.values(type(env.getArgument("type")), env.getArgument("group"))));
	}

	/** The schema's enum arrives as its name. */
	private static ValueType type(Object name) {
		return name == null ? null : name instanceof ValueType type ? type : ValueType.valueOf(name.toString());
	}

}
