package io.plangraph.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which element of a revised plan became which element of the revision, inferred from titles where the
 * documents do not say: the same title is the same element; a similar title (cosine similarity of
 * character bigrams weighted by how rare they are across both plans, so that 「まちづくりの推進」 counts
 * little and 「協働」 much) is a renamed one; two earlier elements similar to one later element were
 * merged, one earlier element similar to two later ones was split. An element whose parent's successor
 * is not its successor's parent has moved. What has no counterpart was removed or added. Pure Java.
 */
public final class Lineage {

	/** How similar two titles must be to be taken for one element renamed. */
	public static final double RENAMED = 0.5;

	/** Among siblings that went from one parent to another together, a weaker likeness is enough. */
	public static final double RENAMED_AMONG_SIBLINGS = 0.25;

	/** …or a distinctive run of characters in common (中心市街地, スポーツ). */
	static final int COMMON_RUN = 4;

	/** Endings that nearly every measure has, which say nothing about which measure it is. */
	private static final Pattern GENERIC_ENDING = Pattern.compile("(の推進|の促進|の充実|の強化|の整備|の創出|の活性化)$");

	/** A measure whose sub-measures mostly went to one later measure went there with them. */
	static final double FOLLOWS_CHILDREN = 0.5;

	private static final Pattern CODE = Pattern.compile("^[\\s　]*(?:【[^】]*】|[①-⑳]|\\(?\\d+\\)?)[\\s　]*");

	private Lineage() {
	}

	/** An element of a plan, as the inference needs it. */
	public record Node(String id, String kind, String title, String parentId, int depth) {
	}

	/** What became of an element, and whether that was inferred or recorded. */
	public record Link(String beforeId, String afterId, Change change, boolean moved, double similarity) {
	}

	/** How an element changed between the plans. */
	public enum Change {
		/** The same title. */
		SAME,
		/** A similar title. */
		RENAMED,
		/** One of several earlier elements that became one later element. */
		MERGED,
		/** One of several later elements that one earlier element became. */
		SPLIT,
		/** A title matched none, but its children mostly went to the later element together. */
		REGROUPED
	}

	/** The links between the elements of two plans: every match, each with its kind of change. */
	public static List<Link> infer(List<Node> before, List<Node> after) {
		var weights = Bigrams.weights(before, after);
		var links = new ArrayList<Link>();
		var matchedBefore = new HashSet<String>();
		var matchedAfter = new HashSet<String>();
		// Level by level, top down, so that a parent's successor is known before its children are judged.
		int depth = 0;
		int deepest = before.stream().mapToInt(Node::depth).max().orElse(0);
		while (depth <= deepest) {
			int level = depth;
			var olds = before.stream().filter(n -> n.depth() == level).toList();
			var news = after.stream().filter(n -> n.depth() == level).toList();
			matchLevel(olds, news, weights, links, matchedBefore, matchedAfter);
			depth++;
		}
		regroupByChildren(before, after, links, matchedBefore, matchedAfter);
		matchAmongSiblings(before, after, weights, links, matchedBefore, matchedAfter);
		return markMoves(before, after, links);
	}

	private static void matchLevel(List<Node> olds, List<Node> news, Map<String, Double> weights, List<Link> links,
			Set<String> matchedBefore, Set<String> matchedAfter) {
		// Same title first.
		for (Node old : olds) {
			for (Node nu : news) {
				if (!matchedAfter.contains(nu.id()) && !matchedBefore.contains(old.id()) && old.kind().equals(nu.kind())
						&& normalised(old.title()).equals(normalised(nu.title()))) {
					links.add(new Link(old.id(), nu.id(), Change.SAME, false, 1.0));
					matchedBefore.add(old.id());
					matchedAfter.add(nu.id());
				}
			}
		}
		// Then similar titles, most similar first.
		record Candidate(Node old, Node nu, double similarity) {
		}
		var candidates = new ArrayList<Candidate>();
		for (Node old : olds) {
			for (Node nu : news) {
				if (old.kind().equals(nu.kind())) {
					double similarity = Bigrams.cosine(normalised(old.title()), normalised(nu.title()), weights);
					if (similarity >= RENAMED) {
						candidates.add(new Candidate(old, nu, similarity));
					}
				}
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
		for (Candidate c : candidates) {
			boolean oldFree = !matchedBefore.contains(c.old().id());
			boolean newFree = !matchedAfter.contains(c.nu().id());
			if (oldFree && newFree) {
				links.add(new Link(c.old().id(), c.nu().id(), Change.RENAMED, false, c.similarity()));
			}
			else if (oldFree) {
				links.add(new Link(c.old().id(), c.nu().id(), Change.MERGED, false, c.similarity()));
				relabel(links, c.nu().id(), true);
			}
			else if (newFree) {
				links.add(new Link(c.old().id(), c.nu().id(), Change.SPLIT, false, c.similarity()));
				relabel(links, c.old().id(), false);
			}
			else {
				continue;
			}
			matchedBefore.add(c.old().id());
			matchedAfter.add(c.nu().id());
		}
	}

	/** The other links into a merged element (or out of a split one) are part of the merge (the split). */
	private static void relabel(List<Link> links, String id, boolean merged) {
		for (int i = 0; i < links.size(); i++) {
			Link link = links.get(i);
			if (merged && link.afterId().equals(id) && link.change() != Change.MERGED) {
				links.set(i, new Link(link.beforeId(), link.afterId(), Change.MERGED, link.moved(), link.similarity()));
			}
			if (!merged && link.beforeId().equals(id) && link.change() != Change.SPLIT) {
				links.set(i, new Link(link.beforeId(), link.afterId(), Change.SPLIT, link.moved(), link.similarity()));
			}
		}
	}

	/**
	 * An unmatched parent whose matched children mostly went to the children of one unmatched later
	 * parent went there too: the group was regrouped under a new name (ハブツーリズムの推進 →
	 * 観光地域づくり・ブランディングの推進).
	 */
	private static void regroupByChildren(List<Node> before, List<Node> after, List<Link> links,
			Set<String> matchedBefore, Set<String> matchedAfter) {
		var parentAfter = new HashMap<String, String>();
		after.forEach(n -> parentAfter.put(n.id(), n.parentId()));
		for (Node old : before) {
			if (matchedBefore.contains(old.id())) {
				continue;
			}
			var children = before.stream().filter(n -> old.id().equals(n.parentId())).map(Node::id).toList();
			if (children.isEmpty()) {
				continue;
			}
			var destinations = new LinkedHashMap<String, Integer>();
			links.stream()
				.filter(l -> children.contains(l.beforeId()))
				.map(l -> parentAfter.get(l.afterId()))
				.filter(Objects::nonNull)
				.forEach(parent -> destinations.merge(parent, 1, Integer::sum));
			destinations.entrySet().stream()
				.filter(e -> !matchedAfter.contains(e.getKey()))
				.filter(e -> e.getValue() >= Math.ceil(children.size() * FOLLOWS_CHILDREN) && e.getValue() >= 2)
				.max(Map.Entry.comparingByValue())
				.ifPresent(e -> {
					links.add(new Link(old.id(), e.getKey(), Change.REGROUPED, false,
							e.getValue() / (double) children.size()));
					matchedBefore.add(old.id());
					matchedAfter.add(e.getKey());
				});
		}
	}

	/**
	 * Where some children of an earlier parent went to a later parent, the rest of them are compared with
	 * the rest of that parent's children with a lower bar: 地域スポーツの活性化 and スポーツ・健康まちづくりの推進
	 * stand side by side in groups that moved together.
	 */
	private static void matchAmongSiblings(List<Node> before, List<Node> after, Map<String, Double> weights,
			List<Link> links, Set<String> matchedBefore, Set<String> matchedAfter) {
		var byId = new HashMap<String, Node>();
		before.forEach(n -> byId.put("b:" + n.id(), n));
		after.forEach(n -> byId.put("a:" + n.id(), n));
		var parentPairs = new java.util.LinkedHashSet<List<String>>();
		for (Link link : links) {
			Node old = byId.get("b:" + link.beforeId());
			Node nu = byId.get("a:" + link.afterId());
			if (old.parentId() != null && nu.parentId() != null) {
				parentPairs.add(List.of(old.parentId(), nu.parentId()));
			}
		}
		for (var pair : parentPairs) {
			var olds = before.stream().filter(n -> pair.get(0).equals(n.parentId()) && !matchedBefore.contains(n.id())).toList();
			var news = after.stream().filter(n -> pair.get(1).equals(n.parentId()) && !matchedAfter.contains(n.id())).toList();
			record Candidate(Node old, Node nu, double similarity) {
			}
			var candidates = new ArrayList<Candidate>();
			for (Node old : olds) {
				for (Node nu : news) {
					double similarity = Bigrams.cosine(normalised(old.title()), normalised(nu.title()), weights);
					int run = Bigrams.longestCommonRun(distinctive(old.title()), distinctive(nu.title()));
					if (old.kind().equals(nu.kind()) && (similarity >= RENAMED_AMONG_SIBLINGS || run >= COMMON_RUN)) {
						candidates.add(new Candidate(old, nu, similarity));
					}
				}
			}
			candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
			for (Candidate c : candidates) {
				if (!matchedBefore.contains(c.old().id()) && !matchedAfter.contains(c.nu().id())) {
					links.add(new Link(c.old().id(), c.nu().id(), Change.RENAMED, false, c.similarity()));
					matchedBefore.add(c.old().id());
					matchedAfter.add(c.nu().id());
				}
			}
		}
	}

	/**
	 * A link is a move where the element now stands elsewhere: its earlier parent did not become its later
	 * parent, or that parent itself moved (the sub-measures of a measure that went to another basic goal
	 * went to that goal with it).
	 */
	private static List<Link> markMoves(List<Node> before, List<Node> after, List<Link> links) {
		var oldNodes = new HashMap<String, Node>();
		before.forEach(n -> oldNodes.put(n.id(), n));
		var parentAfter = new HashMap<String, String>();
		after.forEach(n -> parentAfter.put(n.id(), n.parentId()));
		var sorted = links.stream().sorted(Comparator.comparingInt(l -> oldNodes.get(l.beforeId()).depth())).toList();
		var decided = new LinkedHashMap<List<String>, Link>();
		for (Link link : sorted) {
			String oldParent = oldNodes.get(link.beforeId()).parentId();
			String newParent = parentAfter.get(link.afterId());
			boolean moved;
			if (oldParent == null || newParent == null) {
				moved = !Objects.equals(oldParent, newParent);
			}
			else {
				Link parentLink = decided.get(List.of(oldParent, newParent));
				moved = parentLink == null || parentLink.moved();
			}
			decided.put(List.of(link.beforeId(), link.afterId()),
					new Link(link.beforeId(), link.afterId(), link.change(), moved, link.similarity()));
		}
		return links.stream().map(l -> decided.get(List.of(l.beforeId(), l.afterId()))).toList();
	}

	/** A title without its code, spaces and generic ending. */
	static String distinctive(String title) {
		return GENERIC_ENDING.matcher(normalised(title)).replaceFirst("");
	}

	/** A title without its printed code and spaces. */
	static String normalised(String title) {
		return CODE.matcher(title == null ? "" : title).replaceFirst("").replaceAll("[\\s　]", "");
	}

}
