"""Prompt templates live in `prompts/*.md`; this loads them, checks their variables and versions them."""

from __future__ import annotations

import hashlib
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.errors import AssistantError

REQUIRED: dict[str, set[str]] = {
    "answer.system": set(),
    "answer.user": {"sources", "question", "language_name"},
    "compare.user": {"sources", "question", "language_name"},
    "translate.system": set(),
    "translate.user": {"text", "source_language", "target_language", "glossary"},
    "digest.user": {"items", "topic", "language_name"},
    "digest.themes": {"groups", "language_name"},
    "digest.rerank": {"topic", "papers", "language_name"},
}


@dataclass(frozen=True)
class Prompt:
    name: str
    template: str
    version: str  # first 8 hex digits of the template's sha256: logged with every answer and bench row

    def format(self, **values: str) -> str:
        return self.template.format(**values)


@lru_cache(maxsize=64)
def load(name: str, prompts_dir: Path) -> Prompt:
    path = prompts_dir / f"{name}.md"
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise AssistantError(f"prompt template {path} is missing") from exc
    used = {field for _, field, _, _ in string.Formatter().parse(text) if field}
    expected = REQUIRED.get(name, used)
    if used != expected:
        raise AssistantError(f"prompt {path} uses variables {sorted(used)}, expected {sorted(expected)}")
    return Prompt(name, text, hashlib.sha256(text.encode()).hexdigest()[:8])
