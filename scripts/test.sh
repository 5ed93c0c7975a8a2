#!/usr/bin/env bash
# The README's second command (and what CI runs): installs what is missing,
# builds with warnings as errors, and runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build} scripts/build.sh -DNEWSGRAPH_WERROR=ON -DNEWSGRAPH_BUILD_TESTS=ON
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
