package io.plangraph;

import java.util.Set;

import io.plangraph.synthetic.SyntheticJapan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The plangraph server: cities' strategic plans as a Neo4j graph behind a GraphQL API.
 *
 * <p>{@code java -jar plangraph.jar} serves the API; {@code java -jar plangraph.jar import FILE...}
 * loads plan documents into the database and exits (see {@link io.plangraph.importer.ImportCommand}),
 * {@code java -jar plangraph.jar export DOCUMENT_ID [FILE]} writes one back as a file and exits (see
 * {@link io.plangraph.importer.ExportCommand}); {@code generate COUNT DIR} writes a synthetic Japan's plan
 * documents (see {@link SyntheticJapan}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlangraphApplication {

	private static final Set<String> COMMANDS = Set.of("import", "export", "import-table", "backup", "restore");

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("generate")) {
			// Writes files only: no database, no Spring.
			System.exit(SyntheticJapan.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication application = new SpringApplication(PlangraphApplication.class);
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			// A command needs the database, not the web server, and ends when it is done; its profile
			// (import, export) switches its runner on.
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setAdditionalProfiles(args[0]);
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
