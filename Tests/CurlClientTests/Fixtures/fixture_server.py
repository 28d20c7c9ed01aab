#!/usr/bin/env python3
"""HTTP fixture server for CurlClientTests (Python 3 standard library only).

Binds 127.0.0.1 on a free port, writes the port to --port-file (atomically) and
serves until its stdin closes (so it never outlives the test process) or it is
terminated. --robots selects what /robots.txt answers: "rules" (Disallow:
/private), "missing" (404) or "error" (500).
"""

import argparse
import gzip
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

ROBOTS_RULES = b"# fixture\nUser-agent: *\nDisallow: /private\n"
HUGE_TOTAL = 50 * 1024 * 1024
CHUNK = 64 * 1024
MAX_SLOW_MS = 30_000

robots_hits = 0
robots_lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fixture/1"
    robots_mode = "rules"

    def log_message(self, *args):
        pass

    def send_body(self, status, body, content_type="text/plain; charset=utf-8", extra=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        try:
            self.route()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    do_HEAD = do_GET

    def do_POST(self):
        try:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            if urlsplit(self.path).path != "/json":
                self.send_body(404, b"not found")
                return
            received = self.headers.get("Content-Type", "")
            self.send_body(200, body, "application/json", [("X-Received-Content-Type", received)])
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def route(self):
        global robots_hits
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        path = parts.path
        if path == "/ok":
            self.send_body(200, b"<html><body><h1>Hello fixture</h1></body></html>", "text/html; charset=utf-8")
        elif path == "/forbidden":
            self.send_body(403, b"forbidden")
        elif path == "/missing":
            self.send_body(404, b"missing")
        elif path == "/gone":
            self.send_body(410, b"gone")
        elif path == "/error":
            self.send_body(500, b"error")
        elif path == "/unavailable":
            self.send_body(503, b"unavailable")
        elif path == "/slow":
            ms = min(int(query.get("ms", ["10000"])[0]), MAX_SLOW_MS)
            time.sleep(ms / 1000)
            self.send_body(200, b"slow done")
        elif path == "/huge":
            self.stream_huge(with_length="length" in query)
        elif path == "/redirect-loop":
            self.redirect("/redirect-loop")
        elif path == "/redirect-once":
            self.redirect("/ok")
        elif path == "/redirect-ftp":
            self.redirect("ftp://127.0.0.1/file")
        elif path == "/gzip":
            text = ("gzip fixture line\n" * 200).encode()
            self.send_body(200, gzip.compress(text), "text/plain; charset=utf-8", [("Content-Encoding", "gzip")])
        elif path == "/latin1":
            body = "Ærøskøbing café naïve".encode("iso-8859-1")
            self.send_body(200, body, "text/html; charset=ISO-8859-1")
        elif path == "/cp1252":
            body = "\u201cquoted\u201d \u20ac5".encode("cp1252")
            self.send_body(200, body, 'text/plain; charset="windows-1252"')
        elif path == "/robots.txt":
            with robots_lock:
                robots_hits += 1
            if self.robots_mode == "missing":
                self.send_body(404, b"no robots here")
            elif self.robots_mode == "error":
                self.send_body(500, b"robots broken")
            else:
                self.send_body(200, ROBOTS_RULES)
        elif path == "/robots-hits":
            with robots_lock:
                hits = robots_hits
            self.send_body(200, str(hits).encode())
        elif path.startswith("/private/"):
            self.send_body(200, b"private page", "text/html; charset=utf-8")
        elif path == "/echo-headers":
            headers = {name.lower(): value for name, value in self.headers.items()}
            self.send_body(200, json.dumps(headers).encode(), "application/json")
        else:
            self.send_body(404, b"no such route")

    def stream_huge(self, with_length):
        # Without Content-Length the size is only discovered while streaming, which is
        # what the client's streaming limit has to catch.
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        if with_length:
            self.send_header("Content-Length", str(HUGE_TOTAL))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        chunk = b"x" * CHUNK
        sent = 0
        while sent < HUGE_TOTAL:
            self.wfile.write(chunk)  # raises once the client has gone: we stop
            sent += CHUNK


def watch_stdin():
    try:
        while sys.stdin.buffer.read(4096):
            pass
    finally:
        os._exit(0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--robots", choices=["rules", "missing", "error"], default="rules")
    args = parser.parse_args()
    Handler.robots_mode = args.robots
    # The default listen backlog of 5 makes bursts of connects wait for SYN retries.
    ThreadingHTTPServer.request_queue_size = 128
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=watch_stdin, daemon=True).start()
    temp = args.port_file + ".tmp"
    with open(temp, "w") as handle:
        handle.write(str(server.server_address[1]))
    os.replace(temp, args.port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
