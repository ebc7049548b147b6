#!/usr/bin/env bash
# The start-up benchmark (issue 25), reached as `src/bench/bench.sh startup [rounds]`. On the
# packaged jar, with the floor measured in the same run, each in seconds from the command:
#   floor     `java -version` (a bare JVM) and `java -jar annual-report.jar --help` (the jar, no Spring);
#   first step  a plain run of the sample KHH-ZY until its first step's log line (round 1 on a fresh
#             H2 database, so with the migrations; later rounds on that database);
#   --add-user  the whole command (ANNUAL_REPORT_PASSWORD), on the same database;
#   NOPE, --year=13  the refusals of an unknown agency of --input and of an implausible year.
# Each for `java -Xmx1g -jar` and for the launcher target/annual-report (a copy of the jar and the
# launcher in $BENCH_DIR/startup: its first launch makes the archive, timed apart as "cold").
# Appends the table to src/bench/RESULTS.md. Environment: STARTUP_BEFORE (another jar measured
# beside them the same way, e.g. a build of the commit before a change), BENCH_DIR, BENCH_NOTE.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
rounds=${1:-2}
work=${BENCH_DIR:-$repo/target/bench}/startup
results=$repo/src/bench/RESULTS.md
sample=$repo/config/sample/113/KHH-ZY

echo "== building"
mvn -B -ntp -q package -DskipTests
jar=$repo/target/annual-report.jar
before=${STARTUP_BEFORE:-}
rm -rf "$work"
mkdir -p "$work/bin"
cp "$repo/target/annual-report.jar" "$repo/target/annual-report" "$work/bin/"
launcher=$work/bin/annual-report

# seconds from the start of "$@" (run in $dir) to its first output line matching $pattern, or to its end
seconds_to() {
  local dir=$1 pattern=$2; shift 2
  mkdir -p "$dir"
  (cd "$dir" && perl -MTime::HiRes=time -e '
    my ($pattern, @command) = @ARGV; my $t0 = time; my $at;
    open(my $out, "-|", @command) or die "$command[0]: $!";
    while (my $line = <$out>) { $at //= time - $t0 if $line =~ /$pattern/; }
    close $out; printf "%.1f\n", $at // (time - $t0);' "$pattern" "$@" 2>/dev/null)
}
load() { cut -d' ' -f1 /proc/loadavg; }

# one round of the four timings, for a way of starting it ("${start[@]}")
round() {
  local dir=$1; shift
  local start=("$@") first user nope year
  # the first step's start, as Spring Batch logs it (a run's own lines name files, not steps)
  first=$(seconds_to "$dir" 'Executing step' "${start[@]}" --year=113 --agency=KHH-ZY --input="$sample" --out="$dir/out" \
    --logging.level.org.springframework.batch.core.step.AbstractStep=INFO)
  user=$(ANNUAL_REPORT_PASSWORD=bench-Password-1 seconds_to "$dir" '(?!)' "${start[@]}" --add-user=bench --role=agency --agency=KHH-ZY)
  nope=$(seconds_to "$dir" '(?!)' "${start[@]}" --year=113 --agency=NOPE --input="$sample")
  year=$(seconds_to "$dir" '(?!)' "${start[@]}" --year=13 --agency=KHH-ZY)
  echo "$first | $user | $nope | $year"
}

load_start=$(load)
floor_jvm=$(seconds_to "$work" '(?!)' java -version)
floor_jar=$(seconds_to "$work" '(?!)' java -jar "$jar" --help)
cold=$(seconds_to "$work/cold" 'Executing step' "$launcher" --year=113 --agency=KHH-ZY --input="$sample" --out="$work/cold/out" \
  --logging.level.org.springframework.batch.core.step.AbstractStep=INFO)
table=$work/table.md
{
  echo
  echo "## start-up, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main 2>/dev/null || echo "+changes")"
  echo
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1). Floor: \`java -version\` $floor_jvm s, \`java -jar … --help\` $floor_jar s. Launcher's first launch after a build (extraction and archive included), to the first step: $cold s. ${BENCH_NOTE:-}"
  echo
  echo "| started with | round | first step | --add-user | --agency=NOPE | --year=13 |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for r in $(seq 1 "$rounds"); do
    [ -z "$before" ] || echo "| \`java -Xmx1g -jar\`, STARTUP_BEFORE | $r | $(round "$work/before" java -Xmx1g -jar "$before") |"
    echo "| \`java -Xmx1g -jar\` | $r | $(round "$work/jar" java -Xmx1g -jar "$jar") |"
    echo "| launcher | $r | $(round "$work/launcher" "$launcher") |"
  done
  echo
  echo "Load (1 min): $load_start → $(load)."
} >"$table"
cat "$table" | tee -a "$results"
