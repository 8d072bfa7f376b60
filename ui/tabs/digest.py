"""Digest tab: topic, dates, categories, language, size, style -> a streamed Markdown digest and a download."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import gradio as gr

from assistant.chains.digest import DigestRequest, save_digest
from assistant.wiring import App
from ui.errors import shown, ui_filters
from ui.render import esc, streamed_text
from ui.throttle import Throttle


class DigestTab:
    def __init__(self, app: App):
        self.app = app

    def run(self, request: DigestRequest):
        """Yield (document so far, status line, final Digest or None) while the digest chain runs."""
        yield from self.render(self.app.stream_digest(request))

    def render(self, events):
        """(document so far, status line, final Digest or None) for a digest's events (the chat's digest
        requests come through here too)."""
        document, overview, status = "", "", "⏳"
        throttle = Throttle()
        for event in events:
            if event.kind == "progress":
                status = f"⏳ {esc(event.data)}…"
            elif event.kind == "markdown":
                document += event.data
                overview = ""
            elif event.kind == "token":
                overview += event.data
            elif event.kind == "digest":
                result = event.data
                seconds = result.timings.get("total_ms", 0) / 1000
                notes = "".join(f"  \n⚠️ {esc(n)}" for n in result.notes if "language model" in n)
                status = f"✅ {len(result.papers)} papers · {len(result.themes)} themes · {seconds:.1f} s" + notes
                yield result.markdown, status, result
                return
            if event.kind != "token" or throttle.due():
                yield document + (f"\n\n{streamed_text(overview)}" if overview else ""), status, None

    def make(self, topic: str, since: str, until: str, categories: list[str], language: str, size: float,
             style: str):
        filters = ui_filters(since, until, categories)
        request = DigestRequest(topic=(topic or "").strip(), since=filters.since, until=filters.until,
                                categories=list(filters.categories), language=language, max_papers=int(size),
                                style=style)
        yield "", "⏳", gr.update(visible=False)
        document = ""
        try:
            for document, status, result in self.run(request):
                if result is None:
                    yield document, status, gr.update()
            name = re.sub(r"[^\w\-]+", "-", request.topic or "recent").strip("-")[:40] or "digest"
            path = save_digest(result.markdown, Path(tempfile.mkdtemp(prefix="digest-")) / f"digest-{name}.md")
            yield result.markdown, status, gr.update(value=str(path), visible=True)
        except Exception as exc:  # noqa: BLE001 - shown as one line, logged with its traceback
            yield document, shown(exc, "digest"), gr.update(visible=False)


def build(app: App, categories: list[str]) -> None:
    tab = DigestTab(app)
    with gr.Tab("Digest · 简报"):
        with gr.Row():
            topic = gr.Textbox(label="Topic · 主题", placeholder="e.g. 生成式推荐 / LLM-based reranking",
                               scale=3, elem_id="digest-topic")
            since = gr.Textbox(label="Since (YYYY-MM-DD)", scale=1)
            until = gr.Textbox(label="Until (YYYY-MM-DD)", scale=1)
        with gr.Row():
            cats = gr.Dropdown(categories, multiselect=True, label="Categories · 分类", scale=2)
            lang = gr.Radio([("中文", "zh"), ("English", "en")], value="zh", label="Language · 语言", scale=1)
            size = gr.Slider(1, 50, value=10, step=1, label="Max papers · 最多论文数", scale=1)
            style = gr.Radio([("Themed overview · 分主题", "themed"), ("Brief list · 简要列表", "brief")],
                             value="themed", label="Style · 形式", scale=1)
        make = gr.Button("Write digest · 生成简报", variant="primary", elem_id="make-digest")
        status = gr.Markdown(elem_id="digest-status")
        document = gr.Markdown(elem_id="digest", sanitize_html=True)
        download = gr.DownloadButton("Download .md · 下载", visible=False, elem_id="digest-download")
        make.click(tab.make, [topic, since, until, cats, lang, size, style], [document, status, download],
                   api_visibility="private", concurrency_id="llm")
