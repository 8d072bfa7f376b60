"""Markdown rendering for the UI. Paper text is untrusted: it is escaped so it renders inert (no HTML, no links)."""

from __future__ import annotations

import html
import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def esc(text: str) -> str:
    """Escape Markdown and HTML so untrusted text shows as plain characters."""
    text = _MD_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))
    return re.sub(r"(?i)\b(https?|ftp|www)(?=[:.])", "\\1\u200b", text)  # no auto-linking of bare URLs


def arxiv_link(title: str, arxiv_id: str) -> str:
    """A link whose target we build ourselves from the id (never a URL taken from paper text)."""
    safe_id = re.sub(r"[^0-9A-Za-z.\-/]", "", arxiv_id)
    return f"[{esc(title)}](https://arxiv.org/abs/{safe_id})"


def source_cards(cards, cited: set[int] | None = None) -> str:
    if not cards:
        return "_No papers retrieved._"
    out = []
    for card in cards:
        mark = "**cited** · " if cited and card.n in cited else ""
        authors = ", ".join(card.authors[:4]) + (" et al." if len(card.authors) > 4 else "")
        meta = " · ".join(x for x in (esc(authors), esc(card.date), esc(", ".join(card.categories))) if x)
        passage = esc(card.passage[:400]) + ("…" if len(card.passage) > 400 else "")
        out.append(f"**[{card.n}]** {mark}{arxiv_link(card.title, card.id)}  \n{meta}  \n> {passage}")
    return "\n\n".join(out)


def answer_markdown(answer) -> str:
    """The verified answer with its citation numbers turned into arXiv links."""
    by_n = {c.n: c for c in answer.citations}

    def link(match: re.Match) -> str:
        n = int(match.group(1))
        c = by_n.get(n)
        return f"[[{n}]](https://arxiv.org/abs/{c.id})" if c else match.group(0)

    # only the citation markers we link are unescaped: un-escaping every bracket let model text such as
    # "[5]: //evil.example" become a reference definition that "[click][5]" linked to another host
    text = re.sub(r"\\\[(\d{1,2})\\\]", link, esc(answer.answer))
    zh = answer.language == "zh"
    notes = []
    if answer.dropped:
        notes.append(f"_核验器删除了 {len(answer.dropped)} 处没有依据的陈述。_" if zh else
                     f"_{len(answer.dropped)} unsupported claim(s) removed by the verifier._")
    if answer.error:
        notes.append("_检索到的论文列在右侧。_" if zh else "_The retrieved papers are listed on the right._")
    return text + ("\n\n" + "\n".join(notes) if notes else "")


def comparison_markdown(result) -> str:
    # cells come from paper fields: escape them (headers too: they are paper names)
    safe = ["| " + " | ".join(_cell(c) for c in result.columns) + " |", "|" + "---|" * len(result.columns)]
    safe += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in result.rows]
    text = "\n".join(safe)
    if result.synthesis:
        text += "\n\n" + esc(result.synthesis)  # "\\[1\\]" shows as [1]; unescaped brackets could form links
    if result.error:
        text += f"\n\n_Synthesis unavailable: {esc(result.error)}_"
    refs = "\n".join(f"- [{c.n}] {arxiv_link(c.title, c.id)}" for c in result.papers)
    return text + "\n\n" + refs


def _cell(text: str) -> str:
    """One Markdown table cell: `esc` already turns `|` into `\\|` (GFM reads that as a literal pipe; escaping
    it again made `\\\\|`, a backslash and a real pipe that split the cell); line breaks become <br>."""
    return esc(text).replace("\r", "").replace("\n", "<br>")


def streamed_text(raw: str) -> str:
    """Partial model output while it streams: escaped, except our own bold section labels."""
    return esc(raw).replace("\\*\\*", "**") + " ▌"


def translation_markdown(result) -> str:
    """Original and translation side by side (one row per section), every cell escaped."""
    if result.source_language == "zh":
        head = ("中文 (original)", "English (translation)")
    else:
        head = ("English (original)", "中文 (译文)")
    sections = getattr(result, "sections", None)
    rows = ([(f"**{esc(s.label_original)}** {_cell(s.original)}",
              f"**{esc(s.label_translation)}** {_cell(s.translation) or '—'}") for s in sections]
            if sections else [(_cell(result.original), _cell(result.translation) or "—")])
    lines = [f"| {head[0]} | {head[1]} |", "|---|---|"] + [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(lines)


def translation_checks(result) -> str:
    """What the term/number checks found, whether it came from the cache, and how long it took."""
    notes = []
    if result.error:
        notes.append(f"⚠️ Translation incomplete: {esc(result.error)}")
    for label, items in (("Numbers missing · 缺失的数字", result.missing_numbers),
                         ("Terms missing · 缺失的术语", result.missing_terms),
                         ("Chinese left untranslated · 未翻译的中文", result.untranslated)):
        if items:
            notes.append(f"⚠️ **{label}:** " + ", ".join(f"`{esc(i)}`" for i in items))
    if result.glossary_missing:
        notes.append("⚠️ **Glossary not followed · 未遵循术语表:** " + ", ".join(
            f"{esc(h.source)} → {esc(h.target)}" for h in result.glossary_missing))
    if not notes:
        notes.append("✅ Every number and acronym of the original is in the translation · 数字与术语均已保留")
    seconds = result.timings.get("total_ms", 0) / 1000
    origin = "from the cache · 来自缓存" if result.cached else f"{esc(result.model)}, {seconds:.1f} s"
    glossary = f" · glossary terms used: {len(result.glossary)}" if result.glossary else ""
    return "  \n".join(notes) + f"  \n_{origin}{glossary}_"


def consistency_markdown(report) -> str:
    """Consistency check of a paper's Chinese summary against its English abstract."""
    if report.skipped:
        return f"ℹ️ {esc(report.skipped)}"
    head = (f"Checked {report.numbers_checked} numbers and {report.terms_checked} terms of the Chinese summary "
            f"against the English abstract · 已核对 {report.numbers_checked} 个数字、{report.terms_checked} 个术语")
    if report.ok and not report.issues:
        lines = [f"✅ {head}: all supported · 均有依据"]
    else:
        lines = [f"⚠️ {head}: **{len(report.issues)} not supported by the abstract · 摘要中找不到依据**"]
        lines += [f"- **{esc(i.value)}** ({esc(i.kind)}, {esc(i.field)}): {esc(i.detail)}  \n  > {esc(i.sentence)}"
                  for i in report.issues]
    if report.omitted:
        lines.append("\nKey terms of the abstract the summary never names · 摘要未提及的关键术语: " +
                     ", ".join(f"`{esc(i.value)}`" for i in report.omitted))
    return "\n".join(lines)
