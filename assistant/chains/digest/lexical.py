"""Whether a paper names a concept in words, in either language (issue 16).

A paper's fields (title, Chinese title, abstract, TL;DR, keywords) as sentences (`PaperText`), without what a
sentence says the paper is not ('unlike RAG, …'); a concept is named when one of its forms occurs as words (English,
plurals too; acronyms case-sensitive), as a substring (Chinese), word by word (an unknown English phrase, by stems) or
through its dictionary glosses. Every later rule (focus, enumeration, translation learning) asks these questions, so
they live in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.chains.digest.common_terms import rare_in_papers
from assistant.chains.digest.concept import Concept, spells
from assistant.chains.digest.semantic import SEMANTIC_MIN_CHARS
from assistant.chains.digest.vocabulary import (
    _ADJECTIVE_ENDINGS,
    _content_stems,
    _is_acronym,
    _latin_stems,
    _stems,
    compound_tails_out,
    gloss_stems,
    latin_stem_sequence,
    stop_word_compounds_closed,
)
from assistant.chains.translate.glossary import term_occurs
from assistant.citations import split_sentences
from assistant.lang import has_chinese, to_simplified
from assistant.types import Paper

# A sentence in which a paper says what it does ('we propose …', 'this paper studies …', 'here we introduce …'). With
# the title, the keywords and the abstract's opening sentence, these are where a paper names what it is *about*
# (its focus); a concept named only in its experiments ('we evaluate on machine translation'), its results or the
# Chinese TL;DR (which lists tools and test sets too) is something the paper uses. See `Coverage.focused`.
CONTRIBUTION_RE = re.compile(
    r"\b(?:we|this (?:paper|work|study|article)|here)\s+(?:\w+\s+){0,2}?(?:propose|introduce|present|develop|design|"
    r"build|construct|study|investigate|explore|address|tackle|formulate|release|curate|analy[sz]e|examine|revisit|"
    r"rethink|systematically)\w*|\b(?:this|our) (?:paper|work|study|article)\b|\bin this (?:paper|work)\b",
    re.IGNORECASE)


# The sentences that go on enumerating what a 'we propose / present …' sentence announced ('We present Traj-Evolve, a
# self-evolving multi-agent system with two complementary evolving mechanisms. First, an Experience Pool … Second,
# multi-agent reinforcement learning (MARL) via reward-ranked fine-tuning optimizes …'): contribution sentences too
# (`PaperText.focus_rows`), while each opens with its ordinal
ORDINAL_RE = re.compile(r"\s*(?:First|Second|Third|Fourth|Fifth|Finally|Lastly)(?:ly)?\s*,|\s*\((?:[1-5]|i{1,3}|iv|v)\)\s",
                        re.IGNORECASE)


# ---------------------------------------------------------------- matching
# What a paper says it is *not* or does *not* do names no concept of it: 'Unlike retrieval-augmented generation
# (RAG), which pays …' / '与RAG不同，…' (Grokers, a write-time knowledge-graph system, matched 'knowledge graphs for
# retrieval-augmented generation' through these alone). The clause up to the next punctuation is left out of
# matching.
_CONTRAST_EN = re.compile(r"\b(?:unlike|instead of|rather than|as opposed to|in contrast to)\b[^,;:.，；。]*",
                          re.IGNORECASE)
# What it does without ('在没有多模态大模型的情况下达到了SOTA', '无需大模型'), up to a 的 that makes it a modifier
# ('无需梯度反向传播的深度伪造检测方法' names deepfake detection): session 16, a geolocation reranker matched
# 大语言模型的重排序 through '在没有多模态大模型的情况下' alone.
_CONTRAST_ZH = re.compile(r"(?:与|和|同)[^，。；,;]{1,30}?不同|不同于[^，。；,;]{1,30}|而非[^，。；,;]{1,30}|"
                          r"没有[^，。；,;（）()]{1,20}?的情况下|(?:无需|无须|不需要|不依赖|不借助)[^，。；,;的（）()]{1,20}")

# What a paper uses rather than studies: in a sentence of its abstract, the object of a means phrase ('… using
# parameter-efficient LoRA with 4-bit quantization', 'via X', 'by X', 'leveraging X'), up to the end of the clause.
# Not 'with' alone ('integrates reports with a purpose-built knowledge graph' is what the paper builds).
_MEANS_OBJECT = r"(?:[^\w,;:.]+(?!(?:and|or|to|for|that|which|while|whereas|but)\b)[\w\-]+){1,6}"
_USES_WORDS = r"using|via|through|leveraging|employing|utili[sz]ing|based on|relying on"
MEANS_RE = re.compile(r"\b(?:by|" + _USES_WORDS + r")\b" + _MEANS_OBJECT, re.IGNORECASE)
# What a paper uses named as a thing: a means phrase but for 'by', which says how the paper does what it does ('we
# construct a synthetic dataset by generating validated traces') or why ('Motivated by their applications in DNA-based
# storage systems'). A one-concept topic's concept named only inside such a phrase is no focus (`relevance._in_focus`).
USES_RE = re.compile(r"\b(?:" + _USES_WORDS + r")\b" + _MEANS_OBJECT, re.IGNORECASE)


# A full stop with no space after it, between a word and the capitalised next one ('… in scientific discovery.Recent
# LLM-based methods …'): two sentences, not one. Read as one, the abstract's 'we propose …' sentence ran on into the
# experiments ('… Experiments on a … benchmark show that Graph2Idea outperforms baselines under the automatic evaluation
# protocol'), and what the paper was evaluated on became what it is about (session 26: an idea-generation paper listed
# for 检索增强生成的评测基准). Two lower-case letters before the stop: not an initial or an abbreviation ('U.S.', 'e.g.').
_GLUED_STOP_RE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")

# What a paper tests its own work on, to the end of the sentence ('We design an agentic system … and evaluate its
# performance on questions from MoNaCo, a challenging Wikipedia QA benchmark …'): its experiments, not what it is
# about. Read as a contribution, the benchmark it was tested on put a graph-RAG method for hallucination into
# 检索增强生成的评测基准 (session 26). Only the paper's own work as the object (it, its, our, the proposed …): 'we
# evaluate nine frontier models' and 'we benchmark LLMs' stay what a benchmark paper does.
TESTED_ON_RE = re.compile(r"\b(?:evaluat|test|validat|assess|benchmark)\w*\s+(?:it|its|them|their|our|the\s+"
                          r"(?:proposed|resulting|new)\b)[^;.]*", re.IGNORECASE)


def _without_contrast(sentence: str) -> str:
    return _CONTRAST_ZH.sub(" ", _CONTRAST_EN.sub(" ", sentence))


@dataclass
class PaperText:
    """A paper's fields as sentences, ready for lexical and semantic matching."""

    paper: Paper
    sentences: list[tuple[str, str]] = field(default_factory=list)  # (field, sentence)
    _flat: list[str] | None = None
    _stemsets: list[set[str]] | None = None
    _free: list[set[str]] | None = None
    _terms: dict[bool, dict] = field(default_factory=dict)
    # the sentences naming each concept (`naming_rows`), worked out once per paper: the coverage rules ask the same
    # question of one sentence at a time (mentions, focus, enumerations, one sentence naming all), and `row` texts
    # answer from their paper's rows
    _rows: dict[Concept, frozenset[int]] = field(default_factory=dict)
    _parent: tuple[PaperText, int] | None = None
    _joined: str | None = None
    _glossed: frozenset[str] | None = None

    def stemsets(self) -> list[set[str]]:
        """Each sentence's Latin stems (for unknown phrases matched word by word)."""
        if self._stemsets is None:
            self._stemsets = [_latin_stems(s) for _, s in self.sentences]
        return self._stemsets

    def free_stemsets(self) -> list[set[str]]:
        """Each sentence's stems without the suffix-like tails of compounds (`vocabulary.compound_tails_out`:
        'Modality-Aware'): what a one-word form or the gloss of a one-word concept is met by (`_naming_rows`)."""
        if self._free is None:
            self._free = [have if (free := compound_tails_out(s)) == s else _latin_stems(free)
                          for (_, s), have in zip(self.sentences, self.stemsets())]
        return self._free

    @classmethod
    def of(cls, paper: Paper) -> PaperText:
        rows = [("title", paper.title), ("title", paper.title_zh)]
        rows += [("abstract", s) for s in split_sentences(_GLUED_STOP_RE.sub(" ", paper.abstract or ""))]
        rows += [("tldr", s) for s in split_sentences(paper.summary.tldr or "")]
        if paper.keywords:
            rows.append(("keywords", ", ".join(paper.keywords)))
        rows = [(f, _without_contrast(s)) for f, s in rows if s]
        return cls(paper=paper, sentences=[(f, s.strip()) for f, s in rows if s and s.strip()])

    def means_free(self, i: int, means: re.Pattern = MEANS_RE) -> PaperText:
        """The i-th sentence without its means phrases (`MEANS_RE`, or `USES_RE`): what it says the paper does, not
        with what."""
        where, sentence = self.sentences[i]
        return PaperText(paper=self.paper, sentences=[(where, TESTED_ON_RE.sub(" ", means.sub(" ", sentence)))])

    def row(self, i: int) -> PaperText:
        """The i-th sentence alone (its flat text and stems reused)."""
        return PaperText(paper=self.paper, sentences=[self.sentences[i]], _flat=[self.flat()[i]],
                         _stemsets=[self.stemsets()[i]], _parent=(self, i))

    def glossed(self) -> frozenset[str]:
        """The English gloss stems (CC-CEDICT) of the words of the paper's Chinese sentences (title, TL;DR)."""
        if self._glossed is None:
            from assistant.lang import jieba_segmenter

            words = {w for _, s in self.sentences if has_chinese(s) for w in jieba_segmenter().lcut(to_simplified(s))}
            self._glossed = frozenset().union(*(gloss_stems(w) for w in words))
        return self._glossed

    def joined(self) -> str:
        """All sentences in one string, a line each: a form absent from it is absent from every sentence."""
        if self._joined is None:
            self._joined = "\n".join(s for _, s in self.sentences)
        return self._joined

    def focus_rows(self) -> list[int]:
        """The sentences where a paper says what it is about: titles, keywords, the abstract's first sentence and
        its contribution sentences (`CONTRIBUTION_RE`)."""
        out, first, claimed = [], True, False
        for i, (where, sentence) in enumerate(self.sentences):
            if where in ("title", "keywords"):
                out.append(i)
            elif where == "abstract":
                if first or CONTRIBUTION_RE.search(sentence) or (claimed and ORDINAL_RE.match(sentence)):
                    out.append(i)
                claimed = bool(CONTRIBUTION_RE.search(sentence)) or (claimed and bool(ORDINAL_RE.match(sentence)))
                first = False
        return out

    def semantic_sentences(self) -> list[str]:
        return [self.sentences[i][1] for i in self.semantic_rows()]

    def semantic_rows(self) -> list[int]:
        """The sentences long enough to embed (`SEMANTIC_MIN_CHARS`), by row."""
        return [i for i, (_, s) in enumerate(self.sentences)
                if len(s) >= SEMANTIC_MIN_CHARS["zh" if has_chinese(s) else "en"]]

    def flat(self) -> list[str]:
        """Each sentence without spaces/hyphens, simplified (Chinese forms match as substrings)."""
        if self._flat is None:
            self._flat = [re.sub(r"[\s\-–]+", "", to_simplified(s)) for _, s in self.sentences]
        return self._flat


def lexical_field(concept: Concept, text: PaperText) -> str | None:
    """The field (title, abstract, tldr, keywords) of the first sentence naming the concept in any of its forms
    (any of its alternatives), else None (sentences run title, Chinese title, abstract, TL;DR, keywords)."""
    first = first_row(concept, text)
    return text.sentences[first][0] if first is not None else None


def first_row(concept: Concept, text: PaperText) -> int | None:
    rows = naming_rows(concept, text)
    return min(rows) if rows else None


def naming_rows(concept: Concept, text: PaperText) -> frozenset[int]:
    """The sentences of `text` that name the concept in any of its forms (any of its alternatives), worked out once
    per paper and concept (`PaperText._rows`); a sentence from `PaperText.row` answers from its paper's rows. Session
    28: coverage asked each rule's question sentence by sentence, every form again each time (900,000 form matches
    for four digests, three quarters of the selection's time)."""
    if text._parent is not None:
        parent, i = text._parent
        return frozenset({0}) if i in naming_rows(concept, parent) else frozenset()
    rows = text._rows.get(concept)
    if rows is None:
        rows = text._rows[concept] = frozenset(_naming_rows(concept, text))
    return rows


def _naming_rows(concept: Concept, text: PaperText) -> set[int]:
    if concept.alternatives:
        return set().union(*(naming_rows(a, text) for a in concept.alternatives))
    flat = text.flat()
    rows: set[int] = set()
    for form in concept.forms + concept.learned:
        if has_chinese(form):
            needle = re.sub(r"[\s\-–]+", "", form)
            rows.update(i for i, s in enumerate(flat) if needle in s)
        elif form in concept.learned and form not in concept.forms and (_is_acronym(form) or
                                                                        len(latin_stem_sequence(form)) >= 2):
            rows.update(i for i, (_, s) in enumerate(text.sentences) if learned_occurs(form, s))
        elif (concept.loose and form == concept.label) or form in concept.learned:  # an unknown phrase: its words' stems in one sentence
            # (a one-word form in a word of its own sense, not the tail of another word's compound:
            # `PaperText.free_stemsets`)
            one_word = len(_content_stems(form)) == 1 and "-" not in form
            stemsets = text.free_stemsets() if one_word else text.stemsets()
            rows.update(i for i, have in enumerate(stemsets) if _loose_match(form, have, concept.droppable)
                        and all(r in have for r in concept.required) and
                        (not concept.window or _near_head(form, text.sentences[i][1], concept.window,
                                                          concept.droppable)))
        elif len(text.sentences) > 1 and not form.lower().startswith("language ") and \
                not form_occurs(form, text.joined()):
            continue  # in no sentence ('language …' looks at what stands before it, which joining changes)
        else:
            rows.update(i for i, (_, s) in enumerate(text.sentences) if form_occurs(form, s))
    if concept.glossed:  # an unknown Chinese concept in English, through its dictionary glosses (a one-word
        # concept's in a word of its own sense, not the tail of another word's compound, `PaperText.free_stemsets`;
        # a compound's words may meet in one: 语音驱动, 'speech-driven')
        stemsets = text.free_stemsets() if len(concept.glossed) == 1 else text.stemsets()
        rows.update(i for i, have in enumerate(stemsets) if gloss_match(concept.glossed, have))
    return rows


def learned_occurs(form: str, sentence: str) -> bool:
    """A term learned from the candidates (`learned.translate_concepts`) in a sentence: an acronym as itself, a term of
    two words or more as a run of its stems ('trajectory prediction', 'trajectories predicted', 'physics-informed
    neural networks'), not its words anywhere in the sentence. It was learned as adjacent words (`candidate_terms.en_terms`),
    and apart they name other things: session 16, 'trajectory prediction' matched the 'trajectories' of hidden states
    or of visual acuity in a sentence that also said 'predict', 'physics-informed neural' a 'physics-informed' matching
    pursuit whose abstract named a neural network elsewhere. Two words may come the other way round, with stop words
    between ('prediction of trajectories', 'Detection of Deepfake Faces'); a term of three words or more may take one
    more word inside it ('physics-informed graph neural networks')."""
    if _is_acronym(form):
        return form_occurs(form, sentence)
    want = latin_stem_sequence(form)
    have = latin_stem_sequence(sentence)
    if len(want) == 2 and any(have[i:i + 2] == want[::-1] for i in range(len(have) - 1)):
        return True  # two words the other way round, a preposition between ('detection of deepfake faces')
    # a term of three words or more may take one word inside it ('physics-informed graph neural networks'); two words
    # stay adjacent
    allowed = 1 if len(want) >= 3 else 0
    for i, stem in enumerate(have):
        if stem != want[0]:
            continue
        j, k, skipped = i + 1, 1, 0
        while k < len(want) and j < len(have):
            if have[j] == want[k]:
                k += 1
            elif skipped < allowed:
                skipped += 1
            else:
                break
            j += 1
        if k == len(want):
            return True
    return False


@lru_cache(maxsize=256)
def _words_re(form: str) -> re.Pattern:
    """A lower-case English form as words, a plural too (as `term_occurs` matches it), to find where it stands."""
    body = r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", form.strip()))
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?:e?s)?(?![A-Za-z0-9])", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _mixed_re(form: str) -> re.Pattern:
    words = re.split(r"[\s\-]+", form.strip())
    body = r"[\s\-]+".join(re.escape(w) if sum(c.isupper() for c in w) >= 2 else f"(?i:{re.escape(w)})"
                           for w in words)
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?:e?s)?(?![A-Za-z0-9])")


# Words before an English form that give it another sense than its concept's: 'hate speech', 'free speech', 'parts of
# speech' are what is said, not spoken audio (the built-in 语音 entry's 'speech'; session 30: a paper on hate speech in
# Nepali memes was listed for 语音情感识别与合成)
OTHER_SENSE_BEFORE = {"speech": re.compile(r"(?:\bhate|\bfree|\bcounter|\btoxic|\boffensive|\bhateful)[\s\-]+$|"
                                           r"\b(?:parts?|figures?)\s+of\s+$", re.IGNORECASE)}


def form_occurs(form: str, sentence: str) -> bool:
    """An English form in a sentence as words (`term_occurs`); a phrase mixing words and an acronym ('multimodal
    LLM') keeps the acronym case-sensitive but not the words ('Multimodal LLMs have advanced …'); not after words that
    give it another sense (`OTHER_SENSE_BEFORE`)."""
    other = OTHER_SENSE_BEFORE.get(form.lower())
    if other is not None:
        return any(not other.search(sentence[:m.start()]) for m in _words_re(form.lower()).finditer(sentence))
    if form.lower().startswith("language "):  # not the tail of a compound: 'vision-language agent'
        return any(not re.search(r"[A-Za-z]-\s*$", sentence[:m.start()]) for m in _words_re(form).finditer(sentence))
    if " " in form.strip() and any(sum(c.isupper() for c in w) >= 2 for w in form.split()) and \
            any(w.islower() for w in form.split()):
        return bool(_mixed_re(form).search(sentence))
    return term_occurs(form, sentence)


# Stems of words that name one operation (making a set of tokens or a cache smaller): an unknown phrase whose head
# is one of them matches any ('visual token pruning' ~ 'compressing visual tokens', 'token merging', 'token
# reduction'). Not eviction: 'KV eviction for VLMs' is not visual token pruning (measured: the one paper it added
# to that digest was judged off topic).
# Estimating a quantity and quantifying it are one operation too: 'uncertainty estimation' ~ 'uncertainty
# quantification' (UQ), the field's two names for it (session 16: five judged papers of 'uncertainty estimation and
# calibration of LLMs' say only 'uncertainty quantification').
# A robot's policy is also named by the model that is one: a vision-language-action model (VLA) or a visuomotor
# policy (session 23: of the five judged papers of 'learning robot manipulation policies from videos', LARA names
# only VLAs).
HEAD_SYNONYMS = (frozenset({"prune", "compress", "reduct", "reduc", "merg", "sparsif", "sparsifi"}),
                 frozenset({"estim", "quantif", "quantifi"}),
                 frozenset({"polici", "vla", "vlas", "visuomotor"}))


# nouns of a quality that their adjective names ('creative writing' names creativity); not a rule of the suffix:
# 'active learning' names no activity, 'sensitive data' no sensitivity, 'selective attention' no selectivity
_QUALITY_NOUNS = frozenset({"creativity"})


def _loose_match(phrase: str, have: set[str], droppable: tuple[str, ...] = ()) -> bool:
    """An unknown phrase in a sentence word by word: its head (last content word, or a word of the same
    operation, `HEAD_SYNONYMS`) and all its other content words, or all but one when it has three or more ('KV
    cache compression' ~ 'compresses the KV states'), though only the word the candidate pool uses most
    (`droppable`, set by `coverage`; without a pool, any but the first): the rarer words name the domain ('hate
    speech detection' is no speech deepfake detection, 'radiology report generation' no pathology report
    generation), while 'visual' of 'visual token pruning' or 'formal' of 'formal theorem proving' may go."""
    need = _content_stems(phrase)
    if not need:
        return False
    heads = _head_stems(need)
    if not heads & have:
        return False
    words = re.findall(r"[A-Za-z0-9]+", phrase.lower())
    if words and not words[-1].endswith(_ADJECTIVE_ENDINGS) and words[-1] not in _QUALITY_NOUNS and \
            not {"!" + h for h in heads} & have:
        return False  # the head only as an adjective: 'generative AI' names no generation (`_QUALITY_NOUNS` apart)
    absent = [stem for stem in need[:-1] if stem not in have and not (stem in _underived(words) and
                                                                          _derived_in(stem, have)) and
              not _verb_noun_in(stem, have)]
    if not absent:
        return True
    if len(need) < 3 or len(absent) > 1:
        return False
    if _DIMENSION_RE.fullmatch(absent[0]) and any(_DIMENSION_RE.fullmatch(stem) for stem in have):
        return False  # another dimension in its place: '4D asset generation' is not '3D asset generation'
    return absent[0] in droppable if droppable else need[0] in have


# what the stemmer may have cut off a topic's word for its stem to meet derivatives (`_underived`): nothing, a plural,
# the adjective's -ic / -ical ('prosodic' -> prosod ~ prosodi of 'prosody')
_UNDERIVED_TAILS = ("", "s", "es", "ic", "ical")


def _underived(words: list[str]) -> set[str]:
    """The stems of a phrase's words that are the word itself, its plural or its -ic adjective (`_UNDERIVED_TAILS`):
    the stems whose derivatives name the same thing (`_derived_in`). Not a stem the stemmer cut a longer suffix from:
    'registration' -> registr is no stem of 'registry' (registri), 'unrelated' -> unrel none of 'unreliable' (review34
    E1': 'registration accuracy' met 'registry accuracy')."""
    return {stem for w in words for stem in _stems(w)[:1] if w[len(stem):] in _UNDERIVED_TAILS and w.startswith(stem)}


def _derived_in(stem: str, have: set[str]) -> bool:
    """A modifier's stem met by its derivative in -atic / -y (`DERIVED_ENDINGS`: 'idiom' ~ 'idiomatic', stem 'idiomat';
    'prosod' of 'prosodic' ~ 'prosodi' of 'prosody'), when both stems are in under 1 % of papers at large
    (`common_terms.rare_in_papers`) and the shorter has five letters or more: a rare word's derivatives name the same
    thing ('Idiomatic Understanding' is idiom understanding: session 33, the thirty-first group, blind: 'idiom
    understanding in language models' listed 1 of its 5 judged papers). Not any longer word that starts with it (review34
    E1: tempo ~ temporal, integer ~ integrating, species ~ specific, quant ~ quantum), nor a common derivative ('police'
    ~ 'policy'). Of a modifier only: the head met so named more than the topic ('molecules' met 'molecular' of molecular
    sieves and pathology)."""
    return len(stem) >= 5 and any(_derives(stem, t) for t in have) and rare_in_papers(stem)


# the endings a stem takes in its derivatives that `_derived_in` accepts, as the stemmer leaves them: -atic ('idiomatic'
# -> idiomat), -y ('prosody' -> prosodi of 'prosodic' -> prosod)
DERIVED_ENDINGS = ("at", "i")


def _derives(stem: str, word: str) -> bool:
    """`word` is `stem` and a derivational ending (`DERIVED_ENDINGS`), itself rare at large."""
    return word.startswith(stem) and word[len(stem):] in DERIVED_ENDINGS and rare_in_papers(word)


# The stems the stemmer leaves an -ify verb ('clarify', 'clarifying', 'clarified' -> clarifi) and its -ification noun
# ('clarification' -> clarif): one word apart by a letter, `_verb_noun_in`
IFY_VERB, IFY_NOUN = "ifi", "if"


def _verb_noun_in(stem: str, have: set[str]) -> bool:
    """A modifier in an -ify verb form met by its -ification noun, or the other way round: 'clarifying questions' ~
    'clarification questions' (the blind forty-ninth group: 'clarifying questions in LLM agents' was empty, its judged
    papers writing 'clarification questions' and 'clarification … questions'). Only when both stems are in under 1 %
    of papers at large (`common_terms.rare_in_papers`), as `_derived_in` asks: a common -if stem is also an -ific
    adjective's ('specify' -> specifi, 'specification' and 'specific' -> specif)."""
    if stem.endswith(IFY_VERB):
        other = stem[:-len(IFY_VERB)] + IFY_NOUN
    elif stem.endswith(IFY_NOUN):
        other = stem[:-len(IFY_NOUN)] + IFY_VERB
    else:
        return False
    return len(other) >= 5 and other in have and rare_in_papers(stem) and rare_in_papers(other)


def _near_head(phrase: str, sentence: str, window: int, droppable: tuple[str, ...] = ()) -> bool:
    """The phrase's words near its head in the sentence: every other content word within `window` words (stop words
    not counted) of one mention of the head, but the droppable word (`_loose_match`), which may be absent or
    anywhere. 'nitrogen generation … on carbon molecular sieves' names no molecular generation. The sentence's
    stop-word compounds are closed up as the phrase's are (`stop_word_compounds_closed`): read as 'context', a
    sentence's 'in-context learning' never met the phrase's 'incontext' (session 38)."""
    need = _content_stems(phrase)
    have = latin_stem_sequence(stop_word_compounds_closed(sentence))
    heads = _head_stems(need)
    others = [stem for stem in need[:-1] if stem not in droppable]
    return any(all(stem in have[max(0, h - window):h + window + 1] for stem in others)
               for h, stem in enumerate(have) if stem in heads)


def _head_stems(need: list[str]) -> frozenset[str] | set[str]:
    """The stems that name a phrase's head: its last content stem, or the operations synonymous with it
    (`HEAD_SYNONYMS`: pruning a token is compressing it)."""
    return next((group for group in HEAD_SYNONYMS if need[-1] in group), {need[-1]})


_DIMENSION_RE = re.compile(r"[1-9]d")  # '2D', '3D', '4D' (stemmed: lower case)


def stem_near(stem: str, have: set[str]) -> bool:
    """A gloss stem among a sentence's stems, or one differing only by a short ending ('hacker' ~ 'hack' of
    'reward hacking', 'flatter' ~ 'flatteri'): both four letters or more, one a prefix of the other, at most two
    letters apart, and not a word and its -ize derivative ('standard' / 'standardiz', `vocabulary._keep_ize`)."""
    if stem in have:
        return True
    return len(stem) >= 4 and any(len(t) >= 4 and abs(len(t) - len(stem)) <= 2 and
                                  (t.startswith(stem) or stem.startswith(t)) and
                                  not (t.endswith("iz") and t[:-2] == stem or stem.endswith("iz") and stem[:-2] == t)
                                  for t in have)


def gloss_match(glossed: tuple[frozenset[str], ...], have: set[str]) -> bool:
    return bool(glossed) and all(any(stem_near(g, have) for g in group) for group in glossed)


def mentions(concept: Concept, text: PaperText) -> int:
    """How many of the paper's sentences name the concept lexically."""
    return len(naming_rows(concept, text))


def cooccur(concepts: list[Concept], text: PaperText) -> bool:
    """Every concept named in one sentence (or the title): the paper is about the combination, not two
    separate mentions."""
    if not concepts:
        return bool(text.sentences)
    return bool(frozenset.intersection(*(naming_rows(c, text) for c in concepts)))


# Candidates that must write an acronym's long form before it (`Long Form (ACR)`) for the form to be learned
# (`defined_long_form`): a definition is the paper saying what the acronym stands for, so two that agree are enough.
DEFINED_MIN_PAPERS = 2
# Words looked at before an acronym's parenthesis: the longest long form spelled is this many words
# ('Simultaneous Localization and Mapping (SLAM)' is four).
DEFINED_MAX_WORDS = 6


def defined_long_form(acronym: str, texts: list[PaperText]) -> str | None:
    """For an acronym (else None), the long form the candidates write before an acronym in parentheses ("a 2.5D Multi-planar Bird's-Eye View (BEV)
    representation"): the shortest run of words just before '(ACR)' whose initials spell it (`concept.spells`, a
    possessive 's dropped), the one the most candidates write (compared by stems), when DEFINED_MIN_PAPERS write it.
    An unknown acronym typed as the topic is otherwise matched only as itself, and the papers that name it by its long
    form in their title are missed (session 40: 'BEV perception', the forty-second group, blind: MB-Loc, 'Multi-planar
    Bird's-eye-view Localization', writes 'BEV' once, in a method sentence, and was not listed)."""
    if not _is_acronym(acronym):
        return None
    found: dict[tuple[str, ...], list[str]] = {}
    for text in texts:
        written: dict[tuple[str, ...], str] = {}
        for _, sentence in text.sentences:
            for before in _before_parenthesis(sentence, acronym):
                words = before.split()[-DEFINED_MAX_WORDS:]
                run = next((" ".join(words[-n:]) for n in range(1, len(words) + 1)
                            if spells(acronym, re.sub(r"['’]s\b", "", " ".join(words[-n:])))), None)
                if run and (key := latin_stem_sequence(run)) and len(key) > 1:
                    written.setdefault(key, run)
        for key, run in written.items():
            found.setdefault(key, []).append(run)
    best = max(found.items(), key=lambda item: len(item[1]), default=None)
    return best[1][0] if best is not None and len(best[1]) >= DEFINED_MIN_PAPERS else None


def _before_parenthesis(sentence: str, acronym: str) -> list[str]:
    """The text before each '(ACR)' or '(ACRs)' in a sentence, back to the last comma, colon or parenthesis."""
    out = []
    for closing in (f"({acronym})", f"({acronym}s)"):
        at = sentence.find(closing)
        while at > 0:
            before = sentence[:at]
            cut = max(before.rfind(ch) for ch in ",;:()")
            out.append(before[cut + 1:])
            at = sentence.find(closing, at + 1)
    return out
