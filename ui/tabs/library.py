"""Library tab: upload digests (only real uploads, staged under safe names), store statistics, service status,
and the daily sync panel (source, schedule, last and next run, per-day results, "Sync now" with progress)."""

from __future__ import annotations

import gradio as gr

from assistant.errors import AssistantError
from assistant.wiring import App
from ui.errors import shown
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

    def sync_info(self) -> str:
        return sync_panel(self.app)

    def sync_now(self):
        """Run a sync of the configured source, showing each day as it finishes; then the stats and panel."""
        from assistant.feed.sync import SyncReport

        source = esc(self.app.settings.sync_source)
        yield f"⏳ Syncing from {source} … / 正在同步…", gr.update(), gr.update()
        days = []
        try:
            for item in self.app.syncer.stream(trigger="ui"):
                if item is None:
                    yield "⏳ A sync is already running in this app; the panel above shows its result when it ends. " \
                          "/ 同步已在进行中。", gr.update(), self.sync_info()
                elif isinstance(item, SyncReport):
                    yield sync_report(item), self.stats(), self.sync_info()
                else:
                    days.append(item)
                    yield f"⏳ Syncing from {source} … / 正在同步…\n\n" + day_table(days), gr.update(), gr.update()
        except Exception as exc:  # a store failure, a bad setting: one line (unexpected ones are logged)
            yield shown(exc, "sync"), gr.update(), gr.update()


STATUS_MARK = {"added": "🆕", "updated": "🔄", "unchanged": "✅", "missing": "–", "busy": "⏳", "error": "⚠️"}


def day_table(days) -> str:
    """Per-day results (DayResult objects or their dicts from the run record), a failed day with its reason."""
    rows = ["| day | status | new | updated | note |", "|---|---|---|---|---|"]
    for day in days:
        d = day if isinstance(day, dict) else day.model_dump()
        note = esc(" ".join((d.get("error") or "").split()))
        if d["status"] == "error":
            note += " (retried next run)"
        rows.append(f"| {esc(d['date'])} | {STATUS_MARK.get(d['status'], '')} {esc(d['status'])} | "
                    f"{d.get('papers_added', 0)} | {d.get('papers_updated', 0)} | {note} |")
    return "\n".join(rows)


def sync_report(report) -> str:
    head = "⚠️" if report.errors or report.error else "✅"
    text = f"{head} **Done · 完成**: {esc(report.summary())}"
    if report.error:
        text += f"  \n{esc(report.error)}"
    shown_days = [d for d in report.days if d.status != "missing"]  # counted in the summary line
    return text + ("\n\n" + day_table(shown_days) if shown_days else "")


def sync_panel(app: App) -> str:
    """Source, schedule, last run (with its days) and next run, from the state every instance shares."""
    try:
        data = app.syncer.status()
    except AssistantError as exc:
        return f"⚠️ sync state unknown: {esc(str(exc))}"
    every = f"every {data['interval']:g} s" if data["interval"] else "off (ASSISTANT_SYNC_INTERVAL=0)"
    lines = [f"- **Source**: {esc(data['source'])} ({esc(data['lang'])})",
             f"- **Schedule**: {esc(every)}" + (f"; next sync {esc(data['next_run'])}" if data.get("next_run") else ""),
             f"- **Days synced**: {data['days_synced']}" + (f" ({esc(data['first_day'])} .. {esc(data['last_day'])})"
                                                            if data["days_synced"] else "")]
    run = data.get("last_run")
    if not run:
        return "\n".join(lines + ["- **Last sync**: never"])
    lines.append(f"- **Last sync**: {esc(run.get('finished_at') or run.get('started_at') or '?')} "
                 f"({esc(run.get('trigger', ''))}): {run.get('papers_added', 0)} papers added, "
                 f"{run.get('papers_updated', 0)} updated, {run.get('errors', 0)} day(s) failed")
    if run.get("error"):
        lines.append(f"- ⚠️ {esc(run['error'])}")
    shown_days = [d for d in run.get("days", []) if d.get("status") != "missing"][-14:]
    return "\n".join(lines) + ("\n\n" + day_table(shown_days) if shown_days else "")


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
        gr.Markdown("### Daily sync · 每日同步")
        sync_info = gr.Markdown(elem_id="sync-info")
        sync_button = gr.Button("Sync now · 立即同步", elem_id="sync-now")
        sync_progress = gr.Markdown(elem_id="sync-progress")
        files.upload(tab.upload, files, [report, stats], api_visibility="private")
        sync_button.click(tab.sync_now, None, [sync_progress, stats, sync_info], api_visibility="private",
                          concurrency_limit=1)
        demo.load(tab.stats, None, stats, api_visibility="private")
        demo.load(tab.status, None, status, api_visibility="private")
        demo.load(tab.sync_info, None, sync_info, api_visibility="private")
