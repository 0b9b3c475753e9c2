package io.plangraph.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files the pages are made of: GraphiQL's vendored builds are exactly the pinned ones
 * (scripts/graphiql-assets.sha256), and nothing the server serves loads a script, style or font from
 * another server.
 */
class StaticAssetsTest {

	static final Path STATIC = Path.of("src/main/resources/static");

	static final Path VENDOR = STATIC.resolve("graphiql/vendor");

	@Test
	void graphiqlsFilesAreTheOnesTheAssetScriptPinned() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("scripts/graphiql-assets.sha256"));
		assertThat(lines).hasSize(8);
		for (String line : lines) {
			String[] parts = line.split("\\s+", 2);
			Path file = VENDOR.resolve(parts[1].replaceFirst("^\\*", ""));
			assertThat(sha256(file)).as(file.toString()).isEqualTo(parts[0]);
		}
		try (Stream<Path> files = Files.list(VENDOR)) {
			assertThat(files.map((f) -> f.getFileName().toString()))
				.allMatch((name) -> lines.stream().anyMatch((line) -> line.endsWith("  " + name)));
		}
	}

	@Test
	void noPageScriptOrStyleLoadsAnythingFromAnotherServer() throws IOException {
		// src="http…", href="//…", @import, url(http…) and import from "http…": what a browser would fetch.
		var remote = Pattern.compile("(?i)(?:src|href)\\s*=\\s*[\"']?(?:https?:)?//|@import\\s+(?:url\\()?[\"']?(?:https?:)?//"
				+ "|url\\(\\s*[\"']?(?:https?:)?//|\\bfrom\\s*[\"'](?:https?:)?//|\\bimport\\s*\\(\\s*[\"'](?:https?:)?//");
		try (Stream<Path> files = Files.walk(STATIC)) {
			List<Path> served = files.filter((f) -> f.toString().matches(".*\\.(html|css|js)$"))
				.filter((f) -> !f.toString().endsWith(".min.js") && !f.toString().endsWith(".umd.js"))
				.toList();
			assertThat(served).hasSizeGreaterThan(10);
			for (Path file : served) {
				assertThat(remote.matcher(Files.readString(file)).find()).as(file.toString()).isFalse();
			}
		}
		// The stylesheets carry their fonts inline.
		for (String css : List.of("graphiql.min.css", "plugin-explorer.css")) {
			String text = Files.readString(VENDOR.resolve(css));
			assertThat(Pattern.compile("url\\((?!data:)").matcher(text).find()).as(css).isFalse();
			assertThat(text).doesNotContain("@import");
		}
	}

	static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
