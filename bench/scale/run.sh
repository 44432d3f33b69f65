#!/usr/bin/env bash
# Times `check`, `chain` and `approver` with the CLI on the orgs of issue 18 (BENCHMARKS.md, "Orgs that
# once defeated the rules"). Usage: bench/scale/run.sh [OUTDIR]  (default /tmp/orgrules-scale)
# Each line: the case, the command, wall and CPU seconds (user + sys, every thread), peak RSS, exit code.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-/tmp/orgrules-scale}"
mkdir -p "$out"
cases="chain:10000:m9999 chain:100000:m99999 heads:5000:m4999 nomgr:100000:p99995 mxn:2000:m1999"
for c in $cases; do
  IFS=: read -r kind n who <<<"$c"
  [ -f "$out/$kind-$n.csv" ] || python3 "$here/gen.py" "$kind" "$n" "$out"
done
# fill the rule cache now (not in the background of the timed calls), then one hit, which makes the
# class-data archive in a niced background JVM: wait for it
ORGRULES_CACHE_FILL=in-process "$root/orgrules" --facts "$out/chain-10000.csv" --rules "$root/rules" check >/dev/null 2>&1
"$root/orgrules" --facts "$out/chain-10000.csv" --rules "$root/rules" check >/dev/null 2>&1
cache="${ORGRULES_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/orgrules}"
for _ in $(seq 60); do ls -d "$cache"/*.lock >/dev/null 2>&1 || break; sleep 1; done
for c in $cases; do
  IFS=: read -r kind n who <<<"$c"
  for cmd in "check" "chain $who" "approver $who 生产计划"; do
    /usr/bin/time -f "%e %U %S %M %x" -o "$out/time" "$root/orgrules" --facts "$out/$kind-$n.csv" --rules "$root/rules" \
      $cmd >"$out/answer" 2>&1
    read -r wall user sys rss code < <(tail -1 "$out/time")   # time adds a line when the exit is not 0
    printf '%-14s %-22s wall %6.1f s  cpu %6.1f s  rss %5d MB  exit %s  %s\n' "$kind-$n" "$cmd" "$wall" \
      "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$code" "$( (grep -E ' errors, ' "$out/answer" || head -1 "$out/answer") | head -1 | cut -c1-60)"
  done
done
