#!/usr/bin/env bash
# The README's test command, and what CI runs: every check and every test, against real services.
set -euo pipefail
cd "$(dirname "$0")/../.."

deploy/local/install-deps.sh

echo "== generated code: regenerate and compare, then the breaking-change check"
swift build --product mesh-codegen
.build/debug/mesh-codegen check
.build/debug/mesh-codegen breaking

echo "== deploy files: compose, Kubernetes, Prometheus rules, Grafana dashboards (offline)"
bash deploy/validate.sh

echo "== build (warnings are errors)"
swift build --build-tests -Xswiftc -warnings-as-errors

echo "== private PostgreSQL and Redis for the integration tests"
services=$(mktemp -d /tmp/mesh-test.XXXXXX)
chmod 755 "$services"  # the database server runs as an unprivileged user
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
stop_services() {
  deploy/local/postgres.sh stop "$services/pg" >/dev/null 2>&1 || true
  deploy/local/redis.sh stop "$services/redis" >/dev/null 2>&1 || true
  rm -rf "$services"
}
trap stop_services EXIT
MESH_TEST_POSTGRES_URL=$(deploy/local/postgres.sh start "$services/pg" "$(free_port)" | tail -n 1)
export MESH_TEST_POSTGRES_URL
MESH_TEST_REDIS_URL=$(deploy/local/redis.sh start "$services/redis" "$(free_port)" | tail -n 1)
export MESH_TEST_REDIS_URL
echo "PostgreSQL: $MESH_TEST_POSTGRES_URL  Redis: $MESH_TEST_REDIS_URL"

echo "== tests"
export MESH_REQUIRE_INTEGRATION=1
log="$services/test.log"
# Serially: several tests bound how long something may take, and on 2 cores parallel CPU-heavy
# tests would distort those bounds.
swift test --skip-build --no-parallel 2>&1 | tee "$log"
# One plain closing line for CI: Swift Testing's count of tests run (all passed, or we stopped above).
count=$(sed -n 's/.*Test run with \([0-9]*\) tests.*passed.*/\1/p' "$log" | tail -n 1)
echo "${count:-0} passed, 0 failed"
