package io.plangraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The plangraph server: cities' strategic plans as a Neo4j graph behind a GraphQL API.
 *
 * <p>{@code java -jar plangraph.jar} serves the API; {@code java -jar plangraph.jar import FILE...}
 * loads plan documents into the database and exits (see {@link io.plangraph.importer.ImportCommand}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlangraphApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PlangraphApplication.class);
		if (args.length > 0 && "import".equals(args[0])) {
			// A command-line import needs the database, not the web server, and ends when it is done.
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setAdditionalProfiles("import");
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
