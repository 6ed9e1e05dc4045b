#!/usr/bin/env sh
# Runs a benchmark command from the project root (see bench/README.md):
#   bench/run.sh generate            wipe ./data-bench, migrate it, write the synthetic Kingdom
#   bench/run.sh territory [--warmup=N] [--iterations=N]
#   bench/run.sh explain [--code=MA-05]
#   bench/run.sh indicators-generate   (re)write the 40 synthetic indicators and their values
#   bench/run.sh indicators [--warmup=N] [--iterations=N]
#   bench/run.sh consultation-generate (re)write 100,000 proposals and 1,000,000 supports
#   bench/run.sh consultation [--warmup=N] [--iterations=N] [--part=all|lists|map]
# Compiles with the "bench" Maven profile, which alone adds bench/src/main/java to the build.
set -eu
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then
  set -- help
fi
exec ./mvnw -q -B -Pbench compile exec:java -Dexec.args="$*"
