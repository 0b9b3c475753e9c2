package io.plangraph.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.plangraph.synthetic.Municipalities.Municipality;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * One real plan document made into a synthetic municipality's own: its ids prefixed with the municipality's,
 * the real city's name replaced in every text, its figures scaled (one factor per indicator, so a series keeps
 * its shape), and some of its programs left out, so sizes vary. The file format stays the real documents'.
 */
final class SyntheticDocument {

	// The first number in a printed value: 14,259 in 14,259件以上, 0.35 in △ 0.35%.
	private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

	private final Municipality municipality;

	private final Random random;

	private SyntheticDocument(Municipality municipality, Random random) {
		this.municipality = municipality;
		this.random = random;
	}

	/** A copy of {@code template} (a parsed plan document) for {@code municipality}; the template is not changed. */
	static ObjectNode of(JsonNode template, Municipality municipality, Random random) {
		var document = (ObjectNode) template.deepCopy();
		new SyntheticDocument(municipality, random).rewrite(document);
		return document;
	}

	private void rewrite(ObjectNode document) {
		var city = (ObjectNode) document.get("city");
		String realName = city.get("name").asString();
		String realStem = realName.substring(0, realName.length() - 1);
		city.put("code", municipality.code().value());
		city.put("name", municipality.name());
		city.put("prefecture", municipality.prefecture());
		city.remove("nameEn");

		var info = (ObjectNode) document.get("document");
		info.put("id", prefixed(info.get("id").asString()));
		info.put("source", "synthetic, from " + info.get("source").asString());

		for (JsonNode plan : document.get("plans")) {
			var planNode = (ObjectNode) plan;
			planNode.put("id", prefixed(plan.get("id").asString()));
			if (plan.hasNonNull("revises")) {
				planNode.put("revises", prefixed(plan.get("revises").asString()));
			}
			if (plan.has("elements")) {
				leaveOutSomePrograms((ArrayNode) plan.get("elements"), referencedKeys(plan.get("elements")));
			}
		}
		var used = new HashSet<String>();
		for (JsonNode plan : document.get("plans")) {
			prefixIndicatorRefs(plan.get("elements"), used);
		}
		var indicators = (ArrayNode) document.get("indicators");
		if (indicators != null) {
			for (int i = indicators.size() - 1; i >= 0; i--) {
				var indicator = (ObjectNode) indicators.get(i);
				String id = prefixed(indicator.get("id").asString());
				if (!used.contains(id)) {
					indicators.remove(i);
					continue;
				}
				indicator.put("id", id);
				scale(indicator);
			}
		}
		renameCity(document, realName, realStem);
	}

	private String prefixed(String id) {
		return municipality.slug() + "-" + id;
	}

	/** Keys that other elements point at (further parents, origins): an element named there stays. */
	private static Set<String> referencedKeys(JsonNode elements) {
		var keys = new HashSet<String>();
		forEachElement(elements, element -> {
			element.path("alsoUnder").forEach(key -> keys.add(key.asString()));
			element.path("origins").forEach(origin -> keys.add(origin.path("ref").asString()));
		});
		return keys;
	}

	/** Drops a share of the leaves (programs, pledges…), never a parent's last child nor one referred to. */
	private void leaveOutSomePrograms(ArrayNode siblings, Set<String> referenced) {
		double share = random.nextDouble() * 0.25;
		for (JsonNode element : siblings) {
			if (element.get("children") instanceof ArrayNode children) {
				for (int i = children.size() - 1; i >= 0; i--) {
					JsonNode child = children.get(i);
					boolean leaf = !child.has("children") || child.get("children").isEmpty();
					if (leaf && children.size() > 1 && !referenced.contains(child.get("key").asString())
							&& random.nextDouble() < share) {
						children.remove(i);
					}
				}
				leaveOutSomePrograms(children, referenced);
			}
		}
	}

	private void prefixIndicatorRefs(JsonNode elements, Set<String> used) {
		forEachElement(elements, element -> element.path("indicators").forEach(use -> {
			String ref = prefixed(use.get("ref").asString());
			((ObjectNode) use).put("ref", ref);
			used.add(ref);
		}));
	}

	private static void forEachElement(JsonNode elements, java.util.function.Consumer<JsonNode> action) {
		if (elements == null) {
			return;
		}
		for (JsonNode element : elements) {
			action.accept(element);
			forEachElement(element.get("children"), action);
		}
	}

	/** Scales an indicator's figures by one factor; shares and ratios (%, 割) are left as printed. */
	private void scale(ObjectNode indicator) {
		String unit = indicator.path("unit").asString("");
		double factor = 0.5 + random.nextDouble();
		if (unit.contains("%") || unit.contains("％") || unit.contains("割") || !indicator.has("values")) {
			return;
		}
		for (JsonNode value : indicator.get("values")) {
			if (value.has("number") || !value.has("value")) {
				continue; // the text has no plain number; keep text and number as they agree
			}
			((ObjectNode) value).put("value", scaled(value.get("value").asString(), factor));
		}
	}

	static String scaled(String printed, double factor) {
		Matcher number = NUMBER.matcher(printed);
		if (!number.find()) {
			return printed;
		}
		String digits = number.group();
		boolean grouped = digits.contains(",");
		var original = new BigDecimal(digits.replace(",", ""));
		var value = original.multiply(BigDecimal.valueOf(factor)).setScale(original.scale(), RoundingMode.HALF_UP);
		String text;
		if (grouped) {
			var format = new DecimalFormat(original.scale() > 0 ? "#,##0." + "0".repeat(original.scale()) : "#,##0");
			text = format.format(value);
		}
		else {
			text = value.toPlainString();
		}
		return printed.substring(0, number.start()) + text + printed.substring(number.end());
	}

	/** Every text that names the real city names the synthetic one instead. */
	private void renameCity(JsonNode node, String realName, String realStem) {
		if (node instanceof ObjectNode object) {
			for (var entry : new ArrayList<>(object.properties())) {
				JsonNode value = entry.getValue();
				if (value instanceof StringNode text && !"city".equals(entry.getKey())) {
					object.put(entry.getKey(), renamed(text.asString(), realName, realStem));
				}
				else {
					renameCity(value, realName, realStem);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			List<JsonNode> items = new ArrayList<>();
			array.forEach(items::add);
			for (int i = 0; i < items.size(); i++) {
				if (items.get(i) instanceof StringNode text) {
					array.set(i, renamed(text.asString(), realName, realStem));
				}
				else {
					renameCity(items.get(i), realName, realStem);
				}
			}
		}
	}

	private String renamed(String text, String realName, String realStem) {
		return text.replace(realName, municipality.name()).replace(realStem, municipality.stem());
	}

}
