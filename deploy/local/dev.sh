#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and runs the whole mesh (`mesh dev`).
set -euo pipefail
cd "$(dirname "$0")/../.."
deploy/local/install-deps.sh
swift build -c release --product mesh
exec .build/release/mesh dev "$@"
