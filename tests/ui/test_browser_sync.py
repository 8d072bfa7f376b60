"""Browser test of the daily sync: a real `serve` whose sync source is a local HTTP server laid out like upstream's
`data` branch with one new day (a real day file, tests/feed/days); "Sync now" in the Library tab shows the progress
and the result, then the Papers tab's "Today · 今日" view lists the new day's papers. The LLM is the scripted fake
OpenAI server (the bundled model is never started)."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from tests.fake_openai import ScriptedOpenAI
from tests.feed.conftest import NEW_DAY, REAL_DATA, day_name, publish
from tests.feed.server import DayServer
from tests.ui.conftest import ARTIFACTS, start_server, stop_server
from tests.ui.test_browser import browser  # noqa: F401 - the module's Chromium, shared

pytestmark = pytest.mark.skipif(not shutil.which("chromium"),
                                reason="Chromium not installed: `apt-get install chromium` enables the browser tests")


@pytest.fixture(scope="module")
def sync_site(tmp_path_factory):
    """(app url, day server, the new day): the branch holds yesterday's file (UTC), the real NEW_DAY records."""
    new_day = (dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)).isoformat()
    branch = tmp_path_factory.mktemp("branch")
    publish(branch, NEW_DAY, as_date=new_day)
    with DayServer(branch) as days, ScriptedOpenAI(default={"tokens": ["OK"]}) as llm:
        url, proc = start_server(tmp_path_factory.mktemp("ui-sync-store"), ASSISTANT_SYNC_SOURCE=days.url,
                                 ASSISTANT_LLM_MODE="openai", ASSISTANT_LLM_BASE_URL=llm.base_url,
                                 ASSISTANT_LLM_API_KEY="test", ASSISTANT_LLM_MODEL="scripted",
                                 NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
        try:
            yield url, days, new_day
        finally:
            stop_server(proc)


def test_sync_now_then_today_lists_the_new_day(browser, sync_site):  # noqa: F811
    url, days, new_day = sync_site
    records = [json.loads(line) for line in (REAL_DATA / day_name(NEW_DAY)).read_text(encoding="utf-8").splitlines()]
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        page.goto(url)
        page.wait_for_selector("#question textarea", timeout=60_000)
        page.get_by_role("tab", name="Library · 资料库").click()
        info = page.locator("#sync-info")
        info.get_by_text("never", exact=False).wait_for(timeout=30_000)
        assert days.url.split("//", 1)[1].split("/", 1)[0] in info.inner_text()  # the configured source is shown

        page.click("#sync-now")
        progress = page.locator("#sync-progress")
        progress.get_by_text("Done · 完成", exact=False).wait_for(timeout=120_000)
        text = progress.inner_text()
        assert new_day in text and "added" in text and "30 added" in text
        assert [r["status"] for r in days.requests(f"data/{day_name(new_day)}")] == [200]
        info.get_by_text("Last sync", exact=False).wait_for(timeout=30_000)
        page.screenshot(path=str(ARTIFACTS / "sync.png"), full_page=True)

        page.get_by_role("tab", name="Papers · 论文").click()
        page.get_by_role("tab", name="Today · 今日").click()
        view = page.locator("#today-view")
        view.get_by_text(f"{new_day} (newest", exact=False).first.wait_for(timeout=60_000)
        assert "30 papers" in view.inner_text()
        for record in records:
            assert view.locator(f"a[href='https://arxiv.org/abs/{record['id']}']").count() == 1, record["id"]
        assert records[0]["AI"]["tldr"].strip()[:20] in view.inner_text()
        assert f"{records[0]['categories'][0]} (" in view.inner_text()
        page.screenshot(path=str(ARTIFACTS / "today.png"), full_page=True)
    finally:
        context.close()
