"""Gradio Blocks UI: chat with sources, paper browser, library (upload, stats, status). Per-session state only."""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
from pathlib import Path

import gradio as gr

from assistant.chains.answer import ChatSession
from assistant.chains.digest import DigestRequest, parse_digest_request, save_digest
from assistant.chains.translate import check_consistency
from assistant.errors import AssistantError, LLMUnavailable
from assistant.retrieval import SearchFilters, recent_papers
from assistant.wiring import App
from ui.api import register_api
from ui.examples import example_questions
from ui.render import (answer_markdown, arxiv_link, comparison_markdown, consistency_markdown, esc, source_cards,
                       streamed_text, translation_checks, translation_markdown)
from ui.throttle import Throttle
from ui.uploads import staged_path

logger = logging.getLogger(__name__)

LANG_CHOICES = [("Auto / 自动", "auto"), ("中文", "zh"), ("English", "en")]
COMPARE_RE = re.compile(r"^\s*(compare|contrast|比较|对比)", re.IGNORECASE)
DIGEST_RE = re.compile(r"简报|周报|日报|月报|\bdigests?\b|\bbriefing\b|\bnewsletter\b|\broundup\b", re.IGNORECASE)
ALLOWED_UPLOADS = (".md", ".markdown", ".jsonl", ".txt")

def _filters(since: str | None, until: str | None, categories: list[str] | None) -> SearchFilters:
    since, until = (since or "").strip(), (until or "").strip()
    for value in (since, until):
        if value and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value.strip()):
            raise gr.Error(f"Dates must look like YYYY-MM-DD (got {value!r}) / 日期格式应为 YYYY-MM-DD")
    return SearchFilters(since=since or None, until=until or None,
                         categories=tuple(categories or ()))


def build_ui(app: App) -> gr.Blocks:
    """All handlers close over `app` (shared, thread-safe services); conversation state lives in gr.State."""

    def chat(message: str, history: list, session: ChatSession | None, language: str, since: str, until: str,
             categories: list[str]):
        session = session if session is not None else ChatSession()
        message = (message or "").strip()
        history = list(history or [])
        if not message:
            yield history, gr.update(), session, ""
            return
        history.append({"role": "user", "content": message})
        history.append({"role": "assistant", "content": "…"})
        filters = _filters(since, until, categories)
        lang = None if language == "auto" else language
        try:
            if COMPARE_RE.match(message):
                from assistant.chains.compare import compare

                result = compare(message, store=app.store, retriever=app.retriever(filters), llm=app.llm.get(),
                                 prompts_dir=app.settings.prompts_dir, language=lang)
                history[-1]["content"] = comparison_markdown(result)
                cards = result.synthesis_answer.sources if result.synthesis_answer else []
                yield history, source_cards(cards), session, ""
                return
            if DIGEST_RE.search(message):
                request = parse_digest_request(message)
                if lang:
                    request.language = lang
                request = request.model_copy(update=_merge_filters(request, filters))
                for document, _status, result in run_digest(request):
                    history[-1]["content"] = document + ("" if result else " ▌")
                    yield history, gr.update(), session, ""
                return
            raw = ""
            answer = None
            throttle = Throttle()
            events = app.stream_answer(message, session=session, filters=filters, language=lang)
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
            session.add(message, answer)
            history[-1]["content"] = answer_markdown(answer)
            yield history, source_cards(answer.sources, {c.n for c in answer.citations}), session, ""
        except AssistantError as exc:
            logger.warning("chat failed: %s", exc)
            history[-1]["content"] = f"⚠️ {esc(str(exc))}"
            yield history, gr.update(), session, ""
        except Exception:  # never show a traceback to the user; it goes to the log
            logger.exception("chat failed")
            history[-1]["content"] = "⚠️ Something went wrong; the error was logged. / 出错了，已记录日志。"
            yield history, gr.update(), session, ""

    def new_conversation():
        return [], "", ChatSession(), ""

    def browse(query: str | None, since: str | None, until: str | None, categories: list[str] | None):
        filters = _filters(since, until, categories)
        query = query or ""
        try:
            if query.strip():
                hits = [r.to_hit() for r in app.retriever(filters).search_papers(query.strip(), 50)]
                rows = [[h.date, ",".join(h.categories[:2]), h.id, h.title] for h in hits]
            else:
                rows = [[p.dates[-1] if p.dates else "", ",".join(p.categories[:2]), p.arxiv_id, p.title]
                        for p in recent_papers(app.store, filters, 500)]
        except AssistantError as exc:
            raise gr.Error(str(exc)) from exc
        return rows

    def show_paper(rows, evt: gr.SelectData):
        try:
            row = evt.row_value if evt.row_value is not None else rows.iloc[evt.index[0]].tolist()
        except Exception:
            return "", "", "", ""
        arxiv_id = str(row[2])
        paper = app.store.get_paper(arxiv_id)
        if paper is None:
            return "", "", "", ""
        head = (f"### {arxiv_link(paper.title, paper.arxiv_id)}\n{esc(', '.join(paper.authors))}  \n"
                f"{esc(', '.join(paper.categories))} · {esc(', '.join(paper.dates))}")
        zh = "\n\n".join(f"**{label}**: {esc(text)}" for label, text in (
            ("TL;DR", paper.summary.tldr), ("动机", paper.summary.motivation), ("方法", paper.summary.method),
            ("结果", paper.summary.result), ("结论", paper.summary.conclusion)) if text) or "_没有可用的中文摘要_"
        en = esc(paper.abstract) or "_No English abstract in the digests._"
        return head, zh, en, arxiv_id

    def run_digest(request: DigestRequest):
        """Yield (document so far, status line, final Digest or None) while the digest chain runs."""
        try:
            events = app.stream_digest(request)
            fallback = ""
        except LLMUnavailable as exc:  # the digest itself needs no model: build it without themes/overview
            logger.warning("digest without the LLM: %s", exc)
            events = app.stream_digest(request, use_llm=False)
            fallback = "  \n⚠️ The language model is unavailable: no overview, keyword theme names. / 语言模型不可用。"
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
                status = (f"✅ {len(result.papers)} papers · {len(result.themes)} themes · {seconds:.1f} s"
                          + fallback)
                yield result.markdown, status, result
                return
            if event.kind != "token" or throttle.due():
                yield document + (f"\n\n{streamed_text(overview)}" if overview else ""), status, None

    def make_digest(topic: str, since: str, until: str, categories: list[str], language: str, size: float,
                    style: str):
        filters = _filters(since, until, categories)
        request = DigestRequest(topic=(topic or "").strip(), since=filters.since, until=filters.until,
                                categories=list(filters.categories), language=language, max_papers=int(size),
                                style=style)
        yield "", "⏳", gr.update(visible=False)
        document = ""
        try:
            for document, status, result in run_digest(request):
                if result is None:
                    yield document, status, gr.update()
            name = re.sub(r"[^\w\-]+", "-", request.topic or "recent").strip("-")[:40] or "digest"
            path = save_digest(result.markdown, Path(tempfile.mkdtemp(prefix="digest-")) / f"digest-{name}.md")
            yield result.markdown, status, gr.update(value=str(path), visible=True)
        except AssistantError as exc:
            logger.warning("digest failed: %s", exc)
            yield document, f"⚠️ {esc(str(exc))}", gr.update(visible=False)
        except Exception:
            logger.exception("digest failed")
            yield document, "⚠️ Something went wrong; the error was logged. / 出错了，已记录日志。", gr.update(visible=False)

    def stream_translation(start):
        """Run `start()` (a translation chain) and render its events: streamed text, then the side-by-side
        table and its checks. Errors (model down, unknown paper) become a plain message."""
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
        except AssistantError as exc:
            logger.warning("translation failed: %s", exc)
            yield esc(raw), f"⚠️ {esc(str(exc))}"
        except Exception:
            logger.exception("translation failed")
            yield esc(raw), "⚠️ Something went wrong; the error was logged. / 出错了，已记录日志。"

    def translate_selected(arxiv_id: str, field: str):
        if not arxiv_id:
            raise gr.Error("Select a paper in the table first. / 请先在表格中选择一篇论文。")
        yield from stream_translation(lambda: app.stream_paper_translation(arxiv_id, field=field))

    def translate_summary(arxiv_id: str):
        yield from translate_selected(arxiv_id, "summary")

    def translate_abstract(arxiv_id: str):
        yield from translate_selected(arxiv_id, "abstract")

    def translate_free(text: str, target: str):
        if not (text or "").strip():
            raise gr.Error("Paste some text to translate. / 请粘贴要翻译的文本。")
        yield from stream_translation(lambda: app.stream_text_translation(text, target=target))

    def consistency(arxiv_id: str):
        if not arxiv_id:
            raise gr.Error("Select a paper in the table first. / 请先在表格中选择一篇论文。")
        paper = app.store.get_paper(arxiv_id)
        if paper is None:
            return "⚠️ This paper is no longer in the store. / 该论文已不在库中。"
        return consistency_markdown(check_consistency(paper, prompts_dir=app.settings.prompts_dir))

    def upload(files):
        from assistant.ingest import ingest_paths

        if not files:
            return "_Choose one or more `.md` / `.jsonl` digest files._", stats_md()
        limit = app.settings.upload_max_mb * 1024 * 1024
        staging = Path(tempfile.mkdtemp(prefix="upload-"))
        rejected = []
        try:
            for item in files:
                src = Path(item if isinstance(item, str) else item.name)
                name = Path(src.name).name  # never trust a client path: keep the base name only
                if not name.lower().endswith(ALLOWED_UPLOADS):
                    rejected.append(f"{esc(name)}: not a .md or .jsonl file")
                    continue
                if src.stat().st_size > limit:
                    rejected.append(f"{esc(name)}: larger than {app.settings.upload_max_mb} MB")
                    continue
                shutil.copyfile(src, staged_path(staging, name))
            report = ingest_paths(app.store, [staging]) if any(staging.iterdir()) else None
        except AssistantError as exc:
            return f"⚠️ {esc(str(exc))}", stats_md()
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        lines = []
        if report:
            lines.append(f"**{report.papers_added}** added · **{report.papers_updated}** updated · "
                         f"**{report.papers_unchanged}** unchanged · {report.chunks_embedded} chunks embedded")
            skipped = [s for s in report.skipped if not s.degraded]
            degraded = [s for s in report.skipped if s.degraded]
            if skipped:
                lines.append(f"\n**{len(skipped)} skipped:**")
                lines += [f"- {esc(Path(s.file).name)} line {s.line}: {esc(s.reason)}" for s in skipped[:50]]
            if degraded:
                lines.append(f"\n{len(degraded)} kept with a flagged problem:")
                lines += [f"- {esc(Path(s.file).name)} line {s.line}: {esc(s.reason)}" for s in degraded[:20]]
        if rejected:
            lines.append("\n**Rejected files:**")
            lines += [f"- {r}" for r in rejected]
        return "\n".join(lines) or "_Nothing to ingest._", stats_md()

    def stats_md() -> str:
        data = app.store.stats()
        cats = ", ".join(f"{esc(c)} ({n})" for c, n in list(data["categories"].items())[:15])
        return (f"**{data['papers']}** papers · {data['chunks']} chunks · dates {esc(data['date_first'] or '–')} .. "
                f"{esc(data['date_last'] or '–')}  \n{cats}")

    def status_md() -> str:
        def mark(ok: bool | None) -> str:
            return "✅" if ok else "⏳" if ok is None else "⚠️"

        llm_ok, llm_text = app.llm.status()
        store_ok, store_text = app.store.status()
        return (f"- **LLM**: {esc(app.llm.describe())} — {mark(llm_ok)} {esc(llm_text)}\n"
                f"- **Embedder**: {esc(app.settings.embedder_id())}\n"
                f"- **Store**: {esc(app.settings.chroma_url or str(app.settings.store_dir))} "
                f"(collection `{app.settings.collection_name()}`) — {mark(store_ok)} {esc(store_text)}")

    categories = list(app.store.stats()["categories"])[:40]
    with gr.Blocks(title="arXiv digest assistant · 论文助手") as demo:
        gr.Markdown("# arXiv digest assistant · 论文助手\nAnswers come only from the indexed papers, with "
                    "citations. 回答仅基于已索引的论文，并附引用。")
        register_api(app)  # first, so the public endpoints keep their plain names (/translate, /consistency…)
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
                    sources = gr.Markdown("_Sources appear here · 来源将显示在这里_", elem_id="sources")
            inputs = [box, chatbot, session, language, since, until, cats]
            outputs = [chatbot, sources, session, box]
            send.click(chat, inputs, outputs, api_name="chat", concurrency_id="llm")
            box.submit(chat, inputs, outputs, api_visibility="private", concurrency_id="llm")
            reset.click(new_conversation, None, [chatbot, sources, session, box], api_visibility="private")
        with gr.Tab("Papers · 论文"):
            with gr.Row():
                query = gr.Textbox(label="Search · 搜索", placeholder="e.g. 生成式推荐", scale=3)
                p_since = gr.Textbox(label="Since", scale=1)
                p_until = gr.Textbox(label="Until", scale=1)
                p_cats = gr.Dropdown(categories, multiselect=True, label="Categories", scale=2)
            find = gr.Button("Search · 搜索", elem_id="paper-search")
            # The newest papers when the app starts (a static value: a load event could land after, and
            # overwrite, a search the user already ran); "Search" with an empty query refreshes it.
            table = gr.Dataframe(browse("", "", "", []), headers=["date", "category", "id", "title"],
                                 interactive=False, wrap=True, elem_id="papers-table")
            selected = gr.Textbox(visible=False)
            header = gr.Markdown()
            with gr.Row():
                zh_box = gr.Markdown(label="中文摘要", elem_id="paper-zh")
                en_box = gr.Markdown(label="English abstract", elem_id="paper-en")
            with gr.Row():
                to_en = gr.Button("Translate summary → English · 中文摘要译为英文", elem_id="translate-to-en")
                to_zh = gr.Button("Translate abstract → 中文 · 英文摘要译为中文", elem_id="translate-to-zh")
                check = gr.Button("Consistency check · 一致性检查", elem_id="consistency")
            paper_translation = gr.Markdown(elem_id="paper-translation")
            paper_checks = gr.Markdown(elem_id="paper-checks")
            find.click(browse, [query, p_since, p_until, p_cats], table, api_visibility="private")
            query.submit(browse, [query, p_since, p_until, p_cats], table, api_visibility="private")
            table.select(show_paper, [table], [header, zh_box, en_box, selected], api_visibility="private").then(
                lambda: ("", ""), None, [paper_translation, paper_checks], api_visibility="private")
            to_en.click(translate_summary, selected,
                        [paper_translation, paper_checks], api_visibility="private", concurrency_id="llm")
            to_zh.click(translate_abstract, selected,
                        [paper_translation, paper_checks], api_visibility="private", concurrency_id="llm")
            check.click(consistency, selected, paper_checks, api_visibility="private")
        with gr.Tab("Translate · 翻译"):
            with gr.Row():
                free_text = gr.Textbox(label="Text · 文本", lines=8, elem_id="free-text",
                                       placeholder="Paste a paragraph in 中文 or English…")
                with gr.Column(scale=0, min_width=220):
                    target = gr.Radio([("→ English", "en"), ("→ 中文", "zh")], value="en", label="Into · 译为")
                    go = gr.Button("Translate · 翻译", variant="primary", elem_id="translate-text")
            free_out = gr.Markdown(elem_id="free-translation")
            free_checks = gr.Markdown(elem_id="free-checks")
            go.click(translate_free, [free_text, target], [free_out, free_checks], api_visibility="private",
                     concurrency_id="llm")
        with gr.Tab("Digest · 简报"):
            with gr.Row():
                d_topic = gr.Textbox(label="Topic · 主题", placeholder="e.g. 生成式推荐 / LLM-based reranking",
                                     scale=3, elem_id="digest-topic")
                d_since = gr.Textbox(label="Since (YYYY-MM-DD)", scale=1)
                d_until = gr.Textbox(label="Until (YYYY-MM-DD)", scale=1)
            with gr.Row():
                d_cats = gr.Dropdown(categories, multiselect=True, label="Categories · 分类", scale=2)
                d_lang = gr.Radio([("中文", "zh"), ("English", "en")], value="zh", label="Language · 语言", scale=1)
                d_size = gr.Slider(1, 50, value=10, step=1, label="Max papers · 最多论文数", scale=1)
                d_style = gr.Radio([("Themed overview · 分主题", "themed"), ("Brief list · 简要列表", "brief")],
                                   value="themed", label="Style · 形式", scale=1)
            make = gr.Button("Write digest · 生成简报", variant="primary", elem_id="make-digest")
            d_status = gr.Markdown(elem_id="digest-status")
            d_doc = gr.Markdown(elem_id="digest", sanitize_html=True)
            d_file = gr.DownloadButton("Download .md · 下载", visible=False, elem_id="digest-download")
            make.click(make_digest, [d_topic, d_since, d_until, d_cats, d_lang, d_size, d_style],
                       [d_doc, d_status, d_file], api_visibility="private", concurrency_id="llm")
        with gr.Tab("Library · 资料库"):
            files = gr.File(file_count="multiple", file_types=list(ALLOWED_UPLOADS), label="Upload digests",
                            elem_id="upload")
            report = gr.Markdown(elem_id="upload-report")
            stats = gr.Markdown(elem_id="stats")
            status = gr.Markdown(elem_id="status")
            files.upload(upload, files, [report, stats], api_visibility="private")
            demo.load(stats_md, None, stats, api_visibility="private")
            demo.load(status_md, None, status, api_visibility="private")
    return demo


def _merge_filters(request: DigestRequest, filters: SearchFilters) -> dict:
    """The chat's filter panel fills in what the digest request itself did not say."""
    return {"since": request.since or filters.since, "until": request.until or filters.until,
            "categories": request.categories or list(filters.categories)}


def parse_auth(value: str | None) -> list[tuple[str, str]] | None:
    """'user:password', or a path to a file with one 'user:password' per line."""
    if not value:
        return None
    lines = Path(value).read_text(encoding="utf-8").splitlines() if Path(value).is_file() else [value]
    pairs = [tuple(line.strip().split(":", 1)) for line in lines if ":" in line]
    if not pairs:
        raise AssistantError("ASSISTANT_UI_AUTH must be 'user:password' or a file of such lines")
    return pairs  # type: ignore[return-value]


def serve(app: App, host: str, port: int, share: bool = False, warm: bool = True) -> None:
    import threading

    auth = parse_auth(app.settings.ui_auth)
    if host not in ("127.0.0.1", "localhost", "::1") and not auth:
        logger.warning("binding %s without ASSISTANT_UI_AUTH: anyone on the network can use this app", host)
    demo = build_ui(app)
    # The bundled model answers one question at a time on 2 cores; retrieval endpoints are not limited by it.
    demo.queue(default_concurrency_limit=8)
    for fn in demo.fns.values():
        if getattr(fn, "concurrency_id", None) == "llm":
            fn.concurrency_limit = 1 if app.llm.is_local else 4
    if warm and app.settings.llm_mode != "mock":
        threading.Thread(target=_warm, args=(app,), daemon=True).start()
    demo.launch(server_name=host, server_port=port, share=share, auth=auth, show_error=False,
                max_file_size=f"{app.settings.upload_max_mb}mb", footer_links=["api"], quiet=False,
                mcp_server=app.settings.ui_mcp and _mcp_installed())


def _mcp_installed() -> bool:
    """MCP tools need the `mcp` package (a dependency, but a trimmed install may lack it): no MCP, no crash."""
    import importlib.util

    if importlib.util.find_spec("mcp") is None:
        logger.warning("the `mcp` package is not installed: serving without MCP tools")
        return False
    return True


def _warm(app: App) -> None:
    try:
        app.llm.get()
    except AssistantError as exc:
        logger.warning("LLM not available yet: %s", exc)
