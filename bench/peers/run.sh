#!/usr/bin/env bash
# Peers side by side: orgrules, SWI-Prolog (untabled walks) and PostgreSQL 15 (recursive CTEs over
# JDBC) on the same synthetic org and the same queries, then orgrules' ratio to each.
# Usage: bench/peers/run.sh [SIZES]          e.g. bench/peers/run.sh 100000,1000000
# Installs what is missing with apt-get (swi-prolog-nox, postgresql, libpostgresql-jdbc-java); starts
# a throw-away PostgreSQL server on 127.0.0.1:${ORGRULES_PG_PORT:-54329} and stops it on exit.
# Work files go to ${ORGRULES_PEERS_DIR:-/tmp/orgrules-peers}.
set -euo pipefail
sizes="${1:-100000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${ORGRULES_PEERS_DIR:-/tmp/orgrules-peers}"
port="${ORGRULES_PG_PORT:-54329}"
pgbin=/usr/lib/postgresql/15/bin
jdbc=/usr/share/java/postgresql.jar
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
command -v swipl >/dev/null || need+=(swi-prolog-nox)
[ -x "$pgbin/postgres" ] || need+=(postgresql)
[ -f "$jdbc" ] || need+=(libpostgresql-jdbc-java)
if [ ${#need[@]} -gt 0 ]; then
  echo "peers: installing ${need[*]}" >&2
  as_root apt-get update -q >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >&2
fi

mkdir -p "$work"
chmod 755 "$work"
pgdata="$work/pgdata"
pguser="$(id -un)"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && pguser=postgres
rm -rf "$pgdata"
mkdir -p "$pgdata"
[ "$(id -u)" = 0 ] && chown postgres "$pgdata"
as_pg "$pgbin/initdb" -D "$pgdata" -U "$pguser" --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k /tmp -c shared_buffers=1GB -c work_mem=64MB -c fsync=off" start >/dev/null
trap 'as_pg "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null || true' EXIT

IFS=, read -ra ns <<< "$sizes"
for n in "${ns[@]}"; do
  echo "peers: $n people" >&2
  "$root/orgrules" bench --export "$work" --sizes "$n" >/dev/null
  org="$work/org-$n.csv" queries="$work/queries-$n.csv"
  if [ -z "${ORGRULES_JSON:-}" ]; then
    "$root/orgrules" --json bench --sizes "$n" > "$work/orgrules-$n.json"
  else
    cp "$ORGRULES_JSON" "$work/orgrules-$n.json"
  fi
  swipl -O -g main -t halt "$here/org.pl" -- "$org" "$queries" > "$work/swipl-$n.json"
  java -Xss16m -cp "$jdbc" "$here/PgPeer.java" "jdbc:postgresql://127.0.0.1:$port/postgres?user=$pguser" \
    "$org" "$queries" > "$work/postgresql-$n.json"
  python3 "$here/compare.py" "$work/orgrules-$n.json" "$work/swipl-$n.json" "$work/postgresql-$n.json"
done
