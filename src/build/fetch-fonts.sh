#!/usr/bin/env bash
# Build step (Maven generate-resources, see pom.xml): puts Noto Sans TC Regular + Bold (static TTF)
# and OFL.txt into <out>/ without committing any font binary.
#   fetch-fonts.sh <npm-package> <version> <sha256-of-tgz> <cache-dir> <out-dir>
# The npm tarball is fetched once with the system `npm pack`, checked against the
# pinned SHA-256 and kept in <cache-dir>; later builds reuse it without network.
set -euo pipefail
PKG="$1"; VER="$2"; SHA="$3"; CACHE="$4"; OUT="$5"
TGZ_NAME="$(echo "${PKG#@}" | tr '/' '-')-${VER}.tgz"   # @a/b -> a-b-0.4.3.tgz
TGZ="$CACHE/$TGZ_NAME"
# real names inside the package (checked with tar tzf)
REG="package/400Regular/NotoSansTC_400Regular.ttf"
BOLD="package/700Bold/NotoSansTC_700Bold.ttf"
LIC="package/LICENSE_FONT"

fail() { echo "[fetch-fonts] ERROR: $*" >&2; exit 1; }
have_sha() { [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$SHA" ]; }

if [ -f "$OUT/NotoSansTC-Regular.ttf" ] && [ -f "$OUT/NotoSansTC-Bold.ttf" ] && [ -f "$OUT/OFL.txt" ] \
   && [ "$OUT/NotoSansTC-Regular.ttf" -nt "$TGZ" ] && have_sha "$TGZ"; then
  echo "[fetch-fonts] fonts already in $OUT"; exit 0
fi

mkdir -p "$CACHE" "$OUT"
if have_sha "$TGZ"; then
  echo "[fetch-fonts] using cached $TGZ"
else
  command -v npm >/dev/null 2>&1 || fail "npm is not installed (needed once to download $PKG@$VER; apt-get install npm), or put $TGZ_NAME (sha256 $SHA) in $CACHE by hand."
  TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
  echo "[fetch-fonts] npm pack $PKG@$VER -> $CACHE"
  (cd "$TMP" && npm pack --silent "$PKG@$VER" >/dev/null 2>"$TMP/npm.err") \
     || { cat "$TMP/npm.err" >&2; fail "npm pack $PKG@$VER failed"; }
  [ -f "$TMP/$TGZ_NAME" ] || fail "npm pack did not produce $TGZ_NAME"
  ACTUAL="$(sha256sum "$TMP/$TGZ_NAME" | cut -d' ' -f1)"
  [ "$ACTUAL" = "$SHA" ] || fail "checksum mismatch for $TGZ_NAME: expected $SHA, got $ACTUAL"
  mv "$TMP/$TGZ_NAME" "$TGZ"
fi

X="$(mktemp -d)"
tar -xzf "$TGZ" -C "$X" "$REG" "$BOLD" "$LIC" || fail "expected files missing from $TGZ_NAME"
cp "$X/$REG"  "$OUT/NotoSansTC-Regular.ttf"
cp "$X/$BOLD" "$OUT/NotoSansTC-Bold.ttf"
cp "$X/$LIC"  "$OUT/OFL.txt"
rm -rf "$X"
echo "[fetch-fonts] extracted Noto Sans TC Regular/Bold + OFL.txt to $OUT"
