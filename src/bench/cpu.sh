#!/usr/bin/env bash
# Where a bureau run's time goes between the job and the database (issue 25): runs the bureau run
# (--agency=all --parent=BENCH-HB) of the synthetic city through the launcher, in a fresh MariaDB
# database, `rounds` times, and prints per round its wall time, the JVM's CPU time (user + system,
# /usr/bin/time) and MariaDB's (the server process's, from /proc, during the run). On 2 cores the
# two share the cores, so the wall time follows their sum: the table "Speed, 7 December" of
# RESULTS.md was measured this way, a change at a time. Prints only; nothing is appended.
#
# Usage: src/bench/cpu.sh [rounds]       (default: 2)
# Environment: BENCH_AGENCIES (default 4), BENCH_DIR, JAVA_OPTS (to the launcher, e.g. an
#   -agentpath: profiler, docs/speed.md "Profiling a run"), MYSQL_HOST/MYSQL_PORT (127.0.0.1:3306, root).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
rounds=${1:-2}
scale=city
export BENCH_AGENCIES=${BENCH_AGENCIES:-4}
bench=${BENCH_DIR:-$repo/target/bench}
host=${MYSQL_HOST:-127.0.0.1}
port=${MYSQL_PORT:-3306}
database=annual_report_bench

# shellcheck source=bench-data.sh
. "$repo/src/bench/bench-data.sh"
work=$(dirname "$data")/cpu
base=$(sed -n 's/.*url: \${DB_URL:\(.*\)}$/\1/p' src/main/resources/application-mysql.yml)
export DB_URL=${base/\/annual_report\?//$database?}
export DB_URL=${DB_URL/127.0.0.1:3306/$host:$port}
server=$(pgrep -x mariadbd || pgrep -x mysqld || true)
[ -n "$server" ] || { echo "no local MariaDB/MySQL server process: its CPU cannot be read" >&2; exit 1; }
"$repo/target/annual-report" --help >/dev/null 2>&1   # the launcher's archive, made before any timing
server_cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }

echo "| round | wall | JVM CPU | database CPU | peak RSS |"
echo "| ---: | ---: | ---: | ---: | ---: |"
for round in $(seq 1 "$rounds"); do
  rm -rf "$work" && mkdir -p "$work"
  mysql -h"$host" -P"$port" -uroot -e "DROP DATABASE IF EXISTS $database; CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  before=$(server_cpu)
  start=$(date +%s.%N)
  (cd "$work" && /usr/bin/time -v -o "$work/time" "$repo/target/annual-report" --year=113 --agency=all --parent=BENCH-HB \
    --input="$data/113" --out="$work/out" --spring.profiles.active=mysql >"$work/run.log" 2>&1) \
    || { echo "round $round failed:"; tail -5 "$work/run.log"; exit 1; }
  end=$(date +%s.%N)
  after=$(server_cpu)
  jvm=$(awk -F: '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$work/time")
  rss=$(awk -F: '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$work/time")
  printf '| %d | %.1f s | %s s | %.1f s | %s MiB |\n' "$round" "$(echo "$end - $start" | bc)" "$jvm" \
    "$(echo "($after - $before) / $(getconf CLK_TCK)" | bc -l)" "$rss"
done
