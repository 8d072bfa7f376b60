"""The network surface against hostile callers (issue 17): real `gradio_client` and `mcp` clients against a
running `serve`. Server paths are never read, bad arguments are plain errors, MCP is not half open with a login."""

from __future__ import annotations

import ast
import asyncio
import base64
import json
import urllib.error
import urllib.request

import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError

from tests.ui.conftest import start_server, stop_server

GOOD = {"id": "2601.08888", "title": "Secret Server File Paper", "authors": ["S. Erver"], "categories": ["cs.CL"],
        "summary": "Planted on the server.", "AI": {"tldr": "服务器上的文件。", "motivation": "动机。", "method": "方法。",
                                                     "result": "结果。", "conclusion": "结论。"}}


@pytest.fixture(scope="module")
def client(server):
    return Client(server, verbose=False)


@pytest.fixture()
def planted(tmp_path):
    """A valid digest file on the server's disk, outside Gradio's upload folder."""
    path = tmp_path / "2026-01-10_AI_enhanced_Chinese.jsonl"
    path.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    return path


def _in_store(client) -> bool:
    return any(h["id"] == "2601.08888" for h in client.predict("Secret Server File Paper", 5, "", "", "",
                                                               api_name="/search"))


@pytest.mark.parametrize("as_", ["path", "dir", "glob"])
def test_ingest_refuses_server_paths(client, planted, as_):
    value = {"path": str(planted), "dir": str(planted.parent), "glob": str(planted.parent / "*.jsonl")}[as_]
    with pytest.raises(AppError) as err:
        client.predict(value, api_name="/ingest")
    assert "Traceback" not in str(err.value)
    assert not _in_store(client)


@pytest.mark.parametrize("path", ["planted", "/etc/hostname", "/etc/host*"])
def test_raw_http_filedata_with_a_server_path_is_refused(server, client, planted, path):
    """What a hostile caller sends without gradio_client (which would upload a local file first)."""
    import httpx

    path = str(planted) if path == "planted" else path
    payload = {"data": [{"path": path, "meta": {"_type": "gradio.FileData"}}]}
    event = httpx.post(server + "gradio_api/call/ingest", json=payload, timeout=10).json()["event_id"]
    stream = httpx.get(f"{server}gradio_api/call/ingest/{event}", timeout=30).text
    assert "event: error" in stream and "event: complete" not in stream, stream[:500]
    assert not _in_store(client)


def test_mcp_ingest_refuses_server_paths_but_takes_inline_files(server, planted):
    from mcp import ClientSession
    from mcp.client.streamable_http import streamablehttp_client

    inline = dict(GOOD, id="2601.08889", title="Inline MCP Upload Paper")
    data_url = "data:text/plain;base64," + base64.b64encode(
        (json.dumps(inline) + "\n").encode()).decode()

    async def calls():
        async with streamablehttp_client(server + "gradio_api/mcp/") as (read, write, _):
            async with ClientSession(read, write) as session:
                await session.initialize()
                bad = await session.call_tool("ingest", {"file": str(planted)})
                good = await session.call_tool("ingest", {"file": data_url})
                return bad, good

    bad, good = asyncio.run(calls())
    assert bad.isError and str(planted) not in bad.content[0].text.split("Received")[0]
    assert not _in_store(Client(server, verbose=False))
    assert not good.isError, good.content[0].text
    report = ast.literal_eval(good.content[0].text)  # Gradio MCP returns the dict as its repr
    assert report["papers_added"] + report["papers_updated"] + report["papers_unchanged"] == 1
    assert "/tmp" not in good.content[0].text  # the report names files, not server paths


def test_uploaded_file_is_ingested_and_reported_by_name(client, tmp_path):
    path = tmp_path / "2026-01-11_AI_enhanced_Chinese.jsonl"
    path.write_text(json.dumps(dict(GOOD, id="2601.08890")) + "\n{broken\n", encoding="utf-8")
    report = client.predict(handle_file(str(path)), api_name="/ingest")
    assert report["papers_added"] == 1
    assert [s["file"] for s in report["skipped"]] == ["2026-01-11_AI_enhanced_Chinese.jsonl"]


@pytest.mark.parametrize("args,api,needle", [
    (("HarmonRank", -1, "", "", ""), "/search", "k must be between 1 and 100"),
    (("HarmonRank", 100000, "", "", ""), "/search", "k must be between 1 and 100"),
    (("HarmonRank", 5, "yesterday", "", ""), "/search", "since must be a real date"),
    (("HarmonRank", 5, "2026-02-30", "", ""), "/search", "since must be a real date"),
    (("HarmonRank", 5, "2026-03-01", "2026-01-01", ""), "/search", "is after until"),
    (("HarmonRank", 5, "", "", "cs.IR; DROP TABLE"), "/search", "not an arXiv category"),
    (("", 5, "", "", ""), "/search", "query is empty"),
    (("rec", "", "", "", "zh", 100000, "themed"), "/digest", "max_papers must be between 1 and 50"),
    (("rec", "", "", "", "fr", 5, "themed"), "/digest", "lang must be one of zh, en"),
    (("rec", "", "", "", "zh", 5, "poem"), "/digest", "style must be one of brief, themed"),
    (("What?", "fr"), "/ask", "language must be one of zh, en"),
    (("2601.02955", "", "fr"), "/translate", "to must be one of zh, en"),
    (("", "", "en"), "/translate", "give exactly one of arxiv_id or text"),
    (("9999.99999",), "/consistency", "is not in the store"),
])
def test_bad_arguments_get_plain_messages(client, args, api, needle):
    with pytest.raises(AppError) as err:
        client.predict(*args, api_name=api)
    assert needle in str(err.value) and "Traceback" not in str(err.value)


def test_with_login_mcp_is_off_and_the_api_needs_the_login(tmp_path):
    url, proc = start_server(tmp_path, ASSISTANT_UI_AUTH="alice:wonder-land")
    try:
        for path in ("gradio_api/mcp/schema", "gradio_api/mcp/sse"):
            with pytest.raises(urllib.error.HTTPError):
                urllib.request.urlopen(url + path, timeout=5).read(100)
        with pytest.raises(ValueError, match="(?i)login|auth"):  # gradio_client: the app needs credentials
            Client(url, verbose=False).predict("HarmonRank", 3, "", "", "", api_name="/search")
        hits = Client(url, auth=("alice", "wonder-land"), verbose=False).predict(
            "HarmonRank", 3, "", "", "", api_name="/search")
        assert hits[0]["id"] == "2601.02955"
        log = (tmp_path / "server.log").read_text()
        assert "MCP tools are off" in log
    finally:
        stop_server(proc)


@pytest.mark.parametrize("value", [":", "user:", ":pw", " : ", "nocolon"])
def test_empty_logins_are_refused(value):
    from assistant.errors import AssistantError
    from ui.app import parse_auth

    with pytest.raises(AssistantError):
        parse_auth(value)
