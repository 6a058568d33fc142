#!/usr/bin/env bash
# Scores solieu's reading of whole reports (not part of the suite): every .docx (or .pdf with
# --pdf) under a folder of reports that sit beside their `<name>.expected.json` (the fixture
# reports by default, or a probe folder written by build-probe-reports.ts), plus the seed, with
# sections, metadata and flags (extract exits 1 when a report holds an error flag: expected here):
#
#   bash test/dev/score-reports.sh [folder] [--pdf] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=fixtures/reports ext=docx verbose=
for a in "$@"; do
  case "$a" in
    --pdf) ext=pdf ;;
    --verbose) verbose=--verbose ;;
    *) dir=$a ;;
  esac
done
out=$(mktemp -d)
mapfile -t files < <(find "$dir" -name "*.$ext" | sort)
node bin/solieu.js extract "${files[@]}" --format json > "$out/reports.json" 2> "$out/err.log" || [ $? -eq 1 ] || { cat "$out/err.log"; exit 1; }
mapfile -t gold < <(for f in "${files[@]}"; do g="${f%.*}.expected.json"; [ -f "$g" ] && echo "$g"; [ -f "$(dirname "$f")/gold/$(basename "${f%.*}").json" ] && echo "$(dirname "$f")/gold/$(basename "${f%.*}").json"; done)
echo "== $dir (.$ext): ${#files[@]} reports"
python3 ../shared/tools/score.py "$out/reports.json" "${gold[@]}" --sections --meta --flags $verbose
if [ "$dir" = fixtures/reports ]; then
  node bin/solieu.js extract "../shared/seeds/000_bd9f6219db303450.$ext" --format json > "$out/seed.json" || [ $? -eq 1 ]
  echo "== seed (.$ext)"
  python3 ../shared/tools/score.py "$out/seed.json" ../shared/spec/seed-gold.json --sections --meta --flags | tail -n 1
fi
rm -rf "$out"
