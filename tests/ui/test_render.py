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


def test_a_pipe_in_paper_text_stays_inside_its_table_cell():
    """Issue 17 item 9: `|` was escaped twice (a backslash, then a real pipe that split the cell)."""
    from types import SimpleNamespace

    from ui.render import translation_markdown

    result = SimpleNamespace(source_language="en", sections=None, original="A | B and C\\|D",
                             translation="甲 | 乙")
    table = translation_markdown(result)
    row = table.splitlines()[-1]
    def escaped(i: int) -> bool:  # an odd run of backslashes before it
        n = 0
        while i - n - 1 >= 0 and row[i - n - 1] == "\\":
            n += 1
        return n % 2 == 1

    cell_borders = [i for i, ch in enumerate(row) if ch == "|" and not escaped(i)]
    assert len(cell_borders) == 3  # the row's own borders only: | original | translation |
