"""The first question after `serve` starts, on the bundled model: what a user who opens the app and asks at once
waits for (the model is started in the background when `serve` starts; the UI says "model loading" until ready).

    python -m bench.first_answer

Starts `python -m assistant serve` on a fresh store with the sample digest, asks over the JSON API (`/ask`) the
moment the UI answers HTTP, then asks two more questions on the warm model; then starts it again and asks the same
three once `/status` says the model is ready. Run it on an idle machine."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, machine, machine_line, save_json, write_section

QUESTIONS = ["How many evaluation queries were used to evaluate FUSE?",
             "HarmonRank 部署平台的日活用户数是多少？",
             "What does GCRank propose for takeout advertising ranking?"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, timeout: float) -> float:
    import httpx

    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return time.perf_counter() - started
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer in {timeout:.0f} s")


def _ask_all(client) -> list[dict]:
    rows = []
    for question in QUESTIONS:
        t = time.perf_counter()
        answer = client.predict(question, "auto", api_name="/ask")
        wall = time.perf_counter() - t
        timings = answer.get("timings", {})
        rows.append({"question": question, "wall_s": round(wall, 1),
                     "first_token_s": round(timings.get("first_token_ms", 0) / 1000, 1),
                     "chain_total_s": round(timings.get("total_ms", 0) / 1000, 1),
                     "retrieve_s": round(timings.get("retrieve_ms", 0) / 1000, 2),
                     "evidence_s": round(timings.get("evidence_ms", 0) / 1000, 2),
                     "prompt_tokens": answer.get("prompt_tokens"), "refused": answer.get("refused"),
                     "answer": answer.get("answer", "")[:160]})
    return rows


def _serve_and_ask(store: Path, wait_for_model: bool) -> dict:
    """One `serve` start: ask at once (the UI answers HTTP), or first poll /status until the model is ready and
    has read the answer prompt (what a user who waits for the "model loading" notice to go sees)."""
    from gradio_client import Client

    port = _free_port()
    env = {**os.environ, "ASSISTANT_STORE_DIR": str(store), "ASSISTANT_LLM_MODE": "local",
           "ASSISTANT_UI_MCP": "false", "ASSISTANT_SYNC_INTERVAL": "0"}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port)], env=env,
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ui_ready = _wait_http(f"http://127.0.0.1:{port}/", 300)
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        model_ready = None
        if wait_for_model:
            while time.perf_counter() - started < 300:
                llm = client.predict(api_name="/status")["llm"]
                if llm["ready"] and llm["state"] == "running":
                    model_ready = time.perf_counter() - started
                    break
                time.sleep(0.5)
        rows = _ask_all(client)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    return {"ui_ready_s": round(ui_ready, 1), "model_ready_s": model_ready and round(model_ready, 1),
            "questions": rows}


def main() -> None:
    from assistant.ingest import ingest_paths
    from assistant.settings import Settings
    from assistant.wiring import build_app

    m = machine()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        app = build_app(Settings(store_dir=store, llm_mode="mock", _env_file=None))
        ingest_paths(app.store, [ROOT / "data" / "sample"])
        app.close()
        at_once = _serve_and_ask(store, wait_for_model=False)
        when_ready = _serve_and_ask(store, wait_for_model=True)
    data = {"machine": m, "ui_ready_s": at_once["ui_ready_s"], "questions": at_once["questions"],
            "when_ready": when_ready, "run_s": round(time.perf_counter() - started, 1),
            "load_average": list(os.getloadavg())}
    save_json("first_answer", data)
    lines = ["## First question after `serve` starts (`python -m bench.first_answer`)", "",
             f"Machine: {machine_line(m)}; load average at the end {os.getloadavg()[0]:.2f}. Fresh store with the "
             "sample digest; `serve` starts the bundled model in the background. Two starts: the first question is "
             f"sent over the JSON API the moment the UI answers HTTP ({at_once['ui_ready_s']:.1f} s after launch; "
             "`wall` includes waiting for the model to finish loading), or once `/status` says the model is ready "
             f"and has read the answer prompt ({when_ready['ui_ready_s']:.1f} s / {when_ready['model_ready_s']} s "
             "after launch). `first token` and `chain` are measured inside the answer chain.", "",
             "| start | question | wall | first token | chain total | of which retrieve + evidence | prompt tokens "
             "| answer |", "|---|---|---|---|---|---|---|---|"]
    for start, run in (("at once", at_once), ("when ready", when_ready)):
        for i, r in enumerate(run["questions"]):
            label = "first" if i == 0 else "next"
            answer = r["answer"].replace("|", "/").replace(chr(10), " ")
            lines.append(f"| {start} | {label}: {r['question']} | {r['wall_s']} s | {r['first_token_s']} s "
                         f"| {r['chain_total_s']} s | {r['retrieve_s']} + {r['evidence_s']} s | {r['prompt_tokens']} "
                         f"| {answer} |")
    write_section("first-answer", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
