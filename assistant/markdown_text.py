"""Untrusted text (paper fields, model output, user topics) written into Markdown so it renders inert."""

from __future__ import annotations

import html
import re

_MD_SPECIAL_RE = re.compile(r"([\\`*_{}\[\]()#+!|~])")
_URL_SCHEME_RE = re.compile(r"(?i)\b(https?|ftp|www)(?=[:.])")


def _no_autolinks(text: str) -> str:
    """A zero-width space after the scheme: bare URLs are not auto-linked."""
    return _URL_SCHEME_RE.sub("\\1\u200b", text)


def md_escape(text: str) -> str:
    """Text as Markdown that shows as written: HTML escaped, brackets escaped (no links, images or reference
    definitions to other hosts), bare URLs not auto-linked. Emphasis is left alone, and citation markers like
    [3] stay plain where they cannot start a link."""
    text = re.sub(r"([\[\]])", r"\\\1", html.escape(text, quote=False))
    text = re.sub(r"\\\[(\d{1,2})\\\](?![(\[:])", r"[\1]", text)
    return _no_autolinks(text)


def md_escape_all(text: str) -> str:
    """Stricter `md_escape`: every Markdown special character is escaped too, so not even emphasis or a
    heading marker applies (for text that must show exactly as typed, such as a topic in a title)."""
    return _no_autolinks(_MD_SPECIAL_RE.sub(r"\\\1", html.escape(str(text), quote=False)))


def md_table_cell(text: str, *, newline: str = "<br>") -> str:
    """Text as one table cell: pipes escaped, line breaks replaced by `newline` (escape untrusted text first)."""
    return text.replace("|", "\\|").replace("\n", newline)
