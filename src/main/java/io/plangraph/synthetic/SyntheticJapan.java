package io.plangraph.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.plangraph.synthetic.Municipalities.Municipality;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A synthetic Japan: plan document files, in the project's own format, for any number of municipalities up
 * to all 1,741, made from the five real documents (their shapes: strategies, pledge sheets, term reports,
 * status reports with several fiscal years, shared indicators, concepts and SDG tags) and reproducible from a
 * seed. Each municipality publishes one or two documents; {@code import DIR} loads them like any others.
 *
 * <p>{@code plangraph generate COUNT DIR [--seed=N]}, no database needed.
 */
public final class SyntheticJapan {

	static final String TEMPLATES = "classpath:neo4j/data/*.yaml";

	private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).build();

	/** A real document to copy from, and how often a municipality publishes one of its kind. */
	record Template(String name, JsonNode document, double weight) {
	}

	/** One generated file: where it goes (relative) and its text. */
	record GeneratedFile(Path path, String text) {
	}

	private final List<Template> templates;

	private final Set<String> realCities;

	SyntheticJapan(List<Template> templates) {
		this.templates = templates;
		this.realCities = new HashSet<>();
		templates.forEach(t -> realCities.add(t.document().get("city").get("code").asString()));
	}

	/** The five bundled documents as templates; pledge sheets and term reports a little rarer than strategies. */
	static SyntheticJapan fromBundledDocuments() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(TEMPLATES);
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			var templates = new ArrayList<Template>();
			for (Resource resource : resources) {
				JsonNode document = YAML.readTree(resource.getContentAsString(StandardCharsets.UTF_8));
				String kind = document.get("plans").get(0).get("kind").asString();
				double weight = switch (kind) {
					case "PLEDGE_SET", "TERM_REPORT" -> 0.6;
					default -> 1.0;
				};
				templates.add(new Template(resource.getFilename(), document, weight));
			}
			return new SyntheticJapan(templates);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The files of {@code count} municipalities; the same seed and count give the same files, byte for byte. */
	List<GeneratedFile> generate(int count, long seed) {
		var files = new ArrayList<GeneratedFile>();
		for (Municipality municipality : Municipalities.draw(count, seed, realCities)) {
			// One generator per municipality, so a municipality's files don't depend on how many came before.
			var random = new Random(seed * 31 + Long.parseLong(municipality.code().value()));
			Template first = pick(templates, random);
			var published = new ArrayList<>(List.of(first));
			if (random.nextDouble() < 0.35) {
				var others = new ArrayList<>(templates);
				others.remove(first);
				published.add(pick(others, random));
			}
			for (Template template : published) {
				var document = SyntheticDocument.of(template.document(), municipality, random);
				String id = document.get("document").get("id").asString();
				files.add(new GeneratedFile(Path.of(id + ".yaml"),
						YAML.writeValueAsString(document)));
			}
		}
		return files;
	}

	private static Template pick(List<Template> templates, Random random) {
		double total = templates.stream().mapToDouble(Template::weight).sum();
		double draw = random.nextDouble() * total;
		for (Template template : templates) {
			draw -= template.weight();
			if (draw < 0) {
				return template;
			}
		}
		return templates.getLast();
	}

	/** Writes the files into {@code directory}, named after their document ids; returns how many. */
	int write(int count, long seed, Path directory) throws IOException {
		var files = generate(count, seed);
		for (GeneratedFile file : files) {
			Files.createDirectories(directory);
			Files.writeString(directory.resolve(file.path()), file.text(), StandardCharsets.UTF_8);
		}
		return files.size();
	}

	/** {@code generate COUNT DIR [--seed=N]}; exit code 0 when written, 1 for wrong arguments, 2 when not writable. */
	public static int run(String... args) {
		long seed = 1;
		var positional = new ArrayList<String>();
		for (String arg : args) {
			if (arg.startsWith("--seed=")) {
				try {
					seed = Long.parseLong(arg.substring("--seed=".length()));
				}
				catch (NumberFormatException ex) {
					System.err.println("--seed takes a whole number, not '" + arg.substring("--seed=".length()) + "'");
					return 1;
				}
			}
			else {
				positional.add(arg);
			}
		}
		int count;
		try {
			count = positional.size() == 2 ? Integer.parseInt(positional.get(0)) : -1;
		}
		catch (NumberFormatException ex) {
			count = -1;
		}
		if (count < 1 || count > Municipalities.ALL) {
			System.err.println("usage: generate COUNT DIR [--seed=N]   (COUNT from 1 to " + Municipalities.ALL + ")");
			return 1;
		}
		Path directory = Path.of(positional.get(1));
		long started = System.nanoTime();
		try {
			int written = fromBundledDocuments().write(count, seed, directory);
			System.err.printf("wrote %d documents of %d municipalities (seed %d) to %s in %d ms%n", written, count, seed,
					directory, (System.nanoTime() - started) / 1_000_000);
			return 0;
		}
		catch (IOException | UncheckedIOException ex) {
			System.err.println("Cannot write to " + directory + ": " + ex.getMessage());
			return 2;
		}
	}

}
