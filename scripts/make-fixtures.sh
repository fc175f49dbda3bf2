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

# Scanned-path fixtures: two A4-like page images of one holdout document, slightly rotated, grey
# and noisy like a photocopy, plus an image-only PDF of them (a scan has NO text layer).
# Needs Debian img2pdf (which brings python3-pil, used to degrade the pages). SCAN_ID picks the document.
make_scans() {
  local id=${SCAN_ID:-r07} out=tests/fixtures/scans tmp lines split
  command -v img2pdf >/dev/null || { echo "img2pdf missing (apt-get install img2pdf): scans skipped" >&2; return 0; }
  tmp=$(mktemp -d)
  lines=$(wc -l <"$OWN/$id/clean.txt")
  # Break at the first blank line after the middle so no paragraph is cut in two.
  split=$(awk -v half=$((lines / 2)) 'NR > half && /^$/ { print NR; exit }' "$OWN/$id/clean.txt")
  head -n "$split" "$OWN/$id/clean.txt" >"$tmp/p1.txt"
  tail -n +"$((split + 1))" "$OWN/$id/clean.txt" >"$tmp/p2.txt"
  mkdir -p "$out"
  for p in 1 2; do
    pango-view --font="$FONT" --dpi=200 --width="$WIDTH_PT" --wrap=word --justify --margin=160 \
      --hinting=full --antialias=gray -q -o "$tmp/raw$p.png" "$tmp/p$p.txt"
    /usr/bin/python3 - "$tmp/raw$p.png" "$out/$id-page$p.png" <<'PY'
import random, sys
from PIL import Image, ImageFilter
random.seed(57)  # reproducible "scanner" noise
img = Image.open(sys.argv[1]).convert("L").rotate(0.4, resample=Image.BICUBIC, expand=False, fillcolor=255)
img = img.filter(ImageFilter.GaussianBlur(0.6))
px = img.load()
w, h = img.size
for _ in range(w * h // 400):  # sparse dust specks
    x, y = random.randrange(w), random.randrange(h)
    px[x, y] = random.randrange(60, 200)
# 16 grey levels keeps each page small while looking like a greyscale scan.
img = img.point(lambda v: min(255, (v // 16) * 17 + 8)).quantize(16)
img.save(sys.argv[2], optimize=True)
PY
  done
  img2pdf --pagesize A4 -o "$out/$id-scan.pdf" "$out/$id-page1.png" "$out/$id-page2.png"
  rm -rf "$tmp"
  echo "scans: $(ls -s "$out" | tr '\n' ' ')"
}
if [[ "${SCANS:-1}" == 1 && $# -eq 0 ]]; then make_scans; fi
