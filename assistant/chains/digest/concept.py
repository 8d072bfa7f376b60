"""One concept of a topic (`Concept`) and how a label becomes one (issue 16): its forms in both languages
from the glossaries (`_concept`), the entry a term names (`_lookup`), the spellings papers use for a hyphenated or
plural term. Apart from the reading of a topic (`topic`) because the matchers (`lexical`, `learned`, `relevance`,
`select`) need the concept and not how a topic is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.chains.digest.common_terms import BROAD_WORD_SHARE, share_in_papers
from assistant.chains.digest.vocabulary import (
    GENERIC_EN,
    GENERIC_ZH,
    SENSE_CONTEXT,
    SENSES,
    WORD_SENSE_CONTEXT,
    _builtin,
    _Entry,
    _is_acronym,
    _stems,
    written_alike,
)
from assistant.lang import has_chinese


@dataclass(frozen=True)
class Concept:
    """One concept of a topic: its label (as the topic wrote it) and lexical forms in both languages."""

    label: str
    forms: tuple[str, ...]
    loose: bool = False  # an unknown English phrase: matched word by word (stems) in one sentence
    learned: tuple[str, ...] = ()  # other-language forms learned from the candidates (`translate_concepts`)
    head: bool = False  # what the topic is about ('幻觉' of 视觉语言模型的幻觉); the other concepts qualify it
    # English meanings of a Chinese head split off a known term (`_split_merged`), from the CC-CEDICT dictionary:
    # the gloss stems of each of its words ('预测' -> {forecast, predict}); an English sentence names the concept
    # when it holds one stem of every word (`gloss_match`)
    glossed: tuple[frozenset[str], ...] = ()
    # an unknown Chinese head merged into the known term before it ('越狱攻击' = 越狱 + 攻击): (the known term's
    # label, the head); `translate_concepts` splits it off when the candidates show it is a concept of its own
    merged: tuple[str, str] | None = None
    # the forms of a known modifier dropped before an unknown head ('image' of 'image editing'): the paper must
    # name one of them somewhere (any field), not necessarily in the sentence that names the head
    context: tuple[str, ...] = ()
    # stems of a weak qualifier an unknown phrase must hold after all ('long' of 'long video understanding'):
    # matched in the sentence with the rest; such a phrase learns no other-language form (`translate_concepts`)
    required: tuple[str, ...] = ()
    # the word of an unknown phrase of three or more that a sentence may lack (`_loose_match`): the one the
    # candidate pool uses most, which says least about the topic (`coverage`)
    droppable: tuple[str, ...] = ()
    # the context is an unknown modifier of the head's known term ('spatial' of 'spatial reasoning'): named where the
    # paper says what it is about (title, keywords, the abstract's opening or a contribution sentence), not anywhere
    # (since session 19 in a focus sentence that names the concept too: the modifier names a kind of the head, as
    # 'search agents' and 搜索智能体 do, not any search the paper mentions: 'Autonomous LLM training is often framed as
    # recipe search' opened an agentic-RL paper; `relevance.in_context`)
    context_in_focus: bool = False
    # the context in focus is rarer than the head's words (`topic_words.rarer_than_head`: 'physical' of 'physical
    # reasoning in multimodal models'): the focus sentence writes it as the head's modifier, within MODIFIER_WINDOW words before the
    # head ('physically grounded multimodal reasoning'), not anywhere ('spatial reasoning over the physical world';
    # `relevance.in_context`)
    context_before: bool = False
    # the context is a word matched by its stems ('physics' ~ 'physical'), as an unknown phrase's words are: the
    # modifier of a two-word phrase the candidates never write together (`readings.phrase_apart`)
    context_loose: bool = False
    # the context is the first word of the setting a narrow head implies, folded into the head ('iterative' of
    # 'preconditioners for iterative solvers', `readings._implied_by_narrow_head`): the topic may be left one concept,
    # and such a head is matched by its words only, never by the one-concept dense fallback ('persistent homology for
    # graph data' listed 20 dense neighbours naming some graph, none on topic; review42, `select.dense_fallback_ok`)
    implied_setting: bool = False
    # concepts of which any one will do: parts the topic coordinates beside a concept they relate to
    # ('fact-checking and misinformation detection with LLMs': either task, with LLMs; `_alternatives`)
    alternatives: tuple[Concept, ...] = ()
    # the role of 'X作为Y' ('LLM as judge': 裁判 of 大模型作为裁判): what the topic says X acts as, so it must be named
    # where the paper says what it is about (`Coverage.focused`), not only where the paper uses X in that role in its
    # experiments ('… scored with an LLM-as-a-judge framework')
    role: bool = False
    # the setting the topic places its head in ('autonomous driving' of 自动驾驶中的三维目标检测, 'LLMs' of 'machine
    # unlearning in LLMs': a part after 'in' / before 中的 / inside 在…中): where the paper works, which it names once
    # where it says what it is about (`Coverage.focused`), not necessarily again
    setting: bool = False
    # one of the parts of a topic that is nothing but their coordination ('knowledge graphs and RAG', 'visual
    # localization and place recognition'): every part is asked for, unless the candidates name them apart, when the
    # parts are sides of one area and either will do (`readings.either_when_apart`)
    coordinated: bool = False
    # an unknown phrase whose words must stand within this many words of its head in the sentence (0: anywhere in it):
    # the English of a Chinese concept read apart (`readings.rare_phrase_apart`)
    window: int = 0
    # the pieces of a topic that is one unknown phrase ('LLM creativity' -> LLM | creativity, 供应链管理 -> 供应链 | 管理),
    # each a concept of its own: read apart when the candidates rarely write the whole (`readings.whole_or_pieces`)
    pieces: tuple[Concept, ...] = ()
    # the topic's own term when it names a glossary entry by a member, not by the entry's name (`_own_forms`: 'flow
    # matching' of the diffusion-model entry): papers that write it rank first (`relevance.own_term`)
    own: tuple[str, ...] = ()
    # the arXiv classes of the field of study a Chinese topic names beside its subject (信息论 of 量子信息论: cs.IT,
    # math.IT): a paper on the subject must be filed in one of them (`topic_zh.field_of_study`, `relevance.in_context`)
    fields: tuple[str, ...] = ()
    # the two concepts a modifier and a broad known word read as one term (因果推理, `_broad_head_terms`) are read as
    # when fewer than TRANSLATE_MIN_PAPERS candidates name the term whole (`learned.translate_concepts`); the one
    # concept of the object of 'X学习' read whole (技能 of 技能学习, `_learning_object`)
    apart: tuple[Concept, ...] = ()
    # a modified name of a broad entry read as itself ('generative AI' of the AI entry, `_narrower_member`): the
    # entry's members that name no intelligence ('large language model', 'LLM'), which may be kinds of it, and the
    # English of the modifier ('generative'; of 生成式 by the glossary), by which the candidates tell whether they are
    # (`readings.kinds_of_modified`)
    kinds: tuple[str, ...] = ()
    kind_modifier: tuple[str, ...] = ()
    # a concept of a part read without its task head of perceiving ('understanding', 理解, 'analysis', 分析 of
    # 流式视频理解: `topic_words._without_task_head`): the topic is about perceiving the data, so a paper whose title
    # says it makes the data (generation, editing) is not on it (`topic_words.makes_not_perceives`)
    perceived: bool = False
    # the subject of a Chinese compound of a narrow subject and a kind of data (高光谱 of 高光谱图像, 超声 of 超声影像;
    # `topic_words.kind_of_data_tail`): the topic stands on it alone, so a paper must write it, in Chinese as a word of
    # its own or in English by a form it has or learns (`narrow.subject_written`), not be put near it by the embedder
    kind_subject: bool = False

    @property
    def in_both_languages(self) -> bool:
        """Forms in both languages: a glossary entry knows the concept, so nothing about its other language is left
        to learn from the candidates."""
        return any(has_chinese(f) for f in self.forms) and any(not has_chinese(f) for f in self.forms)

    def phrases(self) -> list[str]:
        """What is embedded for the semantic match: the label, the first English and the first Chinese form (of each
        alternative)."""
        if self.alternatives:
            return list(dict.fromkeys(p for a in self.alternatives for p in a.phrases()))
        en = next((f for f in self.forms if not has_chinese(f)), "")
        zh = next((f for f in self.forms if has_chinese(f)), "")
        return list(dict.fromkeys(p for p in (self.label, en, zh) if p))


def _same_words(form: str, surface: list[str]) -> bool:
    """The words a form's stems matched are the form's words (or their plurals): 'generation' shares the stem
    of 'generative' but is not that concept."""
    want = [w for w in re.findall(r"[a-z0-9][a-z0-9.]*", form.lower()) if _stems(w)]
    have = [w.lower() for w in surface]
    return len(want) == len(have) and all(h == w or h in (w + "s", w + "es") or w in (h + "s", h + "es")
                                          for h, w in zip(have, want))


def _builtin_entry(builtin: list[_Entry], zh: str) -> _Entry | None:
    """The built-in glossary's entry holding the Chinese form `zh` (大语言模型: the LLM entry)."""
    return next((e for e in builtin if zh in e.zh), None)


def either(members: tuple[Concept, ...]) -> Concept:
    """One concept of which a paper names any of `members` ('fact-checking or misinformation detection')."""
    chinese = has_chinese("".join(c.label for c in members))
    return Concept(label=("或" if chinese else " or ").join(c.label for c in members),
                   forms=tuple(dict.fromkeys(f for c in members for f in c.forms)),
                   alternatives=tuple(replace(c, coordinated=False) for c in members))


def _sense(label: str, entry: _Entry | None, part: str) -> _Entry | None:
    """The entry of the sense a word's next word selects (`SENSES`): 推理 of 推理加速 is inference, not reasoning."""
    for word, after, (zh, en) in SENSES:
        at = part.find(word) if label == word else -1
        if at >= 0 and part.startswith(after, at + len(word)):
            return _Entry(zh, en)
    return entry


def _lookup(term: str, entries: list[_Entry]) -> _Entry | None:
    return next((e for e in entries if any(_same_term(f, term) for f in e.forms)), None)


def _core(part: str, chinese: bool) -> str:
    """A part without its generic last words: '混合专家模型' -> 混合专家, 'retrieval methods' -> retrieval."""
    if chinese:
        core = part
        while (cut := next((g for g in GENERIC_ZH if core.endswith(g) and len(core) > len(g)), None)):
            core = core[:-len(cut)]
        return core
    words = part.split()
    while len(words) > 1 and words[-1].lower() in GENERIC_EN:
        words.pop()
    return " ".join(words)


def _same_term(form: str, text: str) -> bool:
    if has_chinese(form) or has_chinese(text):
        return form == text
    return _stems(form) == _stems(text) if not _is_acronym(form) else form == text.rstrip("s")


def _concept(label: str, entry: _Entry | None, entries: list[_Entry], loose: bool = False) -> Concept:
    forms = [label]
    if entry is not None:
        forms += entry.forms
        # the glossary may hold the same term twice (built-in and prompts/glossary.tsv): take both sets of forms
        # (not for a sense `_sense` selected: 推理 as inference is not also reasoning)
        for other in entries if entry in entries else ():
            if other is not entry and any(_same_term(f, g) for f in other.forms for g in entry.forms[:1]):
                forms += other.forms
    context = SENSE_CONTEXT.get(entry.zh[0], ()) if entry is not None and entry.zh else ()
    if entry is not None and not context:
        context = WORD_SENSE_CONTEXT.get(label.strip().lower(), ())  # 'security' of 安全: safety against an adversary
    if loose and entry is None:
        forms += _head_written_otherwise(label) + (_compound_variants(label) if " " not in label.strip() else [])
    own = _own_forms(label, entry) if entry is not None and not loose else ()
    modified = ""  # the modified name of a broad entry the concept is read as ('generative AI' of 'GenAI')
    if own and _acronym_of_broad_entry(own, entry):
        forms, context = list(own) + [f for f in entry.en if f not in own and any(
            spells(a, f) for a in own if _is_acronym(a))], ()
        modified = next((f for f in forms if _narrower_member(f, entry)), "")
    elif entry is not None and _narrower_member(label, entry):
        forms, context, modified = [label] + [f for f in entry.en if _is_acronym(f) and spells(f, label)], (), label
    if modified and (kinds := _members(entry)) and (modifier := _modifier_english(modified, entry, entries)):
        if has_chinese(modified):  # (生成式人工智能: the entry's English modified name of the same modifier, 'generative
            # AI', and its acronyms, as the English topic reads it)
            english = [f for f in entry.en if _narrower_member(f, entry) and _modifier_english(f, entry, entries)
                       == modifier]
            forms += english + [f for f in entry.en if _is_acronym(f) and any(spells(f, e) for e in english)]
            if _is_acronym(entry.en[0]) and entry.zh and modified.endswith(entry.zh[0]):
                forms.append(modified[:-len(entry.zh[0])] + entry.en[0])  # (生成式AI, as TL;DRs also write it)
        return Concept(label=label, forms=tuple(dict.fromkeys(forms)), context=context, own=own, kinds=kinds,
                       kind_modifier=modifier)
    return Concept(label=label, forms=tuple(dict.fromkeys(forms)), loose=loose, context=context, own=own)


def _name_heads(entry: _Entry) -> set[str]:
    """The last words of a broad entry's name and of the forms its acronym spells ('ai', 'intelligence' of the AI
    entry: AI, artificial intelligence)."""
    name = entry.en[0]
    spelled = [f for f in entry.en if _is_acronym(name) and spells(name, f)]
    return {f.split()[-1].lower() for f in [name] + spelled}


def _members(entry: _Entry) -> tuple[str, ...]:
    """The English forms of a broad entry that are neither its name nor a modified name of it (`_name_heads`), nor
    an acronym spelling one: the narrower things filed under it ('large language model', 'LLM' of the AI entry;
    not 'AGI', 'generative AI', 'artificial general intelligence')."""
    heads = _name_heads(entry)

    def of_name(form: str) -> bool:
        return form.split()[-1].lower() in heads
    return tuple(f for f in entry.en if not of_name(f) and not (
        _is_acronym(f) and any(of_name(g) and spells(f, g) for g in entry.en)))


def _modifier_english(label: str, entry: _Entry, entries: list[_Entry]) -> tuple[str, ...]:
    """The English of what a modified name puts before the entry's name: the words themselves in English
    ('generative' of 'generative AI'), the English forms of the glossary term a Chinese modifier is (生成式 ->
    'generative'); () for a Chinese modifier the glossary does not know (通用 of 通用人工智能): no English to ask the
    candidates with, and the name stays narrow."""
    if not has_chinese(label):
        return (re.sub(rf"\s+{re.escape(entry.en[0])}s?\s*$", "", label.strip(), flags=re.IGNORECASE).strip(),)
    modifier = label[:-len(entry.zh[0])] if entry.zh and label.endswith(entry.zh[0]) else ""
    known = _lookup(modifier, entries) if modifier else None
    return tuple(f for f in known.en if " " not in f) if known is not None else ()


def spells(acronym: str, phrase: str) -> bool:
    """The acronym is the phrase's words shortened, each to a prefix of one or more letters ('GenAI' of 'generative
    AI', 'AGI' of 'artificial general intelligence'; not 'AGI' of 'artificial intelligence')."""
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", phrase)]

    def fit(rest: str, k: int) -> bool:
        if k == len(words):
            return not rest
        return any(words[k].startswith(rest[:n]) and fit(rest[n:], k + 1) for n in range(1, len(rest) + 1))
    return len(words) > 1 and fit(acronym.lower(), 0)


def _narrower_member(label: str, entry: _Entry) -> bool:
    """A topic term filed under a broad entry (`_acronym_of_broad_entry`) that is the entry's name with a modifier
    before it (通用人工智能, 生成式人工智能 of 人工智能; 'generative AI' of AI): a kind of it, read as itself and the
    entry's acronyms that spell it ('GenAI'; a Chinese term's English is learned from the candidates), as 'AGI' is
    (review34 E3: 通用人工智能的风险 listed any AI paper, and 'generative AI in education' kept the whole AI entry while
    'GenAI in education' did not)."""
    if not entry.en or share_in_papers(entry.en[0]) < BROAD_WORD_SHARE:
        return False
    if has_chinese(label):
        name = entry.zh[0] if entry.zh else ""
        return bool(name) and label != name and label.endswith(name) and label in entry.zh
    name = entry.en[0]
    return label.strip().lower() != name.lower() and any(_same_term(f, label) for f in entry.en) and bool(
        re.search(rf"\S\s+{re.escape(name)}s?\s*$", label.strip(), re.IGNORECASE))


def _acronym_of_broad_entry(own: tuple[str, ...], entry: _Entry) -> bool:
    """The topic names a broad glossary entry by an acronym of a narrower term filed under it ('AGI' of the AI
    entry, whose name is in 9 % of papers at large): the concept is that term (the acronym and its expansion,
    `_own_forms`), not the entry. An acronym names one thing; its entry's other forms name what it is a kind of, and
    a paper naming AI, an LLM or 人工智能 says nothing of artificial general intelligence (session 33, the thirty-first
    group, blind: 'risks of AGI and superintelligence' listed 8 AI-risk papers of 21 matching, 0 on topic, while the
    papers naming AGI or superintelligence ranked below them). Broad: the entry's name in BROAD_WORD_SHARE (5 %) of
    papers or more (`common_terms.share_in_papers`); a narrow entry keeps its forms and ranks the topic's own term
    first (`relevance.own_term`), as 'flow matching' does the diffusion entry. Not a term without an acronym ('flow
    matching', 'benchmarks'), whose entry may still be what the topic means."""
    if not any(_is_acronym(f) for f in own) or not entry.en or any(_same_term(entry.en[0], f) for f in own):
        return False
    return share_in_papers(entry.en[0]) >= BROAD_WORD_SHARE


def _own_forms(label: str, entry: _Entry) -> tuple[str, ...]:
    """An English topic term that is a member of a glossary entry and not the entry's name (its first English form),
    as the topic writes it: with its plural, hyphenated and acronym forms among the entry's ('flow matching',
    'flow-matching' of the diffusion-model entry; 'GRPO' of reinforcement learning). A member may be narrower than the
    entry (flow matching trains the same family of generators as diffusion, so a topic on diffusion models counts
    those papers, but a topic on flow matching is not about every diffusion model: session 29, the twenty-third group,
    13 of the 20 papers listed for 'flow matching' were diffusion models that write no flow word, ranked above 18
    flow-matching papers) or a synonym ('LMM' of the VLM entry); either way a paper that writes the topic's own term
    says what the topic says, and it ranks first (`select._covering`). Empty for the entry's name (any of its forms is
    the concept), for a Chinese term (written only in the Chinese TL;DR, which varies its wording) and when every
    English form of the entry is the term's own."""
    if has_chinese(label) or not entry.en or any(written_alike(entry.en[0], t) for t in (label, _core(label, False))):
        return ()  # (the name with a generic last word: 'diffusion models' of 'diffusion')
    own = tuple(dict.fromkeys([label] + [f for f in entry.en if written_alike(f, label)]))
    if not any(written_alike(f, label) for f in entry.en):
        return ()  # not itself a form of the entry ('image and video compression' found through its parts)
    return own if any(f not in own for f in entry.en) else ()


_COMPOUND_RE = re.compile(r"(?<![\w\-])([A-Za-z]{3,})-(?:(to)-)?([A-Za-z]{3,})(?![\w\-])")


def _compound_variants(phrase: str) -> list[str]:
    """A hyphenated compound of two words ('neuro-symbolic', 'sim-to-real') written the other ways papers write it:
    closed up ('neurosymbolic', as 'multiagent', 'multihop'), and an 'X-to-Y' compound with the digit ('sim2real',
    'text2image'). Matched word by word, 'neuro-symbolic' needed the words 'neuro' and 'symbolic', and 3 of the 13
    judged papers of 'neuro-symbolic reasoning' write only 'Neurosymbolic' (session 30, the twenty-fourth group,
    studied after its blind run). Given to an unknown word (`_concept`: a topic or a piece of one, `_pieces`), not to a
    longer phrase, whose first English forms are its search query (`concept_queries`)."""
    out = []
    for m in _COMPOUND_RE.finditer(phrase):
        first, to, second = m.groups()
        if not to and (sum(c.isupper() for c in first) >= 2 or second.lower().endswith("ed")):
            continue  # an acronym's participle ('EEG-based'), no compound written closed
        made = f"{first}2{second}" if to else f"{first}{second}"
        out.append(phrase[:m.start()] + made + phrase[m.end():])
    return out


def _head_written_otherwise(phrase: str) -> list[str]:
    """An unknown English phrase that ends in a known term ('multi-hop question answering') is also written with the
    term's other English forms ('multi-hop QA'), as the term alone is: matched word by word, the phrase needed the
    words 'question' and 'answering', and 4 of the 10 judged papers of 'multi-hop question answering' write only
    'multi-hop QA' (session 24). The modifier stays as written."""
    words = phrase.split()
    for entry in _builtin():
        for form in entry.en:
            n = len(form.split())
            if len(words) > n and _same_term(form, " ".join(words[-n:])) and \
                    _same_words(form, re.findall(r"[A-Za-z0-9][A-Za-z0-9.]*", " ".join(words[-n:]))):
                head = " ".join(words[:-n])
                return [f"{head} {other}" for other in entry.en if other != form]
    return []
