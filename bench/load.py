"""Load: N concurrent chat sessions against a running `serve`, with a crosstalk check. Retrieval-only `/search`
calls run under the same load.

    python -m bench.load                              # own server, sample digest, mock LLM, 20 sessions
    python -m bench.load --llm local --sessions 4     # own server on the bundled model
    python -m bench.load --url http://127.0.0.1:7860/ # a server that is already running (same data: --data)

Every session has its own Gradio `session_hash` (hence its own `gr.State` ChatSession on the server) and talks
Gradio's REST protocol (`POST /gradio_api/call/<api>`, then its event stream), the lean client an API user
would write (`gradio_client` adds ~200 ms of client-side overhead per call on this machine). It asks two
questions: first about "its" paper (a different paper per session where the data allows), with a session
nonce in the text, then a pronoun follow-up ("What dataset did it use?"), which the server resolves
from that session's server-side conversation state. A session counts as crosstalk when

- the history the server returns is not exactly the questions this session sent (or holds another's nonce), or
- the follow-up was answered from a paper that this session's first answer did not cite (its focus came from
  somebody else's conversation; with a shared ChatSession it is whichever session answered last).

Each session also calls `/search` before, between and after its questions. Reported: errors, p50/p95 per
endpoint, crosstalk. Bounded: `--max-seconds` for the whole run (later requests are not sent and count as
errors), `--timeout` per request.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import signal
import socket
import string
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import BENCH_DIR, ROOT, machine, machine_line, save_json, write_section

ID_RE = re.compile(r"arxiv\.org/abs/([0-9]{4}\.[0-9]{4,5})")
FOLLOW_UPS = {"en": "What dataset did it use?", "zh": "它用了什么数据集？"}


# ---------- the server under test ----------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, proc: subprocess.Popen | None, timeout: float, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
        if proc is not None and proc.poll() is not None:
            break
    tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
    raise RuntimeError(f"server at {url} did not come up\n{tail}")


class OwnServer:
    """`python -m assistant serve` on a free loopback port over `data`, ingested into a temporary store."""

    def __init__(self, data: Path, *, llm: str, embedder: str, chroma_url: str | None = None,
                 shared_state_bug: bool = False):
        self.tmp = tempfile.TemporaryDirectory(prefix="load-")
        root = Path(self.tmp.name)
        self.env = dict(os.environ, ASSISTANT_STORE_DIR=str(root / "store"), ASSISTANT_LLM_MODE=llm,
                        ASSISTANT_EMBEDDING_MODE=embedder, GRADIO_ANALYTICS_ENABLED="False")
        if embedder == "mock":
            self.env["ASSISTANT_MIN_RELEVANCE"] = "0.05"  # hash vectors have low cosines
        if chroma_url:
            self.env.update(ASSISTANT_CHROMA_URL=chroma_url,
                            ASSISTANT_COLLECTION=f"load{random.randrange(16**6):06x}")
        subprocess.run([sys.executable, "-m", "assistant", "ingest", str(data)], env=self.env, cwd=ROOT,
                       check=True, capture_output=True)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log_path = root / "serve.log"
        self.log = open(self.log_path, "w")
        if shared_state_bug:
            # Self-test of the crosstalk check: every browser session gets the same ChatSession object.
            entry = ["-c", "import ui.tabs.chat as u; from assistant.chains.answer import ChatSession; "
                           "shared = ChatSession(); u.ChatSession = lambda: shared; "
                           "from assistant.cli import main; main()"]
        else:
            entry = ["-m", "assistant"]
        self.proc = subprocess.Popen([sys.executable, *entry, "serve", "--port", str(self.port)], env=self.env,
                                     cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        try:
            _wait_http(self.url, self.proc, 180, self.log_path)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # lets `serve` stop the bundled llama.cpp server it started
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        self.tmp.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# ---------- a minimal Gradio REST client ----------

class GradioSession:
    """One browser-like session: `POST /gradio_api/call/<api>` with our session_hash, read the event stream."""

    def __init__(self, url: str, session_hash: str):
        self.url = url.rstrip("/") + "/"
        self.session_hash = session_hash

    def call(self, api: str, data: list, timeout: float) -> tuple[list, float]:
        """(outputs of the `complete` event, ms until the first event) or raises RuntimeError / TimeoutError."""
        t0 = time.perf_counter()
        body = json.dumps({"data": data, "session_hash": self.session_hash}).encode()
        req = urllib.request.Request(f"{self.url}gradio_api/call/{api}", data=body,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            event_id = json.load(resp)["event_id"]
        first = None
        event = ""
        with urllib.request.urlopen(f"{self.url}gradio_api/call/{api}/{event_id}", timeout=timeout) as resp:
            for raw in resp:
                line = raw.decode("utf-8").rstrip("\n")
                if time.perf_counter() - t0 > timeout:
                    raise TimeoutError(f"{api}: no result after {timeout:.0f} s")
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:"):
                    if first is None and event in ("generating", "complete"):
                        first = (time.perf_counter() - t0) * 1000
                    if event == "complete":
                        return json.loads(line[5:]), first
                    if event == "error":
                        raise RuntimeError(f"{api}: server error {line[5:].strip()[:200]}")
        raise RuntimeError(f"{api}: the event stream ended without a result")


# ---------- sessions ----------

@dataclass(frozen=True)
class Target:
    arxiv_id: str
    title: str


@dataclass
class Session:
    index: int
    target: Target
    language: str
    nonce: str
    timings: dict[str, list[float]] = field(default_factory=lambda: {"chat_first": [], "chat_followup": [],
                                                                     "search_start": [], "search_later": [],
                                                                     "chat_first_event": []})
    errors: list[str] = field(default_factory=list)
    crosstalk: list[str] = field(default_factory=list)
    first_cited: list[str] = field(default_factory=list)
    followup_ids: list[str] = field(default_factory=list)
    first_hit: bool = False
    questions: list[str] = field(default_factory=list)

    def first_question(self) -> str:
        short = self.target.title.split(":")[0][:80]
        if self.language == "zh":
            return f"{short} 提出了什么方法？（会话 {self.nonce}）"
        return f"What does {short} propose? (session {self.nonce})"


def load_targets(data: Path) -> list[Target]:
    from assistant.sources import parse_file

    files = sorted(data.rglob("*")) if data.is_dir() else [data]
    out: dict[str, Target] = {}
    for path in files:
        if path.suffix in (".md", ".jsonl") and path.is_file():
            for paper in parse_file(path).papers:
                out.setdefault(paper.arxiv_id, Target(paper.arxiv_id, paper.title))
    if not out:
        raise SystemExit(f"no papers found in {data}")
    return list(out.values())


def _nonce(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(8))


def _text(value) -> str:
    if isinstance(value, list):  # gradio 6 message content may be a list of parts
        return " ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return str(value.get("text") or value.get("content") or "")
    return str(value)


def _check_history(session: Session, history, sent: list[str], all_nonces: set[str]) -> None:
    users = [_text(m["content"]) for m in history if m.get("role") == "user"]
    if users != sent:
        session.crosstalk.append(f"history holds user turns {users!r}, sent {sent!r}")
    text = " ".join(_text(m.get("content")) for m in history)
    foreign = sorted(n for n in all_nonces - {session.nonce} if n in text)
    if foreign:
        session.crosstalk.append(f"history holds other sessions' nonces {foreign}")


def run_session(session: Session, url: str, *, deadline: float, timeout: float, all_nonces: set[str],
                searches: int, start: threading.Barrier | None) -> Session:
    client = GradioSession(url, f"load{session.index:03d}{session.nonce}")
    if start is not None:
        try:
            start.wait(timeout=120)  # every session fires at once
        except threading.BrokenBarrierError:
            pass

    def call(kind: str, *args, api_name: str):
        if time.monotonic() > deadline:
            session.errors.append(f"{kind}: not sent, --max-seconds reached")
            return None
        t0 = time.perf_counter()
        try:
            result, first = client.call(api_name.strip("/"), list(args), timeout)
        except Exception as exc:  # noqa: BLE001 - every failure is a finding of the load test
            session.errors.append(f"{kind}: {type(exc).__name__}: {str(exc)[:200]}")
            return None
        session.timings[kind].append((time.perf_counter() - t0) * 1000)
        if kind.startswith("chat"):
            session.timings["chat_first_event"].append(first)
        return result

    query = session.target.title.split(":")[0][:80]

    def search() -> None:
        for _ in range(searches):
            # the first call of every session arrives at once (the barrier); later ones overlap the chats
            kind = "search_later" if session.timings["search_start"] else "search_start"
            out = call(kind, query, 5, "", "", "", api_name="/search")
            hits = out[0] if out else None
            if hits:
                session.first_hit = session.first_hit or hits[0]["id"] == session.target.arxiv_id

    search()
    history: list = []
    for turn in (0, 1)[:len(session.questions)]:
        kind = "chat_first" if turn == 0 else "chat_followup"
        out = call(kind, session.questions[turn], history, session.language, "", "", [], api_name="/chat")
        if out is None:
            return session
        history, sources = out[0], _text(out[1])
        if len(history) != 2 * (turn + 1):
            session.crosstalk.append(f"turn {turn + 1}: history has {len(history)} messages")
        _check_history(session, history, session.questions[:turn + 1], all_nonces)
        answer = _text(history[-1]["content"]) if history else ""
        if answer.startswith("⚠️"):
            session.errors.append(f"{kind}: the app reported an error: {answer[:200]}")
        if turn == 0:
            # the server focuses a pronoun follow-up on the first cited paper (else the first source)
            session.first_cited = list(dict.fromkeys(ID_RE.findall(answer))) or ID_RE.findall(sources)[:1]
        else:
            session.followup_ids = list(dict.fromkeys(ID_RE.findall(sources)))
            if session.first_cited and session.followup_ids \
                    and not set(session.followup_ids) <= set(session.first_cited):
                session.crosstalk.append(f"follow-up answered from {session.followup_ids}, "
                                         f"first answer cited {session.first_cited}")
        search()
    return session


# ---------- the run ----------

def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    values = sorted(values)
    return round(values[max(0, math.ceil(q * len(values)) - 1)], 1)  # nearest rank


def summarize(sessions: list[Session]) -> dict:
    endpoints = {}
    kinds = {"search": ["search_start", "search_later"], "search_start": ["search_start"],
             "search_later": ["search_later"], "chat": ["chat_first", "chat_followup"], "chat_first": ["chat_first"],
             "chat_followup": ["chat_followup"], "chat_first_event": ["chat_first_event"]}
    for name, parts in kinds.items():
        values = [v for s in sessions for p in parts for v in s.timings[p]]
        endpoints[name] = {"n": len(values), "p50_ms": _pct(values, 0.5), "p95_ms": _pct(values, 0.95),
                           "max_ms": round(max(values), 1) if values else None}
    errors = [f"session {s.index}: {e}" for s in sessions for e in s.errors]
    crosstalk = [f"session {s.index}: {c}" for s in sessions for c in s.crosstalk]
    return {"endpoints": endpoints, "errors": len(errors), "error_samples": errors[:10],
            "crosstalk": sum(1 for s in sessions if s.crosstalk), "crosstalk_samples": crosstalk[:10],
            "followups_checked": sum(1 for s in sessions if s.first_cited and s.followup_ids),
            "search_top1_is_target": sum(s.first_hit for s in sessions)}


def run_load(url: str, *, sessions: int, questions: int, data: Path, max_seconds: float, timeout: float,
             searches: int, seed: int = 0, warmup: bool = True) -> dict:
    rng = random.Random(seed)
    targets = load_targets(data)
    people = []
    for i in range(sessions):
        s = Session(index=i, target=targets[i % len(targets)], language="zh" if i % 2 else "en", nonce=_nonce(rng))
        s.questions = [s.first_question(), FOLLOW_UPS[s.language]][:questions]
        people.append(s)
    idle: list[float] = []
    if warmup:  # outside the figures: model loaded, caches warm; then `/search` alone, one call at a time
        client = GradioSession(url, "warmup")
        client.call("search", ["warm up", 1, "", "", ""], timeout)
        client.call("chat", [targets[0].title, [], "en", "", "", []], max(timeout, 600))
        for target in targets[:10]:
            t0 = time.perf_counter()
            client.call("search", [target.title, 5, "", "", ""], timeout)
            idle.append((time.perf_counter() - t0) * 1000)
    load_before = os.getloadavg()[0]
    nonces = {s.nonce for s in people}
    barrier = threading.Barrier(sessions)
    started = time.perf_counter()
    deadline = time.monotonic() + max_seconds
    with ThreadPoolExecutor(sessions) as pool:
        futures = [pool.submit(run_session, s, url, deadline=deadline, timeout=timeout, all_nonces=nonces,
                               searches=searches, start=barrier) for s in people]
        for f, s in zip(futures, people):
            try:
                f.result()
            except Exception as exc:  # noqa: BLE001 - e.g. the client could not connect
                s.errors.append(f"session: {type(exc).__name__}: {str(exc)[:200]}")
    wall = time.perf_counter() - started
    out = summarize(people)
    out.update(sessions=sessions, questions=questions, searches_per_turn=searches, wall_s=round(wall, 1),
               chats_per_s=round(out["endpoints"]["chat"]["n"] / wall, 2) if wall else None,
               search_idle={"n": len(idle), "p50_ms": _pct(idle, 0.5), "p95_ms": _pct(idle, 0.95)},
               loadavg_1min={"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)})
    return out


def render_section() -> str:
    """The `load` section of RESULTS.md from the latest result file of each LLM mode."""
    latest: dict[str, dict] = {}
    for path in sorted((BENCH_DIR / "results").glob("*-load-*.json"), key=lambda p: p.stat().st_mtime):
        data = json.loads(path.read_text(encoding="utf-8"))
        latest[data["llm"]] = data
    lines = ["## Load (`python -m bench.load`)", "",
             "Concurrent chat sessions against one `serve` process on loopback (own server: the sample digest, "
             "bundled USE embedder, embedded Chroma). Every session is its own Gradio session, asks a question "
             "about its own paper and a pronoun follow-up that the server resolves from that session's state, "
             "and calls `/search` (retrieval only) before, between and after. Latency is measured by the "
             "client (Gradio's REST protocol, through its queue). Crosstalk: sessions whose returned history or "
             "follow-up context belongs to another session.", "",
             "| LLM | sessions × questions | wall | chat p50 | chat p95 | follow-ups checked | `/search` n | "
             "`/search` p50 | `/search` p95 | `/search` alone p50 | errors | crosstalk |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for llm, d in sorted(latest.items(), key=lambda kv: kv[0] != "mock"):
        chat, search = d["endpoints"]["chat"], d["endpoints"]["search"]
        lines.append(f"| {d['llm_name']} | {d['sessions']} × {d['questions']} | {d['wall_s']} s | "
                     f"{_ms(chat['p50_ms'])} | {_ms(chat['p95_ms'])} | {d['followups_checked']} | {search['n']} | "
                     f"{_ms(search['p50_ms'])} | {_ms(search['p95_ms'])} | {_ms(d['search_idle']['p50_ms'])} | "
                     f"{d['errors']} | {d['crosstalk']} |")
    for llm, d in latest.items():
        lines += ["", f"*{d['llm_name']}*: {machine_line(d['machine'])}. Chat concurrency limit "
                      f"{d.get('chat_concurrency', '?')} (the rest queue); 1-min load average "
                      f"{d['loadavg_1min']['before']} -> {d['loadavg_1min']['after']} on "
                      f"{d['machine']['cores']} cores; "
                      f"`/search` target p95 < 300 ms: "
                      f"**{'met' if (d['endpoints']['search']['p95_ms'] or 1e9) < 300 else 'missed'}**"
                      + (f" (p95 of the first calls, all sessions at once: "
                         f"{_ms(d['endpoints']['search_start']['p95_ms'])}; of the later calls, during the chats: "
                         f"{_ms(d['endpoints']['search_later']['p95_ms'])})" if "search_start" in d["endpoints"]
                         else "") + "."
                      + (f" Note: {d['note']}" if d.get("note") else "")]
    lines += ["", "Reading `/search`: the first call of every session is sent at the same instant, so those requests "
              "queue for the one server process (Python, one core at a time for our code) and for the 2 cores "
              "shared with the load client; each costs the retrieval itself (~16 ms in-process on the sample) "
              "plus Gradio's queue and HTTP round trips (a POST and an event stream per call). The later calls, "
              "spread over the chats, are the steady-state figure. A burst of many simultaneous searches needs "
              "more serve processes behind a sticky load balancer (docs/deployment.md)."]
    return "\n".join(lines)


def _ms(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value / 1000:.1f} s" if value >= 10000 else f"{value:.0f} ms"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running server; default: start one")
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--questions", type=int, choices=(1, 2), default=2)
    parser.add_argument("--searches", type=int, default=1, help="/search calls before and after each question")
    parser.add_argument("--llm", choices=("mock", "local", "auto"), default="mock", help="own server's LLM mode")
    parser.add_argument("--embedder", choices=("use", "mock"), default="use", help="own server's embedder")
    parser.add_argument("--chroma-url", help="own server against this Chroma server (else embedded)")
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "sample", help="digests to ingest/target")
    parser.add_argument("--max-seconds", type=float, default=600)
    parser.add_argument("--timeout", type=float, default=300, help="seconds per request")
    parser.add_argument("--no-write", action="store_true", help="do not write bench/results or RESULTS.md")
    parser.add_argument("--shared-state-bug", action="store_true",
                        help="self-test: own server with one ChatSession for everybody (expect crosstalk)")
    parser.add_argument("--note", default="", help="free text stored with the result")
    args = parser.parse_args(argv)

    m = machine()
    server = None
    try:
        if args.url:
            url = args.url
        else:
            server = OwnServer(args.data, llm=args.llm, embedder=args.embedder, chroma_url=args.chroma_url,
                               shared_state_bug=args.shared_state_bug)
            url = server.url
        result = run_load(url, sessions=args.sessions, questions=args.questions, data=args.data,
                          max_seconds=args.max_seconds, timeout=args.timeout, searches=args.searches)
    finally:
        if server is not None:
            server.close()
    llm_name = {"mock": "extractive mock (no LLM)", "local": "bundled Qwen2.5 1.5B (llama.cpp, 2 threads)"}.get(
        args.llm, args.llm) if not args.url else f"server at {args.url}"
    result.update(machine=m, llm=args.llm if not args.url else "external", llm_name=llm_name,
                  embedder=args.embedder, chroma=args.chroma_url or "embedded",
                  chat_concurrency=(1 if args.llm == "local" else 4) if not args.url else None, note=args.note)
    print(json.dumps({k: v for k, v in result.items() if k != "machine"}, indent=2, ensure_ascii=False))
    if not args.no_write:
        save_json(f"load-{result['llm']}", result)
        write_section("load", render_section())
    return result


if __name__ == "__main__":
    main()
