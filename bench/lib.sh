# Shared by the bench scripts (sourced, not run). Needs ROOT, CARGO_TARGET_DIR and die().

# Sets BIN to the claimgraph to measure: $CLAIMGRAPH if given, else a fresh release build;
# checks that it has each subcommand named.
claimgraph_binary() {
    if [[ -n "${CLAIMGRAPH:-}" ]]; then
        BIN=$CLAIMGRAPH
        echo "  using CLAIMGRAPH=$BIN (no build)"
    else
        (cd "$ROOT" && cargo build --release --quiet) || die "cargo build --release failed"
        BIN="$CARGO_TARGET_DIR/release/claimgraph"
    fi
    [[ -x "$BIN" ]] || die "no executable at $BIN"
    local sub
    for sub in "$@"; do
        "$BIN" "$sub" --help >/dev/null 2>&1 || die "$BIN has no working '$sub' subcommand"
    done
}
