"""Chat tab (the landing tab): streamed, cited answers; comparisons as tables; digest requests as digests.
Conversation state lives in `gr.State` (one `ChatSession` per browser session)."""

from __future__ import annotations

import itertools

import gradio as gr

from assistant.chains.answer import ChatSession
from assistant.errors import AssistantError
from assistant.wiring import App
from ui.errors import shown, ui_filters
from ui.examples import example_questions
from ui.render import answer_markdown, comparison_markdown, esc, source_cards
from ui.tabs.digest import DigestTab
from ui.throttle import Throttle

LANG_CHOICES = [("Auto / 自动", "auto"), ("中文", "zh"), ("English", "en")]


class ChatTab:
    def __init__(self, app: App):
        self.app = app
        self.digests = DigestTab(app)

    def chat(self, message: str, history: list, session: ChatSession | None, language: str, since: str,
             until: str, categories: list[str]):
        """Yield (history, source cards, session, cleared input box) as the reply streams."""
        session = session if session is not None else ChatSession()
        message = (message or "").strip()
        history = list(history or [])
        if not message:
            yield history, gr.update(), session, ""
            return
        history.append({"role": "user", "content": message})
        history.append({"role": "assistant", "content": "…"})
        filters = ui_filters(since, until, categories)
        lang = None if language == "auto" else language
        try:
            # one router for every entry point (assistant/chains/router.py): the first event says the kind
            events = iter(self.app.stream_turn(message, session=session, filters=filters, language=lang))
            first = next(events, None)
            if first is None:
                raise AssistantError("no answer was produced")
            events = itertools.chain([first], events)
            if first.kind == "compare":
                yield from self._compare(first.data, history, session)
            elif first.kind in ("progress", "markdown", "digest"):
                yield from self._digest(events, history, session)
            else:
                yield from self._answer(events, history, session)
        except Exception as exc:  # noqa: BLE001 - shown as one line, logged with its traceback
            history[-1]["content"] = shown(exc, "chat")
            yield history, gr.update(), session, ""

    def _compare(self, result, history, session):
        history[-1]["content"] = comparison_markdown(result)
        cards = result.synthesis_answer.sources if result.synthesis_answer else []
        yield history, source_cards(cards), session, ""

    def _digest(self, events, history, session):
        for document, _status, result in self.digests.render(events):
            history[-1]["content"] = document + ("" if result else " ▌")
            yield history, gr.update(), session, ""

    def _answer(self, events, history, session):
        raw, answer = "", None
        throttle = Throttle()
        for event in events:
            if event.kind == "sources":
                yield history, source_cards(event.data), session, ""
            elif event.kind == "token":
                raw += event.data
                if throttle.due():
                    history[-1]["content"] = esc(raw) + " ▌"
                    yield history, gr.update(), session, ""
            elif event.kind == "answer":
                answer = event.data
        if answer is None:
            raise AssistantError("no answer was produced")
        history[-1]["content"] = answer_markdown(answer)
        yield history, source_cards(answer.sources, {c.n for c in answer.citations}), session, ""


MODEL_LOADING = "⏳ The language model is loading (about 10 s); answers start when it is ready. / 模型加载中…"


def model_status(app: App):
    """The bundled model starts in the background when `serve` starts: say so until it runs, then stop polling."""
    if not app.llm.is_local or app.settings.llm_mode == "mock":
        return "", gr.Timer(active=False)
    ok, text = app.llm.status()
    if ok:
        return "", gr.Timer(active=False)
    return MODEL_LOADING, gr.Timer(active=True)


def new_conversation():
    return [], "", ChatSession(), ""


def build(app: App, categories: list[str]) -> None:
    tab = ChatTab(app)
    session = gr.State(None)
    with gr.Tab("Chat · 对话"):
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Conversation", height=520, sanitize_html=True, elem_id="chatbot")
                box = gr.Textbox(placeholder="Ask in 中文 or English… e.g. compare GCRank and HarmonRank",
                                 show_label=False, elem_id="question")
                with gr.Row():
                    send = gr.Button("Send · 发送", variant="primary", elem_id="send")
                    reset = gr.Button("New conversation · 新对话", elem_id="new-conversation")
                gr.Examples(example_questions(app.store), inputs=box)
            with gr.Column(scale=2):
                language = gr.Radio(LANG_CHOICES, value="auto", label="Answer language · 回答语言")
                with gr.Accordion("Filters · 筛选", open=False):
                    since = gr.Textbox(label="Since (YYYY-MM-DD)")
                    until = gr.Textbox(label="Until (YYYY-MM-DD)")
                    cats = gr.Dropdown(categories, multiselect=True, label="Categories · 分类")
                status = gr.Markdown(elem_id="model-status")
                sources = gr.Markdown("_Sources appear here · 来源将显示在这里_", elem_id="sources")
        inputs = [box, chatbot, session, language, since, until, cats]
        outputs = [chatbot, sources, session, box]
        send.click(tab.chat, inputs, outputs, api_name="chat", concurrency_id="llm")
        box.submit(tab.chat, inputs, outputs, api_visibility="private", concurrency_id="llm")
        reset.click(new_conversation, None, [chatbot, sources, session, box], api_visibility="private")
        timer = gr.Timer(2)
        timer.tick(lambda: model_status(app), None, [status, timer], api_visibility="private")
