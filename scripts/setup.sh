#!/usr/bin/env bash
# Installs what building and testing claimgraph need beyond a Rust toolchain, once:
#   - libclang-dev: oxigraph's RocksDB bindings are generated with bindgen at build time;
#   - g++: RocksDB is C++;
#   - raptor2-utils (rapper) and pySHACL (in a virtualenv): the independent RDF checks.
# Safe to run again: it installs only what is missing.
set -euo pipefail

need=()
ls /usr/lib/llvm-*/lib/libclang*.so* >/dev/null 2>&1 || need+=(libclang-dev)
command -v g++ >/dev/null || need+=(g++)
command -v rapper >/dev/null || need+=(raptor2-utils)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: apt-get install ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi

VENV="${CLAIMGRAPH_VENV:-$HOME/.cache/claimgraph-venv}"
if [ ! -x "$VENV/bin/pyshacl" ]; then
  echo "setup: pySHACL into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pyshacl==0.40.1
fi

for component in rustfmt clippy; do
  if command -v rustup >/dev/null && ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    rustup component add "$component"
  fi
done
echo "setup: done"
