package io.plangraph.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who may write what, in one place: every write path (a mutation, an indicator table, a document upload,
 * a command-line import) lists what it would touch — the ids and city codes its content names and the
 * cities those ids already belong to in the graph — and asks here before it writes anything.
 *
 * <ul>
 * <li>A city's data (documents, plans, elements, indicators, values) may be changed by a key that holds
 * the city, or by an admin.</li>
 * <li>Shared vocabularies (taxonomies, themes, concepts), which every city refers to, only by an admin.</li>
 * <li>A city's {@code api-edits-*} document holds what was recorded through the API: it is written by
 * the mutations only, never uploaded or imported, by anyone.</li>
 * </ul>
 *
 * @param who whom a refusal names (the key's name, or the command line)
 * @param admin whether every city and the shared vocabularies may be changed
 * @param cities the municipality codes that may be changed when not an admin
 */
public record WriteScope(String who, boolean admin, Set<String> cities) {

	/** The prefix of the documents that hold what was recorded through the API. */
	public static final String API_EDITS_PREFIX = "api-edits-";

	public WriteScope {
		cities = Set.copyOf(cities);
	}

	/** What the key may write. */
	public static WriteScope of(Editor editor) {
		return new WriteScope("the key '" + editor.getName() + "'", editor.isAdmin(), editor.cities());
	}

	/** The operator of the server's command line, with no {@code --city}: anything an admin may write. */
	public static WriteScope operator() {
		return new WriteScope("the command line", true, Set.of());
	}

	/** The command line restricted by {@code --city}: as an editor of those cities. */
	public static WriteScope operatorOf(Collection<String> cities) {
		return new WriteScope("the command line (--city " + String.join(",", cities) + ")", false, Set.copyOf(cities));
	}

	/**
	 * Something a write touches: what it is ({@code plan}, {@code indicator}…), its id, and the city it
	 * names or belongs to ({@code null} for a new thing without a city).
	 */
	public record Touched(String what, String id, String cityCode) {

		/** A city itself, as a write's target (an indicator table of the city). */
		public static Touched city(String cityCode) {
			return new Touched("city", cityCode, cityCode);
		}

	}

	/** Refuses the write, naming the first thing it may not touch; otherwise returns quietly. */
	public void allow(List<Touched> touched) {
		for (var thing : touched) {
			if ("document".equals(thing.what()) && thing.id() != null && thing.id().startsWith(API_EDITS_PREFIX)) {
				throw new WriteRefused("document '" + thing.id() + "' holds what was recorded through the API; no one may "
						+ "upload or import a document with an id starting with '" + API_EDITS_PREFIX + "'");
			}
			if (!mayChange(thing.cityCode())) {
				throw new WriteRefused(who + " may change " + (cities.isEmpty() ? "no city" : "city " + String.join(", ", sorted()))
						+ ", not " + ("city".equals(thing.what()) ? "city " + thing.cityCode()
								: thing.what() + " '" + thing.id() + "' of city " + thing.cityCode()));
			}
		}
	}

	/** Refuses the write unless an admin (or the operator) makes it: {@code what} is shared by every city. */
	public void allowShared(String what) {
		if (!admin) {
			throw new WriteRefused(who + " may not change " + what + ": shared vocabularies (themes, concepts, taxonomies) "
					+ "are used by every city and are changed by an admin only");
		}
	}

	private boolean mayChange(String cityCode) {
		// Something without a city (it should not exist) is left to an admin.
		return admin || cityCode != null && cities.contains(cityCode);
	}

	private List<String> sorted() {
		return cities.stream().sorted().toList();
	}

	/** A write refused because it touches what its author may not change; nothing has been written. */
	public static final class WriteRefused extends RuntimeException {

		WriteRefused(String message) {
			super(message);
		}

	}

}
