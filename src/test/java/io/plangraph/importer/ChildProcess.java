package io.plangraph.importer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.plangraph.PlangraphApplication;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The application in a JVM of its own, on a data directory the test chooses, so that it can be killed
 * (kill -9) at any moment. The test sees it only from outside: its exit, its answers over HTTP and Bolt,
 * and what it left on disk.
 */
final class ChildProcess implements AutoCloseable {

	/** The admin key's SHA-256 (the key is "admin-key"), as the editing tests configure it. */
	static final String ADMIN_KEY = "admin-key";

	private static final String ADMIN_SHA256 = "69a5265506c94c77b787a7d7377b7685a0eff82e33920a71e7ee22cd6154953e";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Process process;

	private final int httpPort;

	// The embedded Bolt port always needs a password; the harness sets the child's, to look at its database.
	private static final String BOLT_PASSWORD = "faults-harness";

	private final int boltPort;

	private final long startedAt = System.nanoTime();

	private Driver driver;

	private ChildProcess(Process process, int httpPort, int boltPort) {
		this.process = process;
		this.httpPort = httpPort;
		this.boltPort = boltPort;
	}

	/** The server on {@code dataDirectory}; it imports the bundled documents only if told to and the graph is empty. */
	static ChildProcess server(Path dataDirectory, boolean importOnEmptyDatabase, Path log) throws IOException {
		int http = freePort();
		int bolt = freePort();
		// The request time limit is not what is tested here: a loaded machine must not turn a write into a refusal.
		return start(List.of("--server.port=" + http, "--plangraph.import.on-empty-database=" + importOnEmptyDatabase,
				"--plangraph.graphql.timeout=120s",
				"--plangraph.security.api-keys[0].name=faults-admin",
				"--plangraph.security.api-keys[0].sha256=" + ADMIN_SHA256,
				"--plangraph.security.api-keys[0].role=ADMIN"), dataDirectory, http, bolt, log);
	}

	/** A command of the command line ({@code import FILE}) on {@code dataDirectory}. */
	static ChildProcess command(Path dataDirectory, Path log, String... arguments) throws IOException {
		int bolt = freePort();
		return start(List.of(arguments), dataDirectory, 0, bolt, log);
	}

	private static ChildProcess start(List<String> arguments, Path dataDirectory, int http, int bolt, Path log)
			throws IOException {
		var command = new ArrayList<String>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
			.filter(argument -> argument.startsWith("--add-opens") || argument.startsWith("--enable-native-access"))
			.forEach(command::add);
		// Two cores are shared by everything on the machine: keep each child small.
		command.addAll(List.of("-Xmx768m", "-cp", System.getProperty("java.class.path"),
				PlangraphApplication.class.getName()));
		command.addAll(arguments);
		command.addAll(List.of("--plangraph.neo4j.embedded.data-directory=" + dataDirectory,
				"--plangraph.neo4j.embedded.bolt-port=" + bolt, "--plangraph.neo4j.embedded.bolt-password=" + BOLT_PASSWORD));
		var process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		return new ChildProcess(process, http, bolt);
	}

	/** Milliseconds since the process was started. */
	long uptimeMillis() {
		return (System.nanoTime() - startedAt) / 1_000_000;
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** Waits for a command to end by itself and returns its exit code. */
	int waitForExit(Duration limit) throws InterruptedException {
		if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("the command did not end within " + limit);
		}
		return process.exitValue();
	}

	/** Waits until the server answers a GraphQL query and its database answers over Bolt. */
	ChildProcess awaitAnswering(Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the server exited with " + process.exitValue() + " before it answered");
			}
			try {
				if (graphQl("{ __typename }", null).statusCode() == 200) {
					driver().verifyConnectivity();
					return this;
				}
			}
			catch (IOException | RuntimeException ex) {
				// not up yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("the server did not answer within " + limit);
	}

	/** A Bolt driver to the child's database (the embedded Neo4j listens on loopback, with the harness's password). */
	Driver driver() {
		if (driver == null) {
			driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", BOLT_PASSWORD));
		}
		return driver;
	}

	/** Posts a GraphQL request, with the admin key where {@code key} is given. */
	HttpResponse<String> graphQl(String query, String key) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/graphql"))
			.timeout(Duration.ofMinutes(2))
			.header("Content-Type", "application/json");
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString("{\"query\":" + json(query) + "}",
				StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** kill -9: no shutdown hook, no flush, nothing the application can do about it. */
	void kill() throws InterruptedException {
		closeDriver();
		process.destroyForcibly();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("a killed process did not end");
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
		closeDriver();
	}

	private void closeDriver() {
		if (driver != null) {
			driver.close();
			driver = null;
		}
	}

	static String json(String text) {
		var out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append("\\u%04x".formatted((int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * What a data directory holds, read by opening it with Neo4j in this JVM (recovering what a killed
	 * process left, as any restart does) and closing it again: quicker than starting the application.
	 */
	static DocumentStates onDisk(Path dataDirectory) throws IOException {
		int bolt = freePort();
		var neo4j = new DatabaseManagementServiceBuilder(dataDirectory)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", bolt))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.build();
		try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none())) {
			return DocumentStates.of(driver);
		}
		finally {
			neo4j.shutdown();
		}
	}

	static Path logFile(Path directory, String name) throws IOException {
		Files.createDirectories(directory);
		return directory.resolve(name + ".log");
	}

}
