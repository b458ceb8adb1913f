#!/bin/sh
# Run one atheris harness: fuzz/run.sh NAME SECONDS
# Seeds: our own goldens and fixtures, plus ../shared/corpus read in place when present.
set -eu
name=$1
seconds=${2:-600}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
shared=${NEWSSCHEMA_SHARED:-$(dirname "$root")/shared}
work="$here/work/$name"
mkdir -p "$work" "$here/work/artifacts"
case $name in
  json) seeds="$root/tests/golden $root/tests/cases/valid $root/tests/cases/invalid $shared/corpus/wire/ninjs" ;;
  text) seeds="$root/tests/text/fixtures $root/src/newsschema/samples $shared/corpus/text $shared/seed" ;;
  newsml) seeds="$root/tests/newsml/golden $shared/corpus/wire/newsmlg2 $shared/standards/newsml-g2-2.35/reference" ;;
  *) echo "unknown reader: $name (json, text, newsml)" >&2; exit 2 ;;
esac
existing=""
for dir in $seeds; do [ -d "$dir" ] && existing="$existing $dir"; done
cd "$here"
# shellcheck disable=SC2086 # the seed list is split on purpose
exec "$root/.venv/bin/python" "fuzz_$name.py" "$work" $existing \
  -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=65536 \
  -artifact_prefix="$here/work/artifacts/$name-" -print_final_stats=1
