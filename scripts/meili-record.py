#!/usr/bin/env python3
"""A recording proxy in front of Meilisearch, for scripts/meili-compare.sh.

    meili-record.py LISTEN_PORT MEILI_URL OUT_FILE

Forwards every request to MEILI_URL unchanged and appends one JSON line per
request to OUT_FILE: {"method", "path", "body"}. The comparison replays the
search bodies straight to Meilisearch, so both sides of it ask the same.
"""
import json
import sys
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, upstream, out_path = int(sys.argv[1]), sys.argv[2].rstrip("/"), sys.argv[3]
lock = threading.Lock()


class Forward(BaseHTTPRequestHandler):
    def forward(self):
        body = self.read_body()
        with lock, open(out_path, "a", encoding="utf-8") as out:
            out.write(json.dumps({
                "method": self.command,
                "path": self.path,
                "body": body.decode("utf-8") if body else None,
            }) + "\n")
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length", "transfer-encoding")}
        request = urllib.request.Request(upstream + self.path, data=body, headers=headers, method=self.command)
        try:
            with urllib.request.urlopen(request) as answer:
                status, answer_headers, payload = answer.status, answer.headers, answer.read()
        except urllib.error.HTTPError as error:
            status, answer_headers, payload = error.code, error.headers, error.read()
        self.send_response(status)
        for key, value in answer_headers.items():
            if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def read_body(self):
        """The request body, sent with a length or in chunks."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return body or None
                body += self.rfile.read(size)
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else None

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = forward

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Forward).serve_forever()
