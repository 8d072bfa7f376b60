"""UI helpers: untrusted text renders inert; auth parsing."""

import pytest

from assistant.errors import AssistantError
from ui.app import parse_auth
from ui.render import arxiv_link, esc


def test_escaping_makes_markup_inert():
    out = esc('<img src=x onerror=alert(1)> [click](http://evil.example) **bold**')
    assert "<img" not in out and "](" not in out.replace("\\]\\(", "") and "http://" not in out
    assert "\\*\\*bold\\*\\*" in out


def test_links_are_built_from_ids_only():
    assert arxiv_link("A [b](c)", "2601.02361") == "[A \\[b\\]\\(c\\)](https://arxiv.org/abs/2601.02361)"
    assert arxiv_link("t", "2601.1 javascript:alert(1)").endswith("(https://arxiv.org/abs/2601.1javascriptalert1)")


def test_parse_auth(tmp_path):
    assert parse_auth(None) is None
    assert parse_auth("alice:s3cret") == [("alice", "s3cret")]
    f = tmp_path / "users"
    f.write_text("a:1\nb:2\n", encoding="utf-8")
    assert parse_auth(str(f)) == [("a", "1"), ("b", "2")]
    with pytest.raises(AssistantError):
        parse_auth("nocolon")


def test_throttle_thins_out_streamed_updates(monkeypatch):
    import ui.throttle
    from ui.throttle import Throttle

    clock = iter([0.0, 0.02, 0.05, 0.11, 0.12, 0.3])
    monkeypatch.setattr(ui.throttle.time, "monotonic", lambda: next(clock))
    throttle = Throttle(0.1)
    assert [throttle.due() for _ in range(6)] == [True, False, False, True, False, True]
