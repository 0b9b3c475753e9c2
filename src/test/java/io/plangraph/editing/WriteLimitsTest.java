package io.plangraph.editing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.plangraph.importer.GraphSnapshot;
import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes and time limits agree: a write that runs past {@code plangraph.limits.write-timeout} (here 2.5 s;
 * made slow by another transaction holding the lock it needs) is rolled back by the database and answered
 * as not done, with the graph unchanged; a write that outlasts the read timeout (here 0.25 s) but not its
 * own limit commits and is answered as done. Uploads and tables larger than their limits are refused
 * before anything is read. The limits are short because three tests wait the write limit out; the write that must
 * commit waits 1 s for the lock (four times the read timeout) and is then 1.5 s from its limit.
 */
@PlangraphTest(properties = {
		"plangraph.security.api-keys[0].name=hitachi-editor",
		"plangraph.security.api-keys[0].sha256=552ecb62df54bd2532cbdeb51b3d8dedd0069816752095288156301ab13cc68b",
		"plangraph.security.api-keys[0].role=EDITOR",
		"plangraph.security.api-keys[0].cities[0]=082023",
		"plangraph.limits.write-timeout=2500ms",
		"plangraph.limits.table-rows=3",
		"plangraph.graphql.timeout=250ms" })
class WriteLimitsTest {

	static final String RECORD = """
			mutation($value: String!) {
			  recordActual(input: {indicatorId: "hitachi-navi-downloads", fiscalYear: "R7", value: $value}) { changed }
			}""";

	static final String TABLE = """
			mutation($csv: String!) {
			  importIndicatorTable(input: {cityCode: "082023", csv: $csv}) { added { indicatorId } }
			}""";

	static final String UPLOAD = """
			mutation($text: String!) { importDocument(input: {name: "hitachi.yaml", text: $text}) { dryRun } }""";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	HttpGraphQlTester editor() {
		return GraphQlClient.withKey(port, "hitachi-key");
	}

	/** Another transaction that holds the write lock of an indicator until it is rolled back. */
	Transaction holdLockOf(String indicatorId) {
		var tx = driver.session().beginTransaction();
		tx.run("MATCH (i:Indicator {id: $id}) SET i.lock = true REMOVE i.lock", java.util.Map.of("id", indicatorId)).consume();
		return tx;
	}

	void answeredAsNotDoneWithNothingWritten(HttpGraphQlTester.Request<?> request, String lockedIndicator) {
		String before = GraphSnapshot.of(driver);
		var holder = holdLockOf(lockedIndicator);
		try {
			long started = System.nanoTime();
			request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("WRITE_TIMED_OUT");
				assertThat(error.getMessage()).contains("longer than 2500 ms").contains("nothing was written");
			}));
			assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(2_400);
		}
		finally {
			holder.rollback();
		}
		// Nothing is left running to commit later either.
		assertThat(driver.executableQuery("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'HAS_VALUE' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n")
			.execute().records().getFirst().get("n").asLong()).isZero();
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

	@Test
	void aMutationPastTheWriteLimitIsRolledBackAndAnsweredAsNotDone() {
		answeredAsNotDoneWithNothingWritten(editor().document(RECORD).variable("value", "30,000件"), "hitachi-navi-downloads");
	}

	@Test
	void aTablePastTheWriteLimitIsRolledBackAndAnsweredAsNotDone() {
		answeredAsNotDoneWithNothingWritten(editor().document(TABLE).variable("csv", "指標名,実績値(R7)\nひたちナビダウンロード数,\"30,000件\"\n"),
				"hitachi-navi-downloads");
	}

	@Test
	void anUploadPastTheWriteLimitIsRolledBackAndAnsweredAsNotDone() throws Exception {
		String changed = Files.readString(Path.of("neo4j/data/hitachi-growth-strategy-status-r5.yaml"))
			.replace("value: \"23,751件\"}", "value: \"24,000件\"}");
		answeredAsNotDoneWithNothingWritten(editor().document(UPLOAD).variable("text", changed), "hitachi-navi-downloads");
	}

	@Test
	void aMutationThatOutlastsTheReadTimeoutButNotItsOwnLimitCommitsAndIsAnsweredAsDone() throws InterruptedException {
		var holder = holdLockOf("hitachi-navi-downloads");
		var release = Thread.ofPlatform().start(() -> {
			try {
				Thread.sleep(1_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			holder.rollback();
		});
		editor().document(RECORD).variable("value", "31,000件").execute()
			.path("recordActual.changed").entity(Boolean.class).isEqualTo(true);
		release.join();
		assertThat(driver.executableQuery("MATCH (v:IndicatorValue {text: '31,000件'}) RETURN count(v) AS n").execute()
			.records().getFirst().get("n").asLong()).isOne();
	}

	@Test
	void aTableWithMoreRowsThanTheLimitIsRefusedUpFront() {
		String before = GraphSnapshot.of(driver);
		editor().document(TABLE)
			.variable("csv", "指標名,実績値(R7)\n企業誘致件数,1件\n企業誘致件数,2件\n企業誘致件数,3件\n企業誘致件数,4件\n")
			.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("more than 3 rows").contains("plangraph.limits.table-rows");
			}));
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

	@Test
	void anUploadLargerThanTheLimitIsRefusedUpFront() throws Exception {
		String before = GraphSnapshot.of(driver);
		String large = Files.readString(Path.of("neo4j/data/hitachi-growth-strategy-status-r5.yaml")) + "\n#" + "あ".repeat(200_000);
		editor().document(UPLOAD).variable("text", large)
			.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("INPUT_TOO_LARGE");
				assertThat(error.getMessage()).contains("524288 bytes").contains("plangraph.limits.upload-bytes");
			}));
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

}
