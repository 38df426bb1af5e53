# Sourced by every script: puts the project's own tool folder (npm's wasm-opt) first on PATH, because
# Trunk runs the first wasm-opt it finds and an older one breaks release builds.
TOOLS_DIR="${CRAMPCHECK_TOOLS:-$HOME/.cache/crampcheck-tools}"
export PATH="$TOOLS_DIR/bin:$HOME/.cargo/bin:$PATH"
