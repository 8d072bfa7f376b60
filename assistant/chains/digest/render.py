"""The digest as Markdown in either language: its strings, title, item lines and notes, untrusted text escaped."""

from __future__ import annotations

import re

from assistant.chains.digest.models import DigestItem
from assistant.chains.digest.request import DigestRequest
from assistant.markdown_text import md_escape, md_escape_all

TEXTS = {
    "zh": {"title": "论文简报", "papers": "篇论文", "overview": "总览", "none": "没有找到符合条件的论文。",
           "recent": "最新论文", "note": "注："},
    "en": {"title": "Paper digest", "papers": "papers", "overview": "Overview",
           "none": "No papers match this request.", "recent": "recent papers", "note": "Note: "},
}
NOTES = {
    "budget_themes": {"zh": "超出时间预算，主题名称由关键词生成。", "en": "Over the time budget: theme names are keywords."},
    "llm_themes": {"zh": "语言模型不可用，主题名称由关键词生成。",
                   "en": "The language model is unavailable: theme names are keywords."},
    "budget_overview": {"zh": "超出时间预算，未生成总览。", "en": "Over the time budget: no overview was written."},
    "llm_overview": {"zh": "语言模型不可用，未生成总览。", "en": "The language model is unavailable: no overview."},
    "budget_rerank": {"zh": "超出时间预算，未用语言模型评估相关性。",
                      "en": "Over the time budget: papers were not scored by the language model."},
    "llm_rerank": {"zh": "语言模型不可用，未评估相关性。", "en": "The language model is unavailable: papers were not scored."},
    "dropped_overview": {"zh": "总览未通过核验（与论文内容不符），已省略。",
                         "en": "The overview was dropped: none of it was supported by the papers."},
}
PROGRESS = {
    "select": {"zh": "正在筛选论文", "en": "selecting papers"},
    "rerank": {"zh": "正在评估相关性", "en": "scoring relevance"},
    "themes": {"zh": "正在按主题分组", "en": "grouping papers into themes"},
    "overview": {"zh": "正在撰写总览", "en": "writing the overview"},
}


def digest_title(request: DigestRequest) -> str:
    """The title as text ("论文简报：RAG", "Paper digest: RAG"); the Markdown heading escapes the topic."""
    words = TEXTS[request.language]
    if not request.topic:
        return words["title"]
    return f"{words['title']}{'：' if request.language == 'zh' else ': '}{request.topic}"


def title_heading(request: DigestRequest) -> str:
    """The level-1 heading. The topic is the user's (or a parser's) text: shown as typed, never Markdown,
    HTML or a link, and on one line."""
    if not request.topic:
        return f"# {TEXTS[request.language]['title']}"
    topic = md_escape_all(re.sub(r"\s+", " ", request.topic).strip())
    return f"# {digest_title(request.model_copy(update={'topic': topic}))}"


def meta_line(request: DigestRequest, count: int) -> str:
    """Date range · categories · authors · number of papers, in italics under the title."""
    meta = [f"{request.since or '…'} – {request.until or '…'}" if request.since or request.until else "",
            ", ".join(request.categories), ", ".join(request.authors),
            f"{count} {TEXTS[request.language]['papers']}"]
    return f"_{md_escape(' · '.join(m for m in meta if m))}_"


def theme_heading(name: str) -> str:
    return f"\n## {md_escape(name)}\n\n"


def render_item(item: DigestItem) -> str:
    """One list line; the link is built from the arXiv id, everything taken from the paper is escaped."""
    date_part = f" ({item.date})" if item.date else ""
    reason = f" _({md_escape(item.reason)})_" if item.reason else ""
    return f"- [{item.n}] [{md_escape(item.title)}]({item.url}){date_part} — {md_escape(item.line)}{reason}"


def overview_section(text: str, language: str) -> str:
    return f"\n## {TEXTS[language]['overview']}\n\n{md_escape(text)}\n"


def notes_block(notes: list[str], language: str) -> str:
    """The notes (why a part is missing or keyword-made) as a blockquote at the end."""
    return "\n" + "\n>\n".join(f"> {TEXTS[language]['note']}{note}" for note in notes) + "\n"
