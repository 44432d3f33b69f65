#!/usr/bin/env bash
# The load test of `orgrules serve` (BENCHMARKS.md, "serve"): a 100 k-person synthetic org served on a
# free 127.0.0.1 port, 8 clients asking mixed queries for 30 s while the rules are edited 5 times, every
# answer compared with the facade's. Prints the figures; the JSON goes to target/serve-load.json.
# Exit 1 when an answer was wrong or failed, or a reload did not happen.
#
#   bench/serve/run.sh [PEOPLE [CLIENTS [SECONDS [RELOADS]]]]
set -euo pipefail
cd "$(dirname "$0")/../.."
people=${1:-100000} clients=${2:-8} seconds=${3:-30} reloads=${4:-5}
mkdir -p target
# the JVM `serve` runs in (G1, as the launcher gives serve), not bench's throughput collector
export ORGRULES_JAVA_OPTS="${ORGRULES_JAVA_OPTS:--Dfile.encoding=UTF-8 -Xss16m -Xmx8g -XX:+UseG1GC}"
./orgrules --json bench --serve --sizes "$people" --clients "$clients" --seconds "$seconds" --reloads "$reloads" \
  > target/serve-load.json
python3 - target/serve-load.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["serve"]
print(f"{r['people']:,} people, {r['clients']} clients, {r['seconds']} s: {r['requests']:,} requests, "
      f"{r['requests_per_s']:,}/s, p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms, max {r['max_ms']} ms; "
      f"{r['wrong']} wrong, {r['failed']} failed; reloads {r['reloads']} ({r['reload_ms']} ms), versions {r['versions_answering']}")
PY
