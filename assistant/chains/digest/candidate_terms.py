"""What the candidates write (issue 16): a concept label's words, their dictionary glosses, and a candidate's terms.

Two readings of the candidates' terms live here side by side, each measured with the rule that uses it:
- `language_terms` (`en_terms`, `zh_terms`): a candidate's English or Chinese side as words and adjacent word pairs,
  keyed by `vocabulary._stems`; `learned` counts them to learn a concept's other-language term (`learned._learn`,
  `_nearest_term`, `_aligned_term`, `_head_pair_terms`);
- `paper_terms` (`english_terms`, `chinese_terms`): each sentence's runs of up to MAX_WORDS content words (one stop
  word inside: 'integrated sensing and communication'), keyed by `latin_stem_sequence`, and which of them stand in a
  focus sentence; `near_forms` compares them with the concept in the embedder.
Made one, either rule's results would change (session 37's reread, data/eval/results/session37-lead/README.md).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.vocabulary import (
    GENERIC_EN,
    GENERIC_ZH,
    _content_stems,
    _stems,
    gloss_stems,
    latin_stem_sequence,
)
from assistant.lang import STOP_WORDS_EN, STOP_WORDS_ZH, has_chinese, jieba_segmenter, to_simplified
from assistant.zh_en_dictionary import dictionary_pieces, tiling

# candidates that must name an unknown concept before its other-language form is learned (`learned`), and before a
# reading of the topic counts a phrase, a word or a part as written by the candidates (`readings`)
TRANSLATE_MIN_PAPERS = 3


# ---------------------------------------------------------------- a concept label's words
def label_words(label: str, tiled: bool = True) -> list[str]:
    """A concept's words: jieba's (two characters or more, not generic) of a Chinese label, each the dictionary does not
    gloss cut into the dictionary words it is made of (`dictionary_pieces`); the content words of an English one, in
    order (the last is the head).
    jieba keeps 卫星通信 as one word that CC-CEDICT lacks, but it is two (卫星 satellite | 通信 communication), and the
    English that translates it must say both: learned as one word, 'satellite', it matched the satellite-imagery papers
    of the corpus (session 31, the twenty-seventh group, blind: 14 of the 16 papers listed for 卫星通信 were bathymetry,
    flood mapping, Gaussian splatting of satellite images).
    `tiled` (`near_forms`): a word the dictionary does not cut is cut into the shorter words jieba's search mode finds
    in it when they tile it (`_pieces`): jieba keeps 激光测距 whole, and as one word its own piece 测距 and a near term
    激光雷达 'LiDAR' held none of it and passed as other names: 激光测距 listed five LiDAR papers, none on laser ranging
    (review36 B2). The learned translations (`learned`) read a label untiled, as they were measured."""
    if has_chinese(label):
        words = [w for w in jieba_segmenter().lcut(to_simplified(label)) if len(w) >= 2 and w not in GENERIC_ZH]
        return [p for w in words for p in (_pieces(w) if tiled else dictionary_pieces(w)) if len(p) >= 2]
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*", label) if _content(w)]


def label_runs(label: str) -> list[str]:
    """The shorter names a concept's label holds: every run of its words but the whole, that begins and ends with a
    content word (English: 'speaker' and 'verification' of 'speaker verification', 'theory' and 'mind' of 'theory of
    mind'), or of its jieba words, two characters or more and not generic (Chinese, single characters kept inside a
    run: 率失真 and 失真理论 of 率失真理论 = 率 | 失真 | 理论). The 'only N' note counts the candidates writing each
    (`select.written_runs`): a reader who typed a name the papers do not write sees the one they do."""
    if has_chinese(label):
        words = [w for w in jieba_segmenter().lcut(to_simplified(label)) if w.strip()]
        runs = ["".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
        runs = [r for r in runs if len(r) >= 2 and r not in GENERIC_ZH and r not in STOP_WORDS_ZH]
    else:
        words = re.findall(r"[A-Za-z0-9][A-Za-z0-9\-]*", label)
        runs = [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                if _content(words[i]) and _content(words[j - 1])]
    return list(dict.fromkeys(r for r in runs if r != label.strip()))


def _pieces(word: str) -> list[str]:
    """A Chinese word as the dictionary's words it is made of (`dictionary_pieces`), else as the shorter words jieba's
    search mode finds in it when they tile it (CC-CEDICT has no 测距: 激光测距 -> 激光 | 测距), else itself."""
    pieces = dictionary_pieces(word)
    if len(pieces) > 1 or len(word) < 4:
        return pieces
    parts = {p for p in jieba_segmenter().lcut_for_search(word) if 2 <= len(p) < len(word)}
    return tiling(word, parts.__contains__) or [word]


@lru_cache(maxsize=4096)
def term_words(term: str) -> int:
    """How many words a term has: content words in English ('speculative decoding' 2, 'Mixture-of-Experts' 2,
    'machine unlearning' 1: a weak qualifier is no word of its own), jieba words of two or more characters in Chinese
    ('推测解码' 2, '混合专家' 2, '谄媚' 1, '推测性' 1). An acronym ('MoE', 'LLM') stands for a whole term."""
    if has_chinese(term):
        return sum(len(w) >= 2 and w not in GENERIC_ZH for w in jieba_segmenter().lcut(to_simplified(term)))
    if re.fullmatch(r"[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*", term.strip()):
        return 2
    return len(_content_stems(term))


def label_count(label: str) -> int:
    """How many words a concept's label has (`term_words`), a Chinese word the dictionary lacks counted by its dictionary
    words (`label_words`)."""
    return max(term_words(label), len(label_words(label, tiled=False))) if has_chinese(label) else term_words(label)


GLOSS_MIN_CHARS = 3  # gloss stems shorter than this ('be' of 生成) match too much


@lru_cache(maxsize=1024)
def dictionary_glosses(term: str) -> tuple[frozenset[str], ...]:
    """The CC-CEDICT gloss stems of each word (jieba, two characters or more, not generic) of a Chinese term:
    '奖励黑客' -> ({reward}, {hacker}), '预测' -> ({forecast, predict},); () when a word has no gloss."""
    words = [w for w in dictionary_words(jieba_segmenter().lcut(to_simplified(term))) if len(w) >= 2 and
             w not in GENERIC_ZH]
    out = []
    for word in words:
        stems = frozenset(g for g in gloss_stems(word) if len(g) >= GLOSS_MIN_CHARS)
        if not stems:
            return ()
        out.append(stems)
    return tuple(out)


def dictionary_words(words: list[str]) -> list[str]:
    """jieba's words, with a run of them that the dictionary glosses as one word joined: jieba cuts 区块链 into 区块 |
    链, and the single character was dropped, so 区块链 was glossed 'block, section, sector' and not 'blockchain'
    (session 29: the candidates' 'accounts' tied with 'blockchains' and, shorter, won; 区块链 then matched any paper
    that 'accounts for' something)."""
    from assistant.zh_en_dictionary import definitions

    def one_word(joined: str) -> bool:
        # a one-word sense ('/blockchain (computing)'): a joined word whose senses are phrases ('time series', 'to hit
        # the target' of 中的) would be matched by any one of their words, looser than its parts (session 29's review)
        senses = re.sub(r"\([^)]*\)", " ", definitions().get(joined, "")).split("/")
        return any(re.fullmatch(r"\s*[A-Za-z][A-Za-z\-]*\s*", sense) for sense in senses)

    out, i = [], 0
    while i < len(words):
        # joined only where a single character would otherwise be dropped (区块 | 链), and into a one-word sense
        j = next((j for j in range(len(words), i + 1, -1)
                  if any(len(w) == 1 for w in words[i:j]) and one_word("".join(words[i:j]))), i + 1)
        out.append("".join(words[i:j]))
        i = j
    return out


def word_glosses(word: str) -> set[str]:
    """The English gloss stems of one Chinese dictionary word (`dictionary_pieces` pieces), long enough to compare."""
    return {g for piece in dictionary_pieces(word) for g in gloss_stems(piece) if len(g) >= GLOSS_MIN_CHARS}



# ---------------------------------------------------------------- the terms the learned translations count
@lru_cache(maxsize=8192)
def en_terms(text: str) -> dict[tuple[str, ...], str]:
    """English unigrams and bigrams of a text, keyed by stems, with a surface form (stop and generic words out)."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*", text)]
    keep = [(w, _stems(w)) for w in words]
    keep = [(w, st) for w, st in keep if st and len(w) > 2 and w.lower() not in GENERIC_EN]
    out: dict[tuple[str, ...], str] = {}
    for (w, st) in keep:  # an acronym keeps its case (a word part with two capitals: 'LLM', 'GPT-4'), a title-case
        # word does not ('Role-Playing' is the term role-playing, which `_nearest_term` skipped as an acronym)
        out.setdefault(tuple(st), w if any(sum(c.isupper() for c in part) >= 2 for part in w.split("-")) else w.lower())
    for (w1, s1), (w2, s2) in zip(keep, keep[1:]):
        if text.find(f"{w1} {w2}") >= 0:
            out.setdefault(tuple(s1 + s2), f"{w1} {w2}".lower())
    return out


@lru_cache(maxsize=8192)
def zh_terms(text: str) -> dict[tuple[str, ...], str]:
    """Chinese words (jieba, two characters or more) and adjacent word pairs of a text."""
    out: dict[tuple[str, ...], str] = {}
    for run in re.findall(r"[\u3400-\u9fff]+", to_simplified(text)):
        words = [w for w in jieba_segmenter().lcut(run) if w not in STOP_WORDS_ZH]
        for w in words:
            if len(w) >= 2 and w not in GENERIC_ZH:
                out.setdefault((w,), w)
        for a, b in zip(words, words[1:]):
            if len(a + b) >= 3:
                out.setdefault((a + b,), a + b)
    return out


def language_terms(t: PaperText, to_en: bool) -> dict:
    """A candidate's terms in one language (from its English or its Chinese sentences), worked out once per paper:
    every concept of a topic and every way of learning a term reads them."""
    if to_en not in t._terms:
        rows = " \n ".join(s for _, s in t.sentences if has_chinese(s) != to_en)
        t._terms[to_en] = en_terms(rows) if to_en else zh_terms(rows)
    return t._terms[to_en]



# ---------------------------------------------------------------- the terms the near forms compare
MAX_WORDS = 3  # an English term is a run of up to this many content words (one stop word may stand inside)


_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|[^\sA-Za-z]")


_FOCUS_FIELDS = ("title", "tldr", "keywords")


def focus_sentences(t: PaperText) -> list[str]:
    """Where a paper names its subject in few words: its titles (both languages), TL;DR, keywords and the abstract's
    first sentence."""
    out, first = [], True
    for where, sentence in t.sentences:
        if where in _FOCUS_FIELDS or (where == "abstract" and first):
            out.append(sentence)
        first = first and where != "abstract"
    return out


def english_terms(sentence: str) -> dict[tuple[str, ...], str]:
    """Runs of one to MAX_WORDS content words of an English sentence (one stop word may stand between two of them:
    'integrated sensing and communication'), keyed by their stems, with their surface (lower case, an acronym kept)."""
    out: dict[tuple[str, ...], str] = {}
    tokens = _TOKEN_RE.findall(sentence)
    for i, first in enumerate(tokens):
        if not _content(first):
            continue
        words, stops = [first], 0
        for token in tokens[i + 1:]:
            if not re.match(r"[A-Za-z]", token):
                break  # a punctuation mark or a number ends the run
            if token.lower() in STOP_WORDS_EN:
                stops += 1
                if stops > 1:
                    break
                words.append(token)
                continue
            if not _content(token) or sum(_content(w) for w in words) >= MAX_WORDS:
                break
            words.append(token)
            out.setdefault(latin_stem_sequence(" ".join(words)), _surface(words))
        out.setdefault(latin_stem_sequence(first), _surface([first]))
    return {k: v for k, v in out.items() if k}


def _content(word: str) -> bool:
    return len(word) > 2 and word.lower() not in STOP_WORDS_EN and word.lower() not in GENERIC_EN


def _surface(words: list[str]) -> str:
    return " ".join(w if sum(c.isupper() for c in w) >= 2 else w.lower() for w in words)


def chinese_terms(sentence: str) -> dict[tuple[str, ...], str]:
    """jieba words of two characters or more of a Chinese sentence and runs of two or three of them (表情识别,
    面部表情识别)."""
    out: dict[tuple[str, ...], str] = {}
    for run in re.findall(r"[\u3400-\u9fff]+", to_simplified(sentence)):
        words = [w for w in jieba_segmenter().lcut(run) if w not in STOP_WORDS_ZH]
        for i, w in enumerate(words):
            for j in range(i + 1, min(i + 3, len(words)) + 1):
                term = "".join(words[i:j])
                # (a generic tail jieba keeps in its last word goes: 识别方法 is 识别, 面部表情识别方法 面部表情识别)
                term = next((term[:-len(g)] for g in GENERIC_ZH if term.endswith(g) and len(term) > len(g) + 1), term)
                if len(term) >= 2 and term not in GENERIC_ZH and len(words[j - 1]) >= 2:
                    out.setdefault((term,), term)
    return out


def paper_terms(t: PaperText) -> tuple[dict[tuple[str, ...], str], set[tuple[str, ...]]]:
    """A candidate's terms in every sentence, and those of its focus sentences (`focus_sentences`); each sentence's
    terms are worked out once."""
    in_focus = set(focus_sentences(t))
    focus: set[tuple[str, ...]] = set()
    every: dict[tuple[str, ...], str] = {}
    for _, s in t.sentences:
        terms = (chinese_terms if has_chinese(s) else english_terms)(s)
        for key, form in terms.items():
            every.setdefault(key, form)
        if s in in_focus:
            focus |= set(terms)
    return every, focus

