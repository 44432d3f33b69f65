#!/usr/bin/env bash
# Draws the sample org as SVG (Graphviz) and HTML, and screenshots both in headless Chromium,
# so that CI (and a person) can see the pictures: target/chart/{org.svg,org.html,*.png}.
# Installs graphviz and chromium (Debian packages) when missing. Exit non-zero when a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
facts=${1:-facts}
out=target/chart
missing=()
command -v dot >/dev/null || missing+=(graphviz)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" fonts-noto-cjk >/dev/null
fi
mkdir -p "$out"
echo "== orgrules chart (svg, html) of $facts"
./orgrules --facts "$facts" chart --format svg --out "$out/org.svg" || [ $? -eq 2 ]   # 2: load problems, chart still drawn
./orgrules --facts "$facts" chart --format html --out "$out/org.html" || [ $? -eq 2 ]
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
shot() {  # shot FILE PNG WIDTHxHEIGHT
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --hide-scrollbars --window-size="$3" --screenshot="$PWD/$2" "file://$PWD/$1" >/dev/null 2>&1
  [ -s "$2" ] || { echo "no screenshot of $1" >&2; return 1; }
  echo "   $2 ($(stat -c %s "$2") bytes)"
}
echo "== headless chromium screenshots"
shot "$out/org.svg" "$out/org-svg.png" 2400,900
shot "$out/org.html" "$out/org-html.png" 2400,900
# a page that loads nothing from the network: no http(s) URL outside the XML/SVG namespaces
if grep -Eo 'https?://[^" ]+' "$out/org.html" | grep -v 'www.w3.org' | grep -q .; then
  echo "org.html refers to the network" >&2; exit 1
fi
echo "== ok"
