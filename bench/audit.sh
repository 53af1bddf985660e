#!/usr/bin/env bash
# The audit benchmark: the live crawl of a loopback website (bench/AuditSite.java: real vanilla-cookieconsent,
# an HttpOnly cookie, a gated analytics script, a pixel) in headless Chromium, timed as a fresh process per run.
# Prints a Markdown table: pages × states visited per second, and what one more state costs.
#
#   mvn -B -q package -DskipTests && npm ci && bench/audit.sh      (RUNS=3, PAGES=4, SETTLE=1000 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
PAGES=${PAGES:-4}
SETTLE=${SETTLE:-1000}
work=$(mktemp -d)
[ -f target/cookiereg.jar ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
[ -f node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js ] || { echo "npm ci first" >&2; exit 2; }

java bench/AuditSite.java "$PAGES" > "$work/port" &
site=$!
trap 'kill $site 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.2; done
port=$(cat "$work/port")
registry=src/test/resources/audit/cookies.yaml

# seconds STATES PARALLEL: the median wall-clock seconds of RUNS audits
seconds() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s.%N)
    java -jar target/cookiereg.jar audit "http://shop.test:$port/" "$registry" --pages "$PAGES" \
      --resolve shop.test=127.0.0.1 --resolve pixel.test=127.0.0.1 --states "$1" --parallel "$2" \
      --settle "$SETTLE" > /dev/null || { echo "audit failed" >&2; exit 1; }
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}

row() { # row LABEL STATES PARALLEL
  local n t
  n=$(( $(echo "$2" | tr ',' '\n' | wc -l) * PAGES ))
  t=$(seconds "$2" "$3")
  printf '| %s | %d | %.1f | %.2f |\n' "$1" "$n" "$t" "$(echo "$n / $t" | bc -l)"
  echo "$t" > "$work/last"
}

echo "| run ($PAGES pages, settle $SETTLE ms) | page visits (pages × states) | seconds (median of $RUNS) | pages × states per second |"
echo "|---|---|---|---|"
row "1 state: none" none 1
one=$(cat "$work/last")
row "2 states: none, gpc" none,gpc 1
two=$(cat "$work/last")
row "3 states: none, gpc, analytics" none,gpc,analytics 1
three=$(cat "$work/last")
row "all 7 states" none,reject,functional,analytics,marketing,all,gpc 1
row "all 7 states, --parallel 2" none,reject,functional,analytics,marketing,all,gpc 2
printf '\nOne more state without a choice (gpc): %.1f s; one more with a choice through the banner (analytics): %.1f s.\n' \
  "$(echo "$two - $one" | bc)" "$(echo "$three - $two" | bc)"
