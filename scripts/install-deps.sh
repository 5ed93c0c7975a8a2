#!/usr/bin/env bash
# Installs the Debian packages newsgraph needs to build, test and render, when
# any is missing. Run as root (or with sudo available). Idempotent.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libcurl4-openssl-dev libgumbo-dev libsqlite3-dev sqlite3 libicu-dev libxml2-dev
  nlohmann-json3-dev libcli11-dev libgtest-dev libgmock-dev libbenchmark-dev
  graphviz fonts-noto-cjk python3 python3-networkx clang-format
  clang libclang-rt-14-dev  # the sanitizer and fuzz build in scripts/test.sh
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
