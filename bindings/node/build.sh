#!/usr/bin/env bash
# Builds the addon: build/timconv.node beside a copy of libImSDK.so (found through the rpath
# $ORIGIN, so the package directory works wherever it is). TIMCONV_LIB names a prebuilt
# libImSDK.so; otherwise bindings/build-lib.sh builds it with CMake.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
lib="${TIMCONV_LIB:-$(bash "$here/../build-lib.sh")}"
# Node-API headers: those of the running node, else the system's, else the npm package
# node-api-headers (a dev dependency; Node-API is ABI-stable, so any of them will do).
inc="$(node -p "require('path').resolve(process.execPath, '..', '..', 'include', 'node')")"
[ -f "$inc/node_api.h" ] || inc=/usr/include/node
if [ ! -f "$inc/node_api.h" ]; then
  inc="$here/node_modules/node-api-headers/include"
  [ -f "$inc/node_api.h" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
[ -f "$inc/node_api.h" ] || { echo "node_api.h not found (install Node.js headers)" >&2; exit 1; }
mkdir -p "$here/build"
cp -f "$lib" "$here/build/libImSDK.so"
"${CC:-cc}" -std=c11 -O2 -fPIC -shared -Wall -Wextra -Werror \
  -I"$here/../../include" -I"$inc" \
  -o "$here/build/timconv.node" "$here/native/timconv_node.c" \
  -L"$here/build" -l:libImSDK.so -Wl,-rpath,'$ORIGIN' -pthread
