#!/usr/bin/env bash
# Packaging check (issue 10): pack the tarball as `npm publish` would (prepack builds), check
# that every entry point type-resolves (@arethetypeswrong/cli: node10, node16 CJS/ESM,
# bundler), then install the tarball into fresh consumer projects in a temp dir and run them:
# CommonJS, ESM, esbuild bundles run without node_modules (node platform; browser platform run
# in a bare vm context), TypeScript under four module resolutions, a NestJS 11 app (with the
# docs/NESTJS.md controller extracted from the guide), and a nested second copy of
# class-transformer (must fail loudly).
# Installs come from the npm cache when possible (--prefer-offline). Usage: scripts/consumers.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
HERE="$ROOT/scripts/consumers"
BIN="$ROOT/node_modules/.bin"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ske-consumers.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
NPM_INSTALL=(npm install --prefer-offline --no-audit --no-fund --loglevel=error)
step() { printf '\n== [%ss] %s\n' "$SECONDS" "$*"; }

step "pack (prepack builds dist/)"
cd "$ROOT"
npm pack --pack-destination "$WORK" --silent >/dev/null
TARBALL="$(ls "$WORK"/spec-kitty-events-*.tgz)"
tar -xzf "$TARBALL" -C "$WORK"   # -> $WORK/package, what users get

step "entry points (package.json exports)"
# Entries whose built file is absent from the tarball are skipped with a note (e.g. ./v2
# before its sources exist); every present one is checked everywhere below.
read -r PRESENT MISSING < <(node -e '
  const fs = require("fs"), path = require("path");
  const dir = process.argv[1];
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const present = [], missing = [];
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (key === "./package.json" || typeof target === "string") continue;   // data files (./schemas/*.json): checked by the consumers
    (fs.existsSync(path.join(dir, target.default)) && fs.existsSync(path.join(dir, target.types)) ? present : missing).push(key);
  }
  process.stdout.write(present.join(",") + " " + (missing.join(",") || "-") + "\n");
' "$WORK/package")
IFS=, read -r -a PRESENT_LIST <<< "$PRESENT"
ENTRIES_JSON="$(node -e 'process.stdout.write(JSON.stringify(process.argv.slice(1).map((e) => "spec-kitty-events" + e.slice(1))))' "${PRESENT_LIST[@]}")"
echo "checked: ${PRESENT}"
# JSON data exports have no types for attw to check; the CommonJS consumer requires them.
EXCLUDE=(--exclude-entrypoints "./schemas/*.json")
if [ "$MISSING" != "-" ]; then
  IFS=, read -r -a MISSING_LIST <<< "$MISSING"
  for entry in "${MISSING_LIST[@]}"; do
    echo "NOTE: skipping $entry: its built files are not in the tarball (package.json lists it; no sources yet)"
  done
  EXCLUDE+=("${MISSING_LIST[@]}")
fi

step "attw (types of every entry point under node10, node16 CJS/ESM, bundler)"
"$BIN/attw" "$TARBALL" "${EXCLUDE[@]}" --format table-flipped --no-emoji --no-color

# A consumer project: package.json, the tarball and the named packages installed.
make_consumer() {
  local dir="$WORK/$1"; shift
  mkdir -p "$dir"
  printf '{ "name": "consumer-%s", "private": true, "version": "1.0.0" }\n' "$(basename "$dir")" > "$dir/package.json"
  cp "$HERE/common.js" "$dir/"
  (cd "$dir" && "${NPM_INSTALL[@]}" "$TARBALL" "$@")
}

step "CommonJS consumer (peers installed by the consumer)"
make_consumer cjs class-transformer@^0.5.1 class-validator@^0.15.1 reflect-metadata@^0.2.2 @types/node@^20
cp "$HERE/cjs.js" "$HERE/esm.mjs" "$HERE/second-copy.js" "$WORK/cjs/"
(cd "$WORK/cjs" && SKE_ENTRIES="$ENTRIES_JSON" node cjs.js)

step "ESM consumer (same install)"
(cd "$WORK/cjs" && SKE_ENTRIES="$ENTRIES_JSON" node esm.mjs)

step "esbuild bundles (node platform), run without node_modules: root, DTOs, conformance with fixtures"
cp "$HERE/bundle-root.js" "$HERE/bundle-conformance.js" "$HERE/bundle-browser.js" "$HERE/browser-harness.js" "$WORK/cjs/"
mkdir -p "$WORK/bundled"
for name in bundle-root bundle-conformance; do
  "$BIN/esbuild" "$WORK/cjs/$name.js" --bundle --platform=node --target=node20 --log-level=warning --outfile="$WORK/bundled/$name.js"
done
# The bundles run from a folder with no node_modules and no schemas/ or fixtures/ beside them.
(cd "$WORK/bundled" && node bundle-root.js && node bundle-conformance.js)

step "esbuild bundle, browser platform: validateEvent and fixtures with no fs, no require, no process"
"$BIN/esbuild" "$WORK/cjs/bundle-browser.js" --bundle --platform=browser --format=iife --target=es2022 --log-level=warning --outfile="$WORK/bundled/browser.js"
node "$WORK/cjs/browser-harness.js" "$WORK/bundled/browser.js"

step "TypeScript consumer (same install): node10, node16 (CJS and ESM), bundler"
cp "$HERE/types.ts" "$WORK/cjs/types.ts"
cp "$HERE/types.ts" "$WORK/cjs/types-esm.mts"
tsc_check() {
  (cd "$WORK/cjs" && "$BIN/tsc" --noEmit --strict --target es2022 --lib es2022 --types node --skipLibCheck false "$@")
}
tsc_check --module commonjs --moduleResolution node10 types.ts
tsc_check --module node16 --moduleResolution node16 types.ts types-esm.mts
tsc_check --module esnext --moduleResolution bundler types.ts
echo "types: ok"

step "NestJS 11 app with ValidationPipe (tarball, not src/)"
NEST_VERSION="$(node -p 'require("./package.json").devDependencies["@nestjs/common"]')"
make_consumer nest "@nestjs/common@$NEST_VERSION" "@nestjs/core@$NEST_VERSION" "@nestjs/platform-express@$NEST_VERSION" rxjs@^7 reflect-metadata@^0.2.2 class-transformer@^0.5.1 class-validator@^0.15.1 @types/node@^20
cp "$HERE/nest-app.ts" "$WORK/nest/app.ts"
# The guide's controller, as the guide prints it: the ts block after its marker.
node -e '
  const text = require("fs").readFileSync(process.argv[1], "utf8");
  const at = text.indexOf("<!-- nestjs-guide:controller -->");
  const block = at < 0 ? null : /```ts\n([\s\S]*?)```/.exec(text.slice(at));
  if (block === null) { console.error("docs/NESTJS.md: no controller block after its marker"); process.exit(1); }
  require("fs").writeFileSync(process.argv[2], block[1]);
' "$ROOT/docs/NESTJS.md" "$WORK/nest/events.controller.ts"
(cd "$WORK/nest" && "$BIN/tsc" --strict --module commonjs --moduleResolution node10 --target es2022 --experimentalDecorators --emitDecoratorMetadata --types node --skipLibCheck --outDir out app.ts && node out/app.js)

step "second copy of class-transformer nested under the package"
cp -R "$WORK/cjs/node_modules/class-transformer" "$WORK/cjs/node_modules/spec-kitty-events/node_modules/class-transformer" 2>/dev/null || {
  mkdir -p "$WORK/cjs/node_modules/spec-kitty-events/node_modules"
  cp -R "$WORK/cjs/node_modules/class-transformer" "$WORK/cjs/node_modules/spec-kitty-events/node_modules/class-transformer"
}
(cd "$WORK/cjs" && node second-copy.js)

step "API reference (typedoc, offline: npm run docs writes docs/api/)"
(cd "$ROOT" && "$BIN/typedoc" --out "$WORK/api" --logLevel Error)
grep -q 'payloadClassFor' "$WORK/api/modules/index.html" || { echo "typedoc: payloadClassFor missing from the API reference" >&2; exit 1; }
echo "docs: ok ($(find "$WORK/api" -name '*.html' | wc -l) pages)"

printf '\nconsumers: all checks passed\n'
