package io.plangraph.importer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan document that cannot be imported, with every problem found: which file, where in it, what is
 * wrong. Nothing of a document that raises this is written.
 */
public final class PlanDocumentException extends RuntimeException {

	private final String file;

	private final List<Problem> problems;

	PlanDocumentException(String file, List<Problem> problems) {
		super(describe(file, problems));
		this.file = file;
		this.problems = List.copyOf(problems);
	}

	public String file() {
		return file;
	}

	public List<Problem> problems() {
		return problems;
	}

	private static String describe(String file, List<Problem> problems) {
		return problems.stream()
			.map(problem -> file + problem.place() + ": " + problem.message())
			.collect(Collectors.joining("\n"));
	}

	/**
	 * One problem in a document.
	 *
	 * @param path where in the document, as a YAML path ({@code plans[0].elements[2].code}); empty for the whole file
	 * @param line the 1-based line in the file, 0 where unknown
	 * @param message what is wrong
	 */
	public record Problem(String path, int line, String message) {

		String place() {
			String where = line > 0 ? ", line " + line : "";
			return where + (path.isEmpty() ? "" : " (" + path + ")");
		}

	}

}
