"""Papers tab: a searchable table of what is indexed; a selected paper's summary and abstract side by side, with
translation and the consistency check. A second view, "Today · 今日", lists the newest day's papers by category
with their TL;DRs (`App.today`)."""

from __future__ import annotations

import gradio as gr

from assistant.errors import AssistantError
from assistant.retrieval import recent_papers
from assistant.wiring import App
from ui.errors import shown, ui_filters
from ui.render import arxiv_link, consistency_markdown, esc
from ui.tabs.translate import stream_translation

SELECT_FIRST = "Select a paper in the table first. / 请先在表格中选择一篇论文。"
TLDR_LANGS = ["both · 双语", "中文", "English"]


class PapersTab:
    def __init__(self, app: App):
        self.app = app

    def browse(self, query: str | None, since: str | None, until: str | None, categories: list[str] | None):
        """Rows for the table: search hits for a query, else the newest papers (filters apply to both)."""
        filters = ui_filters(since, until, categories)
        query = (query or "").strip()
        try:
            if query:
                hits = [r.to_hit() for r in self.app.retriever(filters).search_papers(query, 50)]
                return [[h.date, ",".join(h.categories[:2]), h.id, h.title] for h in hits]
            return [[p.dates[-1] if p.dates else "", ",".join(p.categories[:2]), p.arxiv_id, p.title]
                    for p in recent_papers(self.app.store, filters, 500)]
        except AssistantError as exc:
            raise gr.Error(str(exc), print_exception=False) from exc

    def show(self, rows, evt: gr.SelectData):
        try:
            row = evt.row_value if evt.row_value is not None else rows.iloc[evt.index[0]].tolist()
        except Exception:  # noqa: BLE001 - a click outside the rows selects nothing
            return "", "", "", ""
        paper = self.app.store.get_paper(str(row[2]))
        if paper is None:
            return "", "", "", ""
        head = (f"### {arxiv_link(paper.title, paper.arxiv_id)}\n{esc(', '.join(paper.authors))}  \n"
                f"{esc(', '.join(paper.categories))} · {esc(', '.join(paper.dates))}")
        zh = "\n\n".join(f"**{label}**: {esc(text)}" for label, text in (
            ("TL;DR", paper.summary.tldr), ("动机", paper.summary.motivation), ("方法", paper.summary.method),
            ("结果", paper.summary.result), ("结论", paper.summary.conclusion)) if text) or "_没有可用的中文摘要_"
        en = esc(paper.abstract) or "_No English abstract in the digests._"
        return head, zh, en, paper.arxiv_id

    def _translate(self, arxiv_id: str, field: str):
        if not arxiv_id:
            raise gr.Error(SELECT_FIRST)
        yield from stream_translation(lambda: self.app.stream_paper_translation(arxiv_id, field=field))

    def translate_summary(self, arxiv_id: str):
        yield from self._translate(arxiv_id, "summary")

    def translate_abstract(self, arxiv_id: str):
        yield from self._translate(arxiv_id, "abstract")

    def today(self, day: str | None, lang: str | None):
        try:
            return today_markdown(self.app.today(day), lang or TLDR_LANGS[0])
        except AssistantError as exc:
            return shown(exc, "today")

    def consistency(self, arxiv_id: str):
        if not arxiv_id:
            raise gr.Error(SELECT_FIRST)
        try:
            return consistency_markdown(self.app.consistency(arxiv_id))
        except AssistantError as exc:
            return shown(exc, "consistency")


def today_markdown(view, lang: str) -> str:
    """The day's papers by category: linked title, Chinese title, the TL;DR in 中文, English or both."""
    if view.date is None:
        return "_No dated papers yet: sync or upload a day in the Library tab. / 还没有带日期的论文。_"
    if not view.papers:
        return f"_No papers listed on {esc(view.date)}; the newest day is {esc(view.newest or '–')}. / 该日没有论文。_"
    newest = " (newest · 最新)" if view.date == view.newest else ""
    lines = [f"### {esc(view.date)}{newest} · {view.papers} papers · {view.papers} 篇",
             " · ".join(f"{esc(g.category)} ({len(g.papers)})" for g in view.groups)]
    zh, en = lang != "English", lang != "中文"
    for group in view.groups:
        lines.append(f"\n#### {esc(group.category)} ({len(group.papers)})")
        for p in group.papers:
            item = [f"- **{arxiv_link(p.title, p.arxiv_id)}**"]
            if zh and p.title_zh:
                item.append(esc(p.title_zh))
            if zh and p.tldr_zh:
                item.append(f"TL;DR：{esc(p.tldr_zh)}")
            if p.tldr_en and (en or not p.tldr_zh):
                item.append(f"TL;DR: {esc(p.tldr_en)}")
            lines.append("  \n  ".join(item))
    return "\n".join(lines)


def build(app: App, categories: list[str]) -> None:
    tab = PapersTab(app)
    with gr.Tab("Papers · 论文"):
        with gr.Tab("Browse · 浏览"):
            with gr.Row():
                query = gr.Textbox(label="Search · 搜索", placeholder="e.g. 生成式推荐", scale=3)
                since = gr.Textbox(label="Since", scale=1)
                until = gr.Textbox(label="Until", scale=1)
                cats = gr.Dropdown(categories, multiselect=True, label="Categories", scale=2)
            find = gr.Button("Search · 搜索", elem_id="paper-search")
            # The newest papers when the app starts (a static value: a load event could land after, and overwrite,
            # a search the user already ran); "Search" with an empty query refreshes it.
            table = gr.Dataframe(tab.browse("", "", "", []), headers=["date", "category", "id", "title"],
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
            translation = gr.Markdown(elem_id="paper-translation")
            checks = gr.Markdown(elem_id="paper-checks")
        with gr.Tab("Today · 今日", elem_id="today-tab") as today_tab:
            with gr.Row():
                day = gr.Textbox(label="Day · 日期 (empty: the newest)", placeholder="YYYY-MM-DD", scale=1,
                                 elem_id="today-day")
                lang = gr.Radio(TLDR_LANGS, value=TLDR_LANGS[0], label="TL;DR", scale=2, elem_id="today-lang")
                show = gr.Button("Show · 显示", scale=1, elem_id="today-show")
            view = gr.Markdown(elem_id="today-view")
        find.click(tab.browse, [query, since, until, cats], table, api_visibility="private")
        query.submit(tab.browse, [query, since, until, cats], table, api_visibility="private")
        table.select(tab.show, [table], [header, zh_box, en_box, selected], api_visibility="private").then(
            lambda: ("", ""), None, [translation, checks], api_visibility="private")
        to_en.click(tab.translate_summary, selected, [translation, checks], api_visibility="private",
                    concurrency_id="llm")
        to_zh.click(tab.translate_abstract, selected, [translation, checks], api_visibility="private",
                    concurrency_id="llm")
        check.click(tab.consistency, selected, checks, api_visibility="private")
        today_tab.select(tab.today, [day, lang], view, api_visibility="private")
        show.click(tab.today, [day, lang], view, api_visibility="private")
        day.submit(tab.today, [day, lang], view, api_visibility="private")
        lang.change(tab.today, [day, lang], view, api_visibility="private")
