package io.plangraph.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.plangraph.PlangraphApplication;
import io.plangraph.support.SyntheticPlan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What happens when things go wrong. The application runs in a child JVM that is killed (kill -9) at a
 * random moment during each kind of write — the start-up import, the command-line import, a document
 * upload, an indicator table and a mutation over GraphQL — and restarted on the same data: every document
 * must then be wholly as it was before the write or wholly as the write leaves it. The test knows the
 * child only from outside (its exit, its answers over HTTP and Bolt, its data directory), so it does not
 * depend on the order in which the application starts up.
 *
 * <p>{@code -Dfaults.kills=N} kills per kind (default 2, the README's long run uses 10);
 * {@code -Dfaults.seed=S} replays the random moments of an earlier run, whose seed is printed. Minutes of
 * starting and killing servers: tagged so that {@code mvn test} leaves it out and {@code mvn test -Pdurability}
 * (and CI) runs it.
 */
@Tag("durability")
class FaultsTest {

	static final int KILLS = Integer.getInteger("faults.kills", 2);

	static final long SEED = Long.getLong("faults.seed", System.nanoTime());

	static final Duration START_LIMIT = Duration.ofMinutes(4);

	@TempDir
	Path work;

	enum Write {
		UPLOAD, TABLE, MUTATION, COMMAND_LINE_IMPORT
	}

	/** The document the uploads and command-line imports switch between two versions of. */
	static final String TOGGLED = "faults-document";

	static final List<String> VERSIONS = List.of(SyntheticPlan.of(TOGGLED, 2, 4, 4, 3).text(),
			SyntheticPlan.of(TOGGLED, 2, 4, 3, 3).text());

	/** Hitachi's indicators an indicator table sets (R6 actuals), two versions of the values. */
	static final List<String> TABLES = List.of("""
			指標名,単位,実績値(R6)
			ひたちナビダウンロード数,件,"30,001件"
			企業誘致件数,件,7件
			DXを推進する企業数,社,13社
			路線バス年間利用者数,千人,"2,801千人"
			""", """
			指標名,単位,実績値(R6)
			ひたちナビダウンロード数,件,"30,002件"
			企業誘致件数,件,8件
			DXを推進する企業数,社,14社
			路線バス年間利用者数,千人,"2,802千人"
			""");

	static final List<String> ACTUALS = List.of("201千人", "202千人");

	// ---- the start-up import

	@Test
	void theStartUpImportKilledAtRandomLeavesEveryDocumentWhollyThereOrNotThere() throws Exception {
		var random = seeded("start-up import");
		Path logs = work.resolve("logs");
		// A start-up without a kill: how long the import takes, and what it leaves.
		long importBegins;
		long importEnds;
		DocumentStates imported;
		try (var reference = ChildProcess.server(work.resolve("start-up-reference"), true,
				ChildProcess.logFile(logs, "start-up-reference"))) {
			var timing = awaitBundledDocuments(reference, logs.resolve("start-up-reference.log"));
			importBegins = timing[0];
			importEnds = timing[1];
			imported = DocumentStates.of(reference.driver());
		}
		assertThat(imported.parts()).hasSize(5);
		var outcomes = new ArrayList<String>();
		for (int kill = 1; kill <= KILLS; kill++) {
			Path data = work.resolve("start-up-" + kill);
			long at;
			Path log = ChildProcess.logFile(logs, "start-up-" + kill);
			try (var victim = ChildProcess.server(data, true, log)) {
				at = aimAtTheWrite(victim, log, "importing the bundled", importEnds - importBegins, importEnds, random);
				victim.kill();
			}
			var observed = ChildProcess.onDisk(data);
			for (var part : observed.parts().entrySet()) {
				assertThat(part.getValue()).as("kill %d at %d ms: document %s is whole (seed %d)", kill, at,
						part.getKey(), SEED).isEqualTo(imported.parts().get(part.getKey()));
			}
			outcomes.add("at " + at + " ms: " + observed.parts().size() + " of 5 documents");
		}
		System.out.println("faults: start-up import, " + KILLS + " kills: " + outcomes);
	}

	// ---- uploads, tables, mutations and command-line imports, one data directory killed again and again

	@Test
	void writesKilledAtRandomLeaveEveryDocumentWhollyBeforeOrAfter() throws Exception {
		var random = seeded("writes");
		Path logs = work.resolve("logs");
		Path data = work.resolve("writes");
		var learned = new EnumMap<Write, Learned>(Write.class);
		var durations = new EnumMap<Write, Long>(Write.class);
		var outcomes = new EnumMap<Write, List<String>>(Write.class);
		for (Write write : Write.values()) {
			outcomes.put(write, new ArrayList<>());
		}
		int starts = 0;
		var server = ChildProcess.server(data, true, ChildProcess.logFile(logs, "writes-" + starts++));
		DocumentStates current;
		try {
			awaitBundledDocuments(server, logs.resolve("writes-0.log"));
			current = DocumentStates.of(server.driver());
			// Each write without a kill, to each version and back: what it leaves, how long it takes.
			for (Write write : List.of(Write.UPLOAD, Write.TABLE, Write.MUTATION)) {
				var states = new ArrayList<DocumentStates>();
				long longest = 0;
				for (int version : new int[] { 0, 1, 0 }) {
					long begun = System.nanoTime();
					var answer = send(server, write, version);
					longest = Math.max(longest, (System.nanoTime() - begun) / 1_000_000);
					assertThat(answer).as("%s without a kill", write).doesNotContain("\"errors\"");
					states.add(DocumentStates.of(server.driver()));
				}
				learned.put(write, Learned.from(write, current, states));
				durations.put(write, longest);
				current = states.getLast();
			}
		}
		finally {
			server.kill();
		}
		// The command-line import without a kill, from version 0 to 1: its timing, and its history entries.
		{
			Path file = Files.writeString(work.resolve("toggled-1.yaml"), VERSIONS.get(1));
			Path log = ChildProcess.logFile(logs, "command-reference");
			var command = ChildProcess.command(data, log, "import", file.toString());
			long writing = watchFor(command, log, "Writing");
			assertThat(command.waitForExit(START_LIMIT)).as("the command-line import's exit code").isZero();
			durations.put(Write.COMMAND_LINE_IMPORT, command.uptimeMillis());
			server = ChildProcess.server(data, false, ChildProcess.logFile(logs, "writes-" + starts++)).awaitAnswering(START_LIMIT);
			var observed = DocumentStates.of(server.driver());
			learned.put(Write.COMMAND_LINE_IMPORT, learned.get(Write.UPLOAD).byCommandLine(current, observed));
			current = observed;
			learned.get(Write.COMMAND_LINE_IMPORT).writingFrom = writing;
		}
		try {
			Map<String, String> mutation = Map.of();
			long mutationAt = 0;
			for (int round = 1; round <= KILLS; round++) {
				Set<DocumentStates> possible = new LinkedHashSet<>();
				possible.add(current);
				for (Write write : Write.values()) {
					var knowing = learned.get(write);
					int version = knowing.nextVersion(possible);
					var unwritten = possible;
					possible = knowing.eitherWay(possible, version);
					long at;
					if (write == Write.COMMAND_LINE_IMPORT) {
						Path file = Files.writeString(work.resolve("toggled-" + version + ".yaml"), VERSIONS.get(version));
						Path log = ChildProcess.logFile(logs, "command-" + round);
						var command = ChildProcess.command(data, log, "import", file.toString());
						at = aimAtTheWrite(command, log, "Writing", durations.get(write) - knowing.writingFrom,
								durations.get(write), random);
						command.kill();
					}
					else {
						at = random.nextLong(durations.get(write) * 3 / 2 + 2);
						var running = server;
						var sent = CompletableFuture.runAsync(() -> {
							try {
								send(running, write, version);
							}
							catch (IOException | InterruptedException ex) {
								// the server was killed under the request: expected
							}
						});
						Thread.sleep(at);
						server.kill();
						sent.get(2, TimeUnit.MINUTES);
					}
					if (write == Write.MUTATION) {
						// No restart in between: the command-line import runs on what the killed mutation left.
						mutation = knowing.written.get(version);
						mutationAt = at;
						continue;
					}
					server = ChildProcess.server(data, false, ChildProcess.logFile(logs, "writes-" + starts++))
						.awaitAnswering(START_LIMIT);
					var observed = DocumentStates.of(server.driver());
					if (!possible.contains(observed)) {
						var differences = possible.stream().map(observed::difference).toList();
						fail("after %s killed at %d ms (round %d, seed %d), a document is neither wholly before nor wholly "
								+ "after the write. Differences to each whole outcome:%n%s", write, at, round, SEED,
								String.join("\n--\n", differences));
					}
					outcomes.get(write).add("at " + at + " ms: " + (unwritten.contains(observed) ? "before" : "after"));
					if (write == Write.COMMAND_LINE_IMPORT) {
						outcomes.get(Write.MUTATION).add("at " + mutationAt + " ms: " + (holds(observed, mutation) ? "after" : "before"));
					}
					current = observed;
					possible = new LinkedHashSet<>(List.of(current));
				}
			}
		}
		finally {
			server.close();
		}
		outcomes.forEach((write, list) -> {
			System.out.println("faults: " + write + ", " + list.size() + " kills: " + list);
			assertThat(list).as("kills during %s", write).hasSize(KILLS);
		});
	}

	/** What a kind of write leaves when it goes through, learned from runs without a kill. */
	static final class Learned {

		final List<Map<String, String>> written;

		final Map<String, Long> superseded;

		final long changes;

		long writingFrom;

		Learned(List<Map<String, String>> written, Map<String, Long> superseded, long changes) {
			this.written = written;
			this.superseded = superseded;
			this.changes = changes;
		}

		/** From the states after writing version 0, 1 and 0 again, starting from {@code start}. */
		static Learned from(Write write, DocumentStates start, List<DocumentStates> states) {
			var toOne = parts(states.get(1), states.get(1).changedSince(states.get(0)));
			var toZero = parts(states.get(2), states.get(2).changedSince(states.get(1)));
			assertThat(toOne).as("%s writes something", write).isNotEmpty();
			assertThat(toZero.keySet()).as("%s writes the same parts each way", write).isEqualTo(toOne.keySet());
			var superseded = new HashMap<String, Long>();
			toZero.keySet().forEach(part -> superseded.put(part,
					states.get(2).parts().get(part).superseded() - states.get(1).parts().get(part).superseded()));
			return new Learned(List.of(toZero, toOne), superseded, states.get(2).changes() - states.get(1).changes());
		}

		/** The command line writes the same document as an upload does; its history entries may differ. */
		Learned byCommandLine(DocumentStates before, DocumentStates after) {
			assertThat(after.changedSince(before)).as("the command-line import changed the uploaded document only")
				.containsExactlyInAnyOrderElementsOf(written.get(1).keySet());
			written.get(1).forEach((part, text) -> assertThat(after.parts().get(part).current())
				.as("the command line imports %s as an upload does", part).isEqualTo(text));
			var superseded = new HashMap<String, Long>();
			written.get(1).keySet().forEach(part -> superseded.put(part,
					after.parts().get(part).superseded() - before.parts().get(part).superseded()));
			return new Learned(written, superseded, after.changes() - before.changes());
		}

		/** The version that changes something: the one the possible states do not hold. */
		int nextVersion(Set<DocumentStates> possible) {
			var versions = possible.stream().map(state -> holds(state, 0) ? 1 : 0).distinct().toList();
			assertThat(versions).as("what the write changes is known").hasSize(1);
			return versions.getFirst();
		}

		private boolean holds(DocumentStates state, int version) {
			return FaultsTest.holds(state, written.get(version));
		}

		/** Each possible state as it was, and as the write to {@code version} leaves it. */
		Set<DocumentStates> eitherWay(Set<DocumentStates> possible, int version) {
			var next = new LinkedHashSet<DocumentStates>(possible);
			possible.forEach(state -> next.add(state.after(written.get(version), superseded, changes)));
			return next;
		}

		private static Map<String, String> parts(DocumentStates state, List<String> names) {
			var parts = new HashMap<String, String>();
			names.forEach(name -> {
				assertThat(state.parts()).as("a write leaves %s in place", name).containsKey(name);
				parts.put(name, state.parts().get(name).current());
			});
			return parts;
		}

	}

	/** Whether a state holds the parts a write leaves. */
	static boolean holds(DocumentStates state, Map<String, String> written) {
		return written.entrySet().stream().allMatch(entry -> state.parts().containsKey(entry.getKey())
				&& state.parts().get(entry.getKey()).current().equals(entry.getValue()));
	}

	static String send(ChildProcess server, Write write, int version) throws IOException, InterruptedException {
		String query = switch (write) {
			case UPLOAD -> "mutation { importDocument(input: {name: \"%s.yaml\", text: %s}) { dryRun } }"
				.formatted(TOGGLED, ChildProcess.json(VERSIONS.get(version)));
			case TABLE -> "mutation { importIndicatorTable(input: {cityCode: \"082023\", csv: %s}) { dryRun } }"
				.formatted(ChildProcess.json(TABLES.get(version)));
			case MUTATION -> ("mutation { recordActual(input: {indicatorId: \"hitachi-library-users\", fiscalYear: \"R6\", "
					+ "value: \"%s\"}) { changed } }").formatted(ACTUALS.get(version));
			case COMMAND_LINE_IMPORT -> throw new IllegalArgumentException("not over GraphQL");
		};
		var answer = server.graphQl(query, ChildProcess.ADMIN_KEY);
		return answer.statusCode() + " " + answer.body();
	}

	/** Waits until the five bundled documents are in the graph and the server answers: when the import began and ended. */
	static long[] awaitBundledDocuments(ChildProcess server, Path log) throws Exception {
		long begins = -1;
		long deadline = System.nanoTime() + START_LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			if (begins < 0 && Files.exists(log) && Files.readString(log).contains("importing the bundled")) {
				begins = server.uptimeMillis();
			}
			try {
				// Bolt only once the web server answers (503 while it imports is an answer): by then the database
				// has its password, and no attempt fails — Neo4j locks a user out after a few failed ones.
				server.graphQl("{ __typename }", null);
				if (count(server.driver(), "MATCH (d:Document) RETURN count(d)") == 5) {
					long ends = server.uptimeMillis();
					server.awaitAnswering(START_LIMIT);
					return new long[] { Math.max(begins, 0), ends };
				}
			}
			catch (IOException | RuntimeException ex) {
				// the server is not up yet
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("the bundled documents were not imported within " + START_LIMIT);
	}

	/** When (ms after start) a line containing {@code text} appeared in the log, or 0 if it never did. */
	static long watchFor(ChildProcess process, Path log, String text) throws Exception {
		while (process.isAlive()) {
			if (Files.exists(log) && Files.readString(log).contains(text)) {
				return process.uptimeMillis();
			}
			Thread.sleep(20);
		}
		return 0;
	}

	/**
	 * Waits for a random moment of a write and returns it (ms after the start). Where the log says the
	 * write begins, the moment is drawn from the time after it that the write took without a kill (and a
	 * fifth more, so that some kills come after it); where the log never says so, from the whole run (or at
	 * once, if that moment has passed).
	 * Either way the check after the kill is the same: only where the kill lands depends on the log.
	 */
	static long aimAtTheWrite(ChildProcess process, Path log, String begins, long takes, long wholeRun, Random random)
			throws Exception {
		long spread = Math.max(takes, 0) * 12 / 10 + 20;
		long fallback = between(random, 0, wholeRun * 11 / 10);
		while (process.isAlive() && process.uptimeMillis() < wholeRun * 3 / 2 + 5_000) {
			if (Files.exists(log) && Files.readString(log).contains(begins)) {
				Thread.sleep(random.nextLong(spread));
				return process.uptimeMillis();
			}
			Thread.sleep(10);
		}
		sleepUntil(process, fallback);
		return process.uptimeMillis();
	}

	static void sleepUntil(ChildProcess process, long uptimeMillis) throws InterruptedException {
		long wait = uptimeMillis - process.uptimeMillis();
		if (wait > 0) {
			Thread.sleep(wait);
		}
	}

	static long between(Random random, long from, long to) {
		return to <= from ? from : from + random.nextLong(to - from + 1);
	}

	static Random seeded(String what) {
		System.out.println("faults: " + what + ", " + KILLS + " kills per kind, seed " + SEED
				+ " (replay: mvn test -Dtest=FaultsTest -Dfaults.seed=" + SEED + " -Dfaults.kills=" + KILLS + ")");
		return new Random(SEED);
	}

	// ---- two submissions at once

	@Test
	void theSameDocumentSubmittedTwiceAtOnceIsWrittenOnce() {
		try (var context = new SpringApplicationBuilder(PlangraphApplication.class).web(WebApplicationType.NONE)
			.run("--plangraph.neo4j.embedded.data-directory=" + work.resolve("twice"), "--plangraph.neo4j.embedded.bolt-port=0",
					"--plangraph.import.on-empty-database=false")) {
			var importer = context.getBean(PlanImporter.class);
			var document = SyntheticPlan.of("twice", 2, 3, 3, 2);
			var first = CompletableFuture.runAsync(() -> importer.importDocuments(List.of(document)));
			var second = CompletableFuture.runAsync(() -> importer.importDocuments(List.of(document)));
			CompletableFuture.allOf(first, second).join();
			var driver = context.getBean(Driver.class);
			int elements = 2 + 2 * 3 + 2 * 3 * 3 + 2 * 3 * 3 * 2;
			assertThat(count(driver, "MATCH (e:PlanElement {documentId: 'twice'}) RETURN count(e)")).isEqualTo(elements);
			assertThat(count(driver, "MATCH (v:IndicatorValue {documentId: 'twice'}) RETURN count(v)")).isEqualTo(elements * 3);
			assertThat(count(driver, "MATCH (:PlanElement {documentId: 'twice'})-[u:USES]->() RETURN count(u)")).isEqualTo(elements);
		}
	}

	static long count(Driver driver, String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
	}

}
