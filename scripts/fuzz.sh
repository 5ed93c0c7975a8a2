#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang with ASan+UBSan) and runs each for
# SECONDS (default 30), then prints executions per second and totals.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 600 html_fuzz
# Environment: FUZZ_BUILD_DIR (default build-fuzz; a dir configured with
# -DNEWSGRAPH_FUZZ=ON, such as CI's build-asan, is reused as it is),
# FUZZ_JOBS (targets run at once, default 1), FUZZ_BUILD_JOBS (default 2),
# FUZZ_NO_BUILD=1 (run the targets as built).
# The corpus grows in $FUZZ_BUILD_DIR/corpus/<target>; crashes, leaks and
# sanitizer reports are written to $FUZZ_BUILD_DIR/artifacts/<target>/ and
# make the script exit 1. Reproduce one with: build-fuzz/<target> <file>.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
all=(charset_fuzz html_fuzz feed_fuzz sitemap_fuzz robots_fuzz url_fuzz jsonl_fuzz nlp_fuzz export_fuzz)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")
dir=${FUZZ_BUILD_DIR:-build-fuzz}

# clang and its runtime (libFuzzer) come from Debian; install when missing.
missing=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ -z "${FUZZ_NO_BUILD:-}" ]; then
  if ! grep -q '^NEWSGRAPH_FUZZ:BOOL=ON' "$dir/CMakeCache.txt" 2>/dev/null; then
    CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
      -DNEWSGRAPH_FUZZ=ON -DNEWSGRAPH_BUILD_TESTS=OFF -DNEWSGRAPH_BUILD_BENCH=OFF >/dev/null
  fi
  cmake --build "$dir" -j "${FUZZ_BUILD_JOBS:-2}" $(printf -- '--target %s ' "${targets[@]}") >/dev/null
fi
fuzz/make_seeds.sh "$dir/seeds" >/dev/null

dict_for() {
  case $1 in
    feed_fuzz | sitemap_fuzz) echo "-dict=fuzz/dicts/xml.dict" ;;
    html_fuzz | charset_fuzz) echo "-dict=fuzz/dicts/html.dict" ;;
  esac
}

run_one() {
  local t=$1 name=${1%_fuzz}
  mkdir -p "$dir/corpus/$t" "$dir/artifacts/$t"
  # -rss_limit_mb and -timeout turn memory blow-ups and hangs into findings.
  "$dir/$t" -max_total_time="$seconds" -print_final_stats=1 -timeout=25 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$dir/artifacts/$t/" $(dict_for "$t") \
    "$dir/corpus/$t" "$dir/seeds/$name" >"$dir/artifacts/$t.log" 2>&1
}

pids=() failed=0
for t in "${targets[@]}"; do
  run_one "$t" &
  pids+=($!)
  if ((${#pids[@]} >= ${FUZZ_JOBS:-1})); then
    wait "${pids[0]}" || true
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || true; done

printf '%-14s %8s %12s %8s %8s %7s  %s\n' target seconds execs exec/s corpus cov result
for t in "${targets[@]}"; do
  log="$dir/artifacts/$t.log"
  execs=$(grep -aoE 'stat::number_of_executed_units: +[0-9]+' "$log" | awk '{print $2}' | tail -n1 || true)
  secs=$(grep -aoE 'stat::average_exec_per_sec: +[0-9]+' "$log" | awk '{print $2}' | tail -n1 || true)
  corpus=$(ls "$dir/corpus/$t" | wc -l)
  cov=$(grep -aoE 'cov: [0-9]+' "$log" | tail -n1 | awk '{print $2}' || true)
  if grep -aqE '^==[0-9]+==ERROR|runtime error:|fuzz property violated|^SUMMARY: libFuzzer|Test unit written' "$log"; then
    result="FAILED: $(grep -aoE 'Test unit written to [^ ]+' "$log" | head -n1 || true) (see $log)"
    failed=1
  else
    result=ok
  fi
  printf '%-14s %8s %12s %8s %8s %7s  %s\n' "$t" "$seconds" "${execs:-?}" "${secs:-?}" "$corpus" "${cov:-?}" "$result"
done
exit "$failed"
