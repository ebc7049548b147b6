#!/bin/sh
# Memory benchmark of the figures (see FiguresMemoryBenchmark). Sizes = survey responses.
# Usage, from the project root: src/test/scripts/figures-memory-benchmark.sh [10000 100000 300000]
set -e
if [ $# -eq 0 ]; then set -- 10000 100000 300000; fi
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath
java -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
	tw.annualreport.summary.FiguresMemoryBenchmark "$@"
