package io.plangraph.revision;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Character bigrams of titles, weighted by rarity (inverse document frequency), compared by cosine. */
final class Bigrams {

	private Bigrams() {
	}

	static Map<String, Integer> of(String text) {
		var counts = new HashMap<String, Integer>();
		for (int i = 0; i + 1 < text.length(); i++) {
			counts.merge(text.substring(i, i + 2), 1, Integer::sum);
		}
		return counts;
	}

	/** idf(bigram) = ln(1 + titles / titles containing it), over the titles of both plans. */
	static Map<String, Double> weights(List<Lineage.Node> before, List<Lineage.Node> after) {
		var frequency = new HashMap<String, Integer>();
		int titles = 0;
		for (var list : List.of(before, after)) {
			for (var node : list) {
				titles++;
				Set<String> seen = new HashSet<>(of(Lineage.normalised(node.title())).keySet());
				seen.forEach(b -> frequency.merge(b, 1, Integer::sum));
			}
		}
		var weights = new HashMap<String, Double>();
		int n = titles;
		frequency.forEach((bigram, f) -> weights.put(bigram, Math.log(1 + (double) n / f)));
		return weights;
	}

	static double cosine(String a, String b, Map<String, Double> weights) {
		var x = of(a);
		var y = of(b);
		double dot = 0;
		for (var e : x.entrySet()) {
			Integer other = y.get(e.getKey());
			if (other != null) {
				double w = weights.getOrDefault(e.getKey(), 1.0);
				dot += e.getValue() * w * other * w;
			}
		}
		double norm = norm(x, weights) * norm(y, weights);
		return norm == 0 ? 0 : dot / norm;
	}

	/** The length of the longest run of characters two texts share. */
	static int longestCommonRun(String a, String b) {
		int best = 0;
		int[] previous = new int[b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			int[] current = new int[b.length() + 1];
			for (int j = 1; j <= b.length(); j++) {
				if (a.charAt(i - 1) == b.charAt(j - 1)) {
					current[j] = previous[j - 1] + 1;
					best = Math.max(best, current[j]);
				}
			}
			previous = current;
		}
		return best;
	}

	private static double norm(Map<String, Integer> vector, Map<String, Double> weights) {
		double sum = 0;
		for (var e : vector.entrySet()) {
			double v = e.getValue() * weights.getOrDefault(e.getKey(), 1.0);
			sum += v * v;
		}
		return Math.sqrt(sum);
	}

}
