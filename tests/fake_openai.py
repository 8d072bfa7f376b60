"""A scripted OpenAI-compatible HTTP server on 127.0.0.1 for LLM unit tests (streaming, errors, timeouts)."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ScriptedOpenAI:
    """`enqueue(behaviour)` then call the app; `requests` records every chat request body.

    Behaviours: {"tokens": [...]} streams them; {"status": 429|500} answers an error (with {"body": b"..."} a
    non-JSON error body); {"sleep": s} stalls before answering; {"garbage": True} sends a non-JSON stream;
    {"schema": True} sends JSON chunks of the wrong shape; {"html": True} answers 200 with an HTML page;
    {"empty": True} streams no content; {"stall_after": k, "stall": s} streams k tokens, then hangs s seconds;
    {"drop_after": k} streams k tokens, then closes the connection mid-stream. When the queue is empty, `default`
    is used. `port` fixes the port (to bring an endpoint back up where a client expects it).
    """

    def __init__(self, default: dict | None = None, port: int = 0):
        self.queue: list[dict] = []
        self.requests: list[dict] = []
        self.default = default or {"tokens": ["NOT_FOUND"]}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                body = json.dumps({"object": "list", "data": [{"id": "scripted", "object": "model"}]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                payload = json.loads(self.rfile.read(length) or b"{}")
                server.requests.append(payload)
                behaviour = server.queue.pop(0) if server.queue else server.default
                if "sleep" in behaviour:
                    time.sleep(behaviour["sleep"])
                if "status" in behaviour:
                    body = behaviour.get("body") or json.dumps({"error": {"message": "scripted", "type": "x"}}).encode()
                    self.send_response(behaviour["status"])
                    self.send_header("Content-Type", "application/json" if "body" not in behaviour else "text/html")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                self.send_response(200)
                if behaviour.get("html"):
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    self.wfile.write(b"<html><body>502 Bad Gateway</body></html>")
                    return
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                if behaviour.get("garbage"):
                    self.wfile.write(b"data: {this is not json\n\n")
                    self.wfile.flush()
                    return
                if behaviour.get("schema"):
                    for wrong in ({"object": "chat.completion.chunk", "choices": "none"}, {"result": [1, 2]},
                                  {"choices": [{"delta": {"content": {"text": "x"}}}]}, [1, 2, 3], "text"):
                        self.wfile.write(f"data: {json.dumps(wrong)}\n\n".encode())
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                    return
                tokens = [] if behaviour.get("empty") else behaviour.get("tokens", [])
                for i, tok in enumerate(tokens):
                    if i == behaviour.get("stall_after"):
                        time.sleep(behaviour.get("stall", 5))
                    if i == behaviour.get("drop_after"):
                        self.wfile.flush()
                        self.connection.shutdown(2)  # socket.SHUT_RDWR: cut off mid-answer
                        return
                    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "scripted",
                             "choices": [{"index": 0, "delta": {"content": tok}, "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                end = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "scripted",
                       "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.handle_error = lambda request, address: None  # clients that hang up mid-stream are expected
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def enqueue(self, *behaviours: dict) -> None:
        self.queue.extend(behaviours)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
