#!/usr/bin/env bash
# Installs what building and testing the mesh needs on Debian 12, skipping what is already there.
set -euo pipefail

packages=(
  libprotobuf-c-dev protobuf-c-compiler protobuf-compiler libprotoc-dev
  libpq-dev libhiredis-dev libcurl4-openssl-dev
  postgresql redis-server python3 python3-pip
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Google's Python protobuf is the independent implementation the contract tests compare against;
# schemathesis fuzzes the gateway against its OpenAPI document.
if ! python3 -c 'import google.protobuf, grpc_tools' 2>/dev/null || ! command -v schemathesis >/dev/null; then
  echo "installing Python protobuf, grpcio-tools and schemathesis"
  python3 -m pip install -q protobuf grpcio-tools schemathesis 2>/dev/null \
    || python3 -m pip install -q --break-system-packages protobuf grpcio-tools schemathesis
fi
