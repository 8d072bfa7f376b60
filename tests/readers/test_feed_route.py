"""The app's own feed URL, /feeds/<reader>/<name>.atom (ui/feed_routes.py), on the real web app: a feed reader's
view (HTTP Basic, feedparser, ETag/304) and what the login does to it (only the reader's own feeds)."""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import pytest

from tests.readers.conftest import DAY, free_port


def _launch(corpus_store_dir, db, auth):
    from assistant.wiring import build_app
    from tests.conftest import make_settings
    from ui.app import app_kwargs, build_ui

    app = build_app(make_settings(corpus_store_dir, min_relevance=0.05, readers_db=f"sqlite:///{db}"))
    demo = build_ui(app)
    demo.queue()
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, auth=auth, prevent_thread_lock=True, quiet=True,
                show_error=False, app_kwargs=app_kwargs(app, auth))
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/", timeout=2)
            break
        except OSError:
            time.sleep(0.2)
    return app, demo, url


@pytest.fixture(scope="module")
def with_login(corpus_store_dir, tmp_path_factory):
    db = tmp_path_factory.mktemp("feed-route-auth") / "readers.sqlite3"
    app, demo, url = _launch(corpus_store_dir, db, [("alice", "pw-a"), ("bob", "pw-b")])
    app.readers.subscribe({"name": "channels", "interest": "channel estimation", "categories": ["cs.IT"],
                           "language": "en", "daily": 3, "llm": "off"}, "alice")
    app.readers.subscribe({"name": "games", "interest": "game theory", "language": "en", "daily": 2,
                           "llm": "off"}, "bob")
    try:
        yield url
    finally:
        demo.close()


@pytest.fixture(scope="module")
def without_login(corpus_store_dir, tmp_path_factory):
    db = tmp_path_factory.mktemp("feed-route-open") / "readers.sqlite3"
    app, demo, url = _launch(corpus_store_dir, db, None)
    app.readers.subscribe({"name": "信道 估计", "interest": "信道估计", "language": "zh", "daily": 2, "llm": "off"})
    app.readers.subscribe({"name": "private", "interest": "game", "daily": 2, "llm": "off"}, "someone-else")
    try:
        yield url
    finally:
        demo.close()


def get(url: str, user: tuple[str, str] | None = None, headers: dict | None = None, opener=None):
    """(status, headers, body) of a GET, errors included."""
    request = urllib.request.Request(url, headers=dict(headers or {}))
    if user:
        token = base64.b64encode(f"{user[0]}:{user[1]}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with (opener.open if opener else urllib.request.urlopen)(request, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def test_a_feed_reader_polls_its_feed_with_its_login(with_login):
    import feedparser

    url = f"{with_login}/feeds/alice/channels.atom"
    status, headers, body = get(url, ("alice", "pw-a"))
    assert status == 200 and headers["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(body)
    assert feed.version == "atom10" and not feed.bozo and len(feed.entries) == 3
    assert all(e.link.startswith("https://arxiv.org/abs/") for e in feed.entries)
    assert feed.feed.title and "channels" in feed.feed.title
    # the same ranking is the same bytes: the ETag makes the next poll a 304
    etag = headers["ETag"]
    assert get(url, ("alice", "pw-a"))[2] == body
    status, _, again = get(url, ("alice", "pw-a"), {"If-None-Match": etag})
    assert status == 304 and again == b""
    # a day, Markdown, and a case-insensitive name
    status, headers, md = get(f"{with_login}/feeds/alice/Channels.md?date={DAY}", ("alice", "pw-a"))
    assert status == 200 and headers["Content-Type"].startswith("text/markdown") and b"https://arxiv.org/abs/" in md
    assert get(f"{with_login}/feeds/alice/channels.atom?date=2026-02-30", ("alice", "pw-a"))[0] == 400


def test_the_login_decides_whose_feeds_are_served(with_login):
    url = f"{with_login}/feeds/alice/channels.atom"
    status, headers, _ = get(url)  # no credentials: a Basic challenge, nothing of the feed
    assert status == 401 and headers["WWW-Authenticate"].startswith("Basic realm=")
    assert get(url, ("alice", "wrong"))[0] == 401
    assert get(url, ("mallory", "pw-a"))[0] == 401
    # bob's login does not open alice's feed, and an unknown feed looks the same (no names leak)
    status, _, body = get(url, ("bob", "pw-b"))
    assert status == 404 and b"channels" not in body
    assert get(f"{with_login}/feeds/alice/nothing.atom", ("alice", "pw-a"))[0] == 404
    assert get(f"{with_login}/feeds/bob/games.atom", ("bob", "pw-b"))[0] == 200
    assert get(f"{with_login}/feeds/alice/channels.rss", ("alice", "pw-a"))[0] == 404


def test_a_browser_session_opens_the_feed(with_login):
    """Logged in to the app (its session cookie), the tab's feed link opens without a second login."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    form = urllib.parse.urlencode({"username": "alice", "password": "pw-a"}).encode()
    with opener.open(urllib.request.Request(f"{with_login}/login", data=form), timeout=30) as resp:
        assert resp.status == 200
    assert get(f"{with_login}/feeds/alice/channels.atom", opener=opener)[0] == 200
    assert get(f"{with_login}/feeds/bob/games.atom", opener=opener)[0] == 404


def test_without_a_login_only_the_local_reader_is_served(without_login):
    import feedparser

    name = urllib.parse.quote("信道 估计", safe="")
    status, _, body = get(f"{without_login}/feeds/local/{name}.atom")
    feed = feedparser.parse(body)
    assert status == 200 and not feed.bozo and len(feed.entries) == 2
    assert get(f"{without_login}/feeds/someone-else/private.atom")[0] == 404
    assert get(f"{without_login}/feeds/local/private.atom")[0] == 404


def test_the_tab_shows_the_feed_url(app, reader):
    from types import SimpleNamespace

    from ui.feed_routes import feed_path
    from ui.tabs.for_you import ForYouTab

    app.readers.subscribe({"name": "rag daily", "interest": "channel", "daily": 2, "llm": "off"}, reader)
    ranked = ForYouTab(app).rank("rag daily", "", SimpleNamespace(username=reader))[0]
    assert feed_path(reader, "rag daily") == f"/feeds/{reader}/rag%20daily.atom"
    assert f"]({feed_path(reader, 'rag daily').lstrip('/')})" in ranked
