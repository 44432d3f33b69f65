#!/usr/bin/env python3
"""Per-answer latency of `orgrules shell` driven as a co-process (issue 14).

    scripts/shell-latency.py ORG.CSV [LINES]        (LINES default 2000)

Reads the ids of ORG.CSV (as `./orgrules bench --export DIR --sizes 100000` writes it), makes LINES
seeded lines cycling `senior A B`, `reports-to A`, `reports-to A B`, `chain A`, starts
`./orgrules --facts ORG.CSV --json shell` and, once its `:facts` answer says the load is done:
  1. one line at a time: write, flush, read the one answer line; a time stamp each side;
  2. the same lines again, all written at once (a pipe), time to the last answer / LINES.
Prints the load time, mean / p50 / p99 / max of (1) overall, after the first 100, and per kind, and (2).
Extra arguments for the launcher go in ORGRULES_JAVA_OPTS as usual.
"""
import csv, json, random, statistics, subprocess, sys, threading, time, os

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
org, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2000
with open(org, newline="", encoding="utf-8") as f:
    ids = [row["id"] for row in csv.DictReader(f)]
rnd = random.Random(14)
kinds = ["senior", "reports-to", "reports-to2", "chain"]
lines = []
for i in range(n):
    k = kinds[i % 4]
    a, b = rnd.choice(ids), rnd.choice(ids)
    lines.append((k, {"senior": f"senior {a} {b}", "reports-to": f"reports-to {a}",
                      "reports-to2": f"reports-to {a} {b}", "chain": f"chain {a}"}[k]))

t0 = time.perf_counter()
p = subprocess.Popen([os.path.join(here, "orgrules"), "--facts", org, "--json", "shell"], cwd=here,
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8", bufsize=1)
p.stdin.write(":facts\n"); p.stdin.flush()
people = json.loads(p.stdout.readline())["people"]
load = time.perf_counter() - t0

def ms(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] * 1000

lat, by_kind, errors = [], {k: [] for k in kinds}, 0
for k, line in lines:
    s = time.perf_counter()
    p.stdin.write(line + "\n"); p.stdin.flush()
    answer = p.stdout.readline()
    d = time.perf_counter() - s
    errors += "error" in json.loads(answer)
    lat.append(d); by_kind[k].append(d)

got = []
reader = threading.Thread(target=lambda: got.extend(p.stdout.readline() for _ in lines))
s = time.perf_counter()
reader.start()
p.stdin.write("".join(line + "\n" for _, line in lines)); p.stdin.flush()
reader.join()
piped = time.perf_counter() - s
p.stdin.close(); p.wait()

def row(name, xs):
    print(f"  {name:<22} n={len(xs):5}  mean {statistics.mean(xs) * 1000:6.3f} ms  p50 {ms(xs, .5):6.3f}  "
          f"p99 {ms(xs, .99):6.3f}  max {ms(xs, 1):7.3f}")

print(f"{people} people; start + load (rules from the cache, facts, derivation) {load:.2f} s; {errors} error answers")
print("one line at a time (write, flush, read the answer):")
row("all", lat)
row("after the first 100", lat[100:])
for k in kinds:
    row(k.replace("reports-to2", "reports-to A B"), by_kind[k])
print(f"all {n} lines written at once: {piped:.3f} s to the last answer, {piped / n * 1000:.3f} ms per answer")
