#!/usr/bin/env bash
# Builds the Java binding: build/lib/libtimconv_jni.so (the JNI shim, beside a copy of
# libImSDK.so found through the rpath $ORIGIN) and build/timconv-v2.jar (the classes).
# TIMCONV_LIB names a prebuilt libImSDK.so; otherwise bindings/build-lib.sh builds it with CMake.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
lib="${TIMCONV_LIB:-$(bash "$here/../build-lib.sh")}"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
[ -f "$java_home/include/jni.h" ] || { echo "jni.h not found under $java_home (set JAVA_HOME to a JDK)" >&2; exit 1; }
mkdir -p "$here/build/lib"
cp -f "$lib" "$here/build/lib/libImSDK.so"
"${CC:-cc}" -std=c11 -O2 -fPIC -shared -Wall -Wextra -Werror \
  -I"$here/../../include" -I"$java_home/include" -I"$java_home/include/linux" \
  -o "$here/build/lib/libtimconv_jni.so" "$here/native/timconv_jni.c" \
  -L"$here/build/lib" -l:libImSDK.so -Wl,-rpath,'$ORIGIN' -pthread
rm -rf "$here/build/classes"
javac --release 8 -Xlint:all,-options -Werror -d "$here/build/classes" $(find "$here/src/main/java" -name '*.java')
jar cf "$here/build/timconv-v2.jar" -C "$here/build/classes" .
