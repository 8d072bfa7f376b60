"""The daily mail through a real SMTP server on loopback (aiosmtpd): delivery, both parts, once per day, TLS and
login rules, a server that is down."""

from __future__ import annotations

import pytest

from assistant.readers.mail import MailError
from tests.readers.conftest import DAY, OTHER_DAY, Inbox, free_port, start_smtp, wait_for


def _smtp_settings(app, port, **extra):
    app.settings.smtp_host = "127.0.0.1"
    app.settings.smtp_port = port
    app.settings.smtp_from = "digest@example.org"
    for key, value in extra.items():
        setattr(app.settings, key, value)


def _subscribe(app, reader, **fields):
    return app.readers.subscribe({"name": "channels <daily>", "interest": "channel estimation", "daily": 3,
                                  "language": "en", "email": "alice@example.org", **fields}, reader)


def test_daily_mail_is_delivered_once_per_day(app, reader, smtp):
    inbox, port = smtp
    _smtp_settings(app, port)
    _subscribe(app, reader)
    report, _ = app.readers.mail("channels <daily>", reader)
    assert report.sent and report.to == "alice@example.org" and report.day == DAY and report.papers == 3
    assert wait_for(lambda: len(inbox.mails) == 1)
    sender, recipients, _ = inbox.mails[0]
    assert sender == "digest@example.org" and recipients == ["alice@example.org"]
    message = inbox.messages()[0]
    assert message["Subject"] == f"[arXiv for you] channels <daily> · {DAY} · 3 papers"
    assert message["Message-ID"] == report.message_id and message["Auto-Submitted"] == "auto-generated"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    ranked = app.readers.for_you(reader, "channels <daily>").results[0].papers
    for paper in ranked:
        assert f"https://arxiv.org/abs/{paper.id}" in text and f'href="https://arxiv.org/abs/{paper.id}"' in html
        assert "Why: " in text
    assert "channels &lt;daily&gt;" in html and "<daily>" not in html  # escaped in the HTML part

    again, _ = app.readers.mail("channels <daily>", reader)
    assert not again.sent and "already sent for" in again.skipped and again.message_id == report.message_id
    forced, _ = app.readers.mail("channels <daily>", reader, force=True)
    assert forced.sent and wait_for(lambda: len(inbox.mails) == 2)
    other_day, _ = app.readers.mail("channels <daily>", reader, date=OTHER_DAY)
    assert other_day.sent and other_day.day == OTHER_DAY and wait_for(lambda: len(inbox.mails) == 3)


def test_nothing_to_send(app, reader, smtp):
    inbox, port = smtp
    _smtp_settings(app, port)
    _subscribe(app, reader)
    report, _ = app.readers.mail("channels <daily>", reader, date="2024-01-01")
    assert not report.sent and "no papers" in report.skipped
    app.readers.update("channels <daily>", {"email": ""}, reader)
    report, _ = app.readers.mail("channels <daily>", reader)
    assert not report.sent and "no e-mail address" in report.skipped
    dry, message = app.readers.mail("channels <daily>", reader, to="bob@example.org", dry_run=True)
    assert not dry.sent and "Subject: [arXiv for you]" in message and "To: bob@example.org" in message
    assert inbox.mails == []


def _login_server():
    from aiosmtpd.smtp import AuthResult, LoginPassword

    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"digest" and auth_data.password == b"pw"
        logins.append(ok)
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535 itself

    inbox = Inbox()
    controller = start_smtp(inbox, authenticator=authenticator, auth_require_tls=False, auth_required=True)
    return inbox, controller, logins


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # what this server is for
def test_a_password_never_goes_in_clear_unless_told(app, reader):
    inbox, controller, logins = _login_server()
    try:
        _smtp_settings(app, controller.port, smtp_user="digest", smtp_password="pw")
        _subscribe(app, reader)
        with pytest.raises(MailError, match="offers no TLS: the password is not sent in clear"):
            app.readers.mail("channels <daily>", reader)
        assert logins == [] and inbox.mails == []
        app.settings.smtp_security = "starttls"
        with pytest.raises(MailError, match="does not offer STARTTLS"):
            app.readers.mail("channels <daily>", reader)
        app.settings.smtp_security = "none"
        app.settings.smtp_password = "wrong"
        with pytest.raises(MailError, match="rejected the login"):
            app.readers.mail("channels <daily>", reader)
        app.settings.smtp_password = "pw"
        report, _ = app.readers.mail("channels <daily>", reader)
        assert report.sent and logins[-1] and logins.count(True) == 1 and wait_for(lambda: len(inbox.mails) == 1)
    finally:
        controller.stop()


def test_server_down_is_one_line_and_mail_all_goes_on(app, reader, smtp):
    inbox, port = smtp
    _subscribe(app, reader)
    app.readers.subscribe({"name": "games", "interest": "game theory", "email": "alice@example.org"}, reader)
    app.readers.subscribe({"name": "no address", "interest": "x"}, reader)
    _smtp_settings(app, free_port())  # nothing listens there
    with pytest.raises(MailError, match="cannot send through the SMTP server 127.0.0.1") as info:
        app.readers.mail("games", reader)
    assert "\n" not in str(info.value)
    reports = app.readers.mail_all()
    assert [(r.subscription, r.sent) for r in reports] == [("channels <daily>", False), ("games", False)]
    assert all(r.skipped.startswith("error: cannot send") for r in reports)
    _smtp_settings(app, port)
    reports = app.readers.mail_all()
    assert [r.sent for r in reports] == [True, True] and wait_for(lambda: len(inbox.mails) == 2)
    assert all("already sent" in r.skipped for r in app.readers.mail_all())


def test_no_smtp_server_configured(app, reader):
    from assistant.errors import InputError

    _subscribe(app, reader)
    with pytest.raises(InputError, match="ASSISTANT_SMTP_HOST"):
        app.readers.mail("channels <daily>", reader)
