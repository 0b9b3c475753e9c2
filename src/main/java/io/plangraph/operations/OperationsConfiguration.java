package io.plangraph.operations;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** What the server needs to be run by an operator: the start-up gate in front of /graphql. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OperationsConfiguration {

	/**
	 * {@code plangraph.graph.queries}: the queries the API's reads have sent to the database. Per request it is
	 * the round trips a request costs (the benchmark reports it), which stays the same whatever the size of a
	 * plan or the number of cities.
	 */
	@Bean
	io.micrometer.core.instrument.binder.MeterBinder graphQueries(io.plangraph.neo4j.GraphReader reader) {
		return registry -> io.micrometer.core.instrument.FunctionCounter.builder("plangraph.graph.queries", reader,
				io.plangraph.neo4j.GraphReader::queriesRun)
			.description("Queries the API's reads sent to the database")
			.register(registry);
	}

	@Bean
	FilterRegistrationBean<StartupGate> startupGate(ApplicationAvailability availability) {
		var registration = new FilterRegistrationBean<>(new StartupGate(availability));
		registration.addUrlPatterns("/graphql", "/graphql/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
