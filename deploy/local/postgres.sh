#!/usr/bin/env bash
# A private PostgreSQL for development and tests, kept entirely under one directory.
#
#   postgres.sh start  DIR PORT   initdb on first use (DIR/data), start, wait until ready, print the URL
#   postgres.sh stop   DIR        fast shutdown (no-op when not running)
#   postgres.sh status DIR        prints "running PORT" (exit 0) or "stopped" (exit 3)
#   postgres.sh url    DIR PORT   prints the URL clients use
#
# Listens on 127.0.0.1 only, trusts local connections (-A trust) and runs with fsync=off: for dev and
# tests, never for data you care about. Run as root, the server runs as the unprivileged `postgres`
# user (PostgreSQL refuses to run as root); run as a normal user, it runs as that user.
set -euo pipefail

readonly READY_TIMEOUT_SECONDS=30
# A Unix socket path is limited to 107 bytes; ".s.PGSQL.NNNNN" needs 15 of them.
readonly SOCKET_DIR_MAX_LENGTH=90

usage() {
    echo "usage: $0 start DIR PORT | stop DIR | status DIR | url DIR PORT" >&2
    exit 2
}

die() {
    echo "postgres.sh: $*" >&2
    exit 1
}

# Finds the directory with initdb/pg_ctl/postgres. Debian keeps them off PATH in
# /usr/lib/postgresql/<version>/bin, and `pg_config --bindir` may name the client-only dir.
find_bindir() {
    local candidate
    if candidate="$(command -v initdb 2>/dev/null)"; then
        candidate="$(dirname "$(readlink -f "$candidate")")"
        if [[ -x "$candidate/pg_ctl" && -x "$candidate/postgres" ]]; then
            echo "$candidate"
            return 0
        fi
    fi
    # Newest major version first.
    while IFS= read -r candidate; do
        if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" && -x "$candidate/postgres" ]]; then
            echo "$candidate"
            return 0
        fi
    done < <(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -V -r)
    return 1
}

install_postgresql() {
    local -a apt=(apt-get)
    if [[ "$(id -u)" -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "initdb not found and not root: install the 'postgresql' package"
        apt=(sudo apt-get)
    fi
    echo "postgres.sh: initdb not found, installing postgresql with apt-get" >&2
    if ! DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y --no-install-recommends postgresql >&2; then
        "${apt[@]}" update >&2
        DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y --no-install-recommends postgresql >&2
    fi
}

# Runs a command as the user that owns the cluster.
as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# The server outlives this script, so it must not inherit the caller's pipes and sockets: a caller
# waiting for EOF on our output, or for its own child-tracking socket to close (Foundation's
# Process does this), would otherwise wait for as long as the server runs. fd 255 is bash's own.
close_inherited_fds() {
    local fd
    [[ -d /proc/$$/fd ]] || return 0
    for fd in /proc/$$/fd/*; do
        fd="${fd##*/}"
        if [[ "$fd" =~ ^[0-9]+$ ]] && ((fd > 2 && fd != 255)); then
            eval "exec ${fd}>&-" 2>/dev/null || true
        fi
    done
}

url_for() {
    echo "postgresql://postgres@127.0.0.1:$1/postgres"
}

# The port the running server really uses: line 4 of postmaster.pid.
running_port() {
    sed -n 4p "$1/data/postmaster.pid" 2>/dev/null || true
}

is_running() {
    local dir="$1"
    [[ -f "$dir/data/postmaster.pid" ]] || return 1
    as_owner "$BINDIR/pg_ctl" status -D "$dir/data" >/dev/null 2>&1
}

validate_port() {
    [[ "$1" =~ ^[0-9]+$ ]] && (("$1" > 0 && "$1" < 65536)) || die "invalid port: $1"
}

cmd_start() {
    local dir="$1" port="$2"
    validate_port "$port"
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd -P)"

    if is_running "$dir"; then
        url_for "$(running_port "$dir")"
        return 0
    fi

    if [[ "$(id -u)" -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "user 'postgres' does not exist (install the postgresql package)"
        chown -R postgres: "$dir"
        as_owner test -w "$dir" || die "$dir is not writable by user 'postgres' (check the parent directories' permissions)"
    fi

    close_inherited_fds

    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
        as_owner "$BINDIR/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C --no-sync \
            >"$dir/initdb.log" 2>&1 || die "initdb failed, see $dir/initdb.log"
    fi

    local socket_option="-k $dir"
    if ((${#dir} > SOCKET_DIR_MAX_LENGTH)); then
        # Too long for a Unix socket path: TCP only.
        socket_option="-c unix_socket_directories="
    fi

    as_owner "$BINDIR/pg_ctl" start -D "$dir/data" -l "$dir/postgres.log" -w -t "$READY_TIMEOUT_SECONDS" \
        -o "-p $port $socket_option -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null || die "server did not start, see $dir/postgres.log"

    local attempt
    for ((attempt = 0; attempt < READY_TIMEOUT_SECONDS * 10; attempt++)); do
        if "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then
            url_for "$port"
            return 0
        fi
        sleep 0.1
    done
    die "server on port $port not ready after ${READY_TIMEOUT_SECONDS}s, see $dir/postgres.log"
}

cmd_stop() {
    local dir="$1"
    [[ -d "$dir" ]] || { echo "stopped"; return 0; }
    dir="$(cd "$dir" && pwd -P)"
    if is_running "$dir"; then
        as_owner "$BINDIR/pg_ctl" stop -D "$dir/data" -m fast -w -t "$READY_TIMEOUT_SECONDS" >/dev/null
    fi
    echo "stopped"
}

cmd_status() {
    local dir="$1"
    if [[ -d "$dir" ]] && is_running "$(cd "$dir" && pwd -P)"; then
        echo "running $(running_port "$(cd "$dir" && pwd -P)")"
        return 0
    fi
    echo "stopped"
    return 3
}

main() {
    (($# >= 1)) || usage
    local command="$1"
    shift
    case "$command" in
    url)
        (($# == 2)) || usage
        validate_port "$2"
        url_for "$2"
        return 0
        ;;
    start) (($# == 2)) || usage ;;
    stop | status) (($# == 1)) || usage ;;
    *) usage ;;
    esac

    if ! BINDIR="$(find_bindir)"; then
        install_postgresql
        BINDIR="$(find_bindir)" || die "postgresql installed but initdb/pg_ctl not found"
    fi
    readonly BINDIR

    case "$command" in
    start) cmd_start "$1" "$2" ;;
    stop) cmd_stop "$1" ;;
    status) cmd_status "$1" ;;
    esac
}

main "$@"
