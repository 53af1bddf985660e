#!/usr/bin/env bash
# The preview's benchmark (README, "Previewing"): `serve` as an editor meets it, measured inside one JVM
# (bench/ServeBench.java), beside `hugo server` rebuilding the same cookie tables from the same 10,000-cookie
# data file (bench/hugo/). Every edit rewrites the first cookie's purpose with a new word. Prints a Markdown table.
#
#   mvn -B -q package -DskipTests && bench/serve.sh      (RUNS=50 by default; needs hugo, chromium, chromium-driver)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-50}
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
[ -f target/cookiereg.jar ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
command -v hugo >/dev/null || { echo "Hugo is the peer: apt-get install -y hugo" >&2; exit 2; }

bench() { java -cp target/cookiereg.jar bench/ServeBench.java "$@"; }

seed() { # seed DIR: a copy of this project: registry, history, templates and the release archive
  mkdir -p "$1/site"
  cp -r cookies.yaml CHANGELOG.md templates "$1/"
  cp -r site/versions "$1/site/"
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

await_file() { for _ in $(seq 600); do [ -s "$1" ] && return; sleep 0.1; done; echo "timed out: $1" >&2; exit 1; }

row() { printf '| %s | %s |\n' "$1" "$2"; }

echo "| measure (median after 20 warm-up edits) | figures |"
echo "|---|---|"

seed "$work/seed"
row "seed: edit → every output rendered in memory, $RUNS edits" "$(bench render "$work/seed" "$RUNS")"

seed "$work/heap"
row "seed: heap after GC over 1,000 renders (KiB)" "$(bench heap "$work/heap" 1000)"

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  seed "$work/page"
  row "seed: edit → Chromium shows the new words, 30 edits" "$(bench page "$work/page" 30)"
else
  row "seed: edit → Chromium shows the new words" "skipped: apt-get install -y chromium chromium-driver"
fi

java bench/SyntheticRegistry.java 10000 "$work/r10k.yaml" 2>/dev/null
mkdir -p "$work/big" "$work/big-http" "$work/hugo/data"
cp "$work/r10k.yaml" "$work/big/cookies.yaml"
cp "$work/r10k.yaml" "$work/big-http/cookies.yaml"
row "10,000 cookies: edit → every output rendered in memory, 30 edits" "$(bench render "$work/big" 30)"

# java itself in the background (not the bench function's subshell), so that the trap stops it
java -cp target/cookiereg.jar bench/ServeBench.java serve "$work/big-http" > "$work/serve-url" 2>"$work/serve-err" &
pids+=($!)
await_file "$work/serve-url"
row "10,000 cookies: edit → the preview serves the new words (HTTP, polled every 20 ms), 10 edits" \
  "$(bench http "$(cat "$work/serve-url")" "$work/big-http/cookies.yaml" 10)"

cp -r bench/hugo/hugo.toml bench/hugo/layouts "$work/hugo/"
cp "$work/r10k.yaml" "$work/hugo/data/registry.yaml"
port=$(free_port)
hugo server -s "$work/hugo" --port "$port" --bind 127.0.0.1 --disableLiveReload > "$work/hugo.log" 2>&1 &
pids+=($!)
for _ in $(seq 600); do grep -q "Web Server is available" "$work/hugo.log" && break; sleep 0.1; done
row "10,000 cookies: edit → hugo server serves the new words (HTTP, polled every 20 ms), 10 edits" \
  "$(bench http "http://127.0.0.1:$port/" "$work/hugo/data/registry.yaml" 10)"
totals=$(grep -o 'Total in [0-9]*' "$work/hugo.log" | awk '{print $3}' | sort -n)
count=$(echo "$totals" | wc -l)
row "10,000 cookies: hugo server's own rebuild time (its log's \"Total in\")" \
  "median $(echo "$totals" | sed -n "$(( (count + 1) / 2 ))p") ms, min $(echo "$totals" | head -1) ms, max $(echo "$totals" | tail -1) ms over $count rebuilds"
echo
echo "$(java -version 2>&1 | head -1); $(hugo version | cut -d' ' -f1-2); $(nproc) cores; $(date -u +%Y-%m-%d)"
