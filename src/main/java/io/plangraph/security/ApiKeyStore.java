package io.plangraph.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * API keys created at run time, kept in the graph as {@code (:ApiKey)} nodes with only the key's SHA-256,
 * so a copy of the database (or a backup) holds no usable key. A revoked key stays, marked, for the record.
 */
@Component
class ApiKeyStore {

	private static final Pattern CITY = Pattern.compile("\\d{6}");

	/** lastUsed is kept to the minute: a request within the same minute writes nothing. */
	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final Driver driver;

	private final Clock clock;

	private final SecurityProperties configured;

	ApiKeyStore(Driver driver, Clock clock, SecurityProperties configured) {
		this.driver = driver;
		this.clock = clock;
		this.configured = configured;
	}

	/** A key as an operator sees it: never the key itself. */
	record StoredKey(String id, String name, SecurityProperties.Role role, List<String> cities, OffsetDateTime created,
			String createdBy, OffsetDateTime lastUsed, OffsetDateTime revoked) {

		static StoredKey of(Value k) {
			return new StoredKey(k.get("id").asString(), k.get("name").asString(),
					SecurityProperties.Role.valueOf(k.get("role").asString()),
					k.get("cities").asList(Value::asString), instant(k.get("created")),
					k.get("createdBy").asString(), instant(k.get("lastUsed")), instant(k.get("revoked")));
		}

		/** The graph keeps these instants as ISO-8601 text (see {@link ApiKeyStore#now()}). */
		private static OffsetDateTime instant(Value text) {
			return text.isNull() ? null : OffsetDateTime.parse(text.asString());
		}

	}

	record CreatedKey(String key, StoredKey apiKey) {
	}

	CreatedKey create(String name, SecurityProperties.Role role, List<String> cities, String createdBy) {
		String strippedName = name == null ? "" : name.strip();
		if (strippedName.isEmpty()) {
			throw new IllegalArgumentException("input.name: a key needs a name (it is written into the change history)");
		}
		if (configured.apiKeys().stream().anyMatch(key -> strippedName.equals(key.name()))) {
			throw new IllegalArgumentException("input.name: '" + strippedName + "' is the name of a configured key");
		}
		List<String> codes = cities == null ? List.of() : cities.stream().map(String::strip).distinct().toList();
		codes.stream().filter(code -> !CITY.matcher(code).matches()).findFirst().ifPresent(code -> {
			throw new IllegalArgumentException(
					"input.cities: '" + code + "' is not a municipality code (six digits, e.g. 082023)");
		});
		if (role == SecurityProperties.Role.EDITOR && codes.isEmpty()) {
			throw new IllegalArgumentException("input.cities: an EDITOR key needs the cities it may change");
		}
		if (role == SecurityProperties.Role.ADMIN && !codes.isEmpty()) {
			throw new IllegalArgumentException("input.cities: an ADMIN key changes every city; give no cities");
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String key = "pg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		List<Record> created;
		try {
			created = driver.executableQuery("""
					OPTIONAL MATCH (same:ApiKey {name: $name})
					WITH count(same) AS taken
					WHERE taken = 0
					CREATE (k:ApiKey {id: $id, name: $name, sha256: $sha256, role: $role, cities: $cities,
					                  created: $now, createdBy: $by})
					RETURN k""")
				.withParameters(Map.of("id", UUID.randomUUID().toString(), "name", strippedName, "sha256",
						HexFormat.of().formatHex(ApiKeyAuthentication.sha256(key)), "role", role.name(), "cities", codes,
						"now", now(), "by", createdBy))
				.execute()
				.records();
		}
		catch (ClientException ex) {
			if (!ex.code().endsWith("ConstraintValidationFailed")) {
				throw ex;
			}
			// Two keys of the same name created at once: the unique constraint lets one through.
			created = List.of();
		}
		if (created.isEmpty()) {
			throw new IllegalArgumentException("input.name: a key named '" + strippedName + "' exists already");
		}
		return new CreatedKey(key, StoredKey.of(created.getFirst().get("k")));
	}

	List<StoredKey> list() {
		return driver.executableQuery("MATCH (k:ApiKey) RETURN k ORDER BY k.created, k.name")
			.execute()
			.records()
			.stream()
			.map(r -> StoredKey.of(r.get("k")))
			.toList();
	}

	StoredKey revoke(String id, String revokedBy) {
		var records = driver.executableQuery("""
				MATCH (k:ApiKey {id: $id})
				SET k.revoked = coalesce(k.revoked, $now), k.revokedBy = coalesce(k.revokedBy, $by)
				RETURN k""").withParameters(Map.of("id", id, "now", now(), "by", revokedBy)).execute().records();
		if (records.isEmpty()) {
			// A mutation on something that does not exist is NOT_FOUND, as for the editing mutations.
			throw new ApiKeyController.Refused(ErrorType.NOT_FOUND, "id: there is no API key with id '" + id + "'");
		}
		return StoredKey.of(records.getFirst().get("k"));
	}

	/**
	 * The valid key with this SHA-256, noting that it was used. Found through the unique index on the hash:
	 * what a lookup's timing could reveal is about the hash, never the key.
	 */
	Optional<StoredKey> findValid(byte[] sha256) {
		String hash = HexFormat.of().formatHex(sha256);
		List<Record> found = driver.executableQuery("MATCH (k:ApiKey {sha256: $sha256}) WHERE k.revoked IS NULL RETURN k")
			.withParameters(Map.of("sha256", hash))
			.execute()
			.records();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var key = StoredKey.of(found.getFirst().get("k"));
		String now = now();
		if (key.lastUsed() == null || key.lastUsed().plus(LAST_USED_PRECISION).isBefore(OffsetDateTime.parse(now))) {
			driver.executableQuery("MATCH (k:ApiKey {sha256: $sha256}) SET k.lastUsed = $now")
				.withParameters(Map.of("sha256", hash, "now", now))
				.execute();
		}
		return Optional.of(key);
	}

	private String now() {
		return ZonedDateTime.now(clock).withNano(0).toOffsetDateTime().toString();
	}

}
