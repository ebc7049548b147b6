#!/usr/bin/env bash
# Workers that scale (issue 25): the same bureau run over the same synthetic agencies, on MariaDB
# and (for the remote runs) RabbitMQ, made three ways in a fresh database each:
#   local      one process, its agencies on threads (annual-report.bureau.parallelism, default cores);
#   1 worker   the manager sends every agency to one --worker process (parallelism as local);
#   2 workers  two --worker processes, each with half the local parallelism (the same cores in all).
# Workers are started and listening before the manager starts; the time is the manager's, from its
# command to its end (its own JVM start included, the workers' not). Appends a table to RESULTS.md.
#
# Usage: src/bench/workers.sh [town|city]        (default: town)
# Environment: BENCH_AGENCIES (agencies to generate, default the scale's), BENCH_DIR (target/bench),
#   WORKER_PARALLELISM (default: nproc), BENCH_NOTE, MYSQL_HOST/MYSQL_PORT (127.0.0.1:3306, root).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
scale=${1:-town}
bench=${BENCH_DIR:-$repo/target/bench}
host=${MYSQL_HOST:-127.0.0.1}
port=${MYSQL_PORT:-3306}
parallelism=${WORKER_PARALLELISM:-$(nproc)}
half=$(( parallelism > 1 ? parallelism / 2 : 1 ))
results=$repo/src/bench/RESULTS.md
database=annual_report_workers
queue=annual-report.bench.$$

# shellcheck source=bench-data.sh
. "$repo/src/bench/bench-data.sh"
work=$(dirname "$data")/workers

base=$(sed -n 's/.*url: \${DB_URL:\(.*\)}$/\1/p' src/main/resources/application-mysql.yml)
url=${base/\/annual_report\?//$database?}
url=${url/127.0.0.1:3306/$host:$port}
db_args=(--spring.profiles.active=mysql "--spring.datasource.url=$url" --spring.datasource.username=root --spring.datasource.password=)
java_opts=(-Xmx1g)

fresh() {
  rm -rf "$work/$1"
  mkdir -p "$work/$1"
  mysql -h"$host" -P"$port" -uroot -e "DROP DATABASE IF EXISTS $database; CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

pids=()
stop_workers() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}
trap stop_workers EXIT

# starts a worker in $work/$1/worker-$2 with the given parallelism and waits until it listens
start_worker() {
  local dir=$work/$1/worker-$2
  mkdir -p "$dir"
  (cd "$dir" && exec java "${java_opts[@]}" -jar "$jar" --worker "--annual-report.bureau.queue=$queue" \
      "--annual-report.bureau.parallelism=$3" "${db_args[@]}" >out.txt 2>err.txt) &
  pids+=($!)
  for _ in $(seq 1 180); do
    grep -q "工作程序已啟動" "$dir/out.txt" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "worker $2 did not start:"; tail -5 "$dir/err.txt"; exit 1
}

# the bureau run in $work/$1, timed; sets wall
bureau_run() {
  local dir=$work/$1; shift
  local start end
  start=$(date +%s.%N)
  (cd "$dir" && java "${java_opts[@]}" -jar "$jar" --year=113 --agency=all --parent=BENCH-HB --input="$data/113" \
      --out="$dir/out" "${db_args[@]}" "$@" >run.out 2>run.err) || { echo "run in $dir failed:"; tail -5 "$dir/run.err"; exit 1; }
  end=$(date +%s.%N)
  wall=$(echo "$end - $start" | bc)
  grep -q "（彙整）：完成" "$dir/run.out" || { echo "no consolidation in $dir/run.out"; exit 1; }
}

remote=(--annual-report.bureau.remote=true "--annual-report.bureau.queue=$queue" --annual-report.bureau.poll-interval=300ms)
load() { cut -d' ' -f1 /proc/loadavg; }
rate() { printf '%.2f' "$(echo "scale=4; $agencies * 60 / $1" | bc)"; }
vs() { printf '%.2f' "$(echo "scale=4; $local_wall / $1" | bc)"; }

echo "== local: one process, parallelism $parallelism"
fresh local
l0=$(load)
bureau_run local "--annual-report.bureau.parallelism=$parallelism"
local_wall=$wall local_load="$l0 → $(load)"
echo "local: ${local_wall}s"

echo "== remote: one worker, parallelism $parallelism"
fresh one
start_worker one 1 "$parallelism"
l0=$(load)
bureau_run one "${remote[@]}"
one_wall=$wall one_load="$l0 → $(load)"
stop_workers
echo "one worker: ${one_wall}s"

echo "== remote: two workers, parallelism $half each"
fresh two
start_worker two 1 "$half"
start_worker two 2 "$half"
l0=$(load)
bureau_run two "${remote[@]}"
two_wall=$wall two_load="$l0 → $(load)"
stop_workers
echo "two workers: ${two_wall}s"

for run in one two; do
  taken=$(cat "$work/$run"/worker-*/out.txt | grep -c "開始處理 agencyReportStep" || true)
  [ "$taken" -ge "$agencies" ] || { echo "the $run run's workers took $taken of $agencies agencies"; exit 1; }
done

{
  echo
  echo "## workers, $scale ($agencies agencies), $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)"
  echo
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), MariaDB and RabbitMQ local, -Xmx1g each process. ${BENCH_NOTE:-}"
  echo
  echo "| run | processes doing agencies | wall (manager) | agencies per minute | vs local | load |"
  echo "| --- | --- | ---: | ---: | ---: | --- |"
  printf '| local | 1 (parallelism %s) | %.1f s | %s | 1.00× | %s |\n' "$parallelism" "$local_wall" "$(rate "$local_wall")" "$local_load"
  printf '| 1 worker | 1 (parallelism %s) | %.1f s | %s | %s× | %s |\n' "$parallelism" "$one_wall" "$(rate "$one_wall")" \
    "$(vs "$one_wall")" "$one_load"
  printf '| 2 workers | 2 (parallelism %s each) | %.1f s | %s | %s× | %s |\n' "$half" "$two_wall" "$(rate "$two_wall")" \
    "$(vs "$two_wall")" "$two_load"
} | tee -a "$results"
