"""The core functions as MCP tools (Gradio's MCP server at /gradio_api/mcp/), called with the `mcp` client."""

import asyncio

from mcp import ClientSession
from mcp.client.streamable_http import streamablehttp_client


async def _session_calls(url: str):
    async with streamablehttp_client(url) as (read, write, _):
        async with ClientSession(read, write) as session:
            await session.initialize()
            tools = {t.name: t for t in (await session.list_tools()).tools}
            search = await session.call_tool("search", {"query": "HarmonRank", "k": 2})
            digest = await session.call_tool("digest", {"topic": "recommendation", "lang": "en", "max_papers": 3})
            return tools, search, digest


def test_core_functions_are_mcp_tools(server):
    tools, search, digest = asyncio.run(_session_calls(server + "gradio_api/mcp/"))
    assert {"search", "ask", "compare", "translate", "digest", "consistency"} <= set(tools)
    assert "query" in tools["search"].inputSchema["properties"]
    first_hit = search.content[0].text.split("}")[0]
    assert not search.isError and "2601.02955" in first_hit  # the best hit
    assert not digest.isError and "https://arxiv.org/abs/" in digest.content[0].text
