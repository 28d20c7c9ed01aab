#!/usr/bin/env python3
"""Web pages for MeshPipelineTests (standard library only).

Binds 127.0.0.1 on a free port, writes it to --port-file, serves until stdin closes.
  /article?words=N    an HTML article of N words (with nav, script and footer to be dropped)
  /status/CODE        that HTTP status with a small HTML body
  /slow?ms=N          waits N ms (at most 30 s), then a small page
  /text               a text/plain page
  /robots.txt         404 (everything allowed)
"""

import argparse
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

FILLER = ("river mountain forest valley harbour market library garden village bridge tower meadow "
          "castle orchard canal lantern").split()
DISTINCTIVE = ("The axolotl is a neotenic salamander that regenerates entire limbs, spinal cord tissue "
               "and even parts of its heart; Lake Xochimilco near Mexico City is its only wild habitat.")


def article(words):
    paragraphs = []
    produced = 0
    index = 0
    while produced < words:
        sentence_words = [FILLER[(index * 7 + k) % len(FILLER)] for k in range(12)]
        index += 1
        produced += len(sentence_words)
        paragraphs.append(" ".join(sentence_words).capitalize() + ".")
        if index == 5:
            paragraphs.append(DISTINCTIVE)
            produced += len(DISTINCTIVE.split())
    body = "".join("<p>%s</p>\n" % p for p in paragraphs)
    return ("<!DOCTYPE html><html><head><title>Fixture Article</title><script>var secret = 1;</script>"
            "<style>p { color: red }</style></head><body><nav>Home | About | NAVIGATION-NOISE</nav>"
            "<article><h1>Fixture Article</h1>\n%s</article><footer>FOOTER-NOISE</footer></body></html>"
            % body)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, content_type="text/html; charset=utf-8"):
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        try:
            if parts.path == "/article":
                self.send(200, article(int(query.get("words", ["500"])[0])))
            elif parts.path.startswith("/status/"):
                code = int(parts.path.rsplit("/", 1)[1])
                self.send(code, "<html><body><p>status %d</p></body></html>" % code)
            elif parts.path == "/slow":
                time.sleep(min(30_000, int(query.get("ms", ["1000"])[0])) / 1000.0)
                self.send(200, "<html><body><p>finally</p></body></html>")
            elif parts.path == "/text":
                self.send(200, "Plain text about quokkas.\n\nSecond paragraph.", "text/plain; charset=utf-8")
            else:
                self.send(404, "<html><body><p>not found</p></body></html>")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port-file", required=True)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    temporary = args.port_file + ".tmp"
    with open(temporary, "w") as handle:
        handle.write(str(server.server_address[1]))
    os.replace(temporary, args.port_file)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()  # returns when the test process closes our stdin (or dies)
    server.shutdown()


if __name__ == "__main__":
    main()
