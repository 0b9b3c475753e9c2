#!/usr/bin/env bash
# The benchmark: for each size (a number of municipalities: the four real cities plus synthetic ones), a
# fresh embedded database is filled with the command-line import, the server is started on it with a 2 GiB
# heap, and the load driver runs every query of benchmark/queries/plangraph at 1 and 8 clients.
#
#   benchmark/run.sh [SIZE...]          default sizes: 4 200 1741
#   BENCH_SECONDS=20 BENCH_WARMUP=5     seconds measured (and warmed up) per query and client count
#   BENCH_JAVA_OPTS=…                   the server's JVM options beside -Xmx2g (default -XX:+UseParallelGC; '' for the JVM's choice)
#   BENCH_COMPARE=1                     also @neo4j/graphql (npm) over the same database, as 1 and 2 processes,
#                                       for the queries in benchmark/queries/neo4j-graphql
#
# Writes benchmark/reports/report-<date>.md (report-<date>-<time>.md if that exists; and prints it). Everything runs on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

java=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}
[ -x "$java" ] || { echo "a Java 25 is needed (set JAVA=/path/to/java)" >&2; exit 1; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(4 200 1741)
seconds=${BENCH_SECONDS:-20}
warmup=${BENCH_WARMUP:-5}
port=${BENCH_PORT:-18080}
bolt=${BENCH_BOLT_PORT:-17687}
compare_port=${BENCH_COMPARE_PORT:-14000}
# The server's JVM options beside -Xmx2g: the collector the README recommends for a small machine ("Disk and memory").
server_opts=${BENCH_JAVA_OPTS--XX:+UseParallelGC}
# Off the heap: the database's page cache, large enough for the national graph's store (≈ 550 MB).
pagecache=${BENCH_PAGECACHE:-1g}
# An ADMIN key for the server's metrics (round trips per request); it exists only for this run.
admin_key=benchmark-admin-$RANDOM$RANDOM
admin_sha=$(printf %s "$admin_key" | sha256sum | cut -d' ' -f1)
jdk_bin=$(dirname "$java")
work=target/benchmark
jar=target/plangraph-0.1.0-SNAPSHOT.jar
mkdir -p "$work" benchmark/reports
report=benchmark/reports/report-$(date -u +%Y-%m-%d).md
# A second run the same day keeps the first: its report is named by the time too.
[ ! -e "$report" ] || report=benchmark/reports/report-$(date -u +%Y-%m-%d-%H%M).md

[ -f "$jar" ] && [ -z "${BENCH_REBUILD:-}" ] || mvn -B -ntp -q -DskipTests package

{
	echo "# plangraph benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
	echo
	echo "Commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB," \
		"$("$java" -version 2>&1 | head -n 1). Server: \`java -Xmx2g $server_opts -jar\` on an embedded Neo4j; closed-loop clients on" \
		"loopback, ${warmup} s warm-up then ${seconds} s per query and client count; latencies in ms."
	echo "Load on the machine while measuring: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start."
} > "$report"

wait_for_server() {
	local started=$1
	for _ in $(seq 1 1200); do
		if curl -fsS -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ cities(first: 1) { edges { node { code } } } }"}' \
			"http://127.0.0.1:$port/graphql" 2>/dev/null; then
			echo $(( ($(date +%s%N) - started) / 1000000 ))
			return 0
		fi
		sleep 0.5
	done
	return 1
}

for size in "${sizes[@]}"; do
	data=$work/db-$size
	rm -rf "$data" "$work/japan-$size"
	documents=(neo4j/taxonomy neo4j/data)
	if [ "$size" -gt 4 ]; then
		"$java" -jar "$jar" generate $((size - 4)) "$work/japan-$size" --seed=1
		documents+=("$work/japan-$size")
	fi
	files=$(find "${documents[@]}" -maxdepth 1 -name '*.yaml' | wc -l)
	started=$(date +%s%N)
	"$java" -Xmx2g -jar "$jar" import "${documents[@]}" --plangraph.neo4j.embedded.data-directory="$data" \
		--plangraph.neo4j.embedded.bolt-port=0 --logging.level.root=warn > "$work/import-$size.log" 2>&1
	import_ms=$(( ($(date +%s%N) - started) / 1000000 ))

	started=$(date +%s%N)
	# shellcheck disable=SC2086 # the options are words
	"$java" -Xmx2g $server_opts -jar "$jar" --server.port="$port" --plangraph.neo4j.embedded.data-directory="$data" \
		--plangraph.neo4j.embedded.bolt-port="$bolt" --plangraph.neo4j.embedded.bolt-password=benchmark \
		--plangraph.import.on-empty-database=false "--plangraph.neo4j.embedded.settings[server.memory.pagecache.size]=$pagecache" \
		"--plangraph.security.api-keys[0].name=benchmark" "--plangraph.security.api-keys[0].sha256=$admin_sha" \
		"--plangraph.security.api-keys[0].role=ADMIN" > "$work/server-$size.log" 2>&1 &
	server=$!
	trap 'kill $server 2>/dev/null || true' EXIT
	startup_ms=$(wait_for_server "$started") || { echo "the server did not start; see $work/server-$size.log" >&2; exit 1; }

	{
		echo
		echo "## $size municipalities"
		echo
		echo "- import: $files files in $((import_ms / 1000)) s ($(awk "BEGIN {printf \"%.1f\", $files / ($import_ms / 1000)}") files/s), command-line import into an empty database"
		echo "- start-up of the server on that database: $((startup_ms / 1000)).$(( (startup_ms % 1000) / 100 )) s to the first answer"
		echo
		echo "| server | query | clients | requests | errors | first | p50 | p95 | p99 | req/s | db queries/request |"
		echo "|---|---|---|---|---|---|---|---|---|---|---|"
	} >> "$report"
	"$java" benchmark/LoadDriver.java --url "http://127.0.0.1:$port/graphql" --queries benchmark/queries/plangraph \
		--seconds "$seconds" --warmup "$warmup" --label plangraph --metrics "http://127.0.0.1:$port/actuator/prometheus" \
		--metrics-header "Authorization: Bearer $admin_key" | tee -a "$report"
	if [ -n "${BENCH_COMPARE:-}" ]; then
		[ -d benchmark/neo4j-graphql/node_modules ] || (cd benchmark/neo4j-graphql && npm ci --no-audit --no-fund)
		for workers in 1 2; do
			NEO4J_URI="bolt://127.0.0.1:$bolt" NEO4J_USER=neo4j NEO4J_PASSWORD=benchmark PORT="$compare_port" WORKERS="$workers" \
				node benchmark/neo4j-graphql/server.mjs > "$work/neo4j-graphql-$size.log" 2>&1 &
			compared=$!
			for _ in $(seq 1 120); do
				curl -fsS -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' \
					"http://127.0.0.1:$compare_port/" 2>/dev/null && break
				sleep 0.5
			done
			"$java" benchmark/LoadDriver.java --url "http://127.0.0.1:$compare_port/" \
				--queries benchmark/queries/neo4j-graphql --seconds "$seconds" --warmup "$warmup" \
				--label "@neo4j/graphql ($workers process$([ "$workers" -gt 1 ] && echo es))" | tee -a "$report"
			pkill -P "$compared" 2>/dev/null || true
			kill "$compared" 2>/dev/null || true
			wait "$compared" 2>/dev/null || true
		done
	fi
	{
		echo
		"$jdk_bin/jcmd" "$server" GC.run > /dev/null 2>&1 || true
		echo "- server memory after the run: $(awk '/VmHWM/ {printf "%d MB peak", $2 / 1024}' /proc/$server/status)," \
			"$(awk '/VmRSS/ {printf "%d MB resident", $2 / 1024}' /proc/$server/status) (heap at most 2 GiB, page cache $pagecache);" \
			"heap in use after a full GC: $("$jdk_bin/jstat" -gc "$server" 2>/dev/null | awk 'NR == 2 {printf "%d MB", ($3 + $4 + $6 + $8) / 1024}')"
	} >> "$report"
	kill "$server"
	wait "$server" 2>/dev/null || true
	trap - EXIT
done
echo
cat "$report"
