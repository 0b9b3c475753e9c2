package io.plangraph.neo4j;

import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data version, which every kept read checks, changes exactly when a write raises it: one read of it
 * after each commit, however the commit came in, and none in between.
 */
@PlangraphTest
class GraphVersionTest {

	@Autowired
	GraphVersion version;

	@Autowired
	Driver driver;

	@Test
	void aWriteCommittedOverBoltIsSeenByTheVeryNextReadOfTheVersion() {
		long before = version.current();

		try (var session = driver.session()) {
			session.executeWrite(tx -> {
				GraphVersion.raise(tx);
				return null;
			});
		}

		assertThat(version.current()).isEqualTo(before + 1);
	}

	@Test
	void withoutAWriteTheVersionStaysWhatItWas() {
		long now = version.current();

		try (var session = driver.session()) {
			session.executeRead(tx -> tx.run("MATCH (p:Plan) RETURN count(p)").consume());
		}

		assertThat(version.current()).isEqualTo(now);
		assertThat(version.current()).isEqualTo(now);
	}

	@Test
	void twoWritesRaiseItTwice() {
		long before = version.current();

		for (int write = 0; write < 2; write++) {
			try (var session = driver.session()) {
				session.executeWrite(tx -> {
					GraphVersion.raise(tx);
					return null;
				});
			}
		}

		assertThat(version.current()).isEqualTo(before + 2);
	}

}
