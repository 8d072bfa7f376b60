"""Every listed paper meets each concept's narrow piece (issue 16, session 36).

A concept the topic writes in several words is often matched through its broad word alone: the candidates' learned
English, the embedder's sentence match or the dense fallback of a one-concept topic carry what the words share with
every paper of a field, not the word that makes the topic narrow. 双目立体视觉 (binocular stereo vision) listed five
latent visual reasoning papers of VLMs: all write 视觉 ('vision'), none 立体, 双目, stereo or 视差 (session 35, the
thirty-fourth group, blind: 0 of 5 on topic). The words of a concept's label (its pieces) each have a share of papers
at large (`common_terms`); a concept with a broad piece (in BROAD_WORD_SHARE of papers or more: 视觉, 'generation')
and narrower ones asks every paper matched through a learned form, the embedder, glosses or dense similarity to meet
its narrowest piece, in either language (`meets_narrow_pieces`). A paper naming the concept by its own forms (the
label's words, a glossary form: 'LLM' for 大语言模型) names it whole and meets it so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from assistant.chains.digest.common_terms import BROAD_WORD_SHARE, rare_in_papers, share_in_papers, share_in_papers_zh
from assistant.chains.digest.concept import Concept
from assistant.chains.digest.lexical import PaperText, lexical_field
from assistant.chains.digest.vocabulary import GENERIC_EN, GENERIC_ZH, latin_stem_sequence
from assistant.lang import CJK_RE, STOP_WORDS_EN, STOP_WORDS_ZH, has_chinese, jieba_segmenter, to_simplified
from assistant.zh_en_dictionary import senses

# gloss stems shorter than this ('be' of a sense) match too much
PIECE_GLOSS_MIN_CHARS = 3


@lru_cache(maxsize=1024)
def concept_pieces(label: str) -> tuple[str, ...]:
    """The content words of a concept's label: jieba's words of two characters or more in Chinese (Latin words in a
    Chinese label too: 'CAD' of CAD模型生成), the words in English (a hyphenated one whole); not generic words
    (模型, 'methods') nor stop words."""
    if has_chinese(label):
        words = jieba_segmenter().lcut(to_simplified(label))
        return tuple(w for w in (w.strip() for w in words) if w and (len(w) >= 2 or not CJK_RE.match(w)) and
                     w not in GENERIC_ZH and w not in STOP_WORDS_ZH and re.search(r"\w", w))
    words = re.findall(r"[A-Za-z0-9][\w\-]*", label)
    return tuple(w for w in words if w.lower() not in STOP_WORDS_EN and w.lower() not in GENERIC_EN)


def piece_share(piece: str) -> float:
    """The share of papers at large that write the piece (0.0 under 1 %)."""
    return share_in_papers_zh(piece) if has_chinese(piece) else share_in_papers(piece)


def narrow_pieces(concept: Concept) -> tuple[str, ...]:
    """The narrowest pieces of a concept (the lowest share of papers at large; pieces in under 1 % tie at 0: 双目 and
    立体 of 双目立体视觉), when it has a broad piece (in BROAD_WORD_SHARE of papers or more) beside them; else (): a
    concept of one word, or of narrow words only, is matched as before. Not any narrow piece: 'code' (2.9 %) alone
    would meet 代码漏洞检测, whose narrowest piece is 漏洞 (vulnerability), and 'attacks' 'membership inference attacks'
    (session 36 review, A4)."""
    if _coordination(concept):
        return ()
    pieces = concept_pieces(concept.label)
    shares = [piece_share(p) for p in pieces]
    narrow = [s for s in shares if s < BROAD_WORD_SHARE]
    if len(pieces) < 2 or max(shares) < BROAD_WORD_SHARE or not narrow:
        return ()  # (every piece broad: 'object detection' asks for no piece; review36 A5)
    return tuple(p for p, s in zip(pieces, shares) if s == min(narrow))


def _coordination(concept: Concept) -> bool:
    """A concept of which any member will do (`concept.either`: 'fact-checking or misinformation detection'): each
    member is a term of its own, and the label joins them."""
    return bool(concept.alternatives) and concept.label in (
        "或".join(a.label for a in concept.alternatives), " or ".join(a.label for a in concept.alternatives))


def meets_piece(piece: str, text: PaperText) -> bool:
    """The paper writes the piece: a Chinese piece in its Chinese fields or by a gloss word of it (CC-CEDICT) in any
    sentence ('stereoscopic' for 立体); an English piece by its stems in one sentence (any language's: Latin words in
    a TL;DR count)."""
    if has_chinese(piece):
        if any(piece in s and _written_as_words(piece, s) for s in text.flat()):
            return True
        return any(all(gloss_written(g, have) for g in sense) for have in text.stemsets()
                   for sense in piece_senses(piece))
    want = set(latin_stem_sequence(piece))  # (a hyphenated piece: its words, or the compound closed up)
    closed = set(latin_stem_sequence(piece.replace("-", ""))) - want if "-" in piece else set()
    return bool(want) and any(want <= have or closed & have for have in text.stemsets())


def _written_as_words(piece: str, sentence: str) -> bool:
    """The Chinese piece in the sentence within one jieba word (立体 of 立体匹配) or as a run of whole words, not across
    a word boundary with an end inside a word: 双目 is not in 双目标 (bi-objective: 双 | 目标), 定价 not in 确定价值 (确定 |
    价值), 行人 not in 执行人 (session 36 review, A1)."""
    bounds = _word_bounds(sentence)
    # (each occurrence looks at its own inner positions: linear in the sentence, review36 B1)
    return any(not bounds.intersection(range(start + 1, end)) or (start in bounds and end in bounds)
               for start, end in _occurrences(piece, sentence))


def _occurrences(piece: str, sentence: str):
    """The (start, end) offsets of each occurrence of the piece in the sentence, overlapping ones too."""
    start = sentence.find(piece)
    while start >= 0:
        yield start, start + len(piece)
        start = sentence.find(piece, start + 1)


@lru_cache(maxsize=4096)
def _word_bounds(sentence: str) -> frozenset[int]:
    """The offsets where jieba's words of a sentence start and end: worked out once per sentence, however many pieces
    of a topic `_written_as_words` looks for in it."""
    bounds, at = {0}, 0
    for word in jieba_segmenter().lcut(sentence):
        at += len(word)
        bounds.add(at)
    return frozenset(bounds)


@lru_cache(maxsize=1024)
def piece_senses(piece: str) -> tuple[frozenset[str], ...]:
    """Each CC-CEDICT sense of a Chinese piece as the stems a sentence must hold to write it: the stems of its words
    in under 1 % of papers at large (`rare_in_papers`; 'sign' of 手语 'sign language', 'price' of 定价 'to set a
    price'), or any one of its words when none is ('human' or 'body' of 人体 'human body': leaving out the broad
    'human' lost two judged papers of 人体行为识别, 'Human Activity Recognition'). Not any gloss word alone: 'language'
    of 'sign language' is in any paper."""
    out = []
    for sense in (part for whole in senses(piece) for part in whole.split(";")):  # ('disease; sickness; ailment')
        words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z\-]*", re.sub(r"\([^)]*\)", " ", sense))
                 if w.lower() not in STOP_WORDS_EN and w.lower() not in _SENSE_NOISE]
        rare = [w for w in words if rare_in_papers(w)]
        groups = [rare] if rare else [[w] for w in words]  # (no narrow word: any word of the sense, 'human body')
        for group in groups:
            stems = frozenset(st for w in group for st in latin_stem_sequence(w) if len(st) >= PIECE_GLOSS_MIN_CHARS)
            if stems:
                out.append(stems)
    return tuple(dict.fromkeys(out))


# words of a dictionary sense that name no meaning of their own (sense labels, pronoun placeholders)
_SENSE_NOISE = frozenset({"fig", "lit", "also", "sth", "sb", "one", "someone", "something", "etc", "abbr"})


# how many letters longer a dictionary gloss stem may be than the paper's stem that writes it ('hacker' of 黑客 ~ 'hack'
# of 'reward hacking'; the stemmer leaves an agent noun's -er)
GLOSS_TAIL = 2


def gloss_written(gloss: str, have: set[str]) -> bool:
    """A gloss stem among a sentence's stems, or a stem the gloss extends by a short ending (`GLOSS_TAIL`), four letters
    or more: not a longer word that starts with the gloss, as `lexical.stem_near` also accepts. 'sign' of 手语 (sign
    language) is no 'signal' nor 'signature': 手语识别 (invented, session 36) listed a crisis-detection paper that
    'distinguishes early warning signals' and one on LLM 'self-recognition' through 'signals' ('sign' | 'recognise',
    the concept's glosses) beside the one sign-language paper."""
    return gloss in have or any(len(t) >= 4 and gloss.startswith(t) and len(gloss) - len(t) <= GLOSS_TAIL
                                for t in have)


def meets_narrow_pieces(concept: Concept, text: PaperText, how: str | None = None) -> bool:
    """Whether a paper that covers the concept (`how`: the field `relevance.coverage` matched it in, 'semantic' or
    'dense') meets a narrow piece of it (`narrow_pieces`, `meets_piece`), where what matched may carry a broad piece
    only: a form learned from the candidates ('latent visual' of 双目立体视觉), a sentence the embedder puts near the
    concept, or the paper's dense similarity. The concept's own forms (the label's words, a glossary form: 'LLM' names
    大语言模型 whole) name it whole, and the head of a narrower name that `relevance._head_rows` accepts ('locally
    recoverable codes' for 'error-correcting codes') omits the modifier by design: both pass. So does a concept with no
    narrow piece."""
    pieces = narrow_pieces(concept)
    if not pieces:
        return True
    if how not in ("semantic", "dense"):
        own = replace(concept, learned=(), glossed=(), alternatives=(), context=(), context_in_focus=False, fields=())
        if lexical_field(own, text) is not None or lexical_field(concept, text) is None:
            return True
    return any(meets_piece(p, text) for p in pieces)


def subject_written(concept: Concept, text: PaperText, how: str | None = None) -> bool:
    """Whether a paper that covers the subject of a compound of a subject and a kind of data (`Concept.kind_subject`;
    `how` as in `meets_narrow_pieces`) writes the subject: in English by a form it has or learns, in Chinese as a word
    of its own or a run of them (`_as_whole_words`), not inside a longer word. Read alone, the subject carries the
    topic, and the embedder's or the substring's reach is the field's, not the subject's: 雷达图像 listed a LiDAR
    point-cloud paper whose TL;DR writes 激光雷达, 古籍文本 (古籍 learns no English) two text papers put near it, and
    脑电数据 (read as 脑电 by 6fb2697, reverted) six data papers, none on EEG (session 39's review, findings 1 and 3)."""
    if not concept.kind_subject:
        return True
    if how in ("semantic", "dense"):
        return False
    chinese = [f for f in (*concept.forms, *concept.learned) if has_chinese(f)]
    english = replace(concept, forms=tuple(f for f in concept.forms if not has_chinese(f)),
                      learned=tuple(f for f in concept.learned if not has_chinese(f)), glossed=(), context=(),
                      kind_subject=False)
    if (english.forms or english.learned) and lexical_field(english, text) is not None:
        return True
    return any(f in s and _as_whole_words(f, s) for f in map(to_simplified, chinese) for s in text.flat())


def _as_whole_words(piece: str, sentence: str) -> bool:
    """The Chinese piece in the sentence as a jieba word or a run of them, its ends at word bounds: not inside a
    longer word, as `_written_as_words` allows (雷达 is no word of 激光雷达, LiDAR)."""
    bounds = _word_bounds(sentence)
    return any(start in bounds and end in bounds for start, end in _occurrences(piece, sentence))


def covers_narrow(concepts: list[Concept], text: PaperText, matched: dict[str, str]) -> bool:
    """Every concept of a paper's coverage (`matched`: label -> field, 'semantic' or 'dense') meets its narrow
    pieces (`meets_narrow_pieces`), and the subject of a compound with a kind of data is written (`subject_written`)."""
    return all(meets_narrow_pieces(c, text, matched.get(c.label)) and subject_written(c, text, matched.get(c.label))
               for c in concepts)
