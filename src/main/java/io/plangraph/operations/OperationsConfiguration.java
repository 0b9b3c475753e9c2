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

	@Bean
	FilterRegistrationBean<StartupGate> startupGate(ApplicationAvailability availability) {
		var registration = new FilterRegistrationBean<>(new StartupGate(availability));
		registration.addUrlPatterns("/graphql", "/graphql/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
