"""Translate tab (free text either way) and the streamed-translation rendering the Papers tab shares."""

from __future__ import annotations

import gradio as gr

from assistant.wiring import App
from ui.errors import shown
from ui.render import esc, streamed_text, translation_checks, translation_markdown
from ui.throttle import Throttle


def stream_translation(start):
    """Run `start()` (a translation chain) and render its events: streamed text, then the side-by-side table and
    its checks. Errors (model down, unknown paper) become a plain message."""
    raw = ""
    throttle = Throttle()
    yield "", "⏳ starting the model… · 正在启动模型…"
    try:
        for event in start():
            if event.kind == "token":
                raw += event.data
                if throttle.due():
                    yield streamed_text(raw), "⏳ translating… · 翻译中…"
            elif event.kind == "translation":
                yield translation_markdown(event.data), translation_checks(event.data)
    except Exception as exc:  # noqa: BLE001 - shown as one line, logged with its traceback
        yield esc(raw), shown(exc, "translation")


class TranslateTab:
    def __init__(self, app: App):
        self.app = app

    def translate(self, text: str, target: str):
        if not (text or "").strip():
            raise gr.Error("Paste some text to translate. / 请粘贴要翻译的文本。")
        yield from stream_translation(lambda: self.app.stream_text_translation(text, target=target))


def build(app: App) -> None:
    tab = TranslateTab(app)
    with gr.Tab("Translate · 翻译"):
        with gr.Row():
            text = gr.Textbox(label="Text · 文本", lines=8, elem_id="free-text",
                              placeholder="Paste a paragraph in 中文 or English…")
            with gr.Column(scale=0, min_width=220):
                target = gr.Radio([("→ English", "en"), ("→ 中文", "zh")], value="en", label="Into · 译为")
                go = gr.Button("Translate · 翻译", variant="primary", elem_id="translate-text")
        out = gr.Markdown(elem_id="free-translation")
        checks = gr.Markdown(elem_id="free-checks")
        go.click(tab.translate, [text, target], [out, checks], api_visibility="private", concurrency_id="llm")
