"""Library tab: upload digests (only real uploads, staged under safe names), store statistics, service status."""

from __future__ import annotations

import gradio as gr

from assistant.errors import AssistantError
from assistant.wiring import App
from ui.render import esc
from ui.uploads import ALLOWED_UPLOADS, ingest_uploads


class LibraryTab:
    def __init__(self, app: App):
        self.app = app

    def upload(self, files):
        if not files:
            return "_Choose one or more `.md` / `.jsonl` digest files._", self.stats()
        try:
            report, rejected = ingest_uploads(self.app.store, list(files), max_mb=self.app.settings.upload_max_mb)
        except AssistantError as exc:
            return f"⚠️ {esc(str(exc))}", self.stats()
        return upload_report(report, rejected), self.stats()

    def stats(self) -> str:
        data = self.app.store.stats()
        cats = ", ".join(f"{esc(c)} ({n})" for c, n in list(data["categories"].items())[:15])
        return (f"**{data['papers']}** papers · {data['chunks']} chunks · dates {esc(data['date_first'] or '–')} .. "
                f"{esc(data['date_last'] or '–')}  \n{cats}")

    def status(self) -> str:
        def mark(ok: bool | None) -> str:
            return "✅" if ok else "⏳" if ok is None else "⚠️"

        app = self.app
        llm_ok, llm_text = app.llm.status()
        store_ok, store_text = app.store.status()
        return (f"- **LLM**: {esc(app.llm.describe())} — {mark(llm_ok)} {esc(llm_text)}\n"
                f"- **Embedder**: {esc(app.settings.embedder_id())}\n"
                f"- **Store**: {esc(app.settings.chroma_url or str(app.settings.store_dir))} "
                f"(collection `{app.settings.collection_name()}`) — {mark(store_ok)} {esc(store_text)}\n"
                f"- **Daily sync**: {esc(sync_line(app))}")


def sync_line(app: App) -> str:
    """When the daily sync last ran and what it added (assistant/feed), in one line."""
    try:
        data = app.syncer.status()
    except AssistantError as exc:
        return f"unknown ({exc})"
    run = data.get("last_run")
    every = f"every {data['interval']:g} s" if data["interval"] else "not scheduled (ASSISTANT_SYNC_INTERVAL=0)"
    if not run:
        return f"never run; {every}"
    return (f"last run {run.get('finished_at') or run.get('started_at')}: {run.get('papers_added', 0)} papers "
            f"added, {run.get('papers_updated', 0)} updated; {data['days_synced']} days synced; {every}")


def upload_report(report, rejected: list[str]) -> str:
    """Counts, the first skipped records (the report itself is capped) and the rejected files, all escaped."""
    lines = []
    if report:
        lines.append(f"**{report.papers_added}** added · **{report.papers_updated}** updated · "
                     f"**{report.papers_unchanged}** unchanged · {report.chunks_embedded} chunks embedded")
        skipped = [s for s in report.skipped if not s.degraded]
        degraded = [s for s in report.skipped if s.degraded]
        total = getattr(report, "skipped_total", None) or len(report.skipped)
        if skipped:
            lines.append(f"\n**{max(total - len(degraded), len(skipped))} skipped:**")
            lines += [f"- {esc(s.file)} line {s.line}: {esc(s.reason)}" for s in skipped[:50]]
        if degraded:
            lines.append(f"\n{len(degraded)} kept with a flagged problem:")
            lines += [f"- {esc(s.file)} line {s.line}: {esc(s.reason)}" for s in degraded[:20]]
    if rejected:
        lines.append("\n**Rejected files:**")
        lines += [f"- {esc(r)}" for r in rejected]
    return "\n".join(lines) or "_Nothing to ingest._"


def build(app: App, demo: gr.Blocks) -> None:
    tab = LibraryTab(app)
    with gr.Tab("Library · 资料库"):
        files = gr.File(file_count="multiple", file_types=list(ALLOWED_UPLOADS), label="Upload digests",
                        elem_id="upload")
        report = gr.Markdown(elem_id="upload-report")
        stats = gr.Markdown(elem_id="stats")
        status = gr.Markdown(elem_id="status")
        files.upload(tab.upload, files, [report, stats], api_visibility="private")
        demo.load(tab.stats, None, stats, api_visibility="private")
        demo.load(tab.status, None, status, api_visibility="private")
