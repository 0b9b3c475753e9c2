package io.plangraph.support;

import io.plangraph.importer.PlanImporter.DocumentSource;

/** A generated plan document of a given shape: every element has one indicator with three values. */
public final class SyntheticPlan {

	public static DocumentSource of(String id, int goals, int measures, int subMeasures, int programs) {
		var yaml = new StringBuilder("""
				format: plangraph/1
				document: {id: %s, title: 試験計画, source: generated}
				city: {code: "011002", name: 札幌市, prefecture: 北海道}
				plans:
				  - id: %s
				    title: 試験計画
				    kind: OTHER
				    elements:
				""".formatted(id, id));
		var indicators = new StringBuilder("indicators:\n");
		for (int g = 0; g < goals; g++) {
			element(yaml, indicators, id, "g" + g, "GOAL", 6);
			yaml.append("        children:\n");
			for (int m = 0; m < measures; m++) {
				element(yaml, indicators, id, "g" + g + "-m" + m, "MEASURE", 10);
				yaml.append("            children:\n");
				for (int s = 0; s < subMeasures; s++) {
					element(yaml, indicators, id, "g" + g + "-m" + m + "-s" + s, "SUB_MEASURE", 14);
					yaml.append("                children:\n");
					for (int p = 0; p < programs; p++) {
						element(yaml, indicators, id, "g" + g + "-m" + m + "-s" + s + "-p" + p, "PROGRAM", 18);
					}
				}
			}
		}
		return new DocumentSource(id + ".yaml", yaml.append(indicators).toString());
	}

	private static void element(StringBuilder yaml, StringBuilder indicators, String plan, String key, String kind, int indent) {
		String pad = " ".repeat(indent);
		String indicator = plan + "-" + key;
		yaml.append(pad).append("- key: ").append(key).append('\n')
			.append(pad).append("  kind: ").append(kind).append('\n')
			.append(pad).append("  title: 要素 ").append(key).append('\n')
			.append(pad).append("  indicators: [{ref: ").append(indicator).append(", role: KPI}]\n");
		indicators.append("  - id: ").append(indicator).append('\n')
			.append("    name: 指標 ").append(key).append('\n')
			.append("    unit: 件\n    direction: HIGHER_IS_BETTER\n    values:\n")
			.append("      - {type: BASELINE, year: R3, value: 10件}\n")
			.append("      - {type: TARGET, year: R8, value: 20件以上}\n")
			.append("      - {type: ACTUAL, year: R5, value: 15件}\n");
	}

}
