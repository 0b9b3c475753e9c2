package io.plangraph.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The input limits' defaults, as the README states them, and the settings they refuse. */
class InputLimitsTest {

	static InputLimits bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("plangraph.limits", InputLimits.class);
	}

	@Test
	void theDefaultsAreTheDocumentedOnes() {
		var limits = bind(Map.of());
		assertThat(limits).isEqualTo(InputLimits.DEFAULTS);
		assertThat(limits.requestBody()).isEqualTo(DataSize.ofMegabytes(4));
		assertThat(limits.uploadBytes()).isEqualTo(DataSize.ofKilobytes(512));
		assertThat(limits.textLength()).isEqualTo(2000);
		assertThat(limits.searchLength()).isEqualTo(200);
		assertThat(limits.searchWords()).isEqualTo(16);
		assertThat(limits.tableRows()).isEqualTo(2000);
		assertThat(limits.yamlAliases()).isEqualTo(50);
		assertThat(limits.yamlDepth()).isEqualTo(40);
		assertThat(limits.yamlDocuments()).isEqualTo(1);
	}

	@Test
	void eachCanBeSet() {
		var limits = bind(Map.of("plangraph.limits.request-body", "10MB", "plangraph.limits.text-length", "500",
				"plangraph.limits.yaml-depth", "20"));
		assertThat(limits.requestBody()).isEqualTo(DataSize.ofMegabytes(10));
		assertThat(limits.textLength()).isEqualTo(500);
		assertThat(limits.yamlDepth()).isEqualTo(20);
	}

	@Test
	void limitsThatCouldNotWorkAreRefusedAtStartUp() {
		assertThatThrownBy(() -> bind(Map.of("plangraph.limits.text-length", "0"))).hasRootCauseMessage(
				"plangraph.limits: text-length, search-length, search-words, table-rows, yaml-depth and yaml-documents must be positive, yaml-aliases not negative");
		assertThatThrownBy(() -> bind(Map.of("plangraph.limits.yaml-depth", "200")))
			.hasRootCauseMessage("plangraph.limits: yaml-aliases and yaml-depth may be at most 50");
	}

}
