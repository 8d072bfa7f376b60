"""The translation results: what `translate --json` prints and the UI shows, checks' findings included."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.chains.translate.glossary import GlossaryHit
from assistant.markdown_text import md_escape, md_table_cell

Language = Literal["zh", "en"]


class CheckedTranslation(BaseModel):
    """Fields every translation result has: the text, what the checks found, and how it was made."""

    model_config = ConfigDict(extra="forbid")

    source_language: str
    target_language: str
    original: str
    translation: str = ""
    chunks: int = 0
    glossary: list[GlossaryHit] = Field(default_factory=list, description="glossary entries put in the prompt")
    glossary_missing: list[GlossaryHit] = Field(default_factory=list)
    missing_terms: list[str] = Field(default_factory=list)
    missing_numbers: list[str] = Field(default_factory=list)
    untranslated: list[str] = Field(default_factory=list, description="Chinese left in an English translation")
    language_ok: bool = True
    cached: bool = False
    complete: bool = True
    error: str | None = None
    model: str = ""
    prompt_version: str = ""
    prompt_tokens: int = 0
    timings: dict[str, float] = Field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Complete, in the right language, and nothing lost."""
        return (self.complete and self.language_ok and not self.missing_numbers and not self.missing_terms
                and not self.glossary_missing and not self.untranslated)


class Translation(CheckedTranslation):
    """A translated text with the checks' findings; what `translate --json` prints."""


class TranslatedSection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    label_original: str
    label_translation: str
    original: str
    translation: str = ""


class PaperTranslation(CheckedTranslation):
    """A paper field translated, section by section, original and translation side by side."""

    arxiv_id: str
    title: str
    url: str
    field: Literal["summary", "abstract"]
    direction: str
    content_hash: str
    sections: list[TranslatedSection] = Field(default_factory=list)

    def side_by_side_markdown(self) -> str:
        """A two-column table (original | translation), one row per section; paper and model text is escaped."""
        def cell(text: str) -> str:
            return md_table_cell(md_escape(text))

        head = ("中文", "English") if self.source_language == "zh" else ("English", "中文")
        lines = [f"**[{cell(self.title)}]({self.url})**", "", f"| {head[0]} | {head[1]} |", "|---|---|"]
        for s in self.sections:
            lines.append(f"| **{s.label_original}** {cell(s.original)} | **{s.label_translation}** "
                         f"{cell(s.translation) or '—'} |")
        return "\n".join(lines)
