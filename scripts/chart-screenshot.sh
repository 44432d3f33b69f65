#!/usr/bin/env bash
# Draws the sample org (or FACTS) as SVG (Graphviz) and HTML, screenshots both in headless Chromium
# and checks that the screenshots are not blank, so that CI (and a person) can see the pictures:
# target/chart/{org.svg,org.html,org-svg.png,org-html.png}. Then the same for a synthetic org of
# 1,500 people (BIG_ORG=N for another size): target/chart/big.{svg,html} and their screenshots, the
# SVG at most 2600 px wide, the HTML page at most 2000 px, folded, a link to its deepest person
# opening the branches above them.
#
#   scripts/chart-screenshot.sh [FACTS]
#
# Installs graphviz, chromium, fonts-noto-cjk and python3 (Debian packages) when missing. A tool that
# cannot be installed is skipped with "skipped: could not install X" (exit 0; without graphviz the
# HTML is still checked). When the tools are there, a chart that fails to draw, a screenshot that
# fails or a blank screenshot (scripts/png-nonblank.py) exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
facts=${1:-facts}
out=target/chart

has_dot() { command -v dot >/dev/null && dot -V >/dev/null 2>&1; }
has_chromium() { command -v chromium >/dev/null && chromium --version >/dev/null 2>&1; }
has_python() { command -v python3 >/dev/null; }
has_cjk_font() { command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh 2>/dev/null | head -1)" ]; }

missing=()
has_dot || missing+=(graphviz)
has_chromium || missing+=(chromium)
has_python || missing+=(python3)
has_cjk_font || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  apt=()
  if [ "$(id -u)" -eq 0 ]; then apt=(apt-get); elif command -v sudo >/dev/null; then apt=(sudo -n apt-get); fi
  if [ ${#apt[@]} -gt 0 ] && command -v apt-get >/dev/null; then
    echo "== installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${apt[@]}" update -qq >/dev/null 2>&1 || echo "   apt-get update failed" >&2
    for pkg in "${missing[@]}"; do  # one at a time: a package missing from the archive spares the others
      "${apt[@]}" install -y -qq "$pkg" >/dev/null 2>&1 || echo "   apt-get install $pkg failed" >&2
    done
  fi
fi
if ! has_chromium; then echo "skipped: could not install chromium (the chart screenshots need it)"; exit 0; fi
if ! has_python; then echo "skipped: could not install python3 (the blank-screenshot check needs it)"; exit 0; fi
svg=yes
if ! has_dot; then echo "skipped: could not install graphviz (no SVG chart; the HTML chart is still checked)"; svg=; fi
has_cjk_font || echo "warning: no Chinese font (fonts-noto-cjk): Chinese names will show as boxes" >&2

mkdir -p "$out"
rm -f "$out"/org.svg "$out"/org.html "$out"/*.png
echo "== orgrules chart (${svg:+svg, }html) of $facts"
if [ -n "$svg" ]; then
  ./orgrules --facts "$facts" chart --format svg --out "$out/org.svg" || [ $? -eq 2 ]   # 2: load problems, chart still drawn
fi
./orgrules --facts "$facts" chart --format html --out "$out/org.html" || [ $? -eq 2 ]
for f in ${svg:+"$out/org.svg"} "$out/org.html"; do
  [ -s "$f" ] || { echo "orgrules chart wrote no $f" >&2; exit 1; }
done
# a page that loads nothing from the network: no http(s) URL outside the XML/SVG namespaces
if grep -Eo 'https?://[^" ]+' "$out/org.html" | grep -v 'www.w3.org' | grep -q .; then
  echo "org.html refers to the network" >&2; exit 1
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium_run() {  # chromium_run WIDTH,HEIGHT ARGS…: headless, no network services, quiet
  local size=$1; shift
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --disable-background-networking --disable-component-update --disable-sync --no-first-run \
    --user-data-dir="$profile" --hide-scrollbars --window-size="$size" "$@" 2>/dev/null
}
clamp() {  # clamp WIDTH HEIGHT -> "W,H" within 800x300 .. 8000x6000 (a huge org is cropped, not refused)
  local w=$1 h=$2
  (( w < 800 )) && w=800; (( h < 300 )) && h=300
  (( w > 8000 )) && { echo "   (cropped to 8000 px wide)" >&2; w=8000; }
  (( h > 6000 )) && { echo "   (cropped to 6000 px high)" >&2; h=6000; }
  echo "$w,$h"
}
shot() {  # shot FILE PNG WIDTH,HEIGHT: the screenshot, then the blank check
  rm -f "$2"
  chromium_run "$3" --screenshot="$PWD/$2" "file://$PWD/$1" >/dev/null || true
  [ -s "$2" ] || { echo "chromium made no screenshot of $1" >&2; return 1; }
  echo "   $2 ($(stat -c %s "$2") bytes, window $3)"
  python3 scripts/png-nonblank.py "$2"
}

echo "== headless chromium screenshots"
# The check must be able to fail: a blank page has to be rejected.
printf '<!DOCTYPE html><title>blank</title><body style="background:#fff"></body>\n' > "$out/blank.html"
chromium_run 800,300 --screenshot="$PWD/$out/blank.png" "file://$PWD/$out/blank.html" >/dev/null || true
[ -s "$out/blank.png" ] || { echo "chromium made no screenshot of a blank page" >&2; exit 1; }
rc=0; python3 scripts/png-nonblank.py "$out/blank.png" >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 1 ] || { echo "the blank-screenshot check did not reject a blank page (exit $rc)" >&2; exit 1; }
rm -f "$out/blank.html" "$out/blank.png"

if [ -n "$svg" ]; then
  # Graphviz gives the size in points (1 pt = 4/3 CSS px); the window is the picture's size.
  size=$(python3 - "$out/org.svg" <<'PY'
import math, re, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
def px(v):
    m = re.fullmatch(r"([\d.]+)(pt|px)?", (v or "").strip())
    if not m: sys.exit(f"{sys.argv[1]}: no width/height on <svg>")
    return math.ceil(float(m.group(1)) * (4 / 3 if m.group(2) == "pt" else 1))
print(px(root.get("width")) + 16, px(root.get("height")) + 16)
PY
  ) || { echo "$out/org.svg is not a well-formed SVG" >&2; exit 1; }
  shot "$out/org.svg" "$out/org-svg.png" "$(clamp $size)"
fi

# The HTML page is as wide as the org: measure it in Chromium first (a copy with a script that puts
# the laid-out size in the title), so the screenshot holds every box.
sed 's#</body>#<script>document.title="size "+Math.ceil(Math.max(document.documentElement.scrollWidth,...Array.from(document.querySelectorAll("*"),e=>e.scrollWidth+e.getBoundingClientRect().left)))+" "+Math.ceil(document.documentElement.scrollHeight)</script></body>#' \
  "$out/org.html" > "$out/measure.html"
size=$(chromium_run 1280,300 --dump-dom "file://$PWD/$out/measure.html" | sed -n 's#.*<title>size \([0-9]*\) \([0-9]*\)</title>.*#\1 \2#p' | head -1)
rm -f "$out/measure.html"
[ -n "$size" ] || { echo "could not lay out $out/org.html in chromium" >&2; exit 1; }
read -r w h <<<"$size"
shot "$out/org.html" "$out/org-html.png" "$(clamp "$w" $((h + 16)))"

# A large org (the benchmark's synthetic org, 1,500 people): the default SVG is a readable part about
# a screen wide, the HTML page of everyone stays about a screen wide, and a link to someone deep in
# it opens the folded branches they are in.
big=${BIG_ORG:-1500}
echo "== a synthetic org of $big people"
rm -rf "$out/big" && mkdir -p "$out/big"
./orgrules bench --sizes "$big" --export "$out/big" >/dev/null
csv="$out/big/org-$big.csv"
if [ -n "$svg" ]; then
  ./orgrules --facts "$csv" chart --format svg --out "$out/big.svg"
  read -r w h < <(python3 - "$out/big.svg" <<'PY'
import math, re, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
print(*(math.ceil(float(re.sub("pt$", "", root.get(k))) * 4 / 3) + 16 for k in ("width", "height")))
PY
  )
  echo "   big.svg: $w x $h px"
  [ "$w" -le 2600 ] || { echo "the default SVG chart of $big people is $w px wide (more than 2600)" >&2; exit 1; }
  shot "$out/big.svg" "$out/big-svg.png" "$(clamp "$w" "$h")"
fi
./orgrules --facts "$csv" chart --format html --out "$out/big.html"
deep=$(python3 - "$csv" <<'PY'
import csv, sys
rows = {r["id"]: r["manager_id"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
def depth(i):
    seen = set()
    while rows.get(i) and i not in seen:
        seen.add(i); i = rows[i]
    return -1 if rows.get(i) else len(seen)
print(max(rows, key=depth))
PY
)
probe() {  # probe URL: "WIDTH VISIBLE" of the page, and whether the deepest person's box is shown
  sed "s#</body>#<script>setTimeout(()=>{document.title='probe '+Math.ceil(Math.max(document.documentElement.scrollWidth,...Array.from(document.querySelectorAll('*'),e=>e.scrollWidth+e.getBoundingClientRect().left)))+' '+document.getElementById('p-$deep').checkVisibility()},300)</script></body>#" \
    "$out/big.html" > "$out/big-probe.html"
  chromium_run 1280,900 --virtual-time-budget=3000 --dump-dom "file://$PWD/$out/big-probe.html$1" | sed -n 's#.*<title>probe \([0-9]*\) \([a-z]*\)</title>.*#\1 \2#p' | head -1
}
read -r w folded <<<"$(probe "")"
read -r _ linked <<<"$(probe "#p-$deep")"
rm -f "$out/big-probe.html"
echo "   big.html: $w px wide; $deep (deepest) shown: $folded at first, $linked through its link"
[ -n "$w" ] && [ "$w" -le 2000 ] || { echo "the HTML chart of $big people is ${w:-?} px wide (more than 2000)" >&2; exit 1; }
[ "$folded" = false ] && [ "$linked" = true ] || { echo "the HTML chart does not fold, or a link does not open the folded branch" >&2; exit 1; }
shot "$out/big.html" "$out/big-html.png" 1280,900
echo "== ok"
