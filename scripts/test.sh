#!/usr/bin/env bash
# The README's second command (and what CI runs): installs what is missing,
# builds with warnings as errors, and runs every test with ctest. Then builds
# again with clang, AddressSanitizer and UndefinedBehaviorSanitizer into
# build-asan (no benchmarks, no crash test there) and runs every test again,
# and runs each fuzz target (fuzz/) on that same build for FUZZ_SECONDS.
# Environment: SANITIZE=0 skips the sanitizer build, FUZZ_SECONDS (default 20;
# 0 skips fuzzing), ASAN_BUILD_DIR (default build-asan).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build} scripts/build.sh -DNEWSGRAPH_WERROR=ON -DNEWSGRAPH_BUILD_TESTS=ON
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"

if [ "${SANITIZE:-1}" != 0 ]; then
  asan_dir=${ASAN_BUILD_DIR:-build-asan}
  # One clang build serves both the tests and the fuzzers (-fsanitize=fuzzer-no-link
  # everywhere, libFuzzer linked into fuzz/ only). -O1 keeps it fast enough;
  # warnings are already errors in the build above.
  BUILD_DIR=$asan_dir scripts/build.sh -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DNEWSGRAPH_SANITIZE=ON -DNEWSGRAPH_FUZZ=ON \
    -DNEWSGRAPH_BUILD_TESTS=ON -DNEWSGRAPH_BUILD_BENCH=OFF -DNEWSGRAPH_CRASH_KILLS=0
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$asan_dir" --output-on-failure -j "$(nproc)"
  if [ "${FUZZ_SECONDS:-20}" != 0 ]; then
    FUZZ_BUILD_DIR=$asan_dir FUZZ_JOBS=$(nproc) scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
  fi
fi
