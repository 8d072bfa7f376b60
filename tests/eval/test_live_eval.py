"""The answers eval on the real embedded model (Qwen2.5 1.5B via llama.cpp) over 3 sample questions. Marked `live`."""

import pytest

from assistant.eval import run_eval
from assistant.eval.report import write_report
from assistant.settings import PROJECT_ROOT
from assistant.wiring import build_app
from tests.conftest import make_settings

pytestmark = [pytest.mark.live, pytest.mark.timeout(900)]


def test_live_answers_eval_has_no_fabricated_citations(tmp_path):
    from assistant.ingest import ingest_paths

    questions = tmp_path / "three.jsonl"
    lines = (PROJECT_ROOT / "data" / "eval" / "sample-questions.jsonl").read_text(encoding="utf-8").splitlines()
    questions.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")  # en, zh, unanswerable
    app = build_app(make_settings(tmp_path / "store", embedding_mode="use", llm_mode="local"))
    try:
        ingest_paths(app.store, [PROJECT_ROOT / "data" / "sample"])
        report = run_eval(app, retrieval=False, answers=questions)
    finally:
        app.close()
    md_path, json_path = write_report(report, tmp_path / "out")
    answers = report["answers"]
    assert answers["questions"] == 3 and answers["errors"] == 0, answers["items"]
    assert answers["fabricated_citations"] == 0, answers["items"]
    assert md_path.exists() and json_path.exists()
    assert "fabricated citations" in md_path.read_text(encoding="utf-8")
