"""Feeds served by the web app: `GET /feeds/<reader>/<subscription>.atom` (or `.md`), for a feed reader to poll.

- Without ASSISTANT_UI_AUTH every visitor is the one local reader (ASSISTANT_READER), as in the UI and the API:
  only that reader's feeds are served (`/feeds/local/rag.atom`); any other reader name is 404.
- With ASSISTANT_UI_AUTH a feed needs that reader's login: HTTP Basic credentials (what feed readers send, e.g.
  `https://alice:password@host/feeds/alice/rag.atom`) or the browser's session after logging in to the app. No or
  wrong credentials: 401 with a Basic challenge; another reader's feed: 404 (as if it did not exist).

The feed is the subscription's ranking of the newest day (or `?date=YYYY-MM-DD`), made when it is requested; the
same ranking gives the same bytes, so the ETag lets a polling reader get 304 Not Modified."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from assistant.errors import AssistantError, InputError
from assistant.readers.models import LIKES_SUBSCRIPTION

logger = logging.getLogger(__name__)

MEDIA = {"atom": "application/atom+xml; charset=utf-8", "md": "text/markdown; charset=utf-8"}
REALM = 'Basic realm="arXiv digest assistant feeds", charset="UTF-8"'


def feed_path(reader: str, name: str, fmt: str = "atom") -> str:
    """The feed's path under the app's root: /feeds/<reader>/<name>.atom (both parts percent-encoded)."""
    return f"/feeds/{quote(reader, safe='')}/{quote(name, safe='')}.{fmt}"


def _basic_user(request: Request, auth: list[tuple[str, str]]) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value:
        return None
    try:
        user, sep, password = base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    if not sep:
        return None
    found = None
    for name, secret in auth:  # every pair compared, in constant time
        if hmac.compare_digest(name.encode(), user.encode()) & hmac.compare_digest(secret.encode(), password.encode()):
            found = name
    return found


def _session_user(request: Request) -> str | None:
    """The login of the app's own session cookie (a browser that logged in to the UI), when there is one."""
    app = request.app
    cookie_id = getattr(app, "cookie_id", None)
    tokens = getattr(app, "tokens", None)
    if cookie_id is None or not isinstance(tokens, dict):
        return None
    token = request.cookies.get(f"access-token-{cookie_id}") or request.cookies.get(
        f"access-token-unsecure-{cookie_id}")
    return tokens.get(token) if token else None


def feed_routes(app, auth: list[tuple[str, str]] | None) -> list[Route]:
    """The routes to give the web app (FastAPI `routes=`, before Gradio's own)."""
    readers = app.readers

    def feed(request: Request) -> Response:
        reader = request.path_params["reader"]
        stem, dot, fmt = request.path_params["feed"].rpartition(".")
        if not dot or fmt not in MEDIA or not stem:
            return PlainTextResponse("not found: a feed is /feeds/<reader>/<subscription>.atom (or .md)\n", 404)
        if auth:
            login = _basic_user(request, auth) or _session_user(request)
            if login is None:
                return PlainTextResponse("log in: this feed needs the reader's login (HTTP Basic)\n", 401,
                                         headers={"WWW-Authenticate": REALM})
        else:
            login = readers.reader(None)
        if reader != login:
            return PlainTextResponse("not found\n", 404)
        date = request.query_params.get("date") or None
        try:
            names = {s.name for s in readers.subscriptions(login)}
            name = None if stem == LIKES_SUBSCRIPTION and stem not in names and not names else stem
            if name is not None:
                name = readers.subscription(name, login).name  # the stored spelling; InputError when none
            body = readers.feed(name, fmt, login, date=date)
        except InputError as exc:
            if "has no subscription" in str(exc) or "no subscription and no liked paper" in str(exc):
                return PlainTextResponse("not found\n", 404)
            return PlainTextResponse(f"error: {exc}\n", 400)
        except AssistantError as exc:
            logger.warning("feed %s/%s: %s", reader, stem, exc)
            return PlainTextResponse(f"error: {exc}\n", 503)
        data = body.encode("utf-8")
        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        headers = {"ETag": etag, "Cache-Control": "private, no-cache" if auth else "no-cache"}
        if etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
            return Response(status_code=304, headers=headers)
        return Response(data, media_type=MEDIA[fmt], headers=headers)

    return [Route("/feeds/{reader}/{feed}", feed, methods=["GET"])]  # HEAD too (Starlette adds it)
