"""The readers' CLI contract: subscribe/like/dislike/for-you/feed/mail, --json shapes, exit codes, one-line errors.
Every `invoke` builds a new App (as a new process would): what one command saved, the next one reads back."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from assistant import cli
from assistant.readers.models import ForYouReport, MailReport, RankedPaper, Subscription
from tests.readers.conftest import DAY, wait_for

runner = CliRunner()


@pytest.fixture()
def cli_env(corpus_store_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_STORE_DIR", str(corpus_store_dir))
    monkeypatch.setenv("ASSISTANT_EMBEDDING_MODE", "mock")
    monkeypatch.setenv("ASSISTANT_LLM_MODE", "mock")
    monkeypatch.setenv("ASSISTANT_READERS_DB", f"sqlite:///{tmp_path / 'readers.sqlite3'}")
    cli._state.clear()
    yield
    cli._state.clear()


def invoke(*args):
    cli._state.clear()
    return runner.invoke(cli.app, [str(a) for a in args])


def ok_json(*args):
    result = invoke(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_subscriptions(cli_env):
    sub = ok_json("subscribe", "add", "channels", "--interest", "channel estimation", "--include", "channel",
                  "--include", "estimation,detection", "-c", "cs.IT", "--lang", "en", "--daily", "3",
                  "--email", "alice@example.org")
    assert set(sub) == set(Subscription.model_fields)
    assert sub["include"] == ["channel", "estimation", "detection"] and sub["reader"] == "local"
    assert ok_json("subscribe", "add", "games", "--interest", "博弈论", "--reader", "bob")["reader"] == "bob"

    listed = ok_json("subscribe", "list")
    assert [s["name"] for s in listed] == ["channels"]
    assert [s["name"] for s in ok_json("subscribe", "list", "--reader", "bob")] == ["games"]

    updated = ok_json("subscribe", "update", "channels", "--name", "wireless", "--include", "", "--daily", "5")
    assert updated["id"] == sub["id"] and updated["include"] == [] and updated["daily"] == 5
    assert updated["interest"] == "channel estimation"  # options not given stay
    text = invoke("subscribe", "show", "wireless")
    assert text.exit_code == 0 and "interest: channel estimation" in text.stdout

    result = invoke("subscribe", "add", "wireless")
    assert result.exit_code == 1 and result.stderr.startswith("error: reader 'local' already has")
    assert len(result.stderr.strip().splitlines()) == 1
    result = invoke("subscribe", "add", "x", "--email", "not-an-address")
    assert result.exit_code == 1 and "not an e-mail address" in result.stderr
    result = invoke("subscribe", "add", "x", "--daily", "0")
    assert result.exit_code == 2  # typer's own range check
    assert invoke("subscribe", "remove", "wireless").exit_code == 0
    result = invoke("subscribe", "remove", "wireless")
    assert result.exit_code == 1 and "has no subscription 'wireless'" in result.stderr


def test_likes(cli_env):
    liked = ok_json("like", "2606.25420", "https://arxiv.org/abs/2606.25101v2", "2101.00001")
    assert [(r["id"], r["reaction"], r["in_store"]) for r in liked] == [
        ("2606.25420", "like", True), ("2606.25101", "like", True), ("2101.00001", "like", False)]
    assert ok_json("dislike", "2606.25423")[0]["reaction"] == "dislike"
    assert ok_json("unlike", "2101.00001")[0]["reaction"] is None
    entries = ok_json("likes")
    assert [(e["id"], e["reaction"]) for e in entries] == [
        ("2606.25423", "dislike"), ("2606.25101", "like"), ("2606.25420", "like")]
    assert entries[1]["title"].startswith("Wideband Near-Field")
    assert set(entries[0]) == {"id", "reaction", "at", "title"}
    result = invoke("like", "not-an-id")
    assert result.exit_code == 1 and "not an arXiv id" in result.stderr
    assert ok_json("likes", "--reader", "bob") == []


def test_for_you_and_feeds(cli_env, tmp_path):
    invoke("subscribe", "add", "channels", "--interest", "channel estimation", "--daily", "3", "--lang", "en")
    invoke("like", "2606.25420")
    report = ok_json("for-you", "--sub", "channels")
    ForYouReport.model_validate(report)  # the contract (extra fields are refused)
    result = report["results"][0]
    assert result["since"] == result["until"] == DAY and len(result["papers"]) == 3
    assert set(result["papers"][0]) == set(RankedPaper.model_fields)
    assert all(p["why"] and p["reasons"] for p in result["papers"])

    text = invoke("for-you")
    assert text.exit_code == 0 and text.stdout.startswith(f"== channels · {DAY} · 3 of 26 papers")
    assert "why: " in text.stdout

    out = tmp_path / "feeds" / "channels.atom"
    result = invoke("feed", "--sub", "channels", "--format", "atom", "--out", out)
    assert result.exit_code == 0 and f"written to {out}" in result.stdout
    root = ET.fromstring(out.read_bytes())
    assert len(root.findall("{http://www.w3.org/2005/Atom}entry")) == 3
    md = invoke("feed", "--sub", "channels", "--format", "md", "--date", DAY)
    assert md.exit_code == 0 and md.stdout.startswith(f"# For you: channels · {DAY}")

    invoke("subscribe", "add", "games", "--interest", "game theory")
    result = invoke("feed", "--format", "md")
    assert result.exit_code == 1 and "which subscription? name one (--sub): channels, games" in result.stderr
    result = invoke("for-you", "--date", "2026-13-01")
    assert result.exit_code == 1 and "real date" in result.stderr
    result = invoke("feed", "--sub", "channels", "--out", tmp_path)
    assert result.exit_code == 1 and "is a directory" in result.stderr


def test_mail(cli_env, smtp, monkeypatch):
    inbox, port = smtp
    monkeypatch.setenv("ASSISTANT_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("ASSISTANT_SMTP_PORT", str(port))
    invoke("subscribe", "add", "channels", "--interest", "channel estimation", "--daily", "2",
           "--email", "alice@example.org")
    invoke("subscribe", "add", "quiet", "--interest", "game theory")
    reports = ok_json("mail", "--sub", "channels")
    MailReport.model_validate(reports[0])
    assert reports[0]["sent"] and reports[0]["papers"] == 2 and wait_for(lambda: len(inbox.mails) == 1)
    again = invoke("mail", "--all")
    assert again.exit_code == 0 and f"local/channels {DAY}: already sent" in again.stdout
    result = invoke("mail", "--sub", "quiet")
    assert result.exit_code == 1 and "no e-mail address" in result.stderr
    dry = invoke("mail", "--sub", "quiet", "--to", "bob@example.org", "--dry-run")
    assert dry.exit_code == 0 and "To: bob@example.org" in dry.stdout and len(inbox.mails) == 1

    monkeypatch.setenv("ASSISTANT_SMTP_PORT", "1")  # nothing listens there
    result = invoke("mail", "--all", "--force")
    assert result.exit_code == 2 and "error: cannot send through the SMTP server" in result.stdout
