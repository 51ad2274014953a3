#!/usr/bin/env bash
# Builds and runs the samples in SAMPLES twice, each time seeing only an installed timconv:
# with CMake (find_package, CMAKE_PREFIX_PATH=PREFIX) and with make (pkg-config, PC_DIR).
# Every program must exit 0 (run without arguments and without a terminal); a program that
# prints the SDK version must print "(timconv VERSION)".
#
#   build_samples.sh PREFIX PC_DIR SAMPLES WORK VERSION
set -euo pipefail
prefix=$1 pc_dir=$2 samples=$3 work=$4 version=$5
mkdir -p "$work"

# Nothing but the installed files: no inherited search paths.
clean_env=(env -u CPATH -u C_INCLUDE_PATH -u CPLUS_INCLUDE_PATH -u LIBRARY_PATH
           -u LD_LIBRARY_PATH -u PKG_CONFIG_PATH -u CMAKE_PREFIX_PATH)

# run_programs <dir> <label>: runs every program built from a sample in <dir>.
run_programs() {
  local dir=$1 label=$2 source name program lib
  for source in "$samples"/*.c "$samples"/*.cpp; do
    [ -e "$source" ] || continue
    name=$(basename "${source%.*}")
    program="$dir/$name"
    lib=$("${clean_env[@]}" ldd "$program" | awk '$1 == "libImSDK.so" { print $3 }')
    case "$lib" in
      "$prefix"/*) ;;
      *) echo "FAIL [$label] $name loads libImSDK.so from '${lib:-nowhere}', not from $prefix" >&2
         return 1 ;;
    esac
    if ! "${clean_env[@]}" "$program" </dev/null >"$work/$label-$name.out" 2>&1; then
      echo "FAIL [$label] $name exited non-zero:" >&2
      tail -20 "$work/$label-$name.out" >&2
      return 1
    fi
    if grep -q "timconv [0-9]" "$work/$label-$name.out" &&
       ! grep -qF "(timconv $version)" "$work/$label-$name.out"; then
      echo "FAIL [$label] $name reports another version than $version:" >&2
      grep "timconv [0-9]" "$work/$label-$name.out" >&2
      return 1
    fi
    echo "ok   [$label] $name ($(wc -l <"$work/$label-$name.out") lines of output, libImSDK.so from the prefix)"
  done
}

# CMake: find_package(timconv VERSION EXACT CONFIG REQUIRED).
"${clean_env[@]}" cmake -S "$samples" -B "$work/cmake" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF \
  -DTIMCONV_EXPECTED_VERSION="$version" >"$work/cmake-configure.log" 2>&1 ||
  { cat "$work/cmake-configure.log" >&2; exit 1; }
grep -F "timconv $version:" "$work/cmake-configure.log" | sed 's/^-- /     /'
"${clean_env[@]}" cmake --build "$work/cmake" -j2 >"$work/cmake-build.log" 2>&1 ||
  { cat "$work/cmake-build.log" >&2; exit 1; }
run_programs "$work/cmake" cmake

# make + pkg-config, with the search path limited to PC_DIR.
pc=("${clean_env[@]}" PKG_CONFIG_PATH="$pc_dir" PKG_CONFIG_LIBDIR="$pc_dir")
pc_version=$("${pc[@]}" pkg-config --modversion timconv)
if [ "$pc_version" != "$version" ]; then
  echo "FAIL pkg-config says timconv $pc_version, expected $version" >&2
  exit 1
fi
echo "     pkg-config: timconv $pc_version: $("${pc[@]}" pkg-config --cflags --libs timconv)"
"${pc[@]}" make -s -C "$samples" OUT="$work/make" >"$work/make.log" 2>&1 ||
  { cat "$work/make.log" >&2; exit 1; }
run_programs "$work/make" make
