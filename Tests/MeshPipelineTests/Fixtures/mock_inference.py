#!/usr/bin/env python3
"""A mock OpenAI-compatible embeddings server for MeshPipelineTests (standard library only).

POST /v1/embeddings {"model", "input": [texts]} -> {"data": [{"embedding": [...], "index": i}]}
  with deterministic vectors of --dims dimensions (hashed words).
POST /control {"fail": N, "status": S, "delay_ms": D} -> the next N embedding requests answer S
  (default 503); every request waits D ms first.
GET /stats -> {"requests": total embedding requests, "max_batch": largest input list}
Binds 127.0.0.1 on a free port, writes it to --port-file, serves until stdin closes.
"""

import argparse
import hashlib
import json
import math
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

state = {"fail": 0, "status": 503, "delay_ms": 0, "requests": 0, "max_batch": 0}
lock = threading.Lock()
DIMS = 16


def vector(text):
    values = [0.0] * DIMS
    for word in text.lower().split():
        digest = hashlib.sha256(word.encode("utf-8")).digest()
        values[digest[0] % DIMS] += 1.0 if digest[1] % 2 == 0 else -1.0
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [v / norm for v in values]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, payload):
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        length = int(self.headers.get("Content-Length", "0"))
        return json.loads(self.rfile.read(length) or b"{}")

    def do_GET(self):
        if self.path == "/stats":
            with lock:
                self.reply(200, {"requests": state["requests"], "max_batch": state["max_batch"]})
        else:
            self.reply(404, {"error": "not found"})

    def do_POST(self):
        request = self.body()
        if self.path == "/control":
            with lock:
                for key in ("fail", "status", "delay_ms"):
                    if key in request:
                        state[key] = int(request[key])
            self.reply(200, {"ok": True})
            return
        if self.path != "/v1/embeddings":
            self.reply(404, {"error": "not found"})
            return
        texts = request.get("input", [])
        with lock:
            state["requests"] += 1
            state["max_batch"] = max(state["max_batch"], len(texts))
            delay = state["delay_ms"]
            failing = state["fail"] > 0
            if failing:
                state["fail"] -= 1
            status = state["status"]
        if delay:
            time.sleep(delay / 1000.0)
        if failing:
            self.reply(status, {"error": {"message": "injected failure"}})
            return
        data = [{"object": "embedding", "index": i, "embedding": vector(t)} for i, t in enumerate(texts)]
        self.reply(200, {"object": "list", "model": request.get("model", ""), "data": data})


def main():
    global DIMS
    parser = argparse.ArgumentParser()
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--dims", type=int, default=16)
    args = parser.parse_args()
    DIMS = args.dims
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    temporary = args.port_file + ".tmp"
    with open(temporary, "w") as handle:
        handle.write(str(server.server_address[1]))
    os.replace(temporary, args.port_file)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
