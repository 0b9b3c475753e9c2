package io.plangraph.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.plangraph.importer.PlanDocumentException.Problem;
import io.plangraph.indicator.GraphRules;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * A shared vocabulary file: a theme taxonomy (the SDGs) or the indicator concepts that equivalent
 * indicators of different cities point to. Plan documents refer to their ids.
 */
record Taxonomy(String name, String format, Map<String, Object> taxonomy, List<Map<String, Object>> themes,
		List<Map<String, Object>> concepts) {

	static final String THEMES = "plangraph-taxonomy/1";

	static final String CONCEPTS = "plangraph-concepts/1";

	private static final Pattern FORMAT = Pattern.compile("(?m)^format:\\s*\"?([^\"\\s#]+)");

	/** The format a file declares on its {@code format:} line, or {@code null}. */
	static String formatOf(String text) {
		var matcher = FORMAT.matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

	static boolean isTaxonomy(String text) {
		String format = formatOf(text);
		return THEMES.equals(format) || CONCEPTS.equals(format);
	}

	/** Reads and checks a vocabulary file; every problem found is reported with its line. */
	@SuppressWarnings("unchecked")
	static Taxonomy read(String file, String text) {
		Map<String, Object> tree;
		try {
			tree = tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readValue(text, Map.class);
		}
		catch (tools.jackson.core.JacksonException ex) {
			throw new PlanDocumentException(file, List.of(new Problem("", 0, "not valid YAML" + PlanDocumentReader.cleaned(ex.getOriginalMessage()))));
		}
		var problems = new ArrayList<Problem>();
		String format = String.valueOf(tree.get("format"));
		var taxonomy = (Map<String, Object>) tree.getOrDefault("taxonomy", Map.of());
		var themes = entries(tree, "themes");
		var concepts = entries(tree, "concepts");
		if (THEMES.equals(format)) {
			check(problems, text, "taxonomy.id", taxonomy.get("id"), true);
			check(problems, text, "taxonomy.name", taxonomy.get("name"), false);
			checkEntries(problems, text, "themes", themes, "code");
		}
		else {
			checkEntries(problems, text, "concepts", concepts, null);
		}
		if (!problems.isEmpty()) {
			throw new PlanDocumentException(file, problems);
		}
		return new Taxonomy(file, format, taxonomy, themes, concepts);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> entries(Map<String, Object> tree, String key) {
		var list = tree.get(key);
		return list instanceof List<?> items ? (List<Map<String, Object>>) items.stream()
			.map(item -> item instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : Map.<String, Object>of())
			.toList() : List.of();
	}

	private static void checkEntries(List<Problem> problems, String text, String key, List<Map<String, Object>> entries,
			String requiredField) {
		if (entries.isEmpty()) {
			problems.add(new Problem(key, PlanDocumentReader.lineOf(text, key), "expected a list of " + key));
		}
		var ids = new HashSet<Object>();
		for (int i = 0; i < entries.size(); i++) {
			String path = key + "[" + i + "]";
			var entry = entries.get(i);
			if (check(problems, text, path + ".id", entry.get("id"), true) && !ids.add(entry.get("id"))) {
				problems.add(new Problem(path + ".id", PlanDocumentReader.lineOf(text, path + ".id"),
						"'" + entry.get("id") + "' is used twice in this file"));
			}
			check(problems, text, path + ".name", entry.get("name"), false);
			if (requiredField != null) {
				check(problems, text, path + "." + requiredField, entry.get(requiredField), false);
			}
		}
	}

	private static boolean check(List<Problem> problems, String text, String path, Object value, boolean isId) {
		if (!(value instanceof String string) || string.isBlank()) {
			problems.add(new Problem(path, PlanDocumentReader.lineOf(text, path), "missing"));
			return false;
		}
		var refusal = isId ? GraphRules.idRefusal(string) : java.util.Optional.<String>empty();
		refusal.ifPresent(message -> problems.add(new Problem(path, PlanDocumentReader.lineOf(text, path), message)));
		return refusal.isEmpty();
	}

	/** Writes the vocabulary: themes and concepts keep their identity, so the links to them stay. */
	void write(SimpleQueryRunner tx) {
		if (THEMES.equals(format)) {
			tx.run("""
					MERGE (t:Taxonomy {id: $taxonomy.id})
					SET t.name = $taxonomy.name, t.nameEn = $taxonomy.nameEn
					WITH t
					UNWIND range(0, size($themes) - 1) AS position
					WITH t, position, $themes[position] AS row
					MERGE (theme:Theme {id: row.id})
					SET theme.code = row.code, theme.name = row.name, theme.nameEn = row.nameEn,
					    theme.description = row.description, theme.position = position, theme.taxonomyId = t.id
					MERGE (t)-[:HAS_THEME]->(theme)
					""", Map.of("taxonomy", taxonomy, "themes", themes)).consume();
			tx.run("""
					MATCH (:Taxonomy {id: $id})-[:HAS_THEME]->(theme:Theme) WHERE NOT theme.id IN $ids
					DETACH DELETE theme
					""", Map.of("id", taxonomy.get("id"), "ids", themes.stream().map(t -> t.get("id")).toList())).consume();
		}
		else {
			tx.run("""
					UNWIND $concepts AS row
					MERGE (c:Concept {id: row.id})
					SET c.name = row.name, c.nameEn = row.nameEn, c.description = row.description
					""", Map.of("concepts", concepts)).consume();
		}
	}

}
