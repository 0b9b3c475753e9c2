package io.plangraph.explorer;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages the server shows: the explorer at {@code /} (static/index.html, Spring Boot's welcome page)
 * and GraphiQL at {@code /graphiql}, both plain files of static/ that talk to the public /graphql only.
 * Spring for GraphQL's own GraphiQL page is switched off because it loads its scripts from a CDN.
 */
@Configuration(proxyBeanMethods = false)
class ExplorerPages implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
	}

}
