# Sourced by bench.sh and workers.sh (needs $repo, $bench and $scale): builds the jar and the test
# classes, then generates the synthetic bureau once (BenchDataGenerator; BENCH_AGENCIES agencies
# instead of the scale's). Sets cp, jar, data (the folder holding 113/<agency>/) and agencies.
echo "== building"
mvn -B -ntp -q package -DskipTests
mkdir -p "$bench"
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile="$bench/classpath.txt" -Dmdep.includeScope=test >/dev/null
cp=$repo/target/test-classes:$repo/target/classes:$(cat "$bench/classpath.txt")
jar=$repo/target/annual-report.jar

data=$bench/$scale${BENCH_AGENCIES:+-$BENCH_AGENCIES}/data
if [ ! -f "$data/.complete" ]; then
  echo "== generating the $scale"
  rm -rf "$data"
  java -cp "$cp" tw.annualreport.sample.BenchDataGenerator "$data" "$scale" ${BENCH_AGENCIES:-} | tail -1
  touch "$data/.complete"
fi
agencies=$(ls -d "$data"/113/*/ | wc -l)
