#!/usr/bin/env bash
# Consumer test (ctest install_consumers): installs the build into a temporary prefix and
# checks what a C/C++ team gets from `cmake --install`: the layout (lib/libImSDK.so with its
# soname, every header of include/, the CMake package and pkg-config file), the version
# (Cargo.toml = CMake package = pkg-config = TIMGetSDKVersion), and that the samples build and
# run against the installed files alone, with CMake (find_package) and make (pkg-config).
#
#   tests/consumers/run.sh BUILD_DIR
#
# The samples are examples-c/*.c and, when that directory exists, examples-cpp/*.cpp: a new
# sample is tested by dropping it there.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:?usage: run.sh BUILD_DIR}" && pwd)

for tool in cmake make pkg-config readelf ldd; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIPPED: $tool is not installed (.ci/ensure-tools installs it)"
    exit 77
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/timconv-consumers-XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
fail() { echo "FAIL $*" >&2; exit 1; }

version=$(awk '/^\[/ { section = $0 } section == "[package]" && /^version *=/ {
  gsub(/^[^"]*"|".*$/, ""); print; exit }' "$root/Cargo.toml")
[ -n "$version" ] || fail "no version in Cargo.toml"

cmake --install "$build" --prefix "$prefix" >"$work/install.log"
echo "ok   installed into a temporary prefix: $(find "$prefix" -type f | wc -l) files"

# The layout.
lib="$prefix/lib/libImSDK.so"
[ -f "$lib" ] || fail "no lib/libImSDK.so; installed: $(cd "$prefix" && find . -type f | sort | tr '\n' ' ')"
soname=$(readelf -d "$lib" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ "$soname" = "libImSDK.so" ] || fail "lib/libImSDK.so has soname '$soname'"
missing=$(cd "$root/include" && find . -name '*.h' | sort | while read -r h; do
  cmp -s "$h" "$prefix/include/$h" || echo "$h"; done)
[ -z "$missing" ] || fail "headers not installed (or different): $missing"
headers=$(cd "$root/include" && find . -name '*.h' | wc -l)
config="$prefix/lib/cmake/timconv"
for f in "$config/timconv-config.cmake" "$config/timconv-config-version.cmake" \
         "$prefix/lib/pkgconfig/timconv.pc"; do
  [ -f "$f" ] || fail "missing ${f#"$prefix"/}"
done
echo "ok   lib/libImSDK.so (soname $soname), $headers headers, lib/cmake/timconv, lib/pkgconfig/timconv.pc"

# The version file: this version and later patches of it, nothing else.
cat >"$work/compatible.cmake" <<CMAKE
string(REPLACE "." ";" parts "\${PACKAGE_FIND_VERSION}")
list(GET parts 0 PACKAGE_FIND_VERSION_MAJOR)
list(GET parts 1 PACKAGE_FIND_VERSION_MINOR)
list(GET parts 2 PACKAGE_FIND_VERSION_PATCH)
include("$config/timconv-config-version.cmake")
message("\${PACKAGE_VERSION_COMPATIBLE}")
CMAKE
compatible() { cmake -DPACKAGE_FIND_VERSION="$1" -DCMAKE_SIZEOF_VOID_P=8 -P "$work/compatible.cmake" 2>&1; }
IFS=. read -r major minor patch <<<"$version"
[ "$(compatible "$version")" = TRUE ] || fail "the version file refuses $version"
[ "$(compatible "$((major + 1)).0.0")" = FALSE ] || fail "the version file accepts $((major + 1)).0.0"
if [ "$major" = 0 ]; then
  [ "$(compatible "0.$((minor + 1)).0")" = FALSE ] || fail "the version file accepts 0.$((minor + 1)).0"
fi
[ "$patch" = 0 ] || [ "$(compatible "$major.$minor.0")" = TRUE ] || fail "the version file refuses $major.$minor.0"
echo "ok   version $version: Cargo.toml = CMake package (SemVer-compatible requests only)"

# The samples, against the installed files only.
samples="$work/samples"
mkdir -p "$samples"
cp "$here/CMakeLists.txt" "$here/Makefile" "$root"/examples-c/*.c "$root/tests/c/jscan.h" \
  "$root/tests/c/platform.h" "$root/tests/c/win32_pthread.h" "$samples/"
cp "$root"/examples-c/*.h "$samples/" 2>/dev/null || true
if [ -d "$root/examples-cpp" ]; then
  cp "$root"/examples-cpp/*.cpp "$root"/examples-cpp/*.h "$root"/examples-cpp/*.hpp "$samples/" 2>/dev/null || true
fi
bash "$here/build_samples.sh" "$prefix" "$prefix/lib/pkgconfig" "$samples" "$work/consumers" "$version"
echo "install_consumers: all checks passed"
