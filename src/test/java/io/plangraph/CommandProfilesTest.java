package io.plangraph;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code plangraph COMMAND ...} runs under the profile named as the command ({@link PlangraphApplication}):
 * that profile switches the command's runner on, and the start-up import of the bundled documents off. The
 * command tests run each command in-process against a shared database, so this is where the switch is checked.
 */
class CommandProfilesTest {

	static final Map<String, String> COMMANDS = Map.of("import", "io.plangraph.importer.ImportCommand", "export",
			"io.plangraph.importer.ExportCommand", "import-table", "io.plangraph.editing.IndicatorTableCommand", "backup",
			"io.plangraph.backup.BackupCommand", "restore", "io.plangraph.backup.RestoreCommand");

	static boolean runsUnder(String className, String... activeProfiles) throws ClassNotFoundException {
		var environment = new StandardEnvironment();
		environment.setActiveProfiles(activeProfiles);
		return environment.acceptsProfiles(Profiles.of(Class.forName(className).getAnnotation(Profile.class).value()));
	}

	@Test
	void eachCommandRunsUnderItsOwnProfileOnlyAndNotInTheServer() throws Exception {
		for (var command : COMMANDS.entrySet()) {
			assertThat(runsUnder(command.getValue(), command.getKey())).as(command.getKey()).isTrue();
			assertThat(runsUnder(command.getValue())).as(command.getKey() + " in the server").isFalse();
			COMMANDS.keySet().stream().filter(other -> !other.equals(command.getKey())).forEach(other -> {
				try {
					assertThat(runsUnder(command.getValue(), other)).as(command.getKey() + " under " + other).isFalse();
				}
				catch (ClassNotFoundException ex) {
					throw new AssertionError(ex);
				}
			});
		}
	}

	@Test
	void noCommandFillsAnEmptyDatabaseWithTheBundledDocumentsButTheServerDoes() throws Exception {
		String bundled = "io.plangraph.importer.BundledDocumentsImport";
		for (String command : COMMANDS.keySet()) {
			assertThat(runsUnder(bundled, command)).as(command).isFalse();
		}
		assertThat(runsUnder(bundled)).isTrue();
	}

}
