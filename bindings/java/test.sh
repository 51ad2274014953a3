#!/usr/bin/env bash
# Builds the Java binding and runs its JUnit 5 tests (Debian's junit5 package, installed if
# missing) against libImSDK.so.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
junit=/usr/share/java/junit-platform-console-standalone.jar
if [ ! -f "$junit" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "JUnit 5 not found: installing Debian's junit5" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq junit5 >/dev/null
  else
    echo "JUnit 5 not found: install Debian's junit5 package" >&2
    exit 1
  fi
fi
bash "$here/build.sh"
rm -rf "$here/build/test-classes"
javac -Xlint:all -Werror -cp "$here/build/classes:$junit" -d "$here/build/test-classes" \
  $(find "$here/src/test/java" -name '*.java')
java -Xcheck:jni -Djava.library.path="$here/build/lib" \
  -Dtimconv.test.classpath="$here/build/classes:$here/build/test-classes" \
  -jar "$junit" --disable-banner --details=summary --fail-if-no-tests \
  --class-path "$here/build/classes:$here/build/test-classes" --select-package com.tencent.imsdk.v2
