"""`python -m assistant eval` on a mock-mode store (hash embedder, extractive mock LLM): report files and JSON."""

import json

import pytest
from typer.testing import CliRunner

from assistant import cli

runner = CliRunner()

TOP_LEVEL = {"version", "created", "setup", "retrieval", "answers", "translation", "digests"}
MODE_FIELDS = {"recall_at_1", "recall_at_5", "recall_at_10", "mrr", "ndcg_at_10", "p50_ms", "p95_ms"}
ANSWER_FIELDS = {"file", "model", "questions", "answerable", "unanswerable", "answered", "refused", "errors",
                 "correct", "precision", "accuracy", "citation_precision", "citation_recall", "fact_hit_rate",
                 "refusal_precision", "refusal_recall", "fabricated_citations", "raw_fabricated_citations",
                 "latency", "missing_expected_ids", "items"}


@pytest.fixture(scope="module")
def mock_store(tmp_path_factory, data_dir):
    """The seed digest in a mock-mode store (hash embedder, extractive LLM), shared by this module's tests."""
    tmp_path = tmp_path_factory.mktemp("eval-cli")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ASSISTANT_STORE_DIR", str(tmp_path / "store"))
        mp.setenv("ASSISTANT_EMBEDDING_MODE", "mock")
        mp.setenv("ASSISTANT_LLM_MODE", "mock")
        mp.setenv("ASSISTANT_MIN_RELEVANCE", "0.05")
        cli._state.clear()
        assert runner.invoke(cli.app, ["ingest", str(data_dir / "seed_digest.md")]).exit_code == 0
        yield tmp_path
        cli._state.clear()


def invoke(*args):
    cli._state.clear()
    return runner.invoke(cli.app, list(args))


def test_eval_json_writes_both_reports(mock_store):
    out = mock_store / "results"
    result = invoke("eval", "--json", "--sample", "6", "--out", str(out))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report) == TOP_LEVEL and report["translation"] is None
    assert report["setup"]["papers"] == 20 and report["setup"]["embedder"] == "mock"
    retrieval = report["retrieval"]
    assert retrieval["papers"] == 20 and retrieval["sampled"] == 6
    assert set(retrieval["sets"]) == {"zh->en", "zh->paper", "en->paper", "en->zh"}
    for res in retrieval["sets"].values():
        assert set(res["modes"]) == {"dense", "bm25", "hybrid"}
        assert all(set(m) == MODE_FIELDS for m in res["modes"].values())
    assert retrieval["sets"]["en->paper"]["modes"]["hybrid"]["recall_at_10"] == 1.0
    answers = report["answers"]
    assert set(answers) == ANSWER_FIELDS and answers["model"] == "extractive-mock"
    assert answers["questions"] == len(answers["items"]) >= 12
    assert answers["fabricated_citations"] == 0 and answers["missing_expected_ids"] == []
    assert json.loads((out / "eval-report.json").read_text(encoding="utf-8")) == report
    md = (out / "eval-report.md").read_text(encoding="utf-8")
    assert "## Retrieval" in md and "## Answers" in md and "nDCG@10" in md and "fabricated citations" in md


def test_eval_parts_can_be_switched_off_and_errors_are_one_line(mock_store):
    out = mock_store / "r2"
    result = invoke("eval", "--no-retrieval", "--answers", "none", "--json", "--out", str(out))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["retrieval"] is None and report["answers"] is None and (out / "eval-report.md").exists()
    result = invoke("eval", "--no-retrieval", "--answers", str(mock_store / "missing.jsonl"), "--out", str(out))
    assert result.exit_code == 1 and "cannot read the question file" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_eval_text_output(mock_store):
    questions = mock_store / "q.jsonl"
    questions.write_text('{"question": "What does HarmonRank align?", "expected_ids": ["2601.02955"]}\n'
                         '{"question": "Who won the football world cup in 1998?", "unanswerable": true}\n',
                         encoding="utf-8")
    result = invoke("eval", "--sample", "3", "--answers", str(questions), "--out", str(mock_store / "r3"))
    assert result.exit_code == 0, result.output
    assert "## retrieval" in result.stdout and "citation precision" in result.stdout
    assert "eval-report.md" in result.stdout
