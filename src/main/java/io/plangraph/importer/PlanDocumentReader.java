package io.plangraph.importer;

import java.util.ArrayList;
import java.util.List;

import io.plangraph.system.ErrorBody;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the text of a plan document file into a {@link PlanDocument}. Unknown fields are refused, so a
 * misspelt field name is an error rather than a silently lost fact.
 */
final class PlanDocumentReader {

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private PlanDocumentReader() {
	}

	static PlanDocument read(String file, String text) {
		try {
			PlanDocument document = MAPPER.readValue(text, PlanDocument.class);
			if (document == null) {
				throw new PlanDocumentException(file, List.of(new PlanDocumentException.Problem("", 0, "the file is empty")));
			}
			return document;
		}
		catch (UnrecognizedPropertyException ex) {
			String path = pathOf(ex.getPath());
			throw new PlanDocumentException(file, List.of(new PlanDocumentException.Problem(path, lineOf(text, path),
					"unknown field '" + ex.getPropertyName() + "'; the fields here are " + ex.getKnownPropertyIds())));
		}
		catch (MismatchedInputException ex) {
			String path = pathOf(ex.getPath());
			throw new PlanDocumentException(file, List.of(new PlanDocumentException.Problem(path, lineOf(text, path),
					"expected " + expected(ex.getTargetType()) + " here")));
		}
		catch (DatabindException ex) {
			// The path finds the line more exactly than the parser's position, which may have moved on.
			String path = pathOf(ex.getPath());
			int line = lineOf(text, path);
			String why = ErrorBody.clean(ex.getOriginalMessage());
			throw new PlanDocumentException(file, List.of(new PlanDocumentException.Problem(path,
					line > 0 ? line : lineOf(ex.getLocation()), why == null ? "this value cannot be read here" : why)));
		}
		catch (JacksonException ex) {
			throw new PlanDocumentException(file, List.of(new PlanDocumentException.Problem(
					"", lineOf(ex.getLocation()), "not valid YAML" + cleaned(ex.getOriginalMessage()))));
		}
	}

	/** A library's message without the names of its classes, as ": message", or nothing. */
	static String cleaned(String message) {
		String clean = ErrorBody.clean(message);
		return clean == null ? "" : ": " + clean;
	}

	/** What a field of the format holds, in the words of the format's description rather than Java's. */
	private static String expected(Class<?> type) {
		if (type == null) {
			return "another kind of value";
		}
		if (java.util.Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		if (type.isRecord()) {
			return "a mapping of fields (" + String.join(", ",
					java.util.Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList()) + ")";
		}
		if (type == Double.class || type == double.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		return "a text";
	}

	private static int lineOf(TokenStreamLocation location) {
		return location == null ? 0 : Math.max(location.getLineNr(), 0);
	}

	private static String pathOf(List<JacksonException.Reference> references) {
		var path = new StringBuilder();
		for (var reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/**
	 * The line on which a YAML path ({@code plans[0].elements[2].code}) starts, for problems found after
	 * the text was read; 0 where the path is not in the text.
	 */
	static int lineOf(String text, String path) {
		Node node = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
		for (String step : steps(path)) {
			if (node == null) {
				return 0;
			}
			node = step.startsWith("[") ? item(node, Integer.parseInt(step.substring(1, step.length() - 1)))
					: field(node, step);
		}
		return node == null ? 0 : node.getStartMark().getLine() + 1;
	}

	private static List<String> steps(String path) {
		var steps = new ArrayList<String>();
		for (String part : path.split("\\.")) {
			int bracket = part.indexOf('[');
			String name = bracket < 0 ? part : part.substring(0, bracket);
			if (!name.isEmpty()) {
				steps.add(name);
			}
			while (bracket >= 0) {
				int close = part.indexOf(']', bracket);
				steps.add(part.substring(bracket, close + 1));
				bracket = part.indexOf('[', close);
			}
		}
		return steps;
	}

	private static Node field(Node node, String name) {
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
					return tuple.getValueNode();
				}
			}
		}
		return null;
	}

	private static Node item(Node node, int index) {
		return node instanceof SequenceNode sequence && index < sequence.getValue().size()
				? sequence.getValue().get(index) : null;
	}

}
