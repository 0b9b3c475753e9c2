package io.plangraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.plangraph.importer.PlanImporter.DocumentSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Finds plan document files: on the classpath (the bundled documents) or on disk (an import). */
final class DocumentFiles {

	private DocumentFiles() {
	}

	/** The documents matching each of the resource patterns, pattern by pattern. */
	static List<DocumentSource> matching(List<String> patterns) {
		return patterns.stream().flatMap(pattern -> matching(pattern).stream()).toList();
	}

	/** The documents matching a resource pattern such as {@code classpath:neo4j/data/*.yaml}, by name. */
	static List<DocumentSource> matching(String pattern) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			var sources = new ArrayList<DocumentSource>();
			for (Resource resource : resources) {
				sources.add(new DocumentSource(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
			}
			return sources;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the plan documents at " + pattern, ex);
		}
	}

	/** The documents in these files, or in the {@code .yaml} files of these directories. */
	static List<DocumentSource> at(List<Path> paths) {
		var sources = new ArrayList<DocumentSource>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> files = Files.list(path)) {
					files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().map(DocumentFiles::read)
						.forEach(sources::add);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot list " + path, ex);
				}
			}
			else {
				sources.add(read(path));
			}
		}
		return sources;
	}

	private static DocumentSource read(Path file) {
		try {
			return new DocumentSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

}
