#!/usr/bin/env bash
# One-call figures (issue 14): the cost of one CLI call on the bundled sample, cold and warm rule
# cache, next to `java -version`, all measured in this one run, in a fresh cache folder (never
# ~/.cache). Median of N runs (default 5) of /usr/bin/time: wall, user+sys CPU, peak RSS. A miss is
# timed both ways: compiled in process (ORGRULES_CACHE_FILL=in-process) and, as ./orgrules does by
# default, answered by the classic build with the cache filled by a background JVM (not timed: each
# timed call waits for the fill before it).
#   scripts/one-call-bench.sh [N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
n="${1:-5}"
export ORGRULES_CACHE_DIR="$(mktemp -d)"
work="$(mktemp -d)"
trap 'rm -rf "$ORGRULES_CACHE_DIR" "$work"' EXIT
q=(senior 生产总监 生产经理)
./orgrules --help >/dev/null # builds the jar if need be (a --help call makes no archive)
jar="$here/target/orgrules-cli.jar"
opts="-Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss16m"

# one timed run: prints "wall cpu kb"
timed() { /usr/bin/time -f '%e %U %S %M' -o "$work/t" "$@" >/dev/null 2>"$work/err" || true; awk '{printf "%.2f %.2f %d\n", $1, $2 + $3, $4}' "$work/t"; }
# the median line (by wall) of stdin
median() { sort -n | awk '{a[NR] = $0} END {print a[int((NR + 1) / 2)]}'; }
row() { printf '%-52s %6s s %6s s %8s KB\n' "$1" $2 $3 $4; }
waitdump() { while ls -d "$ORGRULES_CACHE_DIR"/*.lock >/dev/null 2>&1; do sleep 1; done; }
# a miss answers with the classic build and a background JVM fills the cache (ORGRULES_CACHE_FILL, see
# ./orgrules): wait for it (at most 3 min) so that it does not share the cores with the next timed call
waitfill() { for _ in $(seq 180); do ls "$ORGRULES_CACHE_DIR"/rules-*.filling >/dev/null 2>&1 || return 0; sleep 1; done; }
drop() { waitfill; rm -f "$ORGRULES_CACHE_DIR"/rules-*.bin; }

printf '%-52s %8s %8s %11s\n' "call (median of $n)" wall cpu peak
row "java -version" $(for i in $(seq "$n"); do timed java -version; done | median)
row "before: classic compile, no CDS (as main)" \
    $(for i in $(seq "$n"); do timed java $opts -jar "$jar" --no-cache "${q[@]}"; done | median)
row "first call ever (classic, background fill)" $(timed ./orgrules "${q[@]}")
waitfill
row "first hit (makes the CDS archive)" $(timed ./orgrules "${q[@]}")
waitdump
ls "$ORGRULES_CACHE_DIR"/cds-*.jsa >/dev/null
row "cold rule cache, in-process compile, CDS: senior" \
    $(for i in $(seq "$n"); do drop; ORGRULES_CACHE_FILL=in-process timed ./orgrules "${q[@]}"; done | median)
row "cold rule cache, classic + background fill, CDS" $(for i in $(seq "$n"); do drop; timed ./orgrules "${q[@]}"; done | median)
waitfill
row "warm rule cache, CDS: senior" $(for i in $(seq "$n"); do timed ./orgrules "${q[@]}"; done | median)
row "warm rule cache, no CDS: senior" \
    $(for i in $(seq "$n"); do timed java $opts -jar "$jar" "${q[@]}"; done | median)
row "--no-cache (classic compile), CDS: senior" $(for i in $(seq "$n"); do timed ./orgrules --no-cache "${q[@]}"; done | median)
row "warm rule cache, CDS: test (shipped suites)" $(for i in $(seq "$n"); do timed ./orgrules test; done | median)
cp -r rules "$work/rules"
./orgrules --rules "$work/rules" "${q[@]}" >/dev/null
waitfill
row "first call after editing one rule file, in-process" $(for i in $(seq "$n"); do
    echo "// edit a$i" >> "$work/rules/core/titles.drl"; ORGRULES_CACHE_FILL=in-process timed ./orgrules --rules "$work/rules" "${q[@]}"; done | median)
row "first call after editing one rule file" $(for i in $(seq "$n"); do
    waitfill; echo "// edit b$i" >> "$work/rules/core/titles.drl"; timed ./orgrules --rules "$work/rules" "${q[@]}"; done | median)
waitfill
row "the call after it (the background fill done)" $(timed ./orgrules --rules "$work/rules" "${q[@]}")

# the shares of one warm and one cold call, from the engine's own log (RuleBase: read + load or
# compile + the seniority table; Derivation: the facts through the rules)
jsa="$(ls "$ORGRULES_CACHE_DIR"/cds-*.jsa)"
share() { java $opts -Xshare:auto -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Dorg.slf4j.simpleLogger.log.org.orgrules.engine=debug \
    -jar "$jar" "${q[@]}" 2>&1 >/dev/null | sed -n 's/.*DEBUG org.orgrules.engine.\(RuleBase\|Derivation\) - /  /p'; }
echo "warm call, engine log:"; share
drop
echo "cold call, engine log:"; share
