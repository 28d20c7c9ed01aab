#!/usr/bin/env bash
# The README's test command, and what CI runs: every check and every test, against real services.
set -euo pipefail
cd "$(dirname "$0")/../.."

deploy/local/install-deps.sh

echo "== generated code: regenerate and compare, then the breaking-change check"
swift build --product mesh-codegen
.build/debug/mesh-codegen check
.build/debug/mesh-codegen breaking

echo "== build (warnings are errors)"
swift build --build-tests -Xswiftc -warnings-as-errors

echo "== tests"
export MESH_REQUIRE_INTEGRATION=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
swift test --skip-build 2>&1 | tee "$log"
# One plain closing line for CI: Swift Testing's count of tests run (all passed, or we stopped above).
count=$(sed -n 's/.*Test run with \([0-9]*\) tests.*passed.*/\1/p' "$log" | tail -n 1)
echo "${count:-0} passed, 0 failed"
