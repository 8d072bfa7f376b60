"""The 'For you · 为你推荐' tab's handlers, and the readers' JSON API on a running app with two logins: each login is
its own reader; arbitrary arguments give a result or a plain error."""

from __future__ import annotations

import time
import urllib.request
import xml.etree.ElementTree as ET
from types import SimpleNamespace

import pytest

from assistant.readers.models import ForYouReport
from tests.readers.conftest import DAY, free_port
from ui.tabs.for_you import LIKES_ONLY, NEW, ForYouTab

ALICE, BOB = SimpleNamespace(username="alice"), SimpleNamespace(username="bob")


def _form(name="channels", interest="channel estimation", include="", exclude="", cats=(), lang="en", daily=3,
          email="", llm="off"):
    return [name, interest, include, exclude, list(cats), lang, daily, email, llm]


def test_tab_handlers(app):
    tab = ForYouTab(app)
    sub, who, listing, liked, manage = tab.load(ALICE)
    assert sub["choices"] == [LIKES_ONLY] and "alice" in who and "No subscriptions yet" in listing
    status, sub, *_ = tab.save(NEW, *_form(include="channel，estimation\ndetection"), ALICE)
    assert status.startswith("✅") and sub["choices"] == ["channels"]
    assert app.readers.subscription("channels", "alice").include == ["channel", "estimation", "detection"]
    assert tab.load(BOB)[0]["choices"] == [LIKES_ONLY]  # another login, another reader
    assert tab.pick("channels", ALICE)[:2] == ("channels", "channel estimation")

    ranked, papers, atom, md = tab.rank("channels", "", ALICE)
    assert ranked.startswith(f"### channels · {DAY} · 3 / 26") and ranked.count("https://arxiv.org/abs/") == 3
    assert "- interest: \\#1/" in ranked  # escaped: paper text and reasons render inert
    assert len(papers["choices"]) == 3 and atom["visible"] and md["visible"]
    assert ET.parse(atom["value"]).getroot().tag == "{http://www.w3.org/2005/Atom}feed"
    first = papers["value"]
    status, likes = tab.react(first, "like", ALICE)
    assert status.startswith("⭐") and first in likes
    assert "⭐" in tab.rank("channels", DAY, ALICE)[0]
    status, _ = tab.react("nonsense", "dislike", ALICE)
    assert status.startswith("⚠️") and "not an arXiv id" in status

    bad = tab.rank("channels", "2026-02-30", ALICE)[0]
    assert bad.startswith("⚠️") and "real date" in bad
    status, *_ = tab.save(NEW, *_form(name="x", email="nope"), ALICE)
    assert status.startswith("⚠️") and "not an e-mail address" in status
    status, *_ = tab.save("channels", *_form(name="wireless", daily=5), ALICE)  # edit = rename + change
    assert [s.name for s in app.readers.subscriptions("alice")] == ["wireless"]
    status, sub, *_ = tab.delete("wireless", ALICE)
    assert status.startswith("🗑️") and sub["choices"] == [LIKES_ONLY]
    # no subscription left: the likes alone still rank the day
    assert tab.rank(LIKES_ONLY, "", ALICE)[0].startswith(f"### likes · {DAY}")


def test_rendering_escapes_paper_text(app):
    from assistant.readers.models import ForYou, RankedPaper, ScoreParts, Subscription
    from ui.tabs.for_you import ranking_markdown

    sub = Subscription(id="0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", reader="r", name="<b>x</b>", language="en")
    evil = "<img src=x onerror=alert(1)> [a](javascript:alert(1))"
    paper = RankedPaper(rank=1, id="2601.00001", title=evil, url="u", score=1, parts=ScoreParts(), line=evil,
                        why=evil)
    text = ranking_markdown(ForYou(reader="r", subscription=sub, since=DAY, until=DAY, papers=[paper]))
    assert "<img" not in text and "<b>" not in text and "](javascript" not in text.replace("\\]", "")


@pytest.fixture(scope="module")
def live(corpus_store_dir, tmp_path_factory):
    """The whole UI (build_ui) served in-process with two logins."""
    from assistant.wiring import build_app
    from tests.conftest import make_settings
    from ui.app import build_ui

    db = tmp_path_factory.mktemp("ui-readers") / "readers.sqlite3"
    app = build_app(make_settings(corpus_store_dir, min_relevance=0.05, readers_db=f"sqlite:///{db}"))
    demo = build_ui(app)
    demo.queue()
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, auth=[("alice", "pw-a"), ("bob", "pw-b")],
                prevent_thread_lock=True, quiet=True, show_error=False)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            time.sleep(0.2)
    try:
        yield url, demo
    finally:
        demo.close()


def test_the_tab_is_in_the_one_tab_bar(live):
    """Registering the readers' API between two tabs used to start a second tab bar under the first."""
    import gradio as gr

    tabs = [b for b in live[1].blocks.values() if isinstance(b, gr.Tab)]
    ours = next(t for t in tabs if t.label == "For you · 为你推荐")
    siblings = [t.label for t in tabs if t.parent is ours.parent]
    assert "Chat · 对话" in siblings and "Library · 资料库" in siblings


def test_api_per_login(live):
    from gradio_client import Client

    alice = Client(live[0], auth=("alice", "pw-a"), verbose=False)
    bob = Client(live[0], auth=("bob", "pw-b"), verbose=False)
    sub = alice.predict("channels", "channel estimation", "", "", "cs.IT", "en", 3, "", "off",
                        api_name="/subscribe")
    assert sub["reader"] == "alice" and sub["categories"] == ["cs.IT"]
    assert bob.predict(api_name="/subscriptions") == []
    assert [s["name"] for s in alice.predict(api_name="/subscriptions")] == ["channels"]
    reacted = alice.predict("2606.25420", "like", api_name="/react")
    assert reacted == {"reader": "alice", "id": "2606.25420", "reaction": "like", "in_store": True}
    assert bob.predict(api_name="/likes") == [] and alice.predict(api_name="/likes")[0]["id"] == "2606.25420"
    report = ForYouReport.model_validate(alice.predict("channels", "", "", "", api_name="/for_you"))
    assert report.reader == "alice" and len(report.results[0].papers) == 3
    atom = alice.predict("channels", "atom", DAY, api_name="/feed")
    assert len(ET.fromstring(atom.encode()).findall("{http://www.w3.org/2005/Atom}entry")) == 3
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="no subscription and no liked paper"):
        bob.predict("", "", "", "", api_name="/for_you")
    alice.predict("channels", api_name="/unsubscribe")
    assert alice.predict(api_name="/subscriptions") == []


def test_api_junk_gives_plain_errors(live):
    from gradio_client import Client
    from gradio_client.exceptions import AppError
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    client = Client(live[0], auth=("bob", "pw-b"), verbose=False)
    junk = st.one_of(st.text(max_size=40), st.integers(-10**6, 10**6), st.floats(allow_nan=True), st.none(),
                     st.sampled_from(["", "2026-02-30", DAY, "cs.IT", "like", "none", "atom", "md", "2606.25420",
                                      "<script>", "\x00", "a" * 3000, "x@example.org"]))
    endpoints = {"/subscribe": 9, "/react": 2, "/for_you": 4, "/feed": 3, "/unsubscribe": 1}

    @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(st.sampled_from(sorted(endpoints)), st.lists(junk, min_size=9, max_size=9))
    def check(api, args):
        try:
            client.predict(*args[:endpoints[api]], api_name=api)
        except AppError as exc:
            assert "internal error" not in str(exc) and "Traceback" not in str(exc), (api, args, str(exc))

    check()
