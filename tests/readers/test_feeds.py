"""Feeds: Atom (valid XML, RFC 4287's required elements, stable ids, escaped text) and Markdown (inert text)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from assistant.readers.feeds import atom_feed, entry_uuid, markdown_feed
from assistant.readers.models import ForYou, RankedPaper, ScoreParts, Subscription

A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})")
EVIL = '<script>alert(1)</script> & "q" ]]> \x0b\x01 [click](javascript:alert(1)) <img src=x onerror=y>'


def _result(title=EVIL, name="rag <b>", language="en") -> ForYou:
    sub = Subscription(id="0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", reader="alice", name=name, interest="RAG & <ranking>",
                       language=language)
    papers = [RankedPaper(rank=1, id="2601.02955", title=title, title_zh="标题 <i>", url="https://arxiv.org/abs/x",
                          date="2026-06-25", categories=["cs.IR", "cs.CL"], authors=["A. <Author>", "B & C"],
                          line=f"line {EVIL}", score=7.25, parts=ScoreParts(interest=0.7), why=f"why {EVIL}"),
              RankedPaper(rank=2, id="2601.02361", title="Plain", url="https://arxiv.org/abs/2601.02361",
                          date="2026-06-24", score=3.0, parts=ScoreParts(interest=0.3), why="score 3.0/10")]
    return ForYou(reader="alice", subscription=sub, since="2026-06-24", until="2026-06-25", candidates=9,
                  papers=papers, generated_at="2026-06-26T07:00:00Z")


def test_atom_is_valid_and_complete():
    text = atom_feed(_result())
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{A}feed"
    for tag in ("id", "title", "updated", "author"):  # RFC 4287 4.1.1: a feed's required elements
        assert root.find(f"{A}{tag}") is not None, tag
    assert root.findtext(f"{A}id") == "urn:uuid:0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"
    assert RFC3339.fullmatch(root.findtext(f"{A}updated")) and root.findtext(f"{A}updated").startswith("2026-06-25")
    entries = root.findall(f"{A}entry")
    assert len(entries) == 2
    ids = [e.findtext(f"{A}id") for e in entries]
    assert len(set(ids)) == 2 and all(i.startswith("urn:uuid:") for i in ids)
    for entry in entries:
        for tag in ("id", "title", "updated", "summary"):
            assert entry.find(f"{A}{tag}") is not None, tag
        assert RFC3339.fullmatch(entry.findtext(f"{A}updated"))
        alternate = [link for link in entry.findall(f"{A}link") if link.get("rel") == "alternate"]
        assert len(alternate) == 1 and alternate[0].get("href").startswith("https://arxiv.org/abs/2601.")


def test_atom_escapes_text_and_drops_invalid_characters():
    text = atom_feed(_result())
    assert "<script>" not in text and "<img" not in text and "\x0b" not in text and "\x01" not in text
    root = ET.fromstring(text.encode("utf-8"))
    entry = root.find(f"{A}entry")
    assert entry.findtext(f"{A}title") == EVIL.replace("\x0b", "").replace("\x01", "")  # text round-trips
    assert "why <script>" in entry.findtext(f"{A}summary")
    assert [a.findtext(f"{A}name") for a in entry.findall(f"{A}author")] == ["A. <Author>", "B & C"]
    assert [c.get("term") for c in entry.findall(f"{A}category")] == ["cs.IR", "cs.CL"]
    assert root.findtext(f"{A}title") == "For you: rag <b>"


def test_atom_ids_are_stable():
    first = atom_feed(_result())
    assert atom_feed(_result()) == first  # the same input, the same bytes
    renamed = ET.fromstring(atom_feed(_result(name="renamed")).encode())
    original = ET.fromstring(first.encode())
    ids = lambda root: [e.findtext(f"{A}id") for e in root.findall(f"{A}entry")]  # noqa: E731
    assert ids(renamed) == ids(original)  # a rename keeps the subscription's UUID, so the entries keep theirs
    assert ids(original)[0] == entry_uuid("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", "2601.02955")
    other = _result().model_copy(deep=True)
    other.subscription.id = "11111111-2222-4333-8444-555555555555"
    assert entry_uuid(other.subscription.id, "2601.02955") not in ids(original)  # per subscription


def test_markdown_is_inert():
    text = markdown_feed(_result(language="zh"))
    assert "<script>" not in text and "<img" not in text and "<b>" not in text
    assert not re.search(r"(?<!\\)\]\(javascript:", text)  # the paper's own link syntax is escaped
    links = re.findall(r"\]\((https?://[^)]*)\)", text)
    assert links == ["https://arxiv.org/abs/2601.02955", "https://arxiv.org/abs/2601.02361"]
    assert text.startswith("# 为你推荐：rag &lt;b&gt; · 2026-06-24 – 2026-06-25")
    assert "1. **[标题 &lt;i&gt; · " in text and "7.2/10" in text and "推荐理由" in text


def test_empty_feeds():
    empty = _result().model_copy(update={"papers": [], "since": "2026-06-25", "until": "2026-06-25"})
    root = ET.fromstring(atom_feed(empty).encode())
    assert root.findall(f"{A}entry") == [] and root.findtext(f"{A}updated") == "2026-06-25T00:00:00Z"
    assert "No papers for this subscription on 2026-06-25." in markdown_feed(empty)


def test_feed_of_a_real_ranking(app, reader):
    app.readers.subscribe({"name": "channels", "interest": "channel estimation", "daily": 3}, reader)
    atom = app.readers.feed("channels", "atom", reader)
    assert len(ET.fromstring(atom.encode()).findall(f"{A}entry")) == 3
    assert app.readers.feed("channels", "atom", reader) == atom  # regenerated: identical
    md = app.readers.feed("channels", "md", reader)
    assert md.count("https://arxiv.org/abs/") == 3 and "推荐理由" in md


def test_atom_is_read_by_a_real_feed_parser():
    """What a feed reader sees: feedparser parses the feed without complaint, ids and links intact."""
    import feedparser

    parsed = feedparser.parse(atom_feed(_result()))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10" and len(parsed.entries) == 2
    assert parsed.feed.id == "urn:uuid:0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"
    assert all(e.id.startswith("urn:uuid:") for e in parsed.entries)
    assert [e.link for e in parsed.entries][1] == "https://arxiv.org/abs/2601.02361"
    title = parsed.entries[0].title_detail
    assert title.type == "text/plain" and title.value.startswith("<script>alert(1)</script> &")  # shown as text
