import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load driver for a GraphQL endpoint: each client sends one query after another for a fixed
 * time, after a warm-up, and the latencies of all answers give p50/p95/p99 and the throughput. An answer
 * that is not HTTP 200 or has "errors" counts as an error (and is not a latency).
 *
 * <p>No dependencies: {@code java benchmark/LoadDriver.java --url URL --queries DIR [--clients 1,8]
 * [--seconds 20] [--warmup 5] [--header 'X-Api-Key: …'] [--label NAME] [--metrics URL --metrics-header H]}.
 * Prints one Markdown table row per query file and client count to standard output: the first request's
 * latency (alone, before the warm-up), the percentiles and throughput, and — given the server's Prometheus
 * URL — the database queries per request. Sends only to the URLs it is given (loopback here).
 */
public class LoadDriver {

	record Result(String query, int clients, long requests, long errors, double first, double p50, double p95,
			double p99, double perSecond, double queriesPerRequest) {

		String row(String label) {
			return "| %s | %s | %d | %d | %d | %s | %.1f | %.1f | %.1f | %.0f | %s |".formatted(label, query, clients,
					requests, errors, Double.isNaN(first) ? "" : "%.0f".formatted(first), p50, p95, p99, perSecond,
					Double.isNaN(queriesPerRequest) ? "–" : "%.2f".formatted(queriesPerRequest));
		}

	}

	public static void main(String[] args) throws Exception {
		String url = option(args, "--url", "http://127.0.0.1:8080/graphql");
		Path queries = Path.of(option(args, "--queries", "benchmark/queries/plangraph"));
		int[] clients = Arrays.stream(option(args, "--clients", "1,8").split(",")).mapToInt(Integer::parseInt).toArray();
		Duration run = Duration.ofSeconds(Long.parseLong(option(args, "--seconds", "20")));
		Duration warmup = Duration.ofSeconds(Long.parseLong(option(args, "--warmup", "5")));
		String header = option(args, "--header", null);
		String label = option(args, "--label", "plangraph");
		String only = option(args, "--only", null);
		// Prometheus text of the server, for plangraph_graph_queries_total: database round trips per request.
		String metrics = option(args, "--metrics", null);
		String metricsHeader = option(args, "--metrics-header", null);
		if (!url.startsWith("http://127.") && !url.startsWith("http://localhost")) {
			throw new IllegalArgumentException("the driver sends only to this machine (loopback), not to " + url);
		}
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<Path> files;
		try (var list = Files.list(queries)) {
			files = list.filter(f -> f.toString().endsWith(".graphql"))
				.filter(f -> only == null || Arrays.asList(only.split(",")).contains(name(f)))
				.sorted()
				.toList();
		}
		for (Path file : files) {
			String body = "{\"query\":" + json(Files.readString(file)) + "}";
			// The first request of a query, alone: what a reader waits for before anything is kept in memory.
			double first = measure(http, url, header, body, 1, Duration.ZERO).p50();
			for (int n : clients) {
				measure(http, url, header, body, n, warmup);
				double before = queries(http, metrics, metricsHeader);
				var result = measure(http, url, header, body, n, run);
				double after = queries(http, metrics, metricsHeader);
				System.out.println(new Result(name(file), n, result.requests(), result.errors(), n == clients[0] ? first : Double.NaN,
						result.p50(), result.p95(), result.p99(), result.perSecond(),
						(after - before) / (result.requests() + result.errors())).row(label));
				System.out.flush();
			}
		}
	}

	/** The server's count of database queries so far, or NaN without a metrics URL. */
	static double queries(HttpClient http, String metrics, String header) throws IOException, InterruptedException {
		if (metrics == null) {
			return Double.NaN;
		}
		var request = HttpRequest.newBuilder(URI.create(metrics));
		if (header != null) {
			int colon = header.indexOf(':');
			request.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
		}
		String text = http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
		return text.lines()
			.filter(line -> line.startsWith("plangraph_graph_queries_total"))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElse(Double.NaN);
	}

	static String name(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.length() - ".graphql".length());
	}

	static Result measure(HttpClient http, String url, String header, String body, int clients, Duration duration)
			throws InterruptedException {
		long end = System.nanoTime() + duration.toNanos();
		var latencies = new ArrayList<long[]>();
		var counts = new long[clients];
		var errors = new AtomicLong();
		var done = new CountDownLatch(clients);
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			var mine = new long[1 << 20];
			latencies.add(mine);
			int client = c;
			Thread.ofPlatform().start(() -> {
				try {
					do {
						var request = HttpRequest.newBuilder(URI.create(url))
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(body));
						if (header != null) {
							int colon = header.indexOf(':');
							request.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
						}
						long before = System.nanoTime();
						try {
							var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
							long took = System.nanoTime() - before;
							if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
								if (errors.getAndIncrement() == 0) {
									System.err.println("first error: HTTP " + response.statusCode() + " "
											+ response.body().substring(0, Math.min(300, response.body().length())));
								}
							}
							else {
								mine[(int) counts[client]++] = took;
							}
						}
						catch (IOException ex) {
							errors.incrementAndGet();
						}
					}
					while (System.nanoTime() < end && counts[client] < mine.length);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await();
		double seconds = (System.nanoTime() - started) / 1e9;
		int total = (int) Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int c = 0; c < clients; c++) {
			System.arraycopy(latencies.get(c), 0, all, at, (int) counts[c]);
			at += (int) counts[c];
		}
		Arrays.sort(all);
		return new Result("", clients, total, errors.get(), Double.NaN, percentile(all, 0.50), percentile(all, 0.95),
				percentile(all, 0.99), total / seconds, Double.NaN);
	}

	static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

	static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
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

}
