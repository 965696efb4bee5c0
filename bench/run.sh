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
BUILT_JAR="$(ls target/skills4cities-toolkit-*.jar | grep -v original | head -n 1)"
JAR="$WORK/app/$(basename "$BUILT_JAR")"
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

# Starts the jar (with any extra JVM options given) and waits until it is ready; sets APP_PID and STARTUP_MS.
start_app() {
    local started
    started=$(date +%s%N)
    "$JAVA" -Xmx512m "$@" -jar "$JAR" --server.port="$PORT" --toolkit.data-dir="$WORK/data" \
        --spring.web.resources.static-locations="classpath:/static/,file:$WORK/static/" \
        --logging.level.root=WARN >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    until curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; do
        sleep 0.05
        kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
    done
    STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
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
if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then
    echo "Port $PORT is already in use" >&2
    exit 1
fi
"$JAVA" -Djarmode=tools -jar "$BUILT_JAR" extract --destination "$WORK/app" >/dev/null
start_app
COLD_MS=$STARTUP_MS
stop_app
start_app
WARM_MS=$STARTUP_MS
stop_app
echo "Training the AOT cache..."
"$JAVA" -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh -jar "$JAR" \
    --toolkit.data-dir="$WORK/training" --server.port="$PORT" --logging.level.root=WARN >"$WORK/training.log" 2>&1
rm -rf "$WORK/data"
start_app -XX:AOTCache="$WORK/app.aot"
AOT_COLD_MS=$STARTUP_MS
stop_app
start_app -XX:AOTCache="$WORK/app.aot"
AOT_WARM_MS=$STARTUP_MS
echo "start-up: fresh ${COLD_MS} ms, warm ${WARM_MS} ms;" \
    "with AOT cache: fresh ${AOT_COLD_MS} ms, warm ${AOT_WARM_MS} ms"

declare -A PATHS=(
    [json]="/api/v1/frameworks/skills4cities"
    [competence]="/frameworks/skills4cities/competences/C.7"
    [role]="/frameworks/skills4cities/roles/SCPM"
    [compare]="/frameworks/skills4cities/compare"
    [search]="/search?q=digital+twins"
)
declare -A TARGETS=([json]=0.8 [competence]=0.5 [role]=0.5 [compare]=0.5 [search]=0.3)
ORDER=(json competence role compare search)

echo "Warming up every endpoint..."
for name in "${ORDER[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE${PATHS[$name]}" >/dev/null
done

ROWS=""
for name in "${ORDER[@]}"; do
    curl -fs "$BASE${PATHS[$name]}" -o "$STATIC/$name.bin"
    bytes=$(stat -c %s "$STATIC/$name.bin")
    curl -fs "$BASE/bench/$name.bin" -o /dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE${PATHS[$name]}" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE/bench/$name.bin" >/dev/null
    read -r static_rps static_p99 <<<"$(measure "$BASE/bench/$name.bin")"
    read -r rps p99 <<<"$(measure "$BASE${PATHS[$name]}")"
    ratio=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN {printf "%.2f", a / b}')
    latency_ratio=$(awk -v a="$static_p99" -v b="$p99" 'BEGIN {printf "%.2f", a / b}')
    target=${TARGETS[$name]}
    verdict=$(awk -v r="$ratio" -v l="$latency_ratio" -v t="$target" 'BEGIN {print (r >= t && l >= t) ? "met" : "missed"}')
    echo "$name: $rps req/s (static $static_rps), p99 $p99 ms (static $static_p99 ms), ratios $ratio / $latency_ratio, target $target: $verdict"
    ROWS+="| $name | \`${PATHS[$name]}\` | $bytes | $rps | $static_rps | **$ratio** | $p99 | $static_p99 | **$latency_ratio** | $target | $verdict |"$'\n'
done

# Search once more with a different query on every request, so that no answer comes from the result cache.
cat >"$WORK/unique.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/search?q=digital+twins+" .. counter)
end
LUA
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$WORK/unique.lua" "$BASE" >/dev/null
out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/unique.lua" "$BASE")
UNCACHED_RPS=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
UNCACHED_P99=$(awk '$1 == "99%" {print $2}' <<<"$out")
UNCACHED_RATIO=$(awk -v a="$UNCACHED_RPS" -v b="$static_rps" 'BEGIN {printf "%.2f", a / b}')
echo "search, every query new: $UNCACHED_RPS req/s, p99 $UNCACHED_P99, throughput ratio $UNCACHED_RATIO"
stop_app

CPU="$(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}')"
JVM="$("$JAVA" -version 2>&1 | head -n 1)"
# The section of the assessment benchmark (AssessmentBenchmark, see that section) is kept as it is.
KEPT="$(sed -n '/^## Gap reports and team views/,$p' docs/benchmarks.md)"
cat > docs/benchmarks.md <<MD
# Benchmarks

Measured by \`bench/run.sh\` on $(date -u +%Y-%m-%d) on $(nproc) cores ($CPU), $JVM, embedded H2 database,
with wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION} s per measurement, over loopback, after a 5 s
warm-up of every endpoint and another 5 s of each just before its measurement.

Each endpoint is compared with a **static file of exactly the same size** (its own response, saved to disk)
served by the same JVM under the same load in the same run, so the ratios say how much the toolkit's own work
costs and hold on a shared, noisy machine where absolute figures do not.

- *throughput ratio* = endpoint requests/s ÷ static-file requests/s (higher is better);
- *p99 ratio* = static-file p99 latency ÷ endpoint p99 latency (higher is better; 1.0 = as fast as the file).

Targets on 2 cores: framework JSON ≥ 0.8, pages ≥ 0.5, search ≥ 0.3, for both ratios.

| what | path | bytes | req/s | static req/s | throughput ratio | p99 ms | static p99 ms | p99 ratio | target | |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|
$ROWS
The search row repeats one query, as a popular query is repeated in use, so after the first request its hits come
from the result cache (\`toolkit.search.result-cache-size\`, emptied whenever a framework is imported). With a
different query on every request (a wrk Lua script appending a counter), so that every request runs the Lucene
query and the highlighter: **$UNCACHED_RPS req/s**, p99 $UNCACHED_P99, throughput ratio **$UNCACHED_RATIO** against the
same static file.

Pages: the main content of a competence, role, framework or comparison page is rendered once per framework
version, language and address and kept (\`RenderedFragments\`); the page frame is rendered on every request.

## Start-up

Process start to \`/actuator/health/readiness\` = UP, with \`-Xmx512m\`, from the extracted jar
(\`java -Djarmode=tools -jar app.jar extract\`):

| | fresh data folder (migrations, reference framework imported, index built) | second start on the same data |
|---|---:|---:|
| plain JVM | $COLD_MS ms | $WARM_MS ms |
| with an AOT cache (\`-XX:AOTCache\`, JDK 25, trained once with \`-XX:AOTCacheOutput\`) | **$AOT_COLD_MS ms** | **$AOT_WARM_MS ms** |

Target: under 8 seconds to ready on the embedded database. How to train and use the AOT cache is in the README.

## Reproduce

    ./mvnw -DskipTests package
    bench/run.sh            # or bench/run.sh 30 for longer measurements

The script needs \`wrk\` and \`curl\` (Debian: \`apt-get install wrk curl\`). It starts the jar on port $PORT
with a temporary data folder, and writes this file.
MD
if [ -n "$KEPT" ]; then
    printf '\n%s\n' "$KEPT" >>docs/benchmarks.md
fi
echo "Wrote docs/benchmarks.md"
