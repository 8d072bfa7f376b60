"""The daily mail of a subscription: a multipart message (plain text + HTML) sent with smtplib.

SMTP settings (`ASSISTANT_SMTP_*`): host, port, security (auto | starttls | ssl | none), user, password, from,
timeout. `auto` is implicit TLS on port 465, else STARTTLS when the server offers it; a password is never sent over
a connection without TLS unless security is explicitly `none`."""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from assistant.errors import AssistantError, InputError
from assistant.readers.feeds import LABELS, html_body, span_of, text_body
from assistant.readers.models import ForYou

logger = logging.getLogger(__name__)

SUBJECT = {"en": "[arXiv for you] {name} · {span} · {n} papers", "zh": "[arXiv 为你推荐] {name} · {span} · {n} 篇"}


class MailError(AssistantError):
    """The mail could not be sent (SMTP server unreachable, refused, or TLS required and not offered)."""


def sender_address(settings) -> str:
    return settings.smtp_from or settings.smtp_user or "arxiv-assistant@localhost"


def build_message(result: ForYou, *, sender: str, to: str) -> EmailMessage:
    sub, lang = result.subscription, result.subscription.language
    message = EmailMessage()
    name = " ".join(sub.name.split())
    message["Subject"] = SUBJECT[lang].format(name=name, span=span_of(result), n=len(result.papers))
    message["From"] = sender
    message["To"] = to
    message["Date"] = formatdate(usegmt=True)
    domain = sender.rpartition("@")[2] or "localhost"
    message["Message-ID"] = make_msgid(idstring=sub.id[:8], domain=domain)
    message["List-Id"] = f"{LABELS['title']['en'].format(name='').strip(': ')} <{sub.id}.arxiv-assistant>"
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text_body(result))
    message.add_alternative(html_body(result), subtype="html")
    return message


def send_message(message: EmailMessage, settings) -> None:
    """Deliver through the configured SMTP server. Every failure is one MailError line."""
    host, port = settings.smtp_host, settings.smtp_port
    if not host:
        raise InputError("no SMTP server configured: set ASSISTANT_SMTP_HOST (and _PORT, _USER, _PASSWORD, _FROM)")
    security = settings.smtp_security
    if security == "auto":
        security = "ssl" if port == 465 else "auto"
    password = settings.smtp_password or None
    where = f"{host}:{port}"
    try:
        context = ssl.create_default_context()
        if security == "ssl":
            client = smtplib.SMTP_SSL(host, port, timeout=settings.smtp_timeout, context=context)
        else:
            client = smtplib.SMTP(host, port, timeout=settings.smtp_timeout)
        with client:
            client.ehlo()
            if security in ("starttls", "auto"):
                if client.has_extn("starttls"):
                    client.starttls(context=context)
                    client.ehlo()
                elif security == "starttls":
                    raise MailError(f"the SMTP server {where} does not offer STARTTLS "
                                    "(ASSISTANT_SMTP_SECURITY=starttls)")
                elif settings.smtp_user and password:
                    raise MailError(f"the SMTP server {where} offers no TLS: the password is not sent in clear "
                                    "(set ASSISTANT_SMTP_SECURITY=none to allow it)")
            if settings.smtp_user and password:
                client.login(settings.smtp_user, password)
            refused = client.send_message(message)
            if refused:
                raise MailError(f"the SMTP server {where} refused: {', '.join(sorted(refused))}")
    except MailError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(f"the SMTP server {where} rejected the login ({exc.smtp_code})") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise MailError(f"the SMTP server {where} refused the recipient(s) {', '.join(exc.recipients)}") from exc
    except smtplib.SMTPResponseException as exc:
        text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        raise MailError(f"the SMTP server {where} answered {exc.smtp_code}: {str(text)[:200]}") from exc
    except (smtplib.SMTPException, ssl.SSLError, OSError) as exc:
        raise MailError(f"cannot send through the SMTP server {where}: {exc.__class__.__name__}: "
                        f"{str(exc)[:200]}") from exc
