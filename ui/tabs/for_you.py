"""'For you · 为你推荐' tab: a reader's subscriptions ranked for a day, each paper with why it is there; star or
dislike papers; manage subscriptions; download the Atom/Markdown feed. Also the readers' JSON API endpoints.

The reader is the login name when ASSISTANT_UI_AUTH is set (Gradio's `request.username`), else ASSISTANT_READER
(one local reader); everything is kept in the readers' database (assistant/readers), so it survives restarts and
every instance on that database sees it."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import gradio as gr

from assistant.errors import AssistantError
from assistant.readers.feeds import render
from assistant.validation import check_text
from assistant.wiring import App
from ui.errors import shown
from ui.render import arxiv_link, esc

NEW = "➕ New subscription · 新建订阅"
LIKES_ONLY = "⭐ My likes · 我的收藏"
REACTIONS = {"like": "⭐", "dislike": "👎"}


def _reader_name(request) -> str | None:
    return getattr(request, "username", None) or None


def ranking_markdown(result) -> str:
    """One subscription's ranked papers with their reasons; paper text escaped, links built from the ids."""
    sub = result.subscription
    span = result.since if result.since == result.until else f"{result.since or '…'} – {result.until or '…'}"
    head = (f"### {esc(sub.name)} · {esc(span or 'all days')} · {len(result.papers)} / {result.candidates}")
    lines = [head]
    if result.left_out:
        lines.append("_Left out · 已排除: " + ", ".join(f"{esc(k)} {n}" for k, n in result.left_out.items()) + "_")
    if not result.papers:
        lines.append("_No papers for this subscription on that day. · 这一天没有符合订阅的论文。_")
    for p in result.papers:
        mark = f" {REACTIONS[p.reaction]}" if p.reaction else ""
        title = f"{p.title_zh} · {p.title}" if sub.language == "zh" and p.title_zh else p.title
        lines.append(f"**{p.rank}. {arxiv_link(title, p.id)}** · `{p.score:.1f}/10`{mark}  \n"
                     f"{esc(p.id)} · {esc(', '.join(p.categories[:3]))} · {esc(p.date)}")
        if p.line:
            lines.append(f"> {esc(' '.join(p.line.split()))}")
        lines.append("\n".join(f"- {esc(r.text)}" for r in p.reasons) or "- " + esc(p.why))
    for note in result.notes:
        lines.append(f"ℹ️ {esc(note)}")
    return "\n\n".join(lines)


def feed_line(result) -> str:
    """Where a feed reader subscribes to this ranking: the app's /feeds/<reader>/<name>.atom (ui/feed_routes.py),
    linked relative to the page so it also works under a path prefix."""
    from ui.feed_routes import feed_path

    path = feed_path(result.reader, result.subscription.name)
    return (f"\n\n📡 Feed reader URL · 订阅地址: [{esc(path)}]({path.lstrip('/')}) "
            "_(with a login: the reader's user name and password · 有登录时需用户名和密码)_")


def subscriptions_markdown(subs) -> str:
    if not subs:
        return "_No subscriptions yet: fill in the form below. · 还没有订阅：在下方表单中新建。_"
    out = []
    for s in subs:
        parts = [f"{s.language}", f"{s.daily}/day", f"LLM {s.llm}"] + ([f"✉️ {s.email}"] if s.email else [])
        lines = [f"**{esc(s.name)}** · {esc(' · '.join(parts))}"]
        for label, value in (("interest · 兴趣", s.interest), ("include · 包含", ", ".join(s.include)),
                             ("exclude · 排除", ", ".join(s.exclude)), ("categories · 分类", ", ".join(s.categories))):
            if value:
                lines.append(f"{label}: {esc(value)}")
        out.append("  \n".join(lines))
    return "\n\n".join(out)


def reactions_markdown(entries) -> str:
    if not entries:
        return "_No starred papers yet. · 还没有收藏。_"
    return "\n".join(f"- {REACTIONS[e.reaction]} {arxiv_link(e.title or e.id, e.id)} · {esc(e.id)}"
                     for e in entries[:100])


class ForYouTab:
    def __init__(self, app: App):
        self.app = app

    @property
    def readers(self):
        return self.app.readers

    # ---- subscriptions ----
    def _choices(self, reader: str) -> list[str]:
        names = [s.name for s in self.readers.subscriptions(reader)]
        return names or [LIKES_ONLY]

    def load(self, request: gr.Request = None):
        """(subscription dropdown, the reader line, subscriptions list, reactions list, manage dropdown)."""
        try:
            reader = self.readers.reader(_reader_name(request))
            choices = self._choices(reader)
            subs = self.readers.subscriptions(reader)
            who = f"Reader · 读者: **{esc(reader)}**"
            return (gr.update(choices=choices, value=choices[0]), who, subscriptions_markdown(subs),
                    reactions_markdown(self.readers.reactions(reader)),
                    gr.update(choices=[NEW] + [s.name for s in subs], value=NEW))
        except Exception as exc:  # noqa: BLE001 - shown as one line
            message = shown(exc, "for-you load")
            return gr.update(), message, message, "", gr.update()

    def pick(self, name: str, request: gr.Request = None):
        """The form's fields for the chosen subscription (empty for a new one)."""
        blank = ("", "", "", "", [], "zh", 10, "", "auto")
        if not name or name == NEW:
            return blank
        try:
            s = self.readers.subscription(name, _reader_name(request))
        except AssistantError:
            return blank
        return (s.name, s.interest, ", ".join(s.include), ", ".join(s.exclude), list(s.categories), s.language,
                s.daily, s.email or "", s.llm)

    def save(self, original: str, name: str, interest: str, include: str, exclude: str, categories: list[str],
             language: str, daily: float, email: str, llm: str, request: gr.Request = None):
        try:
            sub = self.readers.save({"name": name, "interest": interest, "include": _keywords(include),
                                     "exclude": _keywords(exclude), "categories": categories or [],
                                     "language": language, "daily": int(daily or 10), "email": email or None,
                                     "llm": llm}, _reader_name(request),
                                    original=None if original == NEW else original)
            status = f"✅ Saved · 已保存: **{esc(sub.name)}**"
        except Exception as exc:  # noqa: BLE001 - shown as one line
            return (shown(exc, "subscription"),) + self.load(request)
        return (status,) + self.load(request)

    def delete(self, original: str, request: gr.Request = None):
        if not original or original == NEW:
            return ("_Choose a subscription to delete. · 请先选择要删除的订阅。_",) + self.load(request)
        try:
            self.readers.unsubscribe(original, _reader_name(request))
            status = f"🗑️ Deleted · 已删除: {esc(original)}"
        except Exception as exc:  # noqa: BLE001
            status = shown(exc, "unsubscribe")
        return (status,) + self.load(request)

    # ---- ranking ----
    def rank(self, name: str, date: str, request: gr.Request = None):
        """(ranked list, paper chooser, Atom file, Markdown file)."""
        hidden = gr.update(visible=False)
        try:
            reader = _reader_name(request)
            report = self.readers.for_you(reader, None if name in (None, "", LIKES_ONLY) else name,
                                          date=(date or "").strip() or None)
            result = report.results[0]
        except Exception as exc:  # noqa: BLE001 - shown as one line
            return shown(exc, "for-you"), gr.update(choices=[], value=None), hidden, hidden
        choices = [(f"{p.rank}. {p.title[:90]} ({p.id})", p.id) for p in result.papers]
        folder = Path(tempfile.mkdtemp(prefix="for-you-"))
        stem = re.sub(r"[^\w\-]+", "-", result.subscription.name).strip("-")[:40] or "for-you"
        atom = folder / f"{stem}.atom"
        md = folder / f"{stem}.md"
        atom.write_text(render(result, "atom"), encoding="utf-8")
        md.write_text(render(result, "md"), encoding="utf-8")
        return (ranking_markdown(result) + feed_line(result),
                gr.update(choices=choices, value=choices[0][1] if choices else None),
                gr.update(value=str(atom), visible=True), gr.update(value=str(md), visible=True))

    def react(self, arxiv_id: str, reaction: str, request: gr.Request = None):
        """Star / dislike / clear the chosen (or typed) paper: (status line, reactions list)."""
        try:
            reader = _reader_name(request)
            arxiv_id = check_text(arxiv_id, "paper", max_chars=100)
            result = self.readers.react(arxiv_id, None if reaction == "none" else reaction, reader)
            verb = {"like": "⭐ Starred · 已收藏", "dislike": "👎 Disliked · 不感兴趣",
                    None: "Cleared · 已取消"}[result.reaction]
            status = f"{verb}: {esc(result.id)}" + ("" if result.in_store else
                                                   " _(not in the store yet · 暂未入库)_")
            return status, reactions_markdown(self.readers.reactions(reader))
        except Exception as exc:  # noqa: BLE001 - shown as one line
            return shown(exc, "reaction"), gr.update()


def _keywords(text: str | None) -> list[str]:
    return [k for k in re.split(r"[,，;；\n]", text or "") if k.strip()]


def register_api(app: App) -> None:
    """The readers' JSON endpoints (gradio_client, MCP without a login). The reader is the caller's login."""
    from ui.api import plain_errors

    readers = app.readers

    def for_you(subscription: str = "", date: str = "", since: str = "", until: str = "",
                request: gr.Request = None) -> dict:
        """Papers of a day (default: the newest) or a date range ranked for the caller's subscriptions (or the one
        named), each with its reasons (ForYouReport)."""
        name = check_text(subscription, "subscription", required=False, max_chars=64) or None
        return readers.for_you(_reader_name(request), name, date=_short(date, "date"), since=_short(since, "since"),
                               until=_short(until, "until")).model_dump()

    def subscriptions(request: gr.Request = None) -> list[dict]:
        """The caller's subscriptions."""
        return [s.model_dump() for s in readers.subscriptions(_reader_name(request))]

    def subscribe(name: str, interest: str = "", include: str = "", exclude: str = "", categories: str = "",
                  language: str = "zh", daily: int = 10, email: str = "", llm: str = "auto",
                  request: gr.Request = None) -> dict:
        """Add a subscription, or replace the one with this name (keywords and categories comma separated)."""
        from assistant.readers.models import MAX_INTEREST_CHARS
        from assistant.validation import MAX_DIGEST_PAPERS, check_int

        text = {key: check_text(value, key, required=False, max_chars=limit) for key, value, limit in (
            ("name", name, 200), ("interest", interest, MAX_INTEREST_CHARS), ("include", include, 6000),
            ("exclude", exclude, 6000), ("categories", categories, 2000), ("language", language, 10),
            ("email", email, 400), ("llm", llm, 10))}
        return readers.save({**text, "daily": check_int(daily, "daily", 1, MAX_DIGEST_PAPERS),
                             "email": text["email"] or None}, _reader_name(request)).model_dump()

    def unsubscribe(name: str, request: gr.Request = None) -> dict:
        """Delete one of the caller's subscriptions."""
        return readers.unsubscribe(check_text(name, "name", max_chars=64), _reader_name(request)).model_dump()

    def react(arxiv_id: str, reaction: str = "like", request: gr.Request = None) -> dict:
        """Star ('like'), dislike ('dislike') or clear ('none') a paper for the caller."""
        from assistant.validation import check_choice

        reaction = check_choice(reaction, "reaction", ("like", "dislike", "none"))
        return readers.react(check_text(arxiv_id, "arxiv_id", max_chars=100),
                             None if reaction == "none" else reaction, _reader_name(request)).model_dump()

    def likes(request: gr.Request = None) -> list[dict]:
        """The caller's starred and disliked papers, newest first."""
        return [e.model_dump() for e in readers.reactions(_reader_name(request))]

    def feed(subscription: str = "", format: str = "atom", date: str = "", request: gr.Request = None) -> str:
        """One subscription's ranked papers as an Atom document or Markdown."""
        from assistant.validation import check_choice

        name = check_text(subscription, "subscription", required=False, max_chars=64) or None
        return readers.feed(name, check_choice(format, "format", ("atom", "md")), _reader_name(request),
                            date=_short(date, "date"))

    gr.api(plain_errors(for_you), api_name="for_you", concurrency_id="llm")
    gr.api(plain_errors(subscriptions), api_name="subscriptions")
    gr.api(plain_errors(subscribe), api_name="subscribe")
    gr.api(plain_errors(unsubscribe), api_name="unsubscribe")
    gr.api(plain_errors(react), api_name="react")
    gr.api(plain_errors(likes), api_name="likes")
    gr.api(plain_errors(feed), api_name="feed", concurrency_id="llm")


def _short(value, label: str) -> str | None:
    return check_text(value, label, required=False, max_chars=40) or None


def build(app: App, categories: list[str]) -> None:
    tab = ForYouTab(app)
    with gr.Tab("For you · 为你推荐", elem_id="for-you-tab") as page:
        register_api(app)  # inside the tab: registered between two tabs it would start a second tab bar
        who = gr.Markdown(elem_id="for-you-reader")
        with gr.Row():
            sub = gr.Dropdown([], label="Subscription · 订阅", scale=3, elem_id="for-you-sub")
            date = gr.Textbox(label="Day · 日期 (YYYY-MM-DD, empty = newest · 留空为最新)", scale=2)
            go = gr.Button("Rank · 推荐", variant="primary", scale=1, elem_id="for-you-rank")
        ranked = gr.Markdown(elem_id="for-you-list", sanitize_html=True)
        with gr.Row():
            paper = gr.Dropdown([], label="Paper · 论文 (or type an arXiv id · 或输入 arXiv 编号)",
                                allow_custom_value=True, scale=3, elem_id="for-you-paper")
            star = gr.Button("⭐ Star · 收藏", scale=1, elem_id="for-you-like")
            down = gr.Button("👎 Not for me · 不感兴趣", scale=1, elem_id="for-you-dislike")
            clear = gr.Button("Clear · 取消", scale=1, elem_id="for-you-clear")
        reacted = gr.Markdown(elem_id="for-you-reacted")
        with gr.Row():
            atom = gr.DownloadButton("Atom feed · 订阅源", visible=False, elem_id="for-you-atom")
            md = gr.DownloadButton("Markdown", visible=False, elem_id="for-you-md")
        with gr.Accordion("Subscriptions · 管理订阅", open=False):
            listing = gr.Markdown(elem_id="for-you-subs")
            manage = gr.Dropdown([NEW], value=NEW, label="Edit · 编辑", elem_id="for-you-manage")
            with gr.Row():
                name = gr.Textbox(label="Name · 名称", scale=1, elem_id="sub-name")
                interest = gr.Textbox(label="Interest · 兴趣 (中文或英文)", scale=3, lines=2, elem_id="sub-interest")
            with gr.Row():
                include = gr.Textbox(label="Include keywords · 包含关键词 (comma separated · 逗号分隔)",
                                     elem_id="sub-include")
                exclude = gr.Textbox(label="Exclude keywords · 排除关键词", elem_id="sub-exclude")
            with gr.Row():
                cats = gr.Dropdown(categories, multiselect=True, allow_custom_value=True,
                                   label="Categories · 分类", scale=2)
                lang = gr.Radio([("中文", "zh"), ("English", "en")], value="zh", label="Language · 语言", scale=1)
                daily = gr.Slider(1, 50, value=10, step=1, label="Papers a day · 每日篇数", scale=1)
            with gr.Row():
                email = gr.Textbox(label="Daily mail to · 每日邮件 (optional · 可选)", scale=2, elem_id="sub-email")
                llm = gr.Radio([("Auto", "auto"), ("On", "on"), ("Off", "off")], value="auto",
                               label="LLM score · LLM 评分", scale=1)
            with gr.Row():
                save = gr.Button("Save · 保存", variant="primary", elem_id="sub-save")
                remove = gr.Button("Delete · 删除", variant="stop", elem_id="sub-delete")
            saved = gr.Markdown(elem_id="sub-status")
        with gr.Accordion("Starred papers · 我的收藏", open=False):
            liked = gr.Markdown(elem_id="for-you-likes")

        loaded = [sub, who, listing, liked, manage]
        form = [name, interest, include, exclude, cats, lang, daily, email, llm]
        ranking = [ranked, paper, atom, md]
        go.click(tab.rank, [sub, date], ranking, api_visibility="private", concurrency_id="llm")
        for button, reaction in ((star, "like"), (down, "dislike"), (clear, "none")):
            button.click(_reactor(tab, reaction), [paper], [reacted, liked], api_visibility="private")
        manage.change(tab.pick, [manage], form, api_visibility="private")
        save.click(tab.save, [manage] + form, [saved] + loaded, api_visibility="private")
        remove.click(tab.delete, [manage], [saved] + loaded, api_visibility="private")
        # the reader is known only from a request (the login): filled in when the tab is opened
        page.select(tab.load, None, loaded, api_visibility="private")


def _reactor(tab: ForYouTab, reaction: str):
    def handler(arxiv_id: str, request: gr.Request = None):
        return tab.react(arxiv_id, reaction, request)

    handler.__name__ = f"for_you_{reaction}"
    return handler
