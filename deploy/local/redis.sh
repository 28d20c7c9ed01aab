#!/usr/bin/env bash
# Private, throw-away Redis for local runs and tests.
#
#   redis.sh start DIR PORT [MAXMEMORY]   start (or confirm running) a redis-server on 127.0.0.1:PORT
#   redis.sh stop DIR                     stop the server started in DIR
#   redis.sh status DIR                   exit 0 and print the URL if it answers, exit 1 otherwise
#
# The server runs with `maxmemory-policy noeviction` (queued tasks must never be evicted silently),
# a bounded maxmemory (default 256mb) and no persistence. Everything it writes lives in DIR.
set -euo pipefail

# A caller may have blocked signals (threads of Swift/Dispatch programs block nearly all, and
# children inherit the mask). A redis-server started with SIGTERM blocked cannot be stopped with a
# signal, so re-run this script once with an empty mask (perl-base is always present on Debian).
signal_mask_is_blocked() {
  local key value
  while read -r key value; do
    if [ "$key" = "SigBlk:" ]; then
      [ "$((16#$value))" -ne 0 ]
      return
    fi
  done </proc/$$/status
  return 1
}
if [ -z "${MESH_REDIS_SH_UNBLOCKED:-}" ] && [ -r /proc/$$/status ] && signal_mask_is_blocked \
  && command -v perl >/dev/null 2>&1; then
  export MESH_REDIS_SH_UNBLOCKED=1
  exec perl -MPOSIX -e 'sigprocmask(SIG_SETMASK, POSIX::SigSet->new) or die; exec @ARGV or die' \
    bash "$0" "$@"
fi

usage() {
  echo "usage: $0 start DIR PORT [MAXMEMORY] | stop DIR | status DIR" >&2
  exit 2
}

ensure_redis_installed() {
  if command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1; then
    return 0
  fi
  echo "redis-server not found; installing it with apt-get" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq redis-server >/dev/null
}

# Port recorded at start, so stop/status need only DIR.
port_of() {
  local dir=$1
  [ -f "$dir/redis.port" ] || return 1
  cat "$dir/redis.port"
}

answers_ping() {
  local port=$1
  [ "$(timeout 2 redis-cli -h 127.0.0.1 -p "$port" --raw PING 2>/dev/null || true)" = "PONG" ]
}

cmd_start() {
  local dir=$1 port=$2 maxmemory=${3:-256mb}
  case "$port" in '' | *[!0-9]*) echo "PORT must be a number" >&2; exit 2 ;; esac
  ensure_redis_installed
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)

  if [ -f "$dir/redis.port" ] && answers_ping "$(port_of "$dir")"; then
    if [ "$(port_of "$dir")" != "$port" ]; then
      echo "redis in $dir already runs on port $(port_of "$dir"), not $port" >&2
      exit 1
    fi
    echo "redis://127.0.0.1:$port"
    return 0
  fi
  if answers_ping "$port"; then
    echo "port $port already answers PING but is not the redis of $dir" >&2
    exit 1
  fi

  echo "$port" >"$dir/redis.port"
  redis-server \
    --port "$port" \
    --bind 127.0.0.1 \
    --protected-mode yes \
    --maxmemory "$maxmemory" \
    --maxmemory-policy noeviction \
    --save '' \
    --appendonly no \
    --daemonize yes \
    --pidfile "$dir/redis.pid" \
    --logfile "$dir/redis.log" \
    --dir "$dir"

  # Bounded wait: 100 x 50 ms.
  local i
  for i in $(seq 1 100); do
    if answers_ping "$port"; then
      echo "redis://127.0.0.1:$port"
      return 0
    fi
    sleep 0.05
  done
  echo "redis did not answer PING on 127.0.0.1:$port within 5 s; see $dir/redis.log" >&2
  exit 1
}

# Alive and not a zombie (an exited daemon stays a zombie until init reaps it).
process_running() {
  local pid=$1 stat
  kill -0 "$pid" 2>/dev/null || return 1
  stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 0
  stat=${stat##*) }
  [ "${stat%% *}" != "Z" ]
}

cmd_stop() {
  local dir=$1
  [ -d "$dir" ] || return 0
  local pid="" port
  if [ -f "$dir/redis.pid" ]; then pid=$(cat "$dir/redis.pid"); fi
  # SHUTDOWN NOSAVE works whatever signals the server has blocked; signals are the fallback.
  if port=$(port_of "$dir") && answers_ping "$port"; then
    timeout 2 redis-cli -h 127.0.0.1 -p "$port" SHUTDOWN NOSAVE >/dev/null 2>&1 || true
  fi
  if [ -n "$pid" ] && process_running "$pid"; then
    kill "$pid" 2>/dev/null || true
    # Bounded wait: 100 x 50 ms, then force.
    local i
    for i in $(seq 1 100); do
      process_running "$pid" || break
      sleep 0.05
    done
    if process_running "$pid"; then kill -9 "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$dir/redis.pid"
}

cmd_status() {
  local dir=$1 port
  if port=$(port_of "$dir") && answers_ping "$port"; then
    echo "redis://127.0.0.1:$port"
    return 0
  fi
  echo "not running" >&2
  return 1
}

[ $# -ge 2 ] || usage
case "$1" in
  start) [ $# -ge 3 ] && [ $# -le 4 ] || usage; cmd_start "$2" "$3" "${4:-}" ;;
  stop) [ $# -eq 2 ] || usage; cmd_stop "$2" ;;
  status) [ $# -eq 2 ] || usage; cmd_status "$2" ;;
  *) usage ;;
esac
