#!/usr/bin/env bash
# Installs what building and testing claimgraph need beyond a Rust toolchain, once:
#   - libclang-dev: oxigraph's RocksDB bindings are generated with bindgen at build time;
#   - g++ and ccache: RocksDB is C++, compiled through ccache (scripts/cc/);
#   - raptor2-utils (rapper) and pySHACL (in a virtualenv): the independent RDF checks;
#   - graphviz (dot): `claimgraph graph --format svg|png` and its tests;
#   - the endpoint's independent clients (tests/endpoint/run.sh): curl, rasqal-utils (roqet),
#     SPARQLWrapper and oxigraph's own server (PyPI `oxigraph`, at the Cargo.lock version) in the
#     virtualenv, chromium and node with playwright-core (npm ci in tests/endpoint/page);
#   - warcio (in the virtualenv): tests/web.rs writes a web archive of the benchmark pages with
#     it, an independent WARC writer, and checks that claimgraph reads it as the folder;
#   - virtuoso-opensource: tests/virtuoso/run.sh (push and report --endpoint against Virtuoso 7,
#     started from a config file of its own on loopback ports, never as the system service).
# Safe to run again: it installs only what is missing.
set -euo pipefail

# The libclang that bindgen loads (through clang-sys): `libclang.so`, or a versioned
# `libclang-N.so*` / `libclang.so.N`, in llvm-config's libdir or LLVM's usual folders. Not
# `libclang-cpp.so*`: that is the C++ library, which Debian installs with llvm-N-dev and
# others, and which bindgen cannot use.
has_libclang() {
  local dirs=() d f
  command -v llvm-config >/dev/null && dirs+=("$(llvm-config --libdir 2>/dev/null)")
  [ -n "${LIBCLANG_PATH:-}" ] && dirs+=("$LIBCLANG_PATH")
  dirs+=(/usr/lib/llvm-*/lib /usr/lib/*-linux-gnu /usr/lib64 /usr/local/lib)
  for d in "${dirs[@]}"; do
    for f in "$d"/libclang.so "$d"/libclang.so.* "$d"/libclang-[0-9]*.so*; do
      [ -e "$f" ] && return 0
    done
  done
  return 1
}

need=()
has_libclang || need+=(libclang-dev)
command -v g++ >/dev/null || need+=(g++)
# ccache: RocksDB's C++ (15-25 minutes on two cores) is compiled once per machine, not once per
# clone or target directory; .cargo/config.toml points the cc crate at scripts/cc/ wrappers.
command -v ccache >/dev/null || need+=(ccache)
command -v rapper >/dev/null || need+=(raptor2-utils)
command -v dot >/dev/null || need+=(graphviz)
command -v curl >/dev/null || need+=(curl)
command -v roqet >/dev/null || need+=(rasqal-utils)
command -v chromium >/dev/null || need+=(chromium)
command -v npm >/dev/null || need+=(nodejs npm)
command -v virtuoso-t >/dev/null || need+=(virtuoso-opensource)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: apt-get install ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
has_libclang || { echo "setup: no libclang.so that bindgen can load (install libclang-dev, or set LIBCLANG_PATH)" >&2; exit 1; }
# The tests start Virtuoso themselves; a system service the package started is not needed.
if [ -d /run/systemd/system ] && systemctl is-enabled virtuoso-opensource-7 >/dev/null 2>&1; then
  $( [ "$(id -u)" -eq 0 ] || echo sudo ) systemctl disable --now virtuoso-opensource-7 || true
fi

VENV="${CLAIMGRAPH_VENV:-$HOME/.cache/claimgraph-venv}"
OXIGRAPH_VERSION=$(awk '/^name = "oxigraph"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$(dirname "$0")/../Cargo.lock")
if [ ! -x "$VENV/bin/pyshacl" ] || [ ! -x "$VENV/bin/oxigraph" ] \
  || ! "$VENV/bin/python" -c "import SPARQLWrapper" 2>/dev/null \
  || ! "$VENV/bin/python" -c "import warcio" 2>/dev/null \
  || [ "$("$VENV/bin/oxigraph" --version 2>/dev/null)" != "oxigraph $OXIGRAPH_VERSION" ]; then
  echo "setup: pySHACL, SPARQLWrapper, warcio and oxigraph $OXIGRAPH_VERSION into $VENV"
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pyshacl==0.40.1 SPARQLWrapper==2.0.0 warcio==1.8.1 "oxigraph==$OXIGRAPH_VERSION"
fi

PAGE_TEST="$(dirname "$0")/../tests/endpoint/page"
if [ ! -d "$PAGE_TEST/node_modules/playwright-core" ]; then
  echo "setup: playwright-core (npm ci in tests/endpoint/page)"
  (cd "$PAGE_TEST" && npm ci --no-audit --no-fund --silent)
fi

for component in rustfmt clippy; do
  if command -v rustup >/dev/null && ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    rustup component add "$component"
  fi
done
echo "setup: done"
