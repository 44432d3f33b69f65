#!/usr/bin/env python3
"""Prints orgrules next to its peers: latency per query kind and orgrules' ratio (below 1: orgrules is faster).
Usage: compare.py ORGRULES.json PEER.json [PEER.json …]"""
import json
import sys

org = json.load(open(sys.argv[1]))["runs"][0]
peers = [json.load(open(p)) for p in sys.argv[2:]]
print(f"{org['people']:,} people: orgrules load+fire {org['load_fire_ms']} ms; "
      + "; ".join(f"{p['peer']} load {p['load_ms']} ms" for p in peers))
head = f"  {'query':12} {'orgrules mean/p99 µs':>22}"
for p in peers:
    head += f" | {p['peer'] + ' mean/p99 µs':>26} {'ratio p99':>9}"
print(head)
for kind in ("reports_to", "chain", "team_all"):
    o = org["queries"][kind]
    line = f"  {kind:12} {o['mean_us']:>10.2f} / {o['p99_us']:<9.2f}"
    for p in peers:
        q = p["queries"][kind]
        line += f" | {q['mean_us']:>12.2f} / {q['p99_us']:<11.2f} {o['p99_us'] / max(q['p99_us'], 1e-9):>9.3f}"
    print(line)
