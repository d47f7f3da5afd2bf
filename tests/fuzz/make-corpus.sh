#!/bin/sh
# Builds the seed corpus for the fuzz harnesses: every fixture of the test
# suite and the bundled report, the regression fixtures found by earlier
# fuzzing, and a few generated inputs at the pre-scan's limits. Not
# committed: it is made from the repository each time.
#
#   tests/fuzz/make-corpus.sh [SOURCE_ROOT] OUTPUT_DIR
#
# SOURCE_ROOT defaults to the repository this script is in. OUTPUT_DIR is
# created if needed; files already in it (what earlier runs found) stay.
set -eu
if [ $# -eq 1 ]; then
  root=$(cd "$(dirname "$0")/../.." && pwd)
  out=$1
elif [ $# -eq 2 ]; then
  root=$1
  out=$2
else
  echo "usage: $0 [SOURCE_ROOT] OUTPUT_DIR" >&2
  exit 2
fi

mkdir -p "$out"
n=0
for f in "$root"/tests/fixtures/*.json "$root"/data/reports/*.json "$root"/tests/fuzz/regressions/*; do
  [ -f "$f" ] || continue
  # Prefixed by origin, so a fixture and a regression of the same name
  # cannot overwrite each other.
  case $f in
    */tests/fixtures/*) prefix=fixture ;;
    */data/reports/*) prefix=report ;;
    *) prefix=regression ;;
  esac
  cp "$f" "$out/$prefix-$(basename "$f")"
  n=$((n + 1))
done
# A few inputs at the limits, which the fixtures do not reach: objects with
# 64 and 65 members (the pre-scan's hash index is used only above 64), one
# with a duplicate far apart, arrays nested 64 and 65 deep, a 100- and a
# 101-character number.
members () { # COUNT [DUPLICATE]
  awk -v n="$1" -v d="${2:-}" 'BEGIN {
    printf "{"
    for (i = 1; i <= n; i++) printf "%s\"k%d\":%d", (i > 1 ? "," : ""), (d != "" && i == n ? 1 : i), i
    printf "}\n" }'
}
nested () { # DEPTH
  awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "["; for (i = 0; i < n; i++) printf "]"; printf "\n" }'
}
digits () { # COUNT
  awk -v n="$1" 'BEGIN { printf "[1"; for (i = 1; i < n; i++) printf "0"; printf "]\n" }'
}
members 64 > "$out/limit-members-64.json"
members 65 > "$out/limit-members-65.json"
members 200 > "$out/limit-members-200.json"
members 200 dup > "$out/limit-members-200-duplicate.json"
nested 64 > "$out/limit-depth-64.json"
nested 65 > "$out/limit-depth-65.json"
digits 100 > "$out/limit-number-100.json"
digits 101 > "$out/limit-number-101.json"
n=$((n + 8))

echo "seed corpus: $n files in $out"
