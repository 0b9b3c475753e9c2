package io.plangraph.system;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits as they are configured: defaults, list sizes by {@code Type.field}, and bounds. */
class QueryLimitSettingsTest {

	static QueryLimitSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("plangraph.graphql", QueryLimitSettings.class);
	}

	@Test
	void defaultsToFifteenLevelsACostOfOneHundredThousandAndTenSeconds() {
		QueryLimitSettings settings = bind(Map.of());
		assertThat(settings.maxDepth()).isEqualTo(15);
		assertThat(settings.maxComplexity()).isEqualTo(100_000);
		assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.listSize()).isEqualTo(4);
		assertThat(settings.listSizes()).isEqualTo(Map.of("Plan.allElements", 500));
	}

	@Test
	void addsConfiguredListSizesToTheWholeCollectionsAndMayChangeThem() {
		QueryLimitSettings settings = bind(Map.of("plangraph.graphql.list-sizes[Theme.elements]", "100",
				"plangraph.graphql.list-sizes[Plan.allElements]", "50"));
		assertThat(settings.listSizes()).containsEntry("Theme.elements", 100).containsEntry("Plan.allElements", 50);
	}

	@Test
	void refusesACostLimitAtOrAboveTheCeilingAndATimeoutOfZero() {
		assertThatThrownBy(() -> bind(Map.of("plangraph.graphql.max-complexity", "500000"))).isInstanceOf(BindException.class)
			.rootCause().hasMessageContaining("below 500000");
		assertThatThrownBy(() -> bind(Map.of("plangraph.graphql.timeout", "0s"))).isInstanceOf(BindException.class)
			.rootCause().hasMessageContaining("timeout must be positive");
	}

}
