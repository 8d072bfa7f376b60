"""A real HTTP server in a thread that serves a directory the way raw.githubusercontent.com serves a branch:
`<prefix>/<path>` -> `<root>/<path>`, ETag (a content hash) and Last-Modified, 304 to a matching If-None-Match
(or, without one, an If-Modified-Since not older than the file), 404 for a missing file. HTTP/1.1 keep-alive.

Faults are server behaviour, scripted per path (`server.fault("data/x.jsonl", "429:1", "500")`): each request
to the path takes the next one; a fault ending in `*` stays. Every request is logged (method, path, status,
body bytes sent, request headers) for the tests and bench/sync.py to check what the client did.

    429:N     429 Too Many Requests with Retry-After: N
    503       503 with no Retry-After (any 5xx code works)
    truncate  200 with the full Content-Length, half the body, then the connection is closed
    cut       200 without Content-Length (body ends at close), the body cut in the middle of a line
    cut-line  the same, cut right after the first line (indistinguishable from a one-record file)
    html      200 text/html: an error page in place of the file
    html-as-text  the same page sent as text/plain
    gbk       200 with the records re-encoded as GBK (not UTF-8)
    empty     200 with an empty body
    slow:S    sleeps S seconds before answering normally
    gate:N    holds the request until N requests to the path are held (at most 60 s), then answers them all:
              N clients download the same file at the same moment
"""

from __future__ import annotations

import email.utils
import hashlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HTML_PAGE = (b"<!DOCTYPE html>\n<html><head><title>Unicorn! - GitHub</title></head>\n"
             b"<body><p>This page is taking too long to load.</p></body></html>\n")


class DayServer:
    def __init__(self, root: Path, prefix: str = "/owner/repo/data"):
        self.root, self.prefix = Path(root), prefix.rstrip("/")
        self.log: list[dict] = []
        self._faults: dict[str, list[str]] = {}
        self._gates: dict[str, threading.Barrier] = {}
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                server._handle(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="day-server", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{self.prefix}"

    def __enter__(self) -> DayServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def fault(self, rel: str, *faults: str) -> None:
        with self._lock:
            self._faults.setdefault(rel, []).extend(faults)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def requests(self, rel: str | None = None) -> list[dict]:
        with self._lock:
            return [r for r in self.log if rel is None or r["path"] == rel]

    def _next_fault(self, rel: str) -> str | None:
        with self._lock:
            queue = self._faults.get(rel)
            if not queue:
                return None
            fault = queue[0]
            if fault.endswith("*"):
                return fault[:-1]
            return queue.pop(0)

    def _record(self, handler, rel: str, status: int, sent: int = 0) -> None:
        with self._lock:
            self.log.append({"method": handler.command, "path": rel, "status": status, "time": time.monotonic(),
                             "bytes": sent, "headers": {k.lower(): v for k, v in handler.headers.items()}})

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path.split("?", 1)[0]
        if not path.startswith(self.prefix + "/"):
            return self._send(h, path, 404, b"Not Found")
        rel = path[len(self.prefix) + 1:]
        fault = self._next_fault(rel)
        if fault and fault.startswith("slow:"):
            time.sleep(float(fault.split(":", 1)[1]))
            fault = None
        if fault and fault.startswith("gate:"):
            with self._lock:
                gate = self._gates.setdefault(rel, threading.Barrier(int(fault.split(":", 1)[1]), timeout=60))
            try:
                gate.wait()
            except threading.BrokenBarrierError:
                pass
            fault = None
        if fault and fault.startswith("429"):
            wait = fault.split(":", 1)[1] if ":" in fault else "1"
            return self._send(h, rel, 429, b"Too Many Requests", {"Retry-After": wait})
        if fault and fault[:1] == "5" and fault.isdigit():
            return self._send(h, rel, int(fault), b"Server Error")
        file = (self.root / rel).resolve()
        if self.root.resolve() not in file.parents or not file.is_file():
            return self._send(h, rel, 404, b"404: Not Found")
        body = file.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        mtime = int(file.stat().st_mtime)
        headers = {"ETag": etag, "Last-Modified": email.utils.formatdate(mtime, usegmt=True),
                   "Content-Type": "text/plain; charset=utf-8"}
        if fault is None:
            inm, ims = h.headers.get("If-None-Match"), h.headers.get("If-Modified-Since")
            if inm is not None:
                if etag in [t.strip() for t in inm.split(",")]:
                    return self._send(h, rel, 304, b"", headers)
            elif ims:
                try:
                    since = email.utils.parsedate_to_datetime(ims).timestamp()
                except (TypeError, ValueError):
                    since = None
                if since is not None and mtime <= since:
                    return self._send(h, rel, 304, b"", headers)
            return self._send(h, rel, 200, body, headers)
        if fault == "truncate":
            self._record(h, rel, 200, len(body) // 2)
            h.send_response(200)
            for k, v in headers.items():
                h.send_header(k, v)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body[:len(body) // 2])
            h.wfile.flush()
            h.close_connection = True
            return None
        if fault in ("cut", "cut-line"):
            cut = body.index(b"\n") + (40 if fault == "cut" else 1)  # inside the second line, or right before it
            self._record(h, rel, 200, cut)
            h.send_response(200)
            for k, v in headers.items():
                h.send_header(k, v)
            h.send_header("Connection", "close")
            h.end_headers()
            h.wfile.write(body[:cut])
            h.wfile.flush()
            h.close_connection = True
            return None
        if fault == "html":
            return self._send(h, rel, 200, HTML_PAGE, {"Content-Type": "text/html; charset=utf-8"})
        if fault == "html-as-text":
            return self._send(h, rel, 200, HTML_PAGE, {"Content-Type": "text/plain; charset=utf-8"})
        if fault == "gbk":  # the same records, Chinese written out (not escaped) and encoded as GBK
            import json

            lines = [json.dumps(json.loads(line), ensure_ascii=False) for line in body.decode("utf-8").splitlines()]
            return self._send(h, rel, 200, ("\n".join(lines) + "\n").encode("gbk", errors="replace"), headers)
        if fault == "empty":
            return self._send(h, rel, 200, b"", headers)
        raise ValueError(f"unknown fault {fault!r}")

    def _send(self, h: BaseHTTPRequestHandler, rel: str, status: int, body: bytes,
              headers: dict | None = None) -> None:
        self._record(h, rel, status, 0 if status == 304 else len(body))
        h.send_response(status)
        for k, v in (headers or {}).items():
            if status == 304 and k == "Content-Type":
                continue
            h.send_header(k, v)
        if status != 304:
            h.send_header("Content-Length", str(len(body)))
            if "Content-Type" not in (headers or {}):
                h.send_header("Content-Type", "text/plain; charset=utf-8")
        h.end_headers()
        if status != 304 and body:
            h.wfile.write(body)
