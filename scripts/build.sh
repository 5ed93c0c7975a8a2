#!/usr/bin/env bash
# Configures and builds newsgraph (Release) into ./build (or $BUILD_DIR).
# Extra arguments go to cmake; $TARGETS (space-separated) limits what is built.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
targets=()
for t in ${TARGETS:-}; do targets+=(--target "$t"); done
cmake --build "$build_dir" -j "$(nproc)" "${targets[@]}"
