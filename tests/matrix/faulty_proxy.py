"""A reverse proxy in front of the homeserver that can spoil its answers, for fault tests.

    proxy = FaultyProxy(server.url)        # listens on 127.0.0.1, a free port: proxy.url
    proxy.inject("/sync", "status", 429, body={"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 1500})
    proxy.inject("/sync", "garbage")       # 200 with a body that is not JSON
    proxy.inject("/sync", "truncate")      # the real answer cut in half
    proxy.inject("/sync", "mangle")        # the real answer with events' fields of the wrong types
    proxy.inject("/send/", "hang", seconds=20)

Each injection spoils the next request whose path contains the given text; `proxy.log`
records (time, method, path, status, fault kind or None) of every request, when answered.
"""

import http.client
import http.server
import json
import random
import threading
import time
import urllib.parse


class FaultyProxy:
    def __init__(self, upstream, port=0):
        self.upstream = urllib.parse.urlparse(upstream)
        self.faults = []
        self.log = []
        self.lock = threading.Lock()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                proxy.handle(self)

            do_POST = do_PUT = do_DELETE = do_GET

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def inject(self, path_part, kind, status=200, body=None, seconds=0, times=1):
        with self.lock:
            for _ in range(times):
                self.faults.append((path_part, kind, status, body, seconds))

    def pending(self):
        with self.lock:
            return len(self.faults)

    def _take(self, path):
        with self.lock:
            for i, fault in enumerate(self.faults):
                if fault[0] in path:
                    return self.faults.pop(i)
        return None

    def served(self, kind):
        """How many answers with this fault were sent."""
        with self.lock:
            return sum(1 for entry in self.log if entry[4] == kind)

    def requests(self, path_part):
        with self.lock:
            return [entry for entry in self.log if path_part in entry[2]]

    def handle(self, h):
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else None
        fault = self._take(h.path)
        kind = fault[1] if fault else None
        if kind == "status":
            return self.reply(h, fault[2], json.dumps(fault[3] or {}).encode(), kind=kind)
        if kind == "hang":
            time.sleep(fault[4])
        status, data = self.forward(h, body)
        if kind == "garbage":
            data = b"<html>this is not the JSON you are looking for"
        elif kind == "truncate":
            data = data[: len(data) // 2]
        elif kind == "mangle":
            data = mangle(data)
        self.reply(h, status, data, kind=kind)

    def forward(self, h, body):
        conn = http.client.HTTPConnection(self.upstream.hostname, self.upstream.port, timeout=120)
        headers = {k: v for k, v in h.headers.items() if k.lower() in ("authorization", "content-type")}
        try:
            conn.request(h.command, h.path, body=body, headers=headers)
            answer = conn.getresponse()
            return answer.status, answer.read()
        except OSError:
            return 502, b'{"errcode":"M_UNKNOWN","error":"upstream unreachable"}'
        finally:
            conn.close()

    def reply(self, h, status, data, kind=None):
        with self.lock:
            self.log.append((time.time(), h.command, h.path, status, kind))
        try:
            h.send_response(status)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            h.wfile.write(data)
        except OSError:
            pass

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def mangle(data):
    """The answer with every event's fields replaced by values of the wrong types, except
    `next_batch` (so the answer is still usable as a whole)."""
    try:
        root = json.loads(data)
    except ValueError:
        return data
    junk = [None, 5, "x", [], {"a": [1, {}]}, -1, 1e300, True]

    def spoil(value):
        if isinstance(value, dict):
            if "type" in value and ("content" in value or "event_id" in value):
                for key in list(value):
                    if random.random() < 0.5:
                        value[key] = random.choice(junk)
            for v in value.values():
                spoil(v)
        elif isinstance(value, list):
            for v in value:
                spoil(v)

    random.seed(len(data))
    spoil({k: v for k, v in root.items() if k != "next_batch"})
    return json.dumps(root).encode()
