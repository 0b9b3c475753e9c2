package io.plangraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.plangraph.indicator.Indicator;
import io.plangraph.plan.PlanElement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each node type has one projection, owned by its record, and each Cypher statement exists once. Read
 * from the sources: a second spelling of a projection (as search once had, missing the rule that hides
 * superseded values) or a copied statement fails here, not in a review.
 */
class OneProjectionPerNodeTest {

	private static final Path SOURCES = Path.of("src/main/java");

	/** The records whose reads go through a projection, and where each is written. */
	private static final Map<String, Function<String, String>> PROJECTIONS = Map.of(
			"io/plangraph/indicator/Indicator.java", Indicator::projection,
			"io/plangraph/plan/PlanElement.java", PlanElement::projection);

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"\\s*\\n(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	private static final Pattern CLAUSES = Pattern.compile("\\b(MATCH|MERGE|CREATE|UNWIND)\\b");

	/** A statement ends in one of these; a literal without one is a fragment that another joins to. */
	private static final Pattern ENDS = Pattern.compile("\\b(RETURN|SET|DELETE|CREATE|MERGE)\\b");

	@Test
	void noSourceButItsOwnerSpellsAProjection() {
		var sources = sources();
		PROJECTIONS.forEach((owner, projection) -> {
			// The projection's own text, split where the variable goes: each long piece is its signature.
			var pieces = Arrays.stream(projection.apply("§").split("§"))
				.map(OneProjectionPerNodeTest::oneLine)
				.filter(piece -> piece.length() >= 20)
				.toList();
			assertThat(pieces).as("signature of the projection in " + owner).isNotEmpty();
			sources.forEach((file, text) -> {
				if (!file.equals(owner)) {
					pieces.forEach(piece -> assertThat(oneLine(text)).as(file + " spells the projection of " + owner)
						.doesNotContain(piece));
				}
			});
		});
	}

	@Test
	void aProjectionIsAWholeExpressionThatNoCallerFinishes() {
		PROJECTIONS.forEach((owner, projection) -> {
			String text = projection.apply("n");
			assertThat(text.strip()).as(owner).startsWith("n {").endsWith("}");
			assertThat(count(text, '{')).as(owner).isEqualTo(count(text, '}'));
			assertThat(count(text, '[')).as(owner).isEqualTo(count(text, ']'));
		});
		sources().forEach((file, text) -> assertThat(text).as(file + " closes a projection it got from elsewhere")
			.doesNotContain("%s}"));
	}

	@Test
	void onlyReadsThatUseTheProjectionMapTheirRecord() {
		sources().forEach((file, text) -> {
			for (var record : List.of("Indicator", "PlanElement")) {
				boolean maps = Pattern.compile("(?<![\\w.])" + record + "(\\.of\\(|::of\\b)").matcher(text).find();
				if (maps && !file.endsWith("/" + record + ".java")) {
					assertThat(text).as(file + " maps a " + record + " it did not read through " + record + ".projection")
						.contains(record + ".projection(");
				}
			}
		});
	}

	@Test
	void eachCypherStatementExistsOnce() {
		var seen = new HashMap<String, String>();
		var copies = new ArrayList<String>();
		sources().forEach((file, text) -> {
			var statements = new ArrayList<String>();
			var blocks = TEXT_BLOCK.matcher(text);
			while (blocks.find()) {
				statements.add(blocks.group(1));
			}
			var literals = STRING.matcher(TEXT_BLOCK.matcher(text).replaceAll(""));
			while (literals.find()) {
				statements.add(literals.group(1));
			}
			for (String statement : statements.stream().map(OneProjectionPerNodeTest::oneLine).toList()) {
				// A whole statement: fragments joined into one (a WHERE clause, a label) may recur.
				if (CLAUSES.matcher(statement).find() && ENDS.matcher(statement).find()) {
					String first = seen.putIfAbsent(statement, file);
					if (first != null) {
						copies.add(file + " repeats a statement of " + first + ": " + statement);
					}
				}
			}
		});
		assertThat(copies).isEmpty();
	}

	private static Map<String, String> sources() {
		var sources = new HashMap<String, String>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			files.filter(f -> f.toString().endsWith(".java"))
				.forEach(f -> sources.put(SOURCES.relativize(f).toString().replace('\\', '/'), read(f)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(sources).containsKeys(PROJECTIONS.keySet().toArray(String[]::new));
		return sources;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String oneLine(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	private static long count(String text, char c) {
		return text.chars().filter(ch -> ch == c).count();
	}

}
