#!/usr/bin/env bash
# Benchmark of the explorer and API over HTTP with wrk, on this machine, in one run:
# each endpoint's throughput and p99 latency is compared with a static file of the same size served by the same JVM
# under the same load, and start-up to readiness is timed on a fresh embedded database and on a warm one.
# Usage: bench/run.sh [seconds-per-endpoint]   (needs wrk, curl and a built jar: ./mvnw -DskipTests package)
# Writes docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-15}"
THREADS=2
CONNECTIONS=16
PORT="${BENCH_PORT:-18080}"
WORK="$(mktemp -d)"
STATIC="$WORK/static/bench"
mkdir -p "$STATIC"
JAR="$(ls target/skills4cities-toolkit-*.jar | grep -v original | head -n 1)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
BASE="http://127.0.0.1:$PORT"
APP_PID=""

stop_app() {
    if [ -n "$APP_PID" ]; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
        APP_PID=""
    fi
}
trap 'stop_app; rm -rf "$WORK"' EXIT

start_app() {
    local started
    started=$(date +%s%N)
    "$JAVA" -Xmx512m -jar "$JAR" --server.port="$PORT" --toolkit.data-dir="$WORK/data" \
        --spring.web.resources.static-locations="classpath:/static/,file:$WORK/static/" \
        --logging.level.root=WARN >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    until curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; do
        sleep 0.05
        kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
    done
    echo $(( ($(date +%s%N) - started) / 1000000 ))
}

# wrk prints "Requests/sec: N" and, with --latency, a " 99% 12.34ms" line; both are turned into plain numbers.
measure() {
    local out rps p99
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
    echo "$rps $p99"
}

echo "Starting on a fresh embedded database..."
COLD_MS=$(start_app)
stop_app
WARM_MS=$(start_app)
echo "start-up: fresh ${COLD_MS} ms, warm ${WARM_MS} ms"

declare -A PATHS=(
    [json]="/api/v1/frameworks/skills4cities"
    [competence]="/frameworks/skills4cities/competences/C.7"
    [role]="/frameworks/skills4cities/roles/SCPM"
    [compare]="/frameworks/skills4cities/compare"
    [search]="/search?q=digital+twins"
)
declare -A TARGETS=([json]=0.8 [competence]=0.5 [role]=0.5 [compare]=0.5 [search]=0.3)
ORDER=(json competence role compare search)

ROWS=""
for name in "${ORDER[@]}"; do
    curl -fs "$BASE${PATHS[$name]}" -o "$STATIC/$name.bin"
    bytes=$(stat -c %s "$STATIC/$name.bin")
    curl -fs "$BASE/bench/$name.bin" -o /dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$BASE${PATHS[$name]}" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$BASE/bench/$name.bin" >/dev/null
    read -r static_rps static_p99 <<<"$(measure "$BASE/bench/$name.bin")"
    read -r rps p99 <<<"$(measure "$BASE${PATHS[$name]}")"
    ratio=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN {printf "%.2f", a / b}')
    latency_ratio=$(awk -v a="$static_p99" -v b="$p99" 'BEGIN {printf "%.2f", a / b}')
    target=${TARGETS[$name]}
    verdict=$(awk -v r="$ratio" -v l="$latency_ratio" -v t="$target" 'BEGIN {print (r >= t && l >= t) ? "met" : "missed"}')
    echo "$name: $rps req/s (static $static_rps), p99 $p99 ms (static $static_p99 ms), ratios $ratio / $latency_ratio, target $target: $verdict"
    ROWS+="| $name | \`${PATHS[$name]}\` | $bytes | $rps | $static_rps | **$ratio** | $p99 | $static_p99 | **$latency_ratio** | $target | $verdict |"$'\n'
done
stop_app

CPU="$(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}')"
JVM="$("$JAVA" -version 2>&1 | head -n 1)"
cat > docs/benchmarks.md <<MD
# Benchmarks

Measured by \`bench/run.sh\` on $(date -u +%Y-%m-%d) on $(nproc) cores ($CPU), $JVM, embedded H2 database,
with wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION} s per measurement after a 3 s warm-up, over loopback.

Each endpoint is compared with a **static file of exactly the same size** (its own response, saved to disk)
served by the same JVM under the same load in the same run, so the ratios say how much the toolkit's own work
costs and hold on a shared, noisy machine where absolute figures do not.

- *throughput ratio* = endpoint requests/s ÷ static-file requests/s (higher is better);
- *p99 ratio* = static-file p99 latency ÷ endpoint p99 latency (higher is better; 1.0 = as fast as the file).

Targets on 2 cores: framework JSON ≥ 0.8, pages ≥ 0.5, search ≥ 0.3, for both ratios.

| what | path | bytes | req/s | static req/s | throughput ratio | p99 ms | static p99 ms | p99 ratio | target | |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|
$ROWS
## Start-up

Process start to \`/actuator/health/readiness\` = UP, with \`-Xmx512m\`:

- fresh data folder (Flyway migrations, reference framework imported, search index built): **$COLD_MS ms**
- second start on the same data (framework already stored): **$WARM_MS ms**

Target: under 8 seconds to ready on the embedded database.

## Reproduce

    ./mvnw -DskipTests package
    bench/run.sh            # or bench/run.sh 30 for longer measurements

The script needs \`wrk\` and \`curl\` (Debian: \`apt-get install wrk curl\`). It starts the jar on port $PORT
with a temporary data folder, and writes this file.
MD
echo "Wrote docs/benchmarks.md"
