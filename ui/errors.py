"""How the UI shows a failure: our own errors as their message, anything else logged and shown as one line."""

from __future__ import annotations

import logging

import gradio as gr

from assistant.errors import AssistantError
from assistant.retrieval import SearchFilters
from ui.render import esc

logger = logging.getLogger(__name__)

INTERNAL = "⚠️ Something went wrong; the error was logged. / 出错了，已记录日志。"


def shown(exc: Exception, what: str) -> str:
    """The Markdown line a handler shows for `exc` (never a traceback; unexpected errors go to the log)."""
    if isinstance(exc, AssistantError):
        logger.warning("%s failed: %s", what, exc)
        return f"⚠️ {esc(str(exc))}"
    logger.error("%s failed", what, exc_info=exc)
    return INTERNAL


def ui_filters(since: str | None, until: str | None, categories: list[str] | None) -> SearchFilters:
    """The API's checks (a real date, since <= until), shown to the user as a plain message."""
    from ui.api import checked_filters

    try:
        return checked_filters(since, until, categories)
    except AssistantError as exc:
        raise gr.Error(f"{exc} / 日期格式应为 YYYY-MM-DD", print_exception=False) from exc
