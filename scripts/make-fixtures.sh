#!/usr/bin/env bash
# Render every own fixture document (tests/fixtures/own/<id>/clean.txt) to an image the way a
# Decree 30 page looks (Liberation Serif 13 pt, A4 text width) and OCR it with native Tesseract:
#   -l eng at 300 and 200 dpi -> realistic diacritic mangling (the seeds' damage),
#   -l vie at 300 and 150 dpi -> near-clean text, as a province with the vie model would get.
# Needs Debian packages pango1.0-tools, tesseract-ocr, tesseract-ocr-eng, tesseract-ocr-vie,
# fonts-liberation2. Outputs ocr-*.txt beside clean.txt; PNGs go to a temp dir and are not kept.
# Usage: scripts/make-fixtures.sh [id ...]   (default: every directory under tests/fixtures/own)
set -euo pipefail
cd "$(dirname "$0")/.."
OWN=tests/fixtures/own
# 165 mm text width (A4 minus 30 mm left and 15 mm right margins) = 468 pt.
WIDTH_PT=468
FONT="Liberation Serif 13"
export OMP_THREAD_LIMIT=1   # tesseract: one thread per process, we run documents in parallel

for cmd in pango-view tesseract; do
  command -v "$cmd" >/dev/null || { echo "missing $cmd (apt-get install pango1.0-tools tesseract-ocr-vie)" >&2; exit 1; }
done

render_and_ocr() {
  local id=$1 dir=$OWN/$1 tmp
  tmp=$(mktemp -d)
  for dpi in 300 200 150; do
    # Margin ~ 20 mm at each dpi so page edges look like a scan, not a crop.
    local margin=$(( dpi * 20 / 25 ))
    pango-view --font="$FONT" --dpi="$dpi" --width="$WIDTH_PT" --wrap=word --justify \
      --margin="$margin" --hinting=full --antialias=gray -q -o "$tmp/page-$dpi.png" "$dir/clean.txt"
  done
  tesseract "$tmp/page-300.png" - -l eng 2>/dev/null >"$dir/ocr-eng-300.txt"
  tesseract "$tmp/page-200.png" - -l eng 2>/dev/null >"$dir/ocr-eng-200.txt"
  tesseract "$tmp/page-300.png" - -l vie 2>/dev/null >"$dir/ocr-vie-300.txt"
  tesseract "$tmp/page-150.png" - -l vie 2>/dev/null >"$dir/ocr-vie-150.txt"
  if [[ -n "${KEEP_PNG_DIR:-}" ]]; then mkdir -p "$KEEP_PNG_DIR/$id" && cp "$tmp"/*.png "$KEEP_PNG_DIR/$id/"; fi
  rm -rf "$tmp"
  echo "$id done"
}
export -f render_and_ocr
export OWN FONT WIDTH_PT

if [[ $# -gt 0 ]]; then ids=("$@"); else mapfile -t ids < <(ls "$OWN" | grep -v '\.json$'); fi
printf '%s\n' "${ids[@]}" | xargs -P "${JOBS:-2}" -I{} bash -c 'render_and_ocr {}'
