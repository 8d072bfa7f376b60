"""The relevance cut: which concepts a paper covers and whether it is about them (issue 16).

`coverage` says, per paper, where each concept is named (lexically, else semantically) and whether the paper is
*about* the topic (`Coverage.focused`): the head concept in a focus sentence (title, keywords, the abstract's opening,
a contribution sentence), no concept named only as one item of an enumeration or only as a means, context words
named. These are the rules a paper that merely mentions a topic fails; `select` keeps the papers that pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from assistant.chains.digest.common_stems import COMMON_STEMS
from assistant.chains.digest.concept import Concept
from assistant.chains.digest.lexical import (
    CONTRIBUTION_RE,
    USES_RE,
    PaperText,
    cooccur,
    first_row,
    learned_occurs,
    lexical_field,
    mentions,
)
from assistant.chains.digest.semantic import CONCEPT_SIMILARITY, vector_cache
from assistant.chains.digest.topic_words import ACTION_NOUN_RE
from assistant.chains.digest.vocabulary import _content_stems, latin_stem_sequence, written_alike
from assistant.lang import has_chinese, to_simplified

FOCUS_MENTIONS = 2  # sentences that must name a concept found only in the abstract (see `Coverage.focused`)
# the most concepts a topic may have for the focus route (`Coverage.focus_routed`): in three-concept topics the head and
# a broad concept ('LLM') carry the E5 score, and a once-named third concept let in papers on other things (session
# 39: studied 3+-concept adds 4 on / 2 off, the reviewer's invented ones ~3 on / ~7 off; two-concept studied 12 on / 1 off)
ROUTE_MAX_CONCEPTS = 2
RECURRENCE_MENTIONS = 4  # sentences naming a concept that count in the ranking (`Coverage.recurrence`)
SEMANTIC_MAX_PAPERS = 12  # candidates looked at semantically per digest (best retrieval ranks first; ~0.5 s)


@dataclass(frozen=True)
class Coverage:
    """How a paper covers a topic: per concept label, the field it was found in ('title', 'abstract', 'tldr',
    'keywords', 'semantic' or 'dense'), with the best sentence cosine for semantic matches."""

    matched: dict[str, str]
    similarity: dict[str, float]
    complete: bool
    together: bool  # all concepts in one sentence
    mentions: dict[str, int] = field(default_factory=dict)  # sentences naming each concept lexically
    focus: dict[str, bool] = field(default_factory=dict)  # concept named in a focus sentence (`PaperText.focus_rows`)
    head: str | None = None  # the topic's head concept (`head_label`)
    claimed: bool = False  # the head named in a contribution sentence of the abstract ('We propose …', not as a means)
    # concepts named only as one item of an enumeration ('Across GUI control, open-ended gameplay, and strategic card
    # play …', 'GUI and other visual-centric tasks', 'such as code coverage in the GUI domain'): one domain among
    # several the paper works on (`listed_only`); a qualifier may still be named in a focus sentence, the head not
    # (session 14: the head too; on the judged papers of all 59 topics, 12 fewer rejected papers pass, no judged
    # on-topic paper fewer)
    listed: frozenset[str] = frozenset()
    # the whole topic named as a phrase in a focus sentence (`states_topic`): 'In the fair allocation of indivisible
    # goods, …' opens a paper on that topic
    stated: bool = False
    roles: frozenset[str] = frozenset()  # concepts the topic names as a role ('X作为Y': `Concept.role`)
    # Chinese-only concepts (`_chinese_only`) matched semantically whose near sentence is a title: named there in
    # other words ('Speech-Driven 3D Facial Animation' for 说话人脸生成)
    titled: frozenset[str] = frozenset()
    settings: frozenset[str] = frozenset()  # concepts the topic names as the head's setting (`Concept.setting`)
    # concepts the topic names by a member of a glossary entry ('flow matching' of the diffusion-model entry) that the
    # paper matches only by the entry's other forms, not by the topic's own term (`own_term`): ranked after the papers
    # that write it (`select._covering`)
    unwritten: frozenset[str] = frozenset()

    def focused(self, focus_route: bool = False) -> bool:
        """The paper is about the topic, not mentioning part of it in passing: every concept in its title,
        TL;DR or keywords (what the paper is about), or all of them in one sentence. ExpWeaver lists
        'recommendation' among 13 evaluation tasks and 'generative' elsewhere in its abstract: it is not a
        generative-recommendation paper.

        First of all the topic's head concept must be in the paper's focus (title, keywords, the abstract's
        opening or a 'we propose …' sentence): a paper on LLM jailbreaks that evaluates on hallucination is not
        about VLM hallucination, and one that translates a benchmark into 43 languages is not about machine
        translation, though each names both concepts.

        `focus_route`: the recurrence clause (below) is also met by any concept but the head named in a focus
        sentence, as for a setting (`focus_routed`); not in a topic without a head, whose every part is what it is
        about (session 39: 'AI and the labor market' let in a data-curation benchmark whose opening calls curation
        'labor-intensive'); nor in a topic of more than ROUTE_MAX_CONCEPTS concepts."""
        if self.head and not self.focus.get(self.head):
            return False
        if any(not self.focus.get(label) for label in self.roles):
            return False  # the role the topic names ('LLM as judge') only where the paper uses it: a benchmark whose
            # answers an LLM judge scores (session 18: 5 of the 6 off-topic papers of 大模型作为裁判的自动评估 @20)
        if any(label in self.listed and (label == self.head or self.head is None or not self.focus.get(label))
               for label in self.matched):
            return False  # a qualifier named only as one item of a list: the paper is not about it; nor when the
            # head is, even in its opening sentence ('LLMs answer questions about taxes, labor protections,
            # healthcare, education, pensions, and …' is no education paper); nor any part of a topic without a
            # head ('AI and the labor market': each part is what the topic is about, and that opening sentence is no
            # labor-market paper either; session 27)
        if all(how in ("title", "tldr", "keywords") for how in self.matched.values()):
            return True
        if self.together and any(how == "title" for how in self.matched.values()):
            return True  # the title names one concept and a sentence names them all
        if self.stated:
            return True  # the opening or a contribution sentence names the whole topic as a phrase (session 18:
            # 'In the fair allocation of indivisible goods, a widely used notion …' opened a paper on the topic that
            # names 'indivisible goods' once, so the recurrence rule below left it out)
        # otherwise each concept is in the title or recurs in the paper's text ('3DThinkVLA: ...
        # Vision-Language-Action Models' whose abstract twice names manipulation); one passing mention is not
        # what a paper is about, even in a sentence with the other concept ('... reduces hallucination')
        return all(how == "title" or label in self.titled or self.mentions.get(label, 0) >= FOCUS_MENTIONS or
                   (label == self.head and self.claimed) or
                   ((label in self.settings or (focus_route and self.head not in (None, label) and
                                                 len(self.matched) <= ROUTE_MAX_CONCEPTS)) and
                    self.focus.get(label))
                   for label, how in self.matched.items())

    def focus_routed(self) -> bool:
        """Not about the topic by `focused` only because a concept other than the head is named once, in a focus
        sentence (the abstract's opening or a contribution sentence): the recall route of session 39. Session 37
        (dev37b) measured it alone: +17 on-topic / +17 off-topic papers in the studied digests of 20, the rate of the
        judged pool, so a paper only this route lets in must also pass a stricter semantic topic check
        (`topic_check.ROUTE_CHECK_MIN`)."""
        return not self.focused() and self.focused(focus_route=True)

    def named_as_focus(self) -> bool:
        """A one-concept topic: the paper names the concept where it says what it is about (title, TL;DR,
        keywords, the abstract's opening or a contribution sentence) or in two sentences or more; one passing
        mention deep in an abstract ('… remains vulnerable to reward hacking') is not what a paper is about; nor
        one item of an enumeration ('… four tasks: online HD map construction, long-range depth estimation, novel view
        synthesis, and end-to-end driving'), as for the head of a topic of several concepts (session 26: a driving
        dataset and a multi-task driving perception model were listed for 'monocular depth estimation')."""
        if self.listed & self.matched.keys():
            return False
        return all(how in ("title", "tldr", "keywords", "dense", "semantic") or self.focus.get(label)
                   or self.mentions.get(label, 0) >= FOCUS_MENTIONS for label, how in self.matched.items())

    def strength(self) -> float:
        weights = {"title": 1.0, "tldr": 0.9, "keywords": 0.85, "abstract": 0.8}
        values = [weights.get(how, 0.5 + max(0.0, self.similarity.get(label, 0.0) - CONCEPT_SIMILARITY))
                  for label, how in self.matched.items()]
        return sum(values) / len(values) if values else 0.0

    def recurrence(self) -> float:
        """How often the paper names its least-named concept, up to RECURRENCE_MENTIONS sentences (0 to 1): a paper
        about a topic names each of its concepts again and again, one that passes the cut on a passing mention names
        one of them once ('Emotion-Aware Image Generation from Korean Diary Text via LLM-based Prompt Translation and
        LoRA Fine-Tuning', whose abstract names neither LLMs nor translation, ranked 7th of 'LLM-based machine
        translation'). Matched only semantically or densely: 0."""
        if not self.matched:
            return 0.0
        return min(min(self.mentions.get(label, 0), RECURRENCE_MENTIONS) for label in self.matched) / RECURRENCE_MENTIONS


def coverage(concepts: list[Concept], texts: list[PaperText], embedder=None,
             threshold: float = CONCEPT_SIMILARITY, topic: str | None = None) -> list[Coverage]:
    """Each paper's coverage of the concepts: lexical first; a concept not named is looked for semantically
    (max sentence cosine with the concept's phrases >= `threshold`) when an embedder is given, in the first
    SEMANTIC_MAX_PAPERS papers that miss at most one concept (two missing is off topic either way). With the
    `topic` as typed, a paper that names it as a phrase where it says what it is about is `Coverage.stated`."""
    concepts = [_with_droppable(c, texts) for c in concepts]
    lexical = [{c.label: _named(c, t) for c in concepts} for t in texts]
    head = next((c.label for c in concepts if c.head), None)
    # a one-concept topic's concept is what the paper must be about: named in an abstract focus sentence only as a
    # thing the paper uses ('… using a Feed-Forward Gaussian Splatting encoder', `USES_RE`) it is no focus (session 40:
    # DSD-GS, a per-scene optimised method, was listed for 'feed-forward 3D reconstruction'); unlike a head's, not inside
    # a 'by' phrase: 'we construct a synthetic dataset by generating … traces' says what the paper does (`_in_focus`)
    alone = len(concepts) == 1
    sims: list[dict[str, float]] = [{} for _ in texts]
    rows = [i for i, found in enumerate(lexical) if sum(not v for v in found.values()) == 1 or
            (len(concepts) == 1 and not any(found.values()))][:SEMANTIC_MAX_PAPERS]
    headed: list[dict[str, list[int]]] = [{} for _ in texts]  # sentences naming a concept by its head (below)
    near: list[dict[str, list[int]]] = [{} for _ in texts]  # sentences the embedder puts near a Chinese-only concept
    chinese_only = {c.label for c in concepts if len(concepts) > 1 and _chinese_only(c)}
    owns = {c.label: own_term(c) for c in concepts}
    if rows and embedder is not None:
        cache = vector_cache(embedder)
        per_row = {i: texts[i].semantic_sentences() for i in rows}
        sentences = [s for i in rows for s in per_row[i]]
        if sentences:
            matrix = cache(sentences)
            at = 0
            for i in rows:
                block = matrix[at:at + len(per_row[i])]
                at += len(per_row[i])
                for c in concepts:
                    if not lexical[i][c.label] and len(block):
                        cos = (block @ cache(c.phrases()).T).max(axis=1)
                        sims[i][c.label] = float(cos.max())
                        if c.label in chinese_only:
                            at_rows = texts[i].semantic_rows()
                            near[i][c.label] = [at_rows[n] for n, value in enumerate(cos) if value >= threshold]
                        if len(concepts) > 1:
                            headed[i][c.label] = _head_rows(c, texts[i], per_row[i], cos, threshold)
    out = []
    for i, text in enumerate(texts):
        matched: dict[str, str] = {}
        for c in concepts:
            if lexical[i][c.label]:
                matched[c.label] = lexical[i][c.label]
            elif headed[i].get(c.label):
                matched[c.label] = text.sentences[headed[i][c.label][0]][0]
                lexical[i][c.label] = matched[c.label]
            elif sims[i].get(c.label, 0.0) >= threshold:
                matched[c.label] = "semantic"
        complete = len(matched) == len(concepts)
        together = complete and len(concepts) > 1 and all(lexical[i][c.label] for c in concepts) and \
            cooccur(concepts, text)
        focus_rows = text.focus_rows() if complete else []
        out.append(Coverage(matched=matched, similarity={k: round(v, 4) for k, v in sims[i].items()},
                            complete=complete, together=together,
                            mentions={c.label: len(headed[i][c.label]) if headed[i].get(c.label) else
                                      mentions(c, text) if lexical[i][c.label] else len(near[i][c.label])
                                      for c in concepts if lexical[i][c.label] or
                                      (c.label in matched and near[i].get(c.label))},
                            focus={c.label: bool(set(headed[i][c.label]) & set(focus_rows)) if headed[i].get(c.label)
                                   else any(_in_focus(c, c.label == head, text, j, alone) for j in focus_rows)
                                   if lexical[i][c.label] else bool(set(near[i][c.label]) & set(focus_rows))
                                   for c in concepts if lexical[i][c.label] or
                                   (c.label in matched and near[i].get(c.label))},
                            head=head, claimed=any(
                                c.label == head and lexical[i][c.label] and _claimed(c, text) for c in concepts),
                            listed=frozenset(c.label for c in concepts if lexical[i][c.label] and
                                             listed_only(c, text)),
                            stated=together and bool(topic) and (states_topic(topic, text, focus_rows) or
                                                                 states_compound(topic, concepts, text, focus_rows)),
                            roles=frozenset(c.label for c in concepts if c.role),
                            settings=frozenset(c.label for c in concepts if c.setting),
                            titled=frozenset(label for label, how in matched.items() if how == "semantic" and any(
                                text.sentences[j][0] == "title" for j in near[i].get(label, ()))),
                            unwritten=frozenset(c.label for c in concepts if c.label in matched and
                                                owns[c.label] is not None and
                                                lexical_field(owns[c.label], text) is None)))
    return out


def own_term(concept: Concept) -> Concept | None:
    """The topic's own term (`Concept.own`) as a concept of its own, or None (also for a concept relabelled after it
    was read: 'image and video compression' is the label of what was read as 'video compression')."""
    if not concept.own or concept.alternatives or not written_alike(concept.own[0], concept.label):
        return None
    return Concept(label=concept.label, forms=concept.own)


def _chinese_only(concept: Concept) -> bool:
    """A concept no English form, learned term or dictionary gloss names (说话人脸生成): the English abstract can name
    it only in other words, so the sentences the embedder puts near it stand for its lexical mentions (focus and
    recurrence, `Coverage.focused`). Measured in session 18: for every concept matched semantically, 30 off-topic
    papers came into the digests of 16 topics; a Chinese-only concept is rare (the glossary and the learned forms name
    the rest)."""
    members = concept.alternatives or (concept,)
    return not any(not has_chinese(f) for m in members for f in m.forms + m.learned) and \
        not any(m.glossed for m in members)


def states_topic(topic: str, text: PaperText, rows: list[int]) -> bool:
    """One of the sentences `rows` (the focus sentences) names the whole topic as a phrase: an English topic as a
    run of its stems in order (one other word may stand inside a phrase of three words or more: 'fairly allocating a
    set of indivisible goods'; `learned_occurs`), a Chinese one as itself. Only the topic's own wording: concepts
    named apart in one opening sentence ('LLMs have shown strong performance in … factual error detection') are
    background as often as focus (session 18: admitting those put 12 off-topic papers into the digests of 10 judged
    topics)."""
    if has_chinese(topic):
        needle = re.sub(r"[\s\-–]+", "", to_simplified(topic))
        flat = text.flat()
        return any(needle in flat[j] for j in rows)
    return len(latin_stem_sequence(topic)) >= 2 and any(learned_occurs(topic, text.sentences[j][1]) for j in rows)


def states_compound(topic: str, concepts: list[Concept], text: PaperText, rows: list[int]) -> bool:
    """A Chinese topic that is one compound of its concepts (第一人称视频, after `topic._without_task_head`) is stated in
    English too when one of the sentences `rows` names the concepts' English forms as one run, in the topic's order,
    as an English compound orders them ('egocentric video', 'LLM agents'): the topic's own wording in the paper's
    English, which `states_topic` cannot see (session 28: FROST-STA opens 'Short-term anticipation in egocentric
    video requires …' and names the first concept once; 第一人称视频理解 missed it). Not concepts named apart in one
    sentence (see `states_topic`), nor a topic its connectors cut into parts (视觉语言模型的幻觉)."""
    if not has_chinese(topic) or len(concepts) < 2 or any(c.alternatives for c in concepts) or \
            re.search(_TOPIC_LINK_ZH, to_simplified(topic)):
        return False
    seqs = [[q for f in c.forms + c.learned if not has_chinese(f) and (q := latin_stem_sequence(f))] for c in concepts]
    if not all(seqs):
        return False

    def run(have: list[str], at: int, k: int) -> bool:
        return k == len(seqs) or any(have[at:at + len(q)] == q and run(have, at + len(q), k + 1) for q in seqs[k])

    for j in rows:
        have = latin_stem_sequence(text.sentences[j][1])
        if any(run(have, i, 0) for i in range(len(have))):
            return True
    return False


# the connectors of a Chinese topic (as `topic._SPLIT_ZH` cuts at them): a topic holding one is no single compound
_TOPIC_LINK_ZH = r"以及|或者|用于|面向|针对|基于|结合|对于|之间|中的|作为|[的与和及或、，,;；/+&|在]"


def _head_rows(concept: Concept, text: PaperText, sentences: list[str], cos, threshold: float) -> list[int]:
    """The rows of `text` that name an unknown phrase by a narrower name: its head noun (the last content word:
    'codes' of 'error-correcting codes', 'games' of 'strategic games') in a sentence the embedder puts near the
    concept (cosine >= `threshold`): 'Robust Repair of Reed-Solomon Codes', 'locally recoverable codes',
    'Texas Hold'em and rock-paper-scissors games'. A family of the concept is named by its own modifier, which the
    phrase's other words are not (session 16: 14 of the 17 judged papers of 'constructions and bounds of
    error-correcting codes' never say error-correcting); the head alone in another sense ('program code') is far
    from the concept and does not count. Only for a concept no sentence names lexically, of a topic of two concepts
    or more (the other named lexically), and only for a head that names a thing, not an action ('understanding',
    'generation', 'detection', 'decoding': another modifier of an action is another task, 'video understanding' is
    not 'long video understanding'; measured: with action heads and one-concept topics, 15 off-topic papers came
    into speculative decoding, human motion generation, hate speech, AI-text detection and long-video digests)."""
    members = concept.alternatives or (concept,)
    heads = {_content_stems(m.label)[-1] for m in members if m.loose and len(_content_stems(m.label)) >= 2
             and not ACTION_NOUN_RE.search(re.findall(r"[A-Za-z]+", m.label)[-1])}
    if not heads:
        return []
    near = {sentence for sentence, c in zip(sentences, cos) if c >= threshold}
    stems = text.stemsets()
    return [j for j, (_, sentence) in enumerate(text.sentences)
            if sentence in near and any("!" + h in stems[j] for h in heads)]


# An enumeration: example markers around a mention ('such as X', 'X and other Y', 'including X', '如X', 'X等'), or a
# run of three or more short comma-separated items closed by and/or ('A, B, and C'; 'A、B和C').
_EXAMPLE_BEFORE_RE = re.compile(r"\b(?:such as|e\.g\.|for example|for instance|including)\s|例如|比如|包括|(?<![例比假])如(?![何果下此同今])",
                                re.IGNORECASE)  # ... the example follows
_EXAMPLE_AFTER_RE = re.compile(r"\s(?:and|or) other\b|\samong others\b|(?<![平相对同])等(?![级价待同于效])", re.IGNORECASE)  # ... it precedes
_CLAUSE_SPLIT_RE = re.compile(r"[;:()\[\]；：（）]")
_LIST_CLOSE_RE = re.compile(r"^(?:and|or)\b|和|及|与|或", re.IGNORECASE)
LIST_ITEM_WORDS = 6  # words of an inner list item (a noun phrase, not a clause)
SERIAL_ITEM_WORDS = 3  # ... of the items around an and/or that closes a list without a serial comma


def _item_words(segment: str) -> int:
    return len(re.findall(r"[A-Za-z0-9][\w\-]*", segment)) + len(re.findall(r"[\u4e00-\u9fff]", segment)) // 3


def _example(item: str, names: Callable[[str], bool]) -> bool:
    """The item names the concept as an example: within a few words after 'such as' / 'including' / '如', or just
    before 'and other' / '等' ('GUI and other visual-centric tasks', 'GUI等任务')."""
    for m in _EXAMPLE_BEFORE_RE.finditer(item):
        if names(" ".join(re.findall(r"[A-Za-z0-9][\w\-]*|[\u4e00-\u9fff]", item[m.end():])[:5])):
            return True
    for m in _EXAMPLE_AFTER_RE.finditer(item):
        if names(" ".join(re.findall(r"[A-Za-z0-9][\w\-]*|[\u4e00-\u9fff]+", item[:m.start()])[-3:])):
            return True
    return False


def _listed_in(concept: Concept, sentence: str, where: str, field_words: frozenset[str] = frozenset()) -> bool:
    """Every mention of the concept in this sentence is an item of an enumeration: an example (`_example`: 'such as
    X', 'X and other Y', 'X等'), next to the enumeration comma 、, or one of three or more
    comma-separated items closed by and/or ('Across GUI control, open-ended gameplay, and strategic card play'), as
    a short noun phrase (an inner item of at most LIST_ITEM_WORDS words; in the first item, among its last three
    words: 'GUI agents must ground instructions, plan actions, and …' is a clause about GUI agents, not a list)."""
    def names(piece: str) -> bool:
        return bool(piece.strip()) and lexical_field(concept, PaperText(paper=None, sentences=[(where, piece)])) \
            is not None

    numbered = _numbered_items(sentence)
    if numbered is not None:
        head, items = numbered
        hit = [item for item in items if names(item)]
        if hit and not names(head):
            return len(hit) < len(items)  # in some items, not every one (then it is the items' own field)
    found = False
    for clause in _CLAUSE_SPLIT_RE.split(sentence):
        if not names(clause):
            continue
        found = True
        parts = re.split(r"(\s*[,，、]\s*)", clause)
        items, seps = parts[0::2], [x.strip() for x in parts[1::2]]
        # 'legal, medical and financial advice': without a serial comma the and/or that closes the list stands
        # inside an item; it starts an item of its own, as in 'A, B, and C', when the items around it are short
        # (SERIAL_ITEM_WORDS: 'FinBot, a framework for banking and financial advice' is no list)
        for n in range(len(items) - 1, 0, -1):
            cut = re.search(r"\s(?=(?:and|or)\s)", items[n])
            if seps[n - 1] in (",", "，") and cut and _item_words(items[n - 1]) <= SERIAL_ITEM_WORDS and \
                    _item_words(items[n][:cut.start()]) <= SERIAL_ITEM_WORDS:
                items[n:n + 1] = [items[n][:cut.start()], items[n][cut.end():]]
                seps[n:n] = [","]
        hit = [k for k, item in enumerate(items) if names(item)]
        if not hit and (modifier := _phrase_modifier(concept)) is not None and \
                _listed_in(modifier, clause, where, field_words):
            continue  # a phrase matched word by word whose modifier is one item of a list ('sports video' in
            # 'domains such as egocentric, sports, instructional, medical, and narrative videos', 'test videos come
            # from surgery, industrial assembly, extreme sports, and animal …'): one kind among several, as when the
            # item names the whole phrase (session 28: both were listed for 'sports video analysis', rejected)
        if not hit:
            return False  # named across a comma: not one item
        for k in hit:
            item = items[k]
            if _example(item, names) or (k > 0 and re.search(r"(?:such as|including|e\.g\.|如|例如|包括)\s*$",
                                                               items[k - 1], re.IGNORECASE)):
                continue
            if (k > 0 and seps[k - 1] == "、") or (k < len(seps) and seps[k] == "、"):
                continue
            # the run of items k belongs to: back over short items, forward to the one that closes with and/or
            lo = k
            while lo > 0 and _item_words(items[lo]) <= LIST_ITEM_WORDS:
                lo -= 1
            hi = k
            while hi < len(items) - 1 and not _LIST_CLOSE_RE.search(items[hi].strip()) and \
                    (hi == k or _item_words(items[hi]) <= LIST_ITEM_WORDS):
                hi += 1
            closed = hi > k or bool(_LIST_CLOSE_RE.search(item.strip()))
            closed = closed and bool(_LIST_CLOSE_RE.search(items[hi].strip()))
            inner_ok = all(_item_words(items[j]) <= LIST_ITEM_WORDS for j in range(lo + 1, hi))
            if k == lo and k < hi:  # the first item: the mention among its last three words
                words = re.findall(r"[A-Za-z0-9][\w\-]*|[\u4e00-\u9fff]+", item)
                if not names(" ".join(words[-3:])):
                    return False
            elif k == hi and k > lo:  # the closing item: the mention among its first words ('and X with …')
                words = re.findall(r"[A-Za-z0-9][\w\-]*|[\u4e00-\u9fff]+", item)
                if not names(" ".join(words[:LIST_ITEM_WORDS])):
                    return False
            if not (closed and inner_ok and hi - lo + 1 >= 3):
                return False
            if _one_field(items[lo:hi + 1], concept, field_words):
                return False
    return found


# A marker of a numbered item ('1)', '(2)', 'iii)', '(b)'): '(1) ', or a bare '1) ' opening the sentence or after a
# separator; not '(Sec. 2) ', '(k = 5) ', '(variant A) ' (session 29's review)
_MARKER = r"(?:[1-9]|i{1,3}|iv|vi{0,3}|[a-f])\)"
_NUMBER_RE = re.compile(rf"(?:(?:^|(?<=[\s:;,，；：]))\({_MARKER}|(?:^|(?<=[:;,，；：])|(?<=[:;,，；：]\s)){_MARKER})\s",
                        re.IGNORECASE)
NUMBERED_ITEMS = 3  # markers that make a numbered enumeration


def _numbered_items(sentence: str) -> tuple[str, list[str]] | None:
    """A sentence enumerating NUMBERED_ITEMS or more numbered items ('a taxonomy structured around four primary
    domains: 1) atmospheric and high-speed observation; 2) environmental monitoring and change detection; 3) …'): the
    text before the first marker and the items, else None. Session 29: a survey of event-based vision in space was
    listed for 'change detection', one of its four domains; the comma rule of `_listed_in` sees no list there (the
    items are closed by semicolons and each holds 'and')."""
    marks = list(_NUMBER_RE.finditer(sentence))
    if len(marks) < NUMBERED_ITEMS:
        return None
    items = [sentence[m.end():(marks[n + 1].start() if n + 1 < len(marks) else len(sentence))]
             for n, m in enumerate(marks)]
    return sentence[:marks[0].start()], items


def _phrase_modifier(concept: Concept) -> Concept | None:
    """The words before the head of an unknown English phrase matched word by word ('sports' of 'sports video'), as a
    phrase of their own, or None."""
    words = re.findall(r"[A-Za-z0-9][\w\-]*", concept.label)
    if not concept.loose or concept.alternatives or len(words) < 2 or has_chinese(concept.label):
        return None
    modifier = " ".join(words[:-1])
    return Concept(label=modifier, forms=(modifier,), loose=True)


def _latin_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9]+", text)}


def _one_field(items: list[str], concept: Concept, field_words: frozenset[str]) -> bool:
    """Every item of the enumeration names one modifier of the concept's forms that the paper's title names too
    (`field_words`): the items are the tasks of the paper's own field, and the concept is one of them, not one domain
    among several: 'a comprehensive benchmark for multi-modal CAD learning that covers point-to-CAD reconstruction,
    text/image-to-CAD generation, and CAD question answering' (UniCAD: '… Multi-Modal Multi-Task CAD') does CAD
    generation (session 27: read as one item of a list, the judged paper left CAD模型生成; the four-task driving
    dataset's 'long-range depth estimation' shares no word with its other items and stays an item)."""
    from assistant.lang import STOP_WORDS_EN

    # a modifier of a form (the field: 'CAD' of 'CAD generation'), not its head: 'image generation, video generation and
    # 3D generation' of a paper titled '… Generation' are three media, and video generation one of them
    own = {w.lower() for f in concept.forms if not has_chinese(f)
           for w in re.findall(r"[A-Za-z][A-Za-z0-9]+", f)[:-1]} - set(STOP_WORDS_EN)
    shared = set.intersection(*(_latin_words(item) for item in items)) if items else set()
    return bool(shared & own & field_words)


def listed_only(concept: Concept, text: PaperText) -> bool:
    """Every sentence of the abstract and TL;DR naming the concept names it only as an item of an enumeration (and
    the title and keywords do not name it)."""
    rows = [i for i in range(len(text.sentences)) if lexical_field(concept, text.row(i)) is not None]
    title = frozenset(w for where, sentence in text.sentences if where == "title" for w in _latin_words(sentence))
    return bool(rows) and all(text.sentences[i][0] in ("abstract", "tldr") and
                              _listed_in(concept, text.sentences[i][1], text.sentences[i][0], title) for i in rows)


def _named(concept: Concept, text: PaperText) -> str | None:
    """`lexical_field` for the whole paper, where the concept's context (`in_context`) and common droppable word
    (`_droppable_named`) are named too; for alternatives, the first sentence of one that is."""
    if concept.alternatives:
        rows = [first_row(a, text) for a in concept.alternatives if _named(a, text)]
        rows = [r for r in rows if r is not None]
        return text.sentences[min(rows)][0] if rows else None
    if concept.head and _other_modality(concept, text):
        return None
    return lexical_field(concept, text) if in_context(concept, text) and _droppable_named(concept, text) else None


# The words that name each kind of data (`MODALITIES`, by the built-in entries' first Chinese form), as the word right
# before a head names it ('image embeddings', 'vision-language embedding models', '图像嵌入').
MODALITY_WORDS: dict[str, frozenset[str]] = {
    "图像": frozenset({"image", "images", "visual", "vision", "pixel", "photo", "图像", "视觉", "图文"}),
    "视频": frozenset({"video", "videos", "视频"}),
    "文本": frozenset({"text", "texts", "textual", "sentence", "文本", "句子"}),
    "语音": frozenset({"speech", "audio", "voice", "acoustic", "语音", "音频"}),
}
_MULTIMODAL_WORDS = frozenset({"multimodal", "multi-modal", "cross-modal", "vision-language", "image-text", "多模态",
                               "跨模态"})


def _other_modality(concept: Concept, text: PaperText) -> bool:
    """The head of a topic that names a kind of data ('text embedding models', 'image editing': `Concept.context`
    from `MODALITIES`) named, where the paper says what it is about (`PaperText.focus_rows`), only as the head of
    another kind ('image embeddings', 'vision-language embedding models', 'image-text embedding space', 'video
    editing') and never of the topic's own: another sense of the head. Session 16: CLIP-style image-text, CAD and
    face-hair embeddings were 4 of the 6 papers listed for 'text embedding models for retrieval'; their abstracts
    name text somewhere ('its image and text embeddings'), so the context alone did not tell them apart."""
    own_key = next((zh for zh in MODALITY_WORDS if zh in concept.context), None)
    if own_key is None:
        return False
    own = MODALITY_WORDS[own_key]
    other = _MULTIMODAL_WORDS.union(*(w for k, w in MODALITY_WORDS.items() if k != own_key))
    head = _content_stems(concept.label)[-1:] if concept.loose else []
    zh_forms = [f for f in concept.forms + concept.learned if has_chinese(f)]
    seen_own = seen_other = False
    for j in text.focus_rows():
        sentence = text.sentences[j][1]
        for before in _words_before(sentence, head, zh_forms):
            if has_chinese(before):
                is_own, is_other = any(before.endswith(w) for w in own), any(before.endswith(w) for w in other)
            else:
                parts = set(before.split("-")) | {before}
                is_own, is_other = bool(parts & own), bool(parts & other)
            seen_own = seen_own or (is_own and not is_other)
            seen_other = seen_other or is_other
    return seen_other and not seen_own


def _words_before(sentence: str, head: list[str], zh_forms: list[str]) -> list[str]:
    """The word right before each mention of the head in a sentence (lower case; in Chinese the two characters)."""
    out = []
    tokens = [t.strip(".,;:()[]\"'").lower() for t in sentence.split()]
    for n, token in enumerate(tokens):
        if n and head and _content_stems(token.split("-")[-1] or token)[-1:] == head:
            out.append(tokens[n - 1])
    for form in zh_forms:
        out += [sentence[max(0, m.start() - 3):m.start()][-3:] for m in re.finditer(re.escape(form), sentence)]
    return [w for w in out if w]


def _with_droppable(concept: Concept, texts: list[PaperText]) -> Concept:
    """An unknown phrase of three words or more may lack, in a sentence, the non-head word that most of the
    candidates use (`Concept.droppable`)."""
    if concept.alternatives:
        return replace(concept, alternatives=tuple(_with_droppable(a, texts) for a in concept.alternatives))
    need = _content_stems(concept.label) if concept.loose else []
    if len(need) < 3 or concept.droppable or not texts:
        return concept
    df = {stem: sum(any(stem in have for have in t.stemsets()) for t in texts) for stem in need[:-1]}
    return replace(concept, droppable=(max(need[:-1], key=lambda stem: (df[stem], need.index(stem))),))  # a tie: the later word


def _droppable_named(concept: Concept, text: PaperText) -> bool:
    """A common word (`COMMON_STEMS`: in 10 % of papers or more) that an unknown phrase's sentence may lack
    (`Concept.droppable`) is still named somewhere in the paper. 'human' of 'human motion generation' is the word
    that digest's pool uses most, and the papers that never say it animate rigged shapes, 3D objects, 4D shapes or
    cameras (9 of the 10 off-topic papers listed); a paper on a topic names such a word somewhere at no cost. A rare
    word may be replaced by a narrower one: 'Lean theorem proving' (no 'formal'), 'hateful meme detection' (no
    'speech'), papers judged on topic, and stays optional."""
    common = [d for d in concept.droppable if d in COMMON_STEMS]
    # ... in either language: the Chinese TL;DR's 视觉 names 'visual' (session 30: CAPruner, a scene-graph paper whose
    # English writes 'vision-language' and never 'visual', was missed by 'visual scene graphs')
    return not common or any(d in have for have in text.stemsets() for d in common) or \
        any(d in text.glossed() for d in common)


def _claimed(concept: Concept, text: PaperText) -> bool:
    """The concept named in an abstract sentence where the paper says what it does (`CONTRIBUTION_RE`), not as
    what it uses (`MEANS_RE`)."""
    first = next((j for j, (where, sentence) in enumerate(text.sentences)
                  if where == "abstract" and CONTRIBUTION_RE.search(sentence)), None)
    return first is not None and lexical_field(concept, text.means_free(first)) is not None


def in_context(concept: Concept, text: PaperText) -> bool:
    """The paper names the concept's context (`Concept.context`) somewhere (a modifier of the head's term: in a focus
    sentence with the concept, `Concept.context_in_focus`), or the concept has none. Session 19: with the concept
    in the same sentence, as the Chinese modifier 搜索 of 搜索智能体 needed (an agentic-RL paper opened on 'recipe
    search'), spatial reasoning in VLMs @20 11/17 -> 11/14 (three off-topic papers out) and @8 6/8 -> 7/8."""
    if concept.fields and not set(concept.fields) & set(text.paper.categories):
        return False  # filed outside the topic's field of study (`Concept.fields`)
    if concept.context and concept.context_in_focus:  # ... in a focus sentence that names the concept too
        context = Concept(label=concept.context[0], forms=concept.context)
        bare = replace(concept, context=(), context_in_focus=False, context_before=False)
        return any(lexical_field(context, text.row(i)) is not None and lexical_field(bare, text.row(i)) is not None
                   and (not concept.context_before or _modifier_before_head(concept, text.sentences[i][1]))
                   for i in text.focus_rows())
    return not concept.context or lexical_field(Concept(label=concept.context[0], forms=concept.context,
                                                        loose=concept.context_loose), text) is not None


# the words (stop words not counted) before the head within which its modifier stands (`_modifier_before_head`):
# 'physically grounded multimodal reasoning' (3), 'Physical Dynamics Reasoning' (2); session 41
MODIFIER_WINDOW = 3


def _modifier_before_head(concept: Concept, sentence: str) -> bool:
    """The concept's context written as its modifier in an English sentence: a stem of the context within
    MODIFIER_WINDOW words before a mention of the concept's head word (the last word of one of its English forms), or
    after it and 'about' (`_modifier_after_about`).
    'spatial reasoning over the physical world' names the physical world, not physical reasoning (`Concept.
    context_before`)."""
    modifiers = {stems[-1] for f in concept.context if not has_chinese(f) and (stems := latin_stem_sequence(f))}
    heads = {stems[-1] for f in concept.forms + concept.learned if not has_chinese(f) and
             (stems := latin_stem_sequence(f))}
    have = latin_stem_sequence(sentence)
    return any(stem in heads and (modifiers & set(have[max(0, i - MODIFIER_WINDOW):i]) or
                                  _modifier_after_about(modifiers, have[i + 1:]))
               for i, stem in enumerate(have))


def _modifier_after_about(modifiers: set[str], after: tuple[str, ...]) -> bool:
    """'reasoning about physical dynamics' is physical reasoning: the modifier within MODIFIER_WINDOW words after the
    head and 'about' (session41-lead NEXT item 4: the before-only reading lost it). 'over', 'in', 'on' stay out: 'spatial
    reasoning over the physical world' names the world it reasons over, not a kind of reasoning."""
    return after[:1] == ("about",) and bool(modifiers & set(after[1:1 + MODIFIER_WINDOW]))


def _in_focus(concept: Concept, is_head: bool, text: PaperText, j: int, alone: bool = False) -> bool:
    """The concept named in focus sentence j; the head not only as what the paper uses (`MEANS_RE`, abstract
    sentences: a title's 'X via Y' may well be about Y); in an abstract sentence not only in a concessive clause that
    grants the background ('Despite recent progress in 3D generation, editing existing shapes remains limited' is
    about editing; `CONCESSIVE_RE`). A one-concept topic's concept (`alone`) not only as a thing the paper uses
    (`USES_RE`)."""
    where, sentence = text.sentences[j]
    if where == "abstract" and CONCESSIVE_RE.search(sentence):
        text, j = PaperText(paper=text.paper, sentences=[(where, CONCESSIVE_RE.sub(" ", sentence))]), 0
    if is_head and where == "abstract":
        return lexical_field(concept, text.means_free(j)) is not None
    if alone and where == "abstract":  # (a one-concept topic's concept: not only as a thing the paper uses)
        return lexical_field(concept, text.means_free(j, USES_RE)) is not None
    return lexical_field(concept, text.row(j)) is not None


# A leading concessive clause, up to its comma: what a sentence grants before saying what it is about.
CONCESSIVE_RE = re.compile(r"^\s*(?:despite|although|though|even though|while|whereas|notwithstanding)\b[^,;:]*[,;:]",
                           re.IGNORECASE)
