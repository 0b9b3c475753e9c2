package io.plangraph.importer;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import io.plangraph.system.InputLimits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import io.plangraph.importer.PlanDocumentException.Problem;

/**
 * What a file must be as YAML before it is read as a plan document or a vocabulary: one YAML document
 * ({@code plangraph.limits.yaml-documents}), lists and mappings nested at most
 * {@code plangraph.limits.yaml-depth} deep, at most {@code plangraph.limits.yaml-aliases} aliases to a
 * list or mapping (an alias bomb stays small), no alias inside what it names, no tags ({@code !x},
 * {@code !!python/…}), and no key given twice in one mapping (both lines named). The text is only
 * composed into nodes, never turned into objects, so a hostile file costs no more than its size.
 */
final class YamlChecks {

	private static final Set<Tag> PLAIN = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ,
			Tag.TIMESTAMP);

	private static final String TAG = "a tag (!…) is not part of the file format: write the value without it";

	private YamlChecks() {
	}

	static void check(String file, String text, InputLimits limits) {
		var options = new LoaderOptions();
		options.setMaxAliasesForCollections(limits.yamlAliases());
		options.setNestingDepthLimit(limits.yamlDepth());
		options.setAllowRecursiveKeys(false);
		options.setCodePointLimit(Integer.MAX_VALUE);
		var problems = new ArrayList<Problem>();
		try {
			int count = 0;
			for (Node document : new Yaml(options).composeAll(new StringReader(text))) {
				if (++count > limits.yamlDocuments()) {
					problems.add(new Problem("", line(document), "the file holds more than " + limits.yamlDocuments()
							+ " YAML document(s): another one starts here (after ---); a file holds "
							+ (limits.yamlDocuments() == 1 ? "one document" : "at most " + limits.yamlDocuments())
							+ " (plangraph.limits.yaml-documents)"));
					break;
				}
				walk(document, "", Collections.newSetFromMap(new IdentityHashMap<>()), problems);
			}
		}
		catch (MarkedYAMLException ex) {
			if (String.valueOf(ex.getProblem()).startsWith("Global tag")) {
				problems.add(new Problem("", ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + 1, TAG));
				throw new PlanDocumentException(file, problems);
			}
			problems.add(new Problem("", ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + 1, "not valid YAML"
					+ PlanDocumentReader.cleaned(ex.getProblem()) + (ex.getProblemMark() == null ? "" : " (column " + (ex.getProblemMark().getColumn() + 1) + ")")));
		}
		catch (YAMLException ex) {
			problems.add(new Problem("", 0, limit(ex.getMessage(), limits)));
		}
		if (!problems.isEmpty()) {
			throw new PlanDocumentException(file, problems);
		}
	}

	// The composer's own limits say what they hit only in their message.
	private static String limit(String message, InputLimits limits) {
		String said = message == null ? "" : message;
		if (said.contains("aliases")) {
			return "the file uses more than " + limits.yamlAliases() + " aliases (*name) to lists or mappings"
					+ " (plangraph.limits.yaml-aliases); write the repeated parts out, or use fewer aliases";
		}
		if (said.contains("Nesting Depth")) {
			return "lists and mappings nest more than " + limits.yamlDepth() + " levels deep (plangraph.limits.yaml-depth)";
		}
		if (said.contains("ecursive")) {
			return "an alias (*name) refers to a list or mapping that contains it";
		}
		return "not valid YAML";
	}

	private static void walk(Node node, String path, Set<Node> open, List<Problem> problems) {
		if (!PLAIN.contains(node.getTag())) {
			problems.add(new Problem(path, line(node), TAG));
			return;
		}
		if (node instanceof ScalarNode) {
			return;
		}
		if (!open.add(node)) {
			problems.add(new Problem(path, line(node), "an alias (*name) refers to a list or mapping that contains it"));
			return;
		}
		if (node instanceof SequenceNode sequence) {
			for (int i = 0; i < sequence.getValue().size(); i++) {
				walk(sequence.getValue().get(i), path + "[" + i + "]", open, problems);
			}
		}
		else if (node instanceof MappingNode mapping) {
			var seen = new HashMap<String, Integer>();
			for (NodeTuple tuple : mapping.getValue()) {
				if (!(tuple.getKeyNode() instanceof ScalarNode key) || !PLAIN.contains(key.getTag())) {
					problems.add(new Problem(path, line(tuple.getKeyNode()), "a key is a plain text, not a list, a mapping or a tagged value"));
					continue;
				}
				String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
				Integer first = seen.putIfAbsent(key.getValue(), line(key));
				if (first != null) {
					problems.add(new Problem(child, line(key), "the key '" + key.getValue() + "' is given twice in the same mapping, on line "
							+ first + " and on line " + line(key) + "; give it once"));
				}
				walk(tuple.getValueNode(), child, open, problems);
			}
		}
		open.remove(node);
	}

	private static int line(Node node) {
		return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
	}

}
