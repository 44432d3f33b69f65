#!/usr/bin/env bash
# The web page of `orgrules serve` in headless Chromium: starts the server on a free 127.0.0.1 port
# over FACTS (default: the sample), opens the page as a person would use it — search a person, ask
# 产品经理和技术总监哪个大?, open the violations — and checks what the page then shows: the person in the
# search results, the answer with its explanation tree, the violations linking to people, and a
# person's card (title as read, chain, team, peers). A screenshot goes to target/serve/page.png. Then,
# when node and npm are there, scripts/serve-browser-clicks.cjs clicks through the same page
# (playwright-core driving the same chromium): typing, expand and collapse, links (target/serve/clicks.png).
#
#   scripts/serve-browser-test.sh [FACTS]
#
# Installs chromium and fonts-noto-cjk (Debian) when missing; without chromium it prints
# "skipped: could not install chromium" and exits 0. A page that does not show what it should exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
facts=${1:-facts}
out=target/serve
mkdir -p "$out"

has_chromium() { command -v chromium >/dev/null && chromium --version >/dev/null 2>&1; }
if ! has_chromium || ! command -v python3 >/dev/null; then
  apt=()
  if [ "$(id -u)" -eq 0 ]; then apt=(apt-get); elif command -v sudo >/dev/null; then apt=(sudo -n apt-get); fi
  if [ ${#apt[@]} -gt 0 ] && command -v apt-get >/dev/null; then
    echo "== installing chromium"
    export DEBIAN_FRONTEND=noninteractive
    "${apt[@]}" update -qq >/dev/null 2>&1 || echo "   apt-get update failed" >&2
    for pkg in chromium fonts-noto-cjk python3; do
      "${apt[@]}" install -y -qq "$pkg" >/dev/null 2>&1 || echo "   apt-get install $pkg failed" >&2
    done
  fi
fi
if ! has_chromium; then echo "skipped: could not install chromium (the page test needs it)"; exit 0; fi
if ! command -v python3 >/dev/null; then echo "skipped: could not install python3 (the page test needs it)"; exit 0; fi

# the server: a free port, no watching (nothing changes here), stopped on exit
./orgrules --version >/dev/null   # builds the jar first when needed, before the server's clock starts
./orgrules --facts "$facts" serve --port 0 --no-watch >"$out/serve.out" 2>"$out/serve.err" &
server=$!
profile=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$profile"' EXIT
base=
for _ in $(seq 1 240); do
  if grep -q 'ready,' "$out/serve.out" 2>/dev/null; then
    base=$(sed -n 's#^orgrules serve: \(http://127\.0\.0\.1:[0-9]*/\).*#\1#p' "$out/serve.out" | head -1)
    break
  fi
  kill -0 "$server" 2>/dev/null || { echo "the server stopped:" >&2; cat "$out/serve.err" >&2; exit 1; }
  sleep 0.5
done
[ -n "$base" ] || { echo "the server was not ready in 120 s" >&2; cat "$out/serve.err" >&2; exit 1; }
echo "== orgrules serve at $base"

chromium_run() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --disable-background-networking --disable-component-update --disable-sync --no-first-run \
    --user-data-dir="$profile" --window-size=1280,1000 --virtual-time-budget=15000 "$@" 2>/dev/null
}
question="产品经理和技术总监哪个大?"
person=$(curl -sf "${base}v1/check" | python3 -c 'import json,sys; v=json.load(sys.stdin)["violations"]; print(v[0]["people"][0] if v else "li")')
hash="search=li&ask=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$question")&violations&person=$person"
echo "== chromium: search li, ask $question, the violations, the card of $person"
chromium_run --dump-dom "${base}#$hash" >"$out/page.html" || true
[ -s "$out/page.html" ] || { echo "chromium dumped no page" >&2; exit 1; }
chromium_run --screenshot="$PWD/$out/page.png" "${base}#$hash&tab=ask" >/dev/null || true

python3 - "$out/page.html" "$person" <<'PY'
import sys
from html.parser import HTMLParser

class Page(HTMLParser):
    """Text inside the elements of interest, by id or class."""
    def __init__(self):
        super().__init__()
        self.stack, self.text, self.count = [], {}, {}
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        keys = ["#" + a["id"]] if a.get("id") else []
        keys += ["." + c for c in (a.get("class") or "").split()]
        for k in keys: self.count[k] = self.count.get(k, 0) + 1
        if a.get("data-id") and tag == "a": self.count["link:" + a["data-id"]] = self.count.get("link:" + a["data-id"], 0) + 1
        if tag not in ("br", "img", "input", "meta", "link"): self.stack.append(keys)
    def handle_endtag(self, tag):
        if tag not in ("br", "img", "input", "meta", "link") and self.stack: self.stack.pop()
    def handle_data(self, data):
        for keys in self.stack:
            for k in keys: self.text[k] = self.text.get(k, "") + data

p = Page()
p.feed(open(sys.argv[1], encoding="utf-8").read())
person = sys.argv[2]
checks = [
    ("the search found li", "李明" in p.text.get("#results", "") and p.count.get(".hit", 0) >= 1),
    ("the answer says the technical director is senior", "技术总监 is senior to 产品经理" in p.text.get("#answer-text", "")),
    ("the explanation tree cites K7.1 and a DRL line", "K7.1" in p.text.get("#answer", "") and ".drl:" in p.text.get("#answer", "")),
    ("the violations are listed", p.count.get(".violation", 0) >= 1 and ("ERROR" in p.text.get("#violations", "") or "WARNING" in p.text.get("#violations", ""))),
    ("the violations link to people", p.count.get("link:" + person, 0) >= 1),
    ("the card shows the title as read", "解读 Read as" in p.text.get("#person", "") and p.count.get(".card", 0) == 1),
    ("the card shows chain, team and peers", all(k in p.text.get("#person", "") for k in ("上级链 Chain", "团队 Team", "平级 Peers"))),
    ("the tree shows the top of the org", p.count.get(".node", 0) >= 1),
    ("no error on the page", p.count.get(".error", 0) == 0),
]
bad = [name for name, ok in checks if not ok]
for name, ok in checks: print(("   ok   " if ok else "   FAIL ") + name)
if bad:
    print("the page did not show: " + "; ".join(bad), file=sys.stderr)
    sys.exit(1)
PY
[ -s "$out/page.png" ] && python3 scripts/png-nonblank.py "$out/page.png"

# The same page clicked through (playwright-core from npm drives the same chromium): typing, the tree's
# expand and collapse, following links. Needs node and npm; skipped with a line when they cannot be had.
pw="$PWD/target/serve/pw"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "skipped: the click-through needs node and npm (the checks above ran)"
elif [ ! -d "$pw/node_modules/playwright-core" ] && ! (mkdir -p "$pw" && cd "$pw" \
    && timeout 300 npm install --no-audit --no-fund --silent --no-save playwright-core@1.65.1 >/dev/null 2>&1); then
  echo "skipped: could not install playwright-core from npm (the checks above ran)"
else
  echo "== chromium, clicked through (playwright-core)"
  NODE_PATH="$pw/node_modules" CHROMIUM="$(command -v chromium)" timeout 300 node scripts/serve-browser-clicks.cjs "$base" "$PWD/$out/clicks.png"
  python3 scripts/png-nonblank.py "$out/clicks.png"
fi
echo "== ok"
