#!/usr/bin/env bash
# Builds the library the bindings load, build/libImSDK.so (the Rust cdylib under the SDK's
# name and soname), in the same CMake build directory as .ci/test. Prints its path.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/ensure-tools
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
fi
cmake --build build -j2 --target timconv_cargo >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
echo "$PWD/build/libImSDK.so"
