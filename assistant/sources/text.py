"""Opening a digest file as text: which encoding it is in, and its lines, read lazily with bounded memory.

The rule (issue 17, item 7): never store text from a wrong decode.

1. A byte-order mark decides: UTF-8, UTF-16 or UTF-32.
2. UTF-16 without a mark is recognised by the NUL high bytes of its ASCII characters and must decode cleanly.
3. Strict UTF-8 (checked on the first `HEAD_BYTES`).
4. Not quite UTF-8, but (almost) every non-ASCII byte sits in a UTF-8-shaped sequence: UTF-8 with damage. It
   is read as UTF-8; the records (JSONL lines, markdown entries) holding bad bytes are skipped and reported,
   nothing else is lost.
5. Otherwise the content decides among GB18030 (GBK, GB2312), Big5 and Windows-1252: the candidate must decode
   the head without error and the result must read as that script (see `_plausible`). The file is then read in
   that encoding and a degraded line-0 record notes it.
6. No candidate fits but only a handful (FEW_BAD_BYTES) of bytes are odd: too little to tell an encoding, so
   it is damaged UTF-8 as in 4.
7. Else the file is refused as a whole with one clear record: nothing is guessed.

Undecodable bytes become lone surrogates (U+DC00 + byte, the `digest-escape` error handler), which valid text
can never contain, so a parser can tell a damaged record from a clean one and skip it. An encoded lone surrogate
(ED A0..BF xx, what a UTF-16-minded writer emits for an unpaired surrogate) is not damage in that sense: it
becomes U+FFFD, exactly as the JSON escape `\\ud800` does in the JSONL parser.

charset-normalizer (3.5.3, installed with the web stack) was tried for step 5 and not used: it found nothing in
tests/data/2025-06-10.md saved as GB18030, called Latin-1 text cp1250 ("naïve" -> "naďve"), and called an ASCII
record with two stray bytes Farsi cp1006 with zero chaos. The explicit checks below are deterministic and cover
the encodings a Chinese/English digest comes in.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HEAD_BYTES = 1 << 20  # what the encoding is decided on (and the largest read before any parsing)
SNIFF_CHARS = 65536  # decoded text the format sniffers look at
FEW_BAD_BYTES = 16  # this many stray bytes in an otherwise UTF-8 head: damage, not another encoding
ESCAPE = "digest-escape"

_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_UTF8_SHAPED_RE = re.compile(rb"[\xc0-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf7][\x80-\xbf]{3}")
_HIGH_RE = re.compile(rb"[\x80-\xff]")
_NON_ASCII_RUN_RE = re.compile(r"[^\x00-\x7f]+")
_CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WESTERN_PUNCT = set("‘’‚“”„–—…•€™°±§¶·«»×÷¢£¥©®¹²³¼½¾¿¡ªº\u00a0")


def _escape_errors(exc: UnicodeError) -> tuple[str, int]:
    """Undecodable bytes -> lone surrogates U+DC00+byte (every byte, ASCII too: unlike `surrogateescape`, this
    never raises); an encoded lone surrogate in UTF-8 -> U+FFFD."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    data, start = exc.object, exc.start
    if exc.encoding.replace("-", "").replace("_", "").lower().startswith("utf8") and \
            data[start:start + 1] == b"\xed" and len(data) >= start + 3 and \
            0xA0 <= data[start + 1] <= 0xBF and 0x80 <= data[start + 2] <= 0xBF:
        return "\ufffd", start + 3
    return "".join(chr(0xDC00 + b) for b in data[start:exc.end]), exc.end


codecs.register_error(ESCAPE, _escape_errors)


@dataclass(frozen=True)
class Decoding:
    """How a file is read: `codec` for Python, `label` for people, `note` for the report (None: nothing to say),
    `refused`: why the file cannot be read at all (then `codec` is empty)."""

    codec: str
    label: str
    note: str | None = None
    refused: str | None = None


def _decode_head(head: bytes, codec: str, final: bool, errors: str = "strict") -> str:
    return codecs.getincrementaldecoder(codec)(errors).decode(head, final=final)


def _strict(head: bytes, codec: str, final: bool) -> str | None:
    try:
        return _decode_head(head, codec, final)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(head: bytes, final: bool) -> Decoding | None:
    """ASCII-heavy UTF-16 without a byte-order mark: NULs in every other byte, and it decodes to clean text."""
    sample = head[:4096]
    if len(sample) < 8 or sample.count(0) < len(sample) // 4:
        return None
    even, odd = sample[0::2], sample[1::2]  # the high bytes of ASCII characters are NUL: odd (LE) or even (BE)
    codec = "utf-16-le" if odd.count(0) >= len(odd) // 4 and even.count(0) <= len(even) // 50 else \
        "utf-16-be" if even.count(0) >= len(even) // 4 and odd.count(0) <= len(odd) // 50 else None
    if codec is None:
        return None
    text = _strict(head, codec, final)
    if not text or "\x00" in text or sum(c.isprintable() or c in "\t\n\r" for c in text) < 0.98 * len(text):
        return None
    label = codec.upper()
    return Decoding(codec, label, note=f"decoded as {label}: the file is not UTF-8 and has no byte-order mark")


def _plausible(text: str, codec: str) -> bool:
    """Does `text` (a strict decode of the head) read as this encoding's script, not as mojibake?"""
    runs = _NON_ASCII_RUN_RE.findall(text)
    chars = "".join(runs)
    if len(chars) < 4:
        return False
    if codec in ("gb18030", "big5"):
        # Right: >90 % of the non-ASCII characters are hanzi, and they are the common ones: GB2312's (Simplified)
        # or Big5's level 1 (Traditional). Big5 read as GBK: ~45 % hanzi (the rest symbols), ~40 % common. GBK
        # read as Big5 rarely even decodes; when it does, ~30 % level 1. (Measured on tests/data digests.)
        hanzi = _CJK_RE.findall(chars)
        if len(hanzi) < 0.7 * len(chars):
            return False
        big5_level1 = sum(b"\xa4\x40" <= _encoded(c, "big5") <= b"\xc6\x7e" for c in hanzi) >= 0.9 * len(hanzi)
        if codec == "big5":
            return big5_level1
        return big5_level1 or sum(_encodable(c, "gb2312") for c in chars) >= 0.9 * len(chars)
    # Windows-1252: accented letters inside ASCII words (café, Müller), not runs of symbols and letters.
    if sum(unicodedata.category(c).startswith("L") or c in _WESTERN_PUNCT for c in chars) < 0.95 * len(chars):
        return False
    return len(chars) / len(runs) <= 1.5


def _encodable(char: str, codec: str) -> bool:
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _encoded(char: str, codec: str) -> bytes:
    try:
        return char.encode(codec)
    except UnicodeEncodeError:
        return b""


LEGACY = (("gb18030", "GB18030"), ("big5", "Big5"), ("cp1252", "Windows-1252 (Latin-1)"))


def choose_decoding(head: bytes, complete: bool) -> Decoding:
    """Decide how to read a file from its first bytes (`complete`: `head` is the whole file)."""
    for bom, codec, label in ((codecs.BOM_UTF32_LE, "utf-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
                              (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
                              (codecs.BOM_UTF16_BE, "utf-16", "UTF-16")):
        if head.startswith(bom):
            if codec != "utf-8-sig" and _strict(head, codec, complete) is None:
                return Decoding("", label, refused=f"starts with a {label} byte-order mark but is not valid {label}")
            return Decoding(codec, label)
    utf16 = _utf16_without_bom(head, complete)
    if utf16:
        return utf16
    if _strict(head, "utf-8", complete) is not None:
        return Decoding("utf-8", "UTF-8")
    high = len(_HIGH_RE.findall(head))
    shaped = sum(len(m) for m in _UTF8_SHAPED_RE.findall(head))
    if shaped >= 0.9 * high:
        return Decoding("utf-8", "UTF-8")  # damaged UTF-8: the records with bad bytes are skipped one by one
    for codec, label in LEGACY:
        text = _strict(head, codec, complete)
        if text is not None and _plausible(text, codec):
            return Decoding(codec, label, note=f"decoded as {label}: the file is not UTF-8 (encoding detected "
                                               "from its content)")
    if high - shaped <= FEW_BAD_BYTES:
        return Decoding("utf-8", "UTF-8")  # too few odd bytes to tell an encoding: damage, skipped record by record
    return Decoding("", "", refused="not UTF-8, and not recognisably GB18030/GBK, Big5 or Windows-1252 either "
                                    f"({high - shaped} stray bytes in the first {len(head)}); nothing read from it. "
                                    "Save it as UTF-8 and try again")


def damaged_at(text: str) -> str | None:
    """None when `text` came out of the decoder clean; else where the first undecodable byte is."""
    match = _SURROGATE_RE.search(text)
    if match is None:
        return None
    code = ord(match.group())
    byte = f"byte 0x{code - 0xDC00:02X}" if 0xDC00 <= code <= 0xDCFF else "a lone surrogate"
    return f"{byte} at character {match.start() + 1}"


class TextSource:
    """A digest file opened for parsing: its decoding (from the first MB), the decoded head for sniffing, and
    `lines()`, which streams (line number, text without the newline, too_long) with at most `max_chars` of one
    line in memory. Lines end at "\\n" only (U+2028 and friends may sit inside JSON strings)."""

    def __init__(self, path: Path):
        self.path = path
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES + 1)
        self.complete = len(head) <= HEAD_BYTES
        head = head[:HEAD_BYTES]
        self.decoding = choose_decoding(head, self.complete)
        if self.decoding.refused:
            self.head, self.blank = "", not head.strip()
            return
        # the whole file when it is small (so that "empty" is exact), else enough for the sniffers
        text = _decode_head(head if self.complete else head[:SNIFF_CHARS * 4], self.decoding.codec, self.complete,
                            ESCAPE)
        self.head = text[:SNIFF_CHARS]
        self.blank = self.complete and not text.strip()

    def lines(self, max_chars: int) -> Iterator[tuple[int, str, bool]]:
        if self.decoding.refused:
            return
        with self.path.open("rb") as raw, io.TextIOWrapper(raw, encoding=self.decoding.codec, errors=ESCAPE,
                                                           newline="\n") as stream:
            lineno = 0
            while True:
                line = stream.readline(max_chars + 1)
                if not line:
                    return
                lineno += 1
                if line.endswith("\n"):
                    yield lineno, line[:-1], False
                elif len(line) <= max_chars:
                    yield lineno, line, False  # the last line, without a newline
                else:
                    while True:  # drain the rest of an over-long line without keeping it
                        more = stream.readline(max_chars)
                        if not more or more.endswith("\n"):
                            break
                    yield lineno, line[:max_chars], True
