#!/usr/bin/env bash
# The printable catalogue of a 100-product showcase, each product with a
# photo of its own: time to make it, peak memory, size of the PDF
# (docs/PERFORMANCE.md, "Catalogues (PDF)").
#
#   cargo build --release && cargo build --release --example process_photo
#   scripts/catalogue-bench.sh                   # release binaries, a fresh /tmp/catalogue-bench
#   PROFILE=debug scripts/catalogue-bench.sh     # debug binaries
#   BIN=/path/to/odop-bazaar PHOTO=target/debug/examples/process_photo scripts/catalogue-bench.sh
#   LANGUAGE=ar scripts/catalogue-bench.sh       # the catalogue in Arabic (en, hi or ar; English by default)
#
# SQLite only; needs sqlite3 and /usr/bin/time (Debian: sqlite3, time).
set -euo pipefail

PROFILE="${PROFILE:-release}"
TARGET_DIR="${CARGO_TARGET_DIR:-target}"
# The binary measured, and the example that stores the photos (not measured; a debug one will do).
BIN="${BIN:-$TARGET_DIR/$PROFILE/odop-bazaar}"
PHOTO="${PHOTO:-$TARGET_DIR/$PROFILE/examples/process_photo}"
DIR="${DIR:-/tmp/catalogue-bench}"
PRODUCTS=100
LANGUAGE="${LANGUAGE:-en}"

rm -rf "$DIR"
mkdir -p "$DIR/photos"
export DATA_DIR="$DIR" RUST_LOG=warn
DB="$DIR/bazaar.db"

"$BIN" seed --demo "$PRODUCTS" >/dev/null
echo "benchmark-password-1234" | "$BIN" create-user --role organiser --email curator@bench.example --name "Bench Curator" >/dev/null

# A photo of its own for every product (sizes differ, so the files do), stored
# as an upload would be, and made the product's cover.
ids=$(sqlite3 "$DB" "SELECT id FROM products WHERE status = 'published' ORDER BY id LIMIT $PRODUCTS")
n=0
for id in $ids; do
  n=$((n + 1))
  width=$((1200 + n)); height=$((900 + n))
  "$PHOTO" --make "${width}x${height}" "$DIR/photos/$n.jpg" >/dev/null
  key=$("$PHOTO" "$DIR/photos/$n.jpg" "$DIR/media" | awk 'NR == 2 { print $NF }')
  hash="${key%%-*}"; hash="${hash/\//}"
  sqlite3 "$DB" "UPDATE product_images SET hash = '$hash', width = $width, height = $height
                 WHERE product_id = '$id' AND position = (SELECT MIN(position) FROM product_images WHERE product_id = '$id')"
done

owner=$(sqlite3 "$DB" "SELECT id FROM users WHERE email = 'curator@bench.example'")
sqlite3 "$DB" <<SQL
INSERT INTO showcases (id, owner_id, slug, title, theme, pavilions, event_id, live_from, live_until, featured, status, created_at, updated_at)
VALUES ('01900000-0000-7000-8000-000000000100', '$owner', 'bench-100', 'A hundred products of India''s districts',
        'Handlooms, brass, spices and toys from a hundred districts, chosen for a trade delegation.',
        'state', NULL, NULL, NULL, 0, 'draft', datetime('now'), datetime('now'));
INSERT INTO showcase_items (showcase_id, product_id, position, note, section_id, added_at)
SELECT '01900000-0000-7000-8000-000000000100', id, ROW_NUMBER() OVER (ORDER BY id),
       'Chosen for its finish and its producer''s export record.', NULL, datetime('now')
FROM products WHERE status = 'published' ORDER BY id LIMIT $PRODUCTS;
SQL

/usr/bin/time -v "$BIN" catalogue pdf --showcase bench-100 --lang "$LANGUAGE" -o "$DIR/bench-100.pdf" 2>"$DIR/time.txt"
grep -E "Elapsed|Maximum resident" "$DIR/time.txt"
pdfinfo "$DIR/bench-100.pdf" 2>/dev/null | grep -E "Pages|File size" || ls -l "$DIR/bench-100.pdf"
