"""The 'For you · 为你推荐' tab in a real browser (Playwright + Chromium) against a real `serve` process: the scripted
fake OpenAI server as its LLM (never a real model), the hash embedder, one digest day (26 papers) and one local
reader with one subscription. Rank, star a paper, rank again: papers like the starred one move up. Everything
that decides the order (hash embeddings, the day, the subscription) is fixed, so the result is deterministic."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.readers.conftest import DAY, FILES
from tests.ui.conftest import ARTIFACTS, ROOT, launch_chromium, start_server, stop_server

pytestmark = pytest.mark.skipif(not shutil.which("chromium"),
                                reason="Chromium not installed: `apt-get install chromium` enables the browser tests")

INTEREST = "channel estimation for wireless communication"
STARRED = "2606.25997"  # Variable Bound Tightening for Nash Equilibrium Computation ... (cs.GT): far from the interest
LIKE_IT = "2606.25707"  # Equilibrium and Infeasibility: A new solution concept for games (cs.GT): close to STARRED


@pytest.fixture(scope="module")
def for_you_server(tmp_path_factory):
    from tests.fake_openai import ScriptedOpenAI

    store = tmp_path_factory.mktemp("for-you-ui")
    with ScriptedOpenAI() as llm:
        env = {**os.environ, "ASSISTANT_STORE_DIR": str(store), "ASSISTANT_EMBEDDING_MODE": "mock",
               "ASSISTANT_LLM_MODE": "openai", "ASSISTANT_LLM_BASE_URL": llm.base_url,
               "ASSISTANT_LLM_API_KEY": "test", "ASSISTANT_LLM_MODEL": "scripted"}
        for args in (["ingest", str(FILES[0])],
                     ["subscribe", "add", "channels", "--interest", INTEREST, "--lang", "en", "--daily", "26",
                      "--llm", "off"]):
            subprocess.run([sys.executable, "-m", "assistant", *args], env=env, check=True, capture_output=True,
                           cwd=ROOT)
        url, proc = start_server(store, ASSISTANT_LLM_MODE="openai", ASSISTANT_LLM_BASE_URL=llm.base_url,
                                 ASSISTANT_LLM_API_KEY="test", ASSISTANT_LLM_MODEL="scripted")
        try:
            yield url, llm
        finally:
            stop_server(proc)


@pytest.fixture()
def page(for_you_server):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = launch_chromium(p)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        pg = context.new_page()
        pg.goto(for_you_server[0])
        pg.wait_for_selector("#question textarea", timeout=60_000)
        yield pg
        context.close()
        browser.close()


def ranked_ids(page) -> list[str]:
    hrefs = page.locator("#for-you-list a[href^='https://arxiv.org/abs/']").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")
    return [h.rsplit("/", 1)[-1] for h in hrefs]


def rank(page, before: str = "") -> str:
    """Click Rank and wait for the finished list (not Gradio's 'processing' overlay; a different text than
    `before`); returns its text."""
    page.click("#for-you-rank")
    page.wait_for_function(
        """([sel, head, old]) => {
            const text = document.querySelector(sel).innerText;
            return text.includes(head) && !text.includes('processing') && text !== old;
        }""", arg=["#for-you-list", f"channels · {DAY}", before], timeout=60_000)
    return settled(page)


def settled(page) -> str:
    """The list's text once it stays the same for a second without Gradio's 'processing' overlay: under a loaded
    full suite a second update (the star's) began right after the first finished, and the list was read half
    drawn ('processing | 0.2/0.7s', one paper)."""
    last = ""
    for _ in range(60):
        text = page.locator("#for-you-list").inner_text()
        if text == last and "processing" not in text and f"channels · {DAY}" in text:
            return text
        last = text
        page.wait_for_timeout(1_000)
    return last


def test_star_a_paper_and_the_ranking_changes(page, for_you_server):
    page.get_by_role("tab", name="For you · 为你推荐").click()
    page.locator("#for-you-reader").get_by_text("local", exact=False).wait_for(timeout=30_000)
    first_text = rank(page)
    first = ranked_ids(page)
    assert len(first) == 26 and STARRED in first and LIKE_IT in first  # the whole day, ranked
    assert "interest: #1/26" in first_text and "⭐" not in first_text
    assert "feeds/local/channels.atom" in first_text  # where a feed reader subscribes

    # star a paper (typed into the paper chooser) with the star button
    chooser = page.locator("#for-you-paper input")
    chooser.fill(STARRED)
    chooser.press("Enter")
    page.click("#for-you-like")
    page.locator("#for-you-reacted").get_by_text(f"Starred · 已收藏: {STARRED}", exact=False).wait_for(
        timeout=30_000)

    second_text = rank(page, before=first_text)
    second = ranked_ids(page)
    for _ in range(3):  # under a loaded full suite the ranking was once read before the star reached it
        if second != first:
            break
        page.wait_for_timeout(3_000)
        page.click("#for-you-rank")
        page.wait_for_timeout(5_000)
        second_text = settled(page)
        second = ranked_ids(page)
    page.screenshot(path=str(ARTIFACTS / "for_you.png"), full_page=True)
    assert second != first
    # the paper most like the starred one moves up, named with the liked paper it resembles; the starred paper's
    # own like does not count for itself, and it is marked as starred wherever it is listed
    place = {pid: n for n, pid in enumerate(second)}
    was = {pid: n for n, pid in enumerate(first)}
    assert place[LIKE_IT] < was[LIKE_IT]  # the paper like the starred one moves up
    assert re.search(r"closest liked paper ⭐ “Variable Bound Tightening", second_text)
    assert (STARRED in second) == ("⭐ you starred it" in second_text)
    assert not [r for r in for_you_server[1].requests if "messages" in r]  # llm=off: no LLM call
