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

    text = re.sub(r"\[(\d{1,2})\]", link, esc(answer.answer).replace("\\[", "[").replace("\\]", "]"))
    notes = []
    if answer.dropped:
        notes.append(f"_{len(answer.dropped)} unsupported claim(s) removed by the verifier._")
    if answer.error:
        notes.append("_The retrieved papers are listed on the right._")
    return text + ("\n\n" + "\n".join(notes) if notes else "")


def comparison_markdown(result) -> str:
    table = result.table_markdown  # cells come from paper fields: escape them
    lines = table.splitlines()
    safe = lines[:2] + ["| " + " | ".join(esc(c) for c in row) + " |" for row in result.rows]
    text = "\n".join(safe)
    if result.synthesis:
        text += "\n\n" + esc(result.synthesis).replace("\\[", "[").replace("\\]", "]")
    if result.error:
        text += f"\n\n_Synthesis unavailable: {esc(result.error)}_"
    refs = "\n".join(f"- [{c.n}] {arxiv_link(c.title, c.id)}" for c in result.papers)
    return text + "\n\n" + refs
