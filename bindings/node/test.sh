#!/usr/bin/env bash
# Builds the addon (and libImSDK.so if needed) and runs the Node.js binding's tests with Node's
# own runner, then type-checks index.d.ts with TypeScript (from npm, pinned in package-lock).
set -euo pipefail
cd "$(dirname "$0")"
bash build.sh
node --test test/*.test.js
if [ ! -x node_modules/.bin/tsc ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
node_modules/.bin/tsc -p test/types/tsconfig.json
echo "index.d.ts: type check passed"
