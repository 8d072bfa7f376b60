"""Daily-sync benchmark: real day files of the shared corpus served by a local HTTP server laid out like upstream's
`data` branch (tests/feed/server.py: ETag, Last-Modified, 304, 404; every request and body byte counted on the
server side), synced by `App.syncer` into fresh stores with the bundled embedder.

Measured: one new day (~250 papers) into a fresh store; 30 days into a fresh store; a second run over the same
30 days (what a scheduled run costs when nothing changed); the next day on top of the 30 (the daily increment).
Timed runs start only when the machine is quiet (1-min load average <= --max-load, waiting up to --max-wait
seconds); the load averages measured are in the results. When the estimate for 30 days is over --budget seconds,
10 days are measured and 30 extrapolated (said so in the results).

    python -m bench.sync [--corpus DIR] [--days 30] [--max-load 1.5] [--max-wait 1200] [--max-wait-between 300]
                         [--budget 900]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.common import CORPUS, machine, machine_line, peak_rss_mib, save_json, write_section

FIRST = dt.date(2026, 6, 1)
ONE_DAY = "2026-06-12"  # 250 papers: the "one new day into a fresh store" run
NEXT_DAY = "2026-07-01"  # the day after the 30: the daily increment on a store that holds them


def day_file(date: str) -> str:
    return f"{date}_AI_enhanced_Chinese.jsonl"


def load() -> float:
    return round(os.getloadavg()[0], 2)


def wait_until_quiet(max_load: float, max_wait: float) -> dict:
    """Sleep in 60 s steps while the 1-min load average is above `max_load` (other work on the machine would be
    measured too), at most `max_wait` seconds. Returns what was seen."""
    started, seen = time.monotonic(), [load()]
    while seen[-1] > max_load and time.monotonic() - started < max_wait:
        print(f"load average {seen[-1]} > {max_load}: waiting 60 s", flush=True)
        time.sleep(60)
        seen.append(load())
    return {"load_before": seen[-1], "quiet": seen[-1] <= max_load, "waited_s": round(time.monotonic() - started),
            "loads_seen": seen}


def records(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def fresh_app(root: Path, name: str):
    from assistant.settings import Settings
    from assistant.wiring import build_app

    app = build_app(Settings(store_dir=root / name, _env_file=None))
    app.store.embedder.embed_async(["warm up the embedder and its workers"]).result()  # not part of a sync
    return app


def sync_run(app, server, since: str, until: str) -> dict:
    """One sync, timed, with what the server saw: requests and body bytes in total and per day file."""
    server.log.clear()
    load_start = load()
    t = time.perf_counter()
    report = app.syncer.run(source=server.url, since=since, until=until, trigger="bench")
    seconds = time.perf_counter() - t
    log = server.requests()
    days = [r for r in log if r["path"].startswith("data/")]
    fetched = [r for r in days if r["status"] == 200]
    return {
        "since": since, "until": until, "seconds": round(seconds, 1), "load_start": load_start, "load_end": load(),
        "day_status": dict(Counter(d.status for d in report.days)), "errors": report.errors,
        "papers_added": report.papers_added, "papers_updated": report.papers_updated,
        "papers_relisted": report.papers_relisted, "papers_unchanged": report.papers_unchanged,
        "chunks_embedded": report.chunks_embedded,
        "requests": len(log), "requests_by_status": dict(Counter(r["status"] for r in log)),
        "bytes": sum(r["bytes"] for r in log), "day_requests": len(days), "days_fetched": len(fetched),
        "bytes_per_fetched_day": round(statistics.mean(r["bytes"] for r in fetched)) if fetched else 0,
        "requests_per_day": round(len(days) / max(1, len(report.days)), 2),
        "papers_per_s": round((report.papers_added + report.papers_updated) / seconds, 1) if seconds else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS / "dw-dengwei")
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--max-load", type=float, default=1.5)
    parser.add_argument("--max-wait", type=float, default=1200, help="longest wait for a quiet machine (s)")
    parser.add_argument("--max-wait-between", type=float, default=300,
                        help="longest wait for a quiet machine again before the many-day run (s)")
    parser.add_argument("--budget", type=float, default=900, help="longest acceptable run of --days days (s)")
    args = parser.parse_args()

    from tests.feed.server import DayServer

    window = [(FIRST + dt.timedelta(days=i)).isoformat() for i in range(args.days)]
    wanted = sorted(set(window) | {ONE_DAY, NEXT_DAY})
    missing = [d for d in wanted if not (args.corpus / day_file(d)).is_file()]
    if missing:
        raise SystemExit(f"day files missing in {args.corpus}: {missing}")
    out: dict = {"machine": machine(), "corpus": str(args.corpus)}
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        root = Path(tmp)
        for date in wanted:
            (root / "branch" / "data").mkdir(parents=True, exist_ok=True)
            shutil.copyfile(args.corpus / day_file(date), root / "branch" / "data" / day_file(date))
        unique = len({i for d in window for i in records(args.corpus / day_file(d))})
        total_records = sum(len(records(args.corpus / day_file(d))) for d in window)
        with DayServer(root / "branch") as server:
            out["quiet"] = wait_until_quiet(args.max_load, args.max_wait)
            one = fresh_app(root, "one")
            out["one_day"] = sync_run(one, server, ONE_DAY, ONE_DAY)
            rate = out["one_day"]["papers_per_s"] or 1.0
            estimate = unique / rate
            days = window
            if estimate > args.budget:
                days = window[:10]
                out["extrapolated"] = {"estimate_s": round(estimate), "measured_days": len(days)}
            out["quiet_many"] = wait_until_quiet(args.max_load, args.max_wait_between)
            many = fresh_app(root, "many")
            out["many_days"] = sync_run(many, server, days[0], days[-1])
            out["many_days"].update(unique_papers=unique if days == window else None, records=total_records)
            out["second_run"] = sync_run(many, server, days[0], days[-1])
            out["next_day"] = sync_run(many, server, days[-1], NEXT_DAY) if days == window else None
            out["peak_rss_mib"] = round(peak_rss_mib())
    path = save_json("sync", out)
    write_section("sync", render(out, path))
    print(json.dumps(out, indent=2))


def render(out: dict, path: Path) -> str:
    one, many, again, nxt = out["one_day"], out["many_days"], out["second_run"], out["next_day"]
    n_days = len(range((dt.date.fromisoformat(many["until"]) - dt.date.fromisoformat(many["since"])).days + 1))
    quiet = out["quiet"]
    lines = [
        "## Daily sync (`python -m bench.sync`)",
        "",
        f"{machine_line(out['machine'])}. Real day files of the shared corpus (`dw-dengwei`, {out['corpus']}) "
        "served by a local HTTP server laid out like upstream's `data` branch (tests/feed/server.py: ETag, "
        "Last-Modified, 304, 404), synced by `App.syncer.run` into fresh embedded stores with the bundled USE "
        "embedder (warm: started before the timed run). Requests and bytes are counted by the server.",
        f"1-min load average before the first timed run: {quiet['load_before']} (waited {quiet['waited_s']} s for "
        f"<= 1.5; {'quiet' if quiet['quiet'] else 'NOT quiet: the figures include other work'}); "
        f"before the {n_days}-day run: {out['quiet_many']['load_before']}. Each row gives the load at its start "
        "and end.",
        "",
        "| run | days | wall time | papers added / updated / re-listed | chunks embedded | requests (by status) "
        "| bytes | load start→end |",
        "|---|---|---|---|---|---|---|---|",
    ]

    def row(label: str, r: dict) -> str:
        statuses = ", ".join(f"{n}×{s}" for s, n in sorted(r["requests_by_status"].items()))
        return (f"| {label} | {r['since']}..{r['until']} | {r['seconds']} s | {r['papers_added']} / "
                f"{r['papers_updated']} / {r['papers_relisted']} | {r['chunks_embedded']} | {r['requests']} "
                f"({statuses}) | {r['bytes']:,} | {r['load_start']}→{r['load_end']} |")

    lines.append(row("one new day, fresh store", one))
    lines.append(row(f"{n_days} days, fresh store", many))
    lines.append(row(f"second run over the {n_days} days", again))
    if nxt:
        lines.append(row(f"the next day, on the {n_days}-day store", nxt))
    lines += [
        "",
        f"- **One new day** ({one['papers_added']} papers): {one['seconds']} s "
        f"({one['papers_per_s']} papers/s), {one['day_requests']} day request, {one['bytes']:,} bytes "
        "(plus the file list, 404 here, so days are probed).",
        f"- **{n_days} days** ({many['records']} records, {many['papers_added']} distinct papers; weekends repeat "
        f"Friday): {many['seconds']} s = {many['seconds'] / 60:.1f} min; {many['requests_per_day']} request per "
        f"day, {many['bytes_per_fetched_day']:,} bytes per day fetched on average. The {many['papers_updated']} "
        "updates are weekend files repeating Friday's papers with AI summaries written anew: their Chinese sections "
        "are embedded again, hence more chunks than 4 per distinct paper.",
        f"- **Second run**: {again['requests']} requests ({again['day_requests']} conditional GETs answered 304 and "
        f"the file-list probe), {again['bytes']:,} body bytes (the file list's 404 page), "
        f"{again['chunks_embedded']} chunks embedded, "
        f"{again['seconds']} s.",
    ]
    if nxt:
        lines.append(f"- **Next day** on top of {n_days} days: {nxt['papers_added']} new papers in {nxt['seconds']} s "
                     f"({nxt['requests']} requests: the last synced day again (304), the new one, the file list).")
    if out.get("extrapolated"):
        ex = out["extrapolated"]
        scale = 30 / ex["measured_days"]
        lines.append(f"- **Extrapolated**: the 30-day run was estimated at {ex['estimate_s']} s (over the budget), "
                     f"so {ex['measured_days']} days were measured; 30 days ≈ {many['seconds'] * scale:.0f} s "
                     "(linear in days: an estimate, not a measurement).")
    lines.append(f"- Peak RSS {out['peak_rss_mib']} MiB. Raw figures: `{path.relative_to(path.parents[2])}`.")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
