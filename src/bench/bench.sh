#!/usr/bin/env bash
# The speed-and-scale benchmark (issue 13). Generates a synthetic bureau of SPEC §3 source folders
# (BenchDataGenerator: a city of 40 agencies, or a town, a tenth of it), then on each database:
#   1. one agency (BENCH-01) alone in a fresh JVM: import, figures, PDF/XLSX/ODS — wall time and
#      peak RSS; then BENCH-02 and BENCH-01 in one JVM, the second one's step times (warm) from
#      the log; beside them, on the same data and machine, the limits: the database's bulk load
#      of the rows the job stored for it, as it stores them (MariaDB LOAD DATA LOCAL INFILE, H2
#      CSVREAD) and plain SQL GROUP BYs giving the figures' sums (BenchLimits);
#   2. the bureau run (--agency=all --parent=BENCH-HB) over every agency, in a fresh database.
# Appends the results table, with the date and the machine, to src/bench/RESULTS.md.
#
# Usage: src/bench/bench.sh [town|city] [h2|mariadb|both]      (default: town both)
#        src/bench/bench.sh startup [rounds]   the start-up timings and their floor (src/bench/startup.sh)
# Every run goes through the launcher (target/annual-report), as officers run the job.
# Environment: JAVA_OPTS (passed to the launcher), BENCH_JAR=true (time `java $JAVA_OPTS -jar` instead),
#   BENCH_DIR (default target/bench),
#   BENCH_AGENCIES (how many agencies to generate instead of the scale's 40 or 4),
#   BENCH_PARALLELISM (annual-report.bureau.parallelism; default the job's: the number of cores),
#   BENCH_NOTE (a line written under the table), MYSQL_HOST/MYSQL_PORT (127.0.0.1:3306, root, no password).
set -euo pipefail
[ "${1:-}" = startup ] && exec "$(dirname "$0")/startup.sh" "${@:2}"
cd "$(dirname "$0")/../.."
repo=$(pwd)
scale=${1:-town}
dbs=${2:-both}
[ "$dbs" = both ] && dbs="h2 mariadb"
bench=${BENCH_DIR:-$repo/target/bench}
host=${MYSQL_HOST:-127.0.0.1}
port=${MYSQL_PORT:-3306}
database=annual_report_bench
results=$repo/src/bench/RESULTS.md
java_opts=${JAVA_OPTS:-}
# milliseconds in the log: the import's wall time is read from its lines' times (BenchLimits)
extra=("--logging.pattern.console=%d{HH:mm:ss.SSS} %-5level %msg%n")
[ -n "${BENCH_PARALLELISM:-}" ] && extra+=("--annual-report.bureau.parallelism=$BENCH_PARALLELISM")

# shellcheck source=bench-data.sh
. "$repo/src/bench/bench-data.sh"
one=$data/113/BENCH-01

# The job as it is run: through the launcher (target/annual-report: the extracted jar with its
# class-data archive, C1 only, heap cap; JAVA_OPTS goes to it), its archive made before any timing.
# BENCH_JAR=true times `java $JAVA_OPTS -jar annual-report.jar` instead, as measured until 7 December 2026.
if [ "${BENCH_JAR:-}" = true ]; then
  launch=(java $java_opts -jar "$jar")
  launched="java -jar"
else
  launch=("$repo/target/annual-report")
  launched="the launcher"
  "$repo/target/annual-report" --help >/dev/null 2>&1
fi

# runs the job in $work (H2 under $work/data), timing it; sets wall and rss (MiB)
run_job() {
  local work=$1 label=$2; shift 2
  mkdir -p "$work"
  local start end
  start=$(date +%s.%N)
  (cd "$work" && /usr/bin/time -v -o "$work/$label.time" "${launch[@]}" "$@" "${extra[@]}" \
      >"$work/$label.out" 2>"$work/$label.err") || { echo "run $label failed:"; tail -5 "$work/$label.err"; exit 1; }
  end=$(date +%s.%N)
  wall=$(echo "$end - $start" | bc)
  rss=$(awk -F: '/Maximum resident set size/ {printf "%d", $2/1024}' "$work/$label.time")
}

fresh_db() {
  local db=$1 work=$2
  rm -rf "$work"
  mkdir -p "$work"
  if [ "$db" = mariadb ]; then
    mysql -h"$host" -P"$port" -uroot -e "DROP DATABASE IF EXISTS $database; CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  fi
}

# the 1-minute load average: other work on the machine (2 cores) slows every figure here
load() { cut -d' ' -f1 /proc/loadavg; }
val() { sed -n "s/^$1=//p" "$2" | head -1; }
ratio() { echo "scale=2; $1 / $2" | bc; }

date_line=$(date -u '+%Y-%m-%d %H:%M UTC')
machine="$(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)"
commit=${BENCH_COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- src/main 2>/dev/null || echo "+changes")}
{
  echo
  echo "## $scale ($agencies agencies), $date_line, commit $commit"
  echo
  echo "Machine: $machine. Run through $launched; JAVA_OPTS: \`${java_opts:-none}\`. ${BENCH_NOTE:-}"
  echo
  echo "| database | bureau run | vs LOAD DATA floor | import, warm | vs bulk load | figures step, warm | vs GROUP BY | render, warm | renders in the bureau run | PDF pages | RSS one agency | RSS bureau run | load |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} >"$bench/table.md"

for db in $dbs; do
  work=$(dirname "$data")/$db/one
  bureau_work=$(dirname "$data")/$db/bureau
  warm_work=$(dirname "$data")/$db/warm
  args=()
  if [ "$db" = mariadb ]; then
    base=$(sed -n 's/.*url: \${DB_URL:\(.*\)}$/\1/p' src/main/resources/application-mysql.yml)
    export DB_URL=${base/\/annual_report\?//$database?}
    export DB_URL=${DB_URL/127.0.0.1:3306/$host:$port}
    args=(--spring.profiles.active=mysql)
    limits_url="$DB_URL&allowLoadLocalInfile=true"
    user=root
    mysql -h"$host" -P"$port" -uroot -N -e "select version()" >"$bench/mariadb.version"
  else
    unset DB_URL
    limits_url="jdbc:h2:file:$work/data/annual-report;AUTO_SERVER=TRUE"
    user=sa
  fi

  load_start=$(load)
  echo "== $db: BENCH-01 alone (a cold JVM: wall time and peak RSS)"
  fresh_db "$db" "$work"
  run_job "$work" one --year=113 --agency=BENCH-01 --input="$one" --out="$work/out" "${args[@]}" \
    --logging.level.org.springframework.batch.core.step.AbstractStep=INFO
  one_wall=$wall one_rss=$rss
  # the step times are of an agency run second in one JVM (warm, as the issue measures them)
  measured=BENCH-01 measured_work=$work log=$work/one.out
  if [ "$agencies" -ge 2 ]; then
    echo "== $db: BENCH-02 then BENCH-01 in one JVM (the second one's steps warm)"
    fresh_db "$db" "$warm_work"
    run_job "$warm_work" warm --year=113 --agency=BENCH-02,BENCH-01 --input="$data/113" --out="$warm_work/out" \
      "${args[@]}" --logging.level.org.springframework.batch.core.step.AbstractStep=INFO
    log=$warm_work/warm.out measured_work=$warm_work
    measured=$(sed -n 's/^\(BENCH-[0-9]*\)：完成.*/\1/p' "$log" | tail -1)
  fi
  [ "$db" = h2 ] && limits_url="jdbc:h2:file:$measured_work/data/annual-report;AUTO_SERVER=TRUE"
  java -cp "$cp" tw.annualreport.bench.BenchLimits "$limits_url" "$user" "" "$data/113/$measured" "$measured" \
    "$log" "$measured_work/out/113/$measured/report.pdf" >"$work/limits.txt"
  cat "$work/limits.txt"

  echo "== $db: bureau run of $agencies agencies"
  fresh_db "$db" "$bureau_work"
  run_job "$bureau_work" bureau --year=113 --agency=all --parent=BENCH-HB --input="$data/113" --out="$bureau_work/out" "${args[@]}" \
    --logging.level.org.springframework.batch.core.step.AbstractStep=INFO
  bureau_wall=$wall bureau_rss=$rss
  echo "bureau run: ${bureau_wall}s, ${bureau_rss} MiB"
  # the agencies' render steps in the bureau run (all but the first of each thread in a warm JVM)
  warm=$(java -cp "$cp" tw.annualreport.bench.BenchLimits --renders "$bureau_work/bureau.out")

  l=$work/limits.txt
  import_s=$(val import.seconds "$l") rows=$(val source.rows "$l") load_s=$(val load.seconds "$l")
  figures_s=$(val step.computeFiguresStep "$l") groupby_s=$(val groupby.seconds "$l")
  render_s=$(val step.renderReportStep "$l") pages=$(val pdf.pages "$l")
  import_rate=$(echo "$rows / $import_s" | bc) load_rate=$(echo "$rows / $load_s" | bc)
  # the floor: every agency's rows (all of one size) loaded by the database itself, as measured above
  floor_s=$(echo "$agencies * $load_s" | bc)
  printf '| %s | %.1f s | %.1f s: %s× | %s rows in %.1f s = %s rows/s | %s rows/s: %s× | %.2f s | %.2f s: %s× | %.2f s | %s | %s | %s MiB (%.0f s) | %s MiB | %s |\n' \
    "$db" "$bureau_wall" "$floor_s" "$(ratio "$bureau_wall" "$floor_s")" "$rows" "$import_s" "$import_rate" "$load_rate" "$(ratio "$import_rate" "$load_rate")" \
    "$figures_s" "$groupby_s" "$(ratio "$figures_s" "$groupby_s")" "$render_s" "$warm" "$pages" "$one_rss" "$one_wall" \
    "$bureau_rss" "$load_start → $(load)" >>"$bench/table.md"
done
[ -f "$bench/mariadb.version" ] && echo "" >>"$bench/table.md" && echo "MariaDB $(cat "$bench/mariadb.version")." >>"$bench/table.md"
cat "$bench/table.md" | tee -a "$results"
