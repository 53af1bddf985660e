#!/usr/bin/env bash
# The benchmark: build, check and diff as fresh processes on the seed registry and on synthetic registries of
# 100 to 100,000 cookies, beside the JVM floor (a Hello class) and Hugo rendering the same cookie tables from the
# same data. Prints a Markdown table of median wall-clock seconds and peak memory (max RSS) over RUNS runs.
#
#   mvn -B -q package -DskipTests && bench/run.sh            (RUNS=3 by default; needs /usr/bin/time and hugo)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SIZES=${SIZES:-"100 1000 10000 100000"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f target/cookiereg.jar ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
command -v hugo >/dev/null || { echo "Hugo is the peer: apt-get install -y hugo" >&2; exit 2; }

javac -d "$work/hello" bench/Hello.java
cli=(bin/cookiereg)

# measure NAME COMMAND...: median seconds and the largest max RSS (MB) of RUNS runs
measure() {
  local name=$1; shift
  local times=() rss=0
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r t m < "$work/time"
    times+=("$t")
    [ "$m" -gt "$rss" ] && rss=$m
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  printf '| %s | %s | %d |\n' "$name" "$median" "$((rss / 1024))"
}

hugo_site() { # hugo_site REGISTRY → a Hugo site over the same data
  local dir="$work/hugo-$(basename "$1" .yaml)"
  mkdir -p "$dir/data"
  cp -r bench/hugo/hugo.toml bench/hugo/layouts "$dir/"
  cp "$1" "$dir/data/registry.yaml"
  echo "$dir"
}

echo "| run | seconds (median of $RUNS) | peak MB |"
echo "|---|---|---|"
measure "JVM floor (Hello, same flags)" java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto -cp "$work/hello" Hello
measure "seed: build" "${cli[@]}" build cookies.yaml --out "$work/site-seed"
measure "seed: check" "${cli[@]}" check cookies.yaml
measure "seed: diff (1.0.0 → now)" "${cli[@]}" diff site/versions/1.0.0/cookies.yaml cookies.yaml
measure "seed: Hugo" hugo --quiet -s "$(hugo_site cookies.yaml)" -d "$work/hugo-out-seed"
for n in $SIZES; do
  java bench/SyntheticRegistry.java "$n" "$work/r$n.yaml" 2>/dev/null
  java bench/SyntheticRegistry.java "$n" "$work/r$n-changed.yaml" --changed 2>/dev/null
  export JAVA_OPTS="-Xmx512m"
  measure "$n cookies: build" "${cli[@]}" build "$work/r$n.yaml" --out "$work/site-$n" --max-size 64m
  measure "$n cookies: check" "${cli[@]}" check "$work/r$n.yaml" --max-size 64m
  measure "$n cookies: diff" "${cli[@]}" diff "$work/r$n.yaml" "$work/r$n-changed.yaml" --max-size 64m
  measure "$n cookies: Hugo" hugo --quiet -s "$(hugo_site "$work/r$n.yaml")" -d "$work/hugo-out-$n"
  unset JAVA_OPTS
done
