"""A subscription's ranked papers as an Atom feed, Markdown, or a mail body (plain text + HTML).

Atom is written with the standard library's XML writer (xml.etree.ElementTree), so every text is escaped by
construction; characters XML 1.0 cannot carry (control characters in a title) are dropped first. Ids are stable:
the feed's is the subscription's UUID (a rename keeps it), an entry's a UUID derived from that and the arXiv id, so a
feed reader shows a paper once however often the feed is regenerated. The same input gives the same bytes (the
feed's `updated` is the newest paper's day, not the time of writing)."""

from __future__ import annotations

import html
import re
import uuid
import xml.etree.ElementTree as ET

from assistant.markdown_text import md_escape, md_escape_all
from assistant.readers.models import ForYou, RankedPaper

ATOM_NS = "http://www.w3.org/2005/Atom"
ARXIV_SCHEME = "http://arxiv.org/schemas/atom"
GENERATOR = "arxiv-digest-assistant"
_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SAFE_ID = re.compile(r"[^0-9A-Za-z.\-/]")
FORMATS = ("atom", "md")

LABELS = {
    "title": {"en": "For you: {name}", "zh": "为你推荐：{name}"},
    "interest": {"en": "Interest", "zh": "兴趣"},
    "include": {"en": "Include", "zh": "包含"},
    "exclude": {"en": "Exclude", "zh": "排除"},
    "categories": {"en": "Categories", "zh": "分类"},
    "none": {"en": "No papers for this subscription on {span}.", "zh": "{span} 没有符合此订阅的论文。"},
    "why": {"en": "Why", "zh": "推荐理由"},
    "left_out": {"en": "Left out", "zh": "已排除"},
    "footer": {"en": "Ranked by the arXiv digest assistant for {reader}.",
               "zh": "由 arXiv 论文助手为 {reader} 排序。"},
}
LEFT_OUT = {"exclude": {"en": "exclude keywords", "zh": "排除关键词"},
            "include": {"en": "no include keyword", "zh": "不含包含关键词"},
            "disliked": {"en": "disliked", "zh": "不感兴趣"},
            "llm": {"en": "LLM score below the bar", "zh": "LLM 评分过低"},
            "min_score": {"en": "score below the minimum", "zh": "得分过低"}}


def xml_text(text: str) -> str:
    """Text XML 1.0 can hold: control characters and lone surrogates dropped."""
    return _XML_INVALID.sub("", str(text or ""))


def safe_id(arxiv_id: str) -> str:
    return _SAFE_ID.sub("", arxiv_id)


def entry_uuid(subscription_id: str, arxiv_id: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.UUID(subscription_id), arxiv_id)}"


def span_of(result: ForYou) -> str:
    if result.since == result.until:
        return result.since or "—"
    return f"{result.since or '…'} – {result.until or '…'}"


def display_title(paper: RankedPaper, language: str) -> str:
    if language == "zh" and paper.title_zh and paper.title_zh != paper.title:
        return f"{paper.title_zh} · {paper.title}"
    return paper.title


def _timestamp(day: str, fallback: str) -> str:
    return f"{day}T00:00:00Z" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day or "") else fallback


# ---------- Atom ----------
def atom_feed(result: ForYou) -> str:
    """The Atom 1.0 document (RFC 4287) for one subscription's ranked papers."""
    ET.register_namespace("", ATOM_NS)
    sub, lang = result.subscription, result.subscription.language

    def add(parent, tag: str, text: str | None = None, **attrs) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", {k: xml_text(v) for k, v in attrs.items()})
        if text is not None:
            element.text = xml_text(text)
        return element

    fallback = result.generated_at or "1970-01-01T00:00:00Z"
    newest = max((p.date for p in result.papers if p.date), default=result.until or "")
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    add(feed, "id", f"urn:uuid:{sub.id}")
    add(feed, "title", LABELS["title"][lang].format(name=sub.name), type="text")
    subtitle = " · ".join(x for x in (sub.interest, ", ".join(sub.include), ", ".join(sub.categories)) if x)
    if subtitle:
        add(feed, "subtitle", subtitle, type="text")
    add(feed, "updated", _timestamp(newest, fallback))
    author = add(feed, "author")
    add(author, "name", GENERATOR)
    add(feed, "generator", GENERATOR)
    add(feed, "link", rel="related", href="https://arxiv.org/")
    for paper in result.papers:
        entry = add(feed, "entry")
        add(entry, "id", entry_uuid(sub.id, paper.id))
        add(entry, "title", display_title(paper, lang), type="text")
        when = _timestamp(paper.date, fallback)
        add(entry, "updated", when)
        add(entry, "published", when)
        add(entry, "link", rel="alternate", type="text/html", href=f"https://arxiv.org/abs/{safe_id(paper.id)}")
        add(entry, "link", rel="related", type="application/pdf", title="pdf",
            href=f"https://arxiv.org/pdf/{safe_id(paper.id)}")
        for name in (paper.authors[:20] or ["arXiv"]):
            add(add(entry, "author"), "name", name)
        for category in paper.categories:
            add(entry, "category", term=category, scheme=ARXIV_SCHEME)
        summary = f"{paper.line}\n\n{LABELS['why'][lang]}: {paper.why}" if paper.line else paper.why
        add(entry, "summary", summary, type="text")
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


# ---------- Markdown ----------
def _subscription_lines(result: ForYou, escape) -> list[str]:
    sub, lang = result.subscription, result.subscription.language
    lines = []
    for key, value in (("interest", sub.interest), ("include", ", ".join(sub.include)),
                       ("exclude", ", ".join(sub.exclude)), ("categories", ", ".join(sub.categories))):
        if value:
            lines.append(f"{LABELS[key][lang]}: {escape(value)}")
    return lines


def markdown_feed(result: ForYou) -> str:
    """The ranked papers as a Markdown document. Paper text is untrusted: escaped so it renders inert; every link
    is built from the arXiv id."""
    sub, lang = result.subscription, result.subscription.language
    out = [f"# {md_escape_all(LABELS['title'][lang].format(name=sub.name))} · {md_escape_all(span_of(result))}", ""]
    meta = _subscription_lines(result, md_escape_all)
    if meta:
        out += ["  \n".join(meta), ""]
    if not result.papers:
        out += [LABELS["none"][lang].format(span=md_escape_all(span_of(result))), ""]
    for paper in result.papers:
        cats = ", ".join(paper.categories[:3])
        link = f"[{md_escape_all(display_title(paper, lang))}](https://arxiv.org/abs/{safe_id(paper.id)})"
        out.append(f"{paper.rank}. **{link}** · {md_escape_all(paper.id)} · {md_escape_all(cats)} · "
                   f"{paper.score:.1f}/10")
        if paper.line:
            out.append(f"   {md_escape(_one_line(paper.line))}  ")
        out.append(f"   _{LABELS['why'][lang]}: {md_escape_all(_one_line(paper.why))}_")
        out.append("")
    if result.left_out:
        parts = ", ".join(f"{LEFT_OUT.get(k, {}).get(lang, k)}: {n}" for k, n in result.left_out.items())
        out += [f"_{LABELS['left_out'][lang]}: {md_escape_all(parts)}_", ""]
    for note in result.notes:
        out.append(f"> {md_escape_all(_one_line(note))}")
    return "\n".join(out).rstrip() + "\n"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


# ---------- mail bodies ----------
def text_body(result: ForYou) -> str:
    """The plain-text part of the daily mail."""
    sub, lang = result.subscription, result.subscription.language
    out = [LABELS["title"][lang].format(name=sub.name) + f" · {span_of(result)}", ""]
    out += _subscription_lines(result, str)
    out.append("")
    if not result.papers:
        out.append(LABELS["none"][lang].format(span=span_of(result)))
    for paper in result.papers:
        out.append(f"{paper.rank}. {_one_line(display_title(paper, lang))}  ({paper.score:.1f}/10)")
        out.append(f"   https://arxiv.org/abs/{safe_id(paper.id)}")
        if paper.line:
            out.append(f"   {_one_line(paper.line)}")
        out.append(f"   {LABELS['why'][lang]}: {_one_line(paper.why)}")
        out.append("")
    out += [_one_line(n) for n in result.notes]
    out.append(LABELS["footer"][lang].format(reader=result.reader))
    return "\n".join(out).rstrip() + "\n"


def html_body(result: ForYou) -> str:
    """The HTML part of the daily mail: every text escaped, links built from the arXiv ids."""
    sub, lang = result.subscription, result.subscription.language
    esc = html.escape
    parts = [f'<html lang="{lang}"><body style="font-family:sans-serif;max-width:46em">',
             f"<h2>{esc(LABELS['title'][lang].format(name=sub.name))} · {esc(span_of(result))}</h2>"]
    meta = _subscription_lines(result, esc)
    if meta:
        parts.append("<p>" + "<br>".join(meta) + "</p>")
    if not result.papers:
        parts.append(f"<p>{esc(LABELS['none'][lang].format(span=span_of(result)))}</p>")
    else:
        parts.append("<ol>")
        for paper in result.papers:
            url = f"https://arxiv.org/abs/{safe_id(paper.id)}"
            parts.append(f'<li><p><a href="{url}"><b>{esc(display_title(paper, lang))}</b></a> '
                         f"· {esc(', '.join(paper.categories[:3]))} · {paper.score:.1f}/10<br>"
                         + (f"{esc(paper.line)}<br>" if paper.line else "")
                         + f"<i>{esc(LABELS['why'][lang])}: {esc(paper.why)}</i></p></li>")
        parts.append("</ol>")
    for note in result.notes:
        parts.append(f"<p><small>{esc(note)}</small></p>")
    parts.append(f"<p><small>{esc(LABELS['footer'][lang].format(reader=result.reader))}</small></p></body></html>")
    return "\n".join(parts) + "\n"


def render(result: ForYou, fmt: str) -> str:
    if fmt == "atom":
        return atom_feed(result)
    if fmt == "md":
        return markdown_feed(result)
    from assistant.errors import InputError

    raise InputError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
