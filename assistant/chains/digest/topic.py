"""A digest topic as its concepts (issue 16).

'视觉语言模型的幻觉' is two concepts (hallucination; vision-language models), '生成式推荐' two (generative;
recommendation), 'LLM agents for code generation' three. A paper is on topic only when it covers every one:
before issue 16 a digest on 生成式推荐 listed generative models for navigation planning, which share one word.

Splitting is rule-based: connectors (的/与/和/及/在…中/for/and/of/in/with/+ ...) first, then a part that the
built-in glossary (`vocabulary`) covers completely is split at its compound boundaries (医学图像分割 -> 医学 |
图像分割, generative recommendation -> generative | recommendation); a part it does not cover stays one concept.
Each concept carries its forms in both languages. The topic's head (what it is about) is found here too, and the
search queries the topic is retrieved with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from assistant.chains.digest.common_terms import (
    BROAD_WORD_SHARE,
    narrow_subject,
    rare_in_papers,
    share_in_papers,
    share_in_papers_zh,
)
from assistant.chains.digest.topic_zh import (
    FAMILY_CONTEXT,
    METHOD_CONTEXT,
    field_of_study,
    one_word_sense,
    verb_object,
    without_method_family,
)
from assistant.chains.digest.vocabulary import (
    GENERIC_EN,
    GENERIC_ZH,
    GOAL_EN,
    GOAL_ZH,
    METHOD_FAMILIES,
    METHOD_FAMILIES_ZH,
    MODALITIES,
    SENSE_CONTEXT,
    SENSES,
    WEAK_EN,
    WORD_SENSE_CONTEXT,
    _builtin,
    _entries,
    _Entry,
    _is_acronym,
    _stems,
    dictionary_term,
    latin_stem_sequence,
    weak_zh,
    written_alike,
)
from assistant.lang import has_chinese, to_simplified

# connectors as whole words, not inside a hyphenated one ('on-device', 'in-context', 'LLM-as-a-judge')
# ('between' / 'among' relate the parts as 之间 does: 'communication between LLM agents' is communication, of LLM agents;
# read as one part, 'communication between' was an unknown run before the known term LLM, dropped as its modifier)
_SPLIT_EN = r"(?<![\w\-])(?:and|or|for|of|in|with|on|via|using|under|towards?|from|between|among|amongst|vs\.?|versus|" \
    r"based\s+on)(?![\w\-])"
_SPLIT_ZH = r"以及|或者|用于|面向|针对|基于|结合|对于|之间|中的|作为|[的与和及或、，,;；/+&|]"
# connectors that coordinate (the parts they join are alike: 'fact-checking and misinformation detection', '安全与对齐')
# and those that say 'either' ('A or B', 'A/B'); any other connector relates its parts ('… with LLMs', '…的…', '在…中')
_AND_LINKS = frozenset({"and", "以及", "与", "和", "及", "、", "，", ",", ";", "；", "+", "&"})
_OR_LINKS = frozenset({"or", "或", "或者", "/"})
# '用 X 训练 Y' (use X to train Y): X is the means, Y what it is applied to, the verb only links them (session 19:
# 用强化学习训练大模型搜索智能体 read 训练 as a concept merged into 强化学习 and then split off, five concepts in all)
_MEANS_VERBS_ZH = "训练|微调|优化|改进|提升|增强|构建"
# (用 the verb, not the first character of 用户 'user', 用于 'for', 用例 'use case', 用途 'use', 用法 'usage', 用语 'term')
_USE_ZH = re.compile(rf"(?:^|(?<=[的与和及、，,|]))(?:利用|使用|采用|借助|通过|用(?![户于例途法语]))"
                     rf"((?:(?!{_MEANS_VERBS_ZH}).)+?)"
                     rf"(?:来|以)?(?:{_MEANS_VERBS_ZH})(?=.)")
_IN_ZH = re.compile(r"(?<=.)在(.+?)(?:领域(?:中|里|上)?的?|方面的?|之中的|中的|里的|上的|下的|中|里|上)")


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
    # the context is a word matched by its stems ('physics' ~ 'physical'), as an unknown phrase's words are: the
    # modifier of a two-word phrase the candidates never write together (`learned.phrase_apart`)
    context_loose: bool = False
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
    # parts are sides of one area and either will do (`learned.either_when_apart`)
    coordinated: bool = False
    # an unknown phrase whose words must stand within this many words of its head in the sentence (0: anywhere in it):
    # the English of a Chinese concept read apart (`learned._rare_phrase_apart`)
    window: int = 0
    # the pieces of a topic that is one unknown phrase ('LLM creativity' -> LLM | creativity, 供应链管理 -> 供应链 | 管理),
    # each a concept of its own: read apart when the candidates rarely write the whole (`learned.whole_or_pieces`)
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

    def phrases(self) -> list[str]:
        """What is embedded for the semantic match: the label, the first English and the first Chinese form (of each
        alternative)."""
        if self.alternatives:
            return list(dict.fromkeys(p for a in self.alternatives for p in a.phrases()))
        en = next((f for f in self.forms if not has_chinese(f)), "")
        zh = next((f for f in self.forms if has_chinese(f)), "")
        return list(dict.fromkeys(p for p in (self.label, en, zh) if p))


# ---------------------------------------------------------------- splitting
def _protect(text: str, entries: list[_Entry]) -> tuple[str, dict[str, str]]:
    """Known English terms that contain a connector ('mixture of experts') become placeholders before splitting."""
    saved: dict[str, str] = {}
    forms = sorted({f for e in entries for f in e.en if re.search(_SPLIT_EN, f, re.IGNORECASE)}, key=len,
                   reverse=True)
    for form in forms:
        pattern = re.compile(r"[\s\-]+".join(re.escape(w) for w in form.split()), re.IGNORECASE)
        for match in list(pattern.finditer(text)):
            key = f"\x00{len(saved)}\x00"
            saved[key] = match.group(0)
            text = text.replace(match.group(0), key, 1)
    return text, saved


_OF_TERM_RE = re.compile(r"(?<![\w\-])([A-Za-z][A-Za-z\-]*)\s+of\s+([A-Za-z][A-Za-z\-]*)(?![\w\-])")


def _protect_of_terms(text: str, entries: list[_Entry], saved: dict[str, str]) -> str:
    """An English term 'W1 of W2' of two single words the glossary does not know, standing alone between connectors
    ('theory of mind in large language models', 'internet of things for …'), is one term, not two concepts: split at
    'of', 'theory' and 'mind' were each matched anywhere (session 16: the ninth group's 'theory of mind in large
    language models' listed 1 of 4 papers). Not when W1 names an action ('quantization of large language models',
    'detection of deepfakes': a task and its object), nor when either word is known or generic, nor when a word
    runs on into a longer phrase ('bounds of error-correcting codes'). Made a placeholder like `_protect`'s."""
    builtin = _builtin()
    for match in list(_OF_TERM_RE.finditer(text)):
        before, after = text[:match.start()], text[match.end():]
        if before.strip() and not re.search(rf"(?:{_SPLIT_EN}|[,;:(/+&])\s*$", before, re.IGNORECASE):
            continue  # W1 ends a longer phrase ('large-scale study of ...')
        if after.strip() and not re.match(rf"\s*(?:{_SPLIT_EN}|[,;:)/+&])", after, re.IGNORECASE):
            continue
        w1, w2 = match.group(1), match.group(2)
        if any(w.lower() in GENERIC_EN or re.fullmatch(_SPLIT_EN, w, re.IGNORECASE) or not _stems(w) or
               _atoms_en(w, builtin) is not None for w in (w1, w2)) or ACTION_NOUN_RE.search(w1):
            continue
        key = f"\x00{len(saved)}\x00"
        saved[key] = match.group(0)
        text = text.replace(match.group(0), key, 1)
    return text


def _parts(topic: str, entries: list[_Entry]) -> list[str]:
    """The topic cut at its connectors: '强化学习在大模型推理中的应用' -> 强化学习 | 大模型推理 | 应用."""
    return [part for part, _ in _linked_parts(topic, entries)]


_LINK_RANK = {"": 0, "and": 1, "or": 2, "rel": 3}


def _link(connector: str) -> str:
    word = connector.strip().lower()
    return "and" if word in _AND_LINKS else "or" if word in _OR_LINKS else "rel"


def _linked_parts(topic: str, entries: list[_Entry]) -> list[tuple[str, str]]:
    """`_parts` with how each part is joined to the one before it: 'and' (a coordinating connector), 'or' ('A or
    B', 'A/B'), 'rel' (any other: for, with, of, 的, 在…中, …) or '' (the first part). Between two parts the
    strongest connector counts (rel > or > and)."""
    text, saved = _protect(to_simplified(topic), entries)
    text = _protect_of_terms(text, entries, saved)
    text = _USE_ZH.sub(lambda m: f"{m.group(1)}|", text)
    text = _IN_ZH.sub(lambda m: f"|{m.group(1)}|", text)
    out: list[tuple[str, str]] = []
    link = ""
    for n, piece in enumerate(re.split(f"({_SPLIT_ZH})", text)):
        if n % 2:
            link = max(link, _link(piece), key=_LINK_RANK.get)
            continue
        for m, part in enumerate(re.split(f"({_SPLIT_EN})", piece, flags=re.IGNORECASE)):
            if m % 2:
                link = max(link, _link(part), key=_LINK_RANK.get)
                continue
            for key, original in saved.items():
                part = part.replace(key, original)
            part = _without_goal(part.strip(" -–:：\"'“”()（）[]。！？!?"))  # (a final 。 stayed in a form)
            part = re.sub(r"^(?:the|an?)\s+(?=\S)", "", part, flags=re.IGNORECASE)  # 'the labor market'
            if part:
                out.append((part, link if out else ""))
                link = ""
    return out


def _without_goal(part: str) -> str:
    """A part without its leading verb of aim (`GOAL_EN`, `GOAL_ZH`): 'reducing overthinking' -> overthinking."""
    if has_chinese(part):
        goal = next((g for g in GOAL_ZH if part.startswith(g) and len(part) > len(g)), "")
        return part[len(goal):].strip()
    words = part.split(maxsplit=1)
    return words[1].strip() if len(words) == 2 and words[0].lower() in GOAL_EN else part


def _atoms_zh(part: str, entries: list[_Entry], residue_ok: bool = False, terms: list[_Entry] | None = None
              ) -> list[tuple[str, _Entry | None]] | None:
    """Greedy longest-match of Chinese glossary forms over `part`; None unless the forms (plus generic words or
    single filler characters like 式) cover it all. With `residue_ok`, the stretches no form covers come back
    too, as (text, None): '遥感图像分割' -> 遥感 (unknown) | 图像分割, '越狱攻击' -> 越狱 | 攻击 (unknown); a stretch
    that is a whole term of `terms` (prompts/glossary.tsv's) comes back with its entry."""
    forms = sorted(((f, e) for e in entries for f in e.zh), key=lambda fe: -len(fe[0]))
    out: list[tuple[str, _Entry | None]] = []
    i, residue, unknown = 0, "", False

    def flush() -> None:
        nonlocal residue, unknown
        run = residue.strip()
        if len(run) >= 2 or (run and not out and i >= len(part)):
            out.append((run, _lookup(run, terms) if terms else None))
        unknown = unknown or bool(run)
        residue = ""

    while i < len(part):
        hit = next(((f, e) for f, e in forms if part.startswith(f, i)), None)
        generic = next((g for g in GENERIC_ZH if part.startswith(g, i)), None)
        if hit and residue_ok and len(residue.strip()) == 1 and not generic:
            # one character before a known term is a compound with it, not a filler dropped: 音视频 (sound and
            # video) is no 视频, 多智能体 no 智能体, 长视频 no 视频 (session 22: 音视频大语言模型 read as 视频 · 大语言模型
            # listed video-only MLLMs, 2 of 8 on topic); an unknown stretch whose English the candidates teach
            # (`learned.translate_concepts`)
            out.append((residue.strip() + hit[0], None))
            unknown, residue = True, ""
            i += len(hit[0])
        elif hit:
            flush()
            out.append(hit)
            i += len(hit[0])
        elif generic:
            flush()
            i += len(generic)
        elif part[i] in " 式型类中的化性" and not residue:
            i += 1
        else:
            residue += part[i]
            i += 1
    flush()
    if unknown and not residue_ok:
        return None
    return out or None


# A known Chinese word written by at least this share of papers at large (in their Chinese title and summary: 推理
# 0.27, 生成 0.34, 评估 0.30, 学习 0.24; not 预测 0.13, 检测 0.11, 分割 0.05) says little by itself (`_broad_head_terms`)
BROAD_WORD_SHARE_ZH = 0.2


def _broad_head_terms(part: str, atoms: list[tuple[str, _Entry | None]]) -> list[tuple[str, _Entry | None]]:
    """An unknown Chinese modifier written right before a broad known word (`BROAD_WORD_SHARE_ZH`: 推理, 生成, 评估)
    is one term with it, not two concepts, when the modifier is no narrow domain either (in 1 % of papers at large or
    more, `rare_in_papers`): 因果推理 is causal reasoning, and read as 因果 · 推理 it listed any reasoning paper that
    writes 'causal' anywhere (causal language models, causal interventions in interpretability, causal dependencies
    between reasoning steps: session 31, the twenty-sixth group, blind: 6 of the 7 papers listed for 大语言模型的因果推理
    were off topic). The term is unknown: its English is learned from the candidates as a phrase of both words
    (`learned.translate_concepts`: 'causal reasoning'). A narrow modifier keeps the two apart (分子生成: a paper on
    molecules that generates is on molecule generation, however it phrases it). Only a word of one English name (推理
    'reasoning'), whose modifier names a kind of it: the glossary's evaluation entry (评估, 评测, 基准: evaluation,
    benchmark, testbed) is an activity done on what its modifier names, written in many ways, and read whole 智能体的能力
    评估 lost its 33 agent benchmarks for one learned phrase no paper writes (invented topics, session 32).
    The known word ends the part, or known terms of their own follow it (因果推理基准: 因果推理 · 基准), or a broad noun
    the glossary does not know (`_broad_tail`: 能力, 性能), which is peeled off as a generic word (方法) is: 大语言模型的因果
    推理能力 is 大语言模型的因果推理 (session 32's review, G8: with 能力 after it the merge was not made, and the digest
    listed the seven papers of the 因果 · 推理 reading, one on topic)."""
    out: list[tuple[str, _Entry | None]] = []
    made = False  # (one term per part: a known word after it is a concept of its own)
    for n, (label, known) in enumerate(atoms):
        rest = atoms[n + 1:]
        tail = len(rest) == 1 and rest[0][1] is None and _broad_tail(rest[0][0]) and \
            part.find(label + rest[0][0]) >= 0
        if not made and known is not None and (tail or all(e is not None for _, e in rest)) and out and \
                out[-1][1] is None and (len(out) == 1 or out[-2][1] is None) and \
                part.find(out[-1][0] + label) >= 0 and share_in_papers_zh(label) >= BROAD_WORD_SHARE_ZH and \
                len(known.en) == 1 and not rare_in_papers(out[-1][0]):  # (after a known term the stretch is its modifier: `zh_modifiers`)
            out[-1] = (out[-1][0] + label, None)
            made = True
            if tail:
                return out
        else:
            out.append((label, known))
    return out


def _broad_tail(word: str) -> bool:
    """A Chinese noun the glossary does not know that is in `BROAD_WORD_SHARE_ZH` of papers at large or more (能力
    'ability' 0.21, 性能 'performance' 0.26, 数据 0.36): after a term it says no more than a generic word (方法, 任务,
    `GENERIC_ZH`) does: 因果推理能力 is the ability of causal reasoning, and papers on it write 'causal reasoning'. A noun
    by its first CC-CEDICT sense (not 'to …': 训练 'to train' after a term says what is done to it)."""
    from assistant.zh_en_dictionary import SKIP_RE, definitions

    if share_in_papers_zh(word) < BROAD_WORD_SHARE_ZH:
        return False
    senses = [d.strip() for d in definitions().get(word, "").split("/") if d.strip() and not SKIP_RE.match(d.strip())]
    return bool(senses) and not re.match(r"(?:\([^)]*\)\s*)?to\s", senses[0])


def _apart(concept: Concept, entries: list[_Entry]) -> tuple[Concept, ...]:
    """The modifier and the known word of a term `_broad_head_terms` made (因果推理 -> 因果 | 推理), each a concept of its
    own, or (): the reading the term falls back to when the candidates do not write it whole (the review of session
    32: 知识推理 learned no English and listed nothing, where 知识 · 推理 listed reasoning over knowledge graphs)."""
    if concept.alternatives or concept.forms != (concept.label,) or not has_chinese(concept.label):
        return ()
    # (the stretches the glossary reads, as `_broad_head_terms` was given them: jieba keeps 逻辑推理 one word, and the
    # term had no way back; session 32's review, G1: 逻辑推理 17 -> 4 matching)
    words = [label for label, _ in _atoms_zh(to_simplified(concept.label), _builtin(), True) or []]
    if len(words) != 2 or _lookup(words[0], entries) is not None or (known := _lookup(words[1], entries)) is None or \
            _broad_head_terms(concept.label, [(words[0], None), (words[1], known)]) != [(concept.label, None)]:
        return ()
    return Concept(label=words[0], forms=(words[0],)), _concept(words[1], known, entries)


def _atoms_en(part: str, entries: list[_Entry], residue_ok: bool = False,
              dropped: dict[str, _Entry] | None = None, required: dict[str, tuple[str, ...]] | None = None,
              modifiers: dict[str, str] | None = None, terms: list[_Entry] | None = None
              ) -> list[tuple[str, _Entry | None]] | None:
    """The same over English words (matched by stems): 'generative recommendation' -> generative | recommendation.
    With `residue_ok`, runs of unknown words come back as (text, None): 'machine unlearning in LLMs' ->
    machine unlearning (unknown) | LLMs; a run of qualifiers only ('3D', '2D') next to a known term is dropped. A run
    that is a whole term of `terms` (prompts/glossary.tsv's) is that term: 'chain-of-thought' of 'chain-of-thought
    reasoning' is prompts/glossary.tsv's 思维链, a concept, not a modifier of reasoning dropped as unknown (session 19:
    'faithfulness of chain-of-thought reasoning' read as faithfulness · reasoning listed 4 off-topic papers of 5)."""
    words = []  # (start, end, word, stem) without stop words ('of', 'the')
    for match in re.finditer(r"[A-Za-z0-9][A-Za-z0-9.]*", part):
        stem = (_stems(match.group(0)) or [""])[0]
        if stem:
            words.append((match.start(), match.end(), match.group(0), stem))
    if not words:
        return None
    stems = [w[3] for w in words]
    forms = []
    for entry in entries:
        for form in entry.en:
            fs = [f"\x01{form}"] if _is_acronym(form) else _stems(form)
            if fs:
                forms.append((form, fs, entry))
    forms.sort(key=lambda x: -len(x[1]))
    out: list[tuple[str, _Entry | None]] = []
    run: list[int] = []

    def flush() -> None:
        if run:
            start = words[run[0]][0]
            while start > 1 and part[start - 1] == "-" and part[start - 2].isalnum():  # 'in-context'
                start -= 1
                while start > 0 and part[start - 1].isalnum():
                    start -= 1
            text = part[start:words[run[-1]][1]]
            out.append((text, _lookup(text, terms) if terms else None))
            run.clear()

    i = 0
    while i < len(words):
        hit = None
        for form, fs, entry in forms:
            if fs[0].startswith("\x01"):
                if words[i][2] in (form, form + "s"):
                    hit = (1, entry)
                    break
            elif (stems[i:i + len(fs)] == fs or (len(fs) > 1 and stems[i:i + len(fs)] == fs[:-1] + [fs[-1] + "s"])) \
                    and _same_words(form, [w[2] for w in words[i:i + len(fs)]]):
                hit = (len(fs), entry)
                break
        if hit and i + hit[0] < len(words) and _term_goes_on(hit[1], stems[i + hit[0] - 1], stems[i + hit[0]]):
            hit = (hit[0] + 1, hit[1])
        if hit and residue_ok and run and run[-1] == i - 1 and part[words[i - 1][1]:words[i][0]] == "-" and \
                (i + hit[0] >= len(words) or words[i + hit[0]][2].lower() in GENERIC_EN):
            # a known term joined by a hyphen to the unknown word before it, ending the phrase, is one word with it:
            # 'multi-agent (systems)' names a kind of system, not any agent (session 19: 'communication between LLM
            # agents in multi-agent systems' dropped 'multi' as a modifier and listed a two-party bargaining paper);
            # before an unknown head the known term stays the head's context ('multi-agent debate': read as one
            # phrase, its droppable word let in a study of LLM-written arguments in public debate)
            run.extend(range(i, i + hit[0]))
            i += hit[0]
        elif hit:
            flush()
            out.append((part[words[i][0]:words[i + hit[0] - 1][1]], hit[1]))
            i += hit[0]
        elif words[i][2].lower() in GENERIC_EN and not (
                residue_ok and not run and i + 1 < len(words) and words[i + 1][2].lower() not in GENERIC_EN
                and not any(words[i + 1][3] == fs[0] for _, fs, _ in forms)):
            flush()
            i += 1
        elif not residue_ok:
            return None
        else:
            run.append(i)
            i += 1
    flush()
    if residue_ok and len(out) >= 3 and out[0][0].lower() in LEARNING_EN and out[1][1] is not None and \
            out[-1][1] is None:
        # 'learning X' is about X, the way X学习 is (`_learning_object`): 'learning robot manipulation policies from
        # videos' learns policies, and its head noun, not the verb, is the concept (session 23: read as the action
        # 'learning' with robot as its context, 'manipulation' and 'policies' were dropped and the digest listed
        # RL from videos of locomotion)
        out = out[1:]
    if residue_ok and len(out) >= 2 and out[0][1] is None and out[1][1] is not None and _gerund(out[0][0]):
        # a part that opens with a verb ('steering LLM behavior', 'aligning LLMs with …') names an action and its
        # object: the action is the concept, the object's known term what the paper must name somewhere
        # (`Concept.context`, through `dropped`), and a noun after it ('behavior') what any paper on the action
        # acts on. Read as a modifier of the known term, the verb was dropped and the noun kept (session 17:
        # 'behavior' · 'activation vectors' listed none of 15 judged activation-steering papers)
        if dropped is not None:
            dropped[out[0][0]] = out[1][1]
        return [out[0]]
    if len(out) >= 3 and out[-1][1] is None and out[-2][1] is not None and out[-3][1] is None and all(
            w.lower() in WEAK_EN for w in re.findall(r"[A-Za-z0-9]+", out[-3][0])):
        # a weak qualifier, a known term, an unknown head ('long video understanding'): the qualifier says the
        # known term is a noun phrase of its own (long videos), not a label on the head, so neither is dropped:
        # the three are one unknown phrase, matched word by word, the weak word too (`Concept.required`: general
        # video-understanding MLLM papers were 6 of the 8 listed for 'long video understanding with multimodal
        # LLMs'); a weak word alone before an unknown head stays optional ('machine unlearning')
        start = part.find(out[-3][0])
        end = part.find(out[-1][0], start) + len(out[-1][0])
        if required is not None:
            required[part[start:end]] = tuple(_stems(out[-3][0]))
        out[-3:] = [(part[start:end], None)]
    if any(a[1] is not None for a in out):
        # a run of unknown words right before a known term modifies it ('3D Gaussian splatting', 'long-context
        # LLMs'): the known term is the concept, the modifier is not required (unless the term is the topic's
        # head: `split_concepts`)
        if modifiers is not None:
            for n, (text, known) in enumerate(out[:-1]):
                if known is None and out[n + 1][1] is not None and not _qualifier(text) and not all(
                        w.lower() in WEAK_EN for w in re.findall(r"[A-Za-z0-9]+", text)):
                    modifiers[out[n + 1][0]] = text
        out = [a for n, a in enumerate(out) if a[1] is not None or not (
            _qualifier(a[0]) or (n + 1 < len(out) and out[n + 1][1] is not None))]
        if out and out[-1][1] is None and len(out) >= 2 and out[-2][1] is not None:
            # ... and a known term right before an unknown head is its modifier ('robot manipulation' is
            # manipulation: VLA papers name the task, not always the robot in the same sentence), which the paper
            # must still name somewhere (`Concept.context`): 'image editing' is not knowledge or motion editing
            if dropped is not None:
                dropped[out[-1][0]] = out[-2][1]
            out = out[:-2] + out[-1:]
    return out or None


# Nouns of persons that a 'with' / 'who' clause defines ('people with disabilities', 'users who stutter'): the clause
# is the concept, the noun none (session 30: 'assistive technology for people with disabilities' asked for 'people',
# which none of its three judged papers writes; they write visually impaired users, wheelchair users, stuttering)
PEOPLE_EN = frozenset({"people", "persons", "person", "individuals", "individual", "users", "user", "those"})


# The generic heads of a task on data ('understanding', 'analysis', 理解, 分析), see `_without_task_head`
TASK_HEADS_EN = frozenset({"understanding", "analysis", "analyses", "analytics", "comprehension"})
TASK_HEADS_ZH = ("理解", "分析")
# ... and the broad heads that frame a topic: the papers under them name the task they do (segmentation, detection,
# tracking for 'LiDAR perception'; inventory replenishment, network design for 供应链管理), see `learned.whole_or_pieces`
FRAME_HEADS_EN = TASK_HEADS_EN | {"perception", "management"}
FRAME_HEADS_ZH = TASK_HEADS_ZH + ("感知", "管理")


def _without_task_head(part: str, chinese: bool, builtin: list[_Entry]) -> str:
    """A part without its generic task head when the head follows a kind of data (`MODALITIES`) that a modifier of its
    own qualifies: 'sports video analysis' is about sports videos, 第一人称视频理解 about first-person videos, and their
    papers name the task they do on them (highlight detection, question answering, anticipation, grounding), rarely
    the head (session 27, the twentieth group: of the 13 judged papers of 第一人称视频理解 none writes 'video
    understanding' or 视频理解 and one 'understanding'; the digest required 理解 and was empty; 'sports video analysis'
    matched 'sport performance analysis' of a motion-capture paper and neither sports-video paper, which write
    'sport video highlight detection' and 'team sports broadcast video'). Not without such a modifier ('video
    understanding' stays the task), nor after a weak one ('long video understanding': long of what is left open),
    nor a single Chinese character (长视频理解)."""
    if chinese:
        head = next((h for h in TASK_HEADS_ZH if part.endswith(h)), None)
        rest = part[:-len(head)] if head else ""
        kind = next((f for e in builtin if e.zh and e.zh[0] in MODALITIES for f in e.zh if rest.endswith(f)), None)
        return rest if kind and len(rest) - len(kind) >= 2 and not weak_zh(rest[:-len(kind)]) else part
    words = part.split()
    if len(words) < 3 or words[-1].lower() not in TASK_HEADS_EN:
        return part
    kinds = {_stems(f)[0] for e in builtin if e.zh and e.zh[0] in MODALITIES for f in e.en if len(_stems(f)) == 1}
    before = words[:-2]
    if _stems(words[-2])[:1] and _stems(words[-2])[0] in kinds and not all(
            w.lower() in WEAK_EN or w.lower() in GENERIC_EN for w in before):
        return " ".join(words[:-1])
    return part


def _term_goes_on(entry: _Entry, last: str, after: str) -> bool:
    """The word after a known term goes on with it when the term's last word and that word are another form of the
    term ('text-to-image generation': 'image generation' is 图像生成 too): the term is the whole, and what comes
    before it modifies the whole. Read as 'text-to-image' before an unknown head 'generation', the known term became
    the head's context and the modifier before it ('personalized') was lost (session 24: every diffusion generator
    was listed for 'personalized text-to-image generation with diffusion models', 0 of 8 on topic)."""
    return any(_stems(f) == [last, after] for f in entry.en)


def _gerund(text: str) -> bool:
    """One English word in -ing that is a verb form ('steering', 'aligning'; not 'string'), and no verb of aim
    (`GOAL_EN`, dropped by `_without_goal`)."""
    stems = _stems(text)
    return bool(re.fullmatch(r"[A-Za-z]{3,}ing", text)) and len(stems) == 1 and not stems[0].endswith("ing") and \
        text.lower() not in GOAL_EN


def _same_words(form: str, surface: list[str]) -> bool:
    """The words a form's stems matched are the form's words (or their plurals): 'generation' shares the stem
    of 'generative' but is not that concept."""
    want = [w for w in re.findall(r"[a-z0-9][a-z0-9.]*", form.lower()) if _stems(w)]
    have = [w.lower() for w in surface]
    return len(want) == len(have) and all(h == w or h in (w + "s", w + "es") or w in (h + "s", h + "es")
                                          for h, w in zip(have, want))


def _qualifier(text: str) -> bool:
    return all(len(w) <= 2 or any(c.isdigit() for c in w) for w in re.findall(r"[A-Za-z0-9]+", text))


def _generic(part: str, chinese: bool) -> bool:
    if chinese:
        return not re.sub(r"[\s式型类中的化性]", "", re.sub("|".join(GENERIC_ZH), "", part))
    return all(w.lower() in GENERIC_EN or not _stems(w) for w in re.findall(r"\w+", part))


# 'X-based Y', 'X-assisted Y' (`_hyphen_means`): the participle that makes a means a hyphenated modifier
_HYPHEN_MEANS_RE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9]*)-(?:based|assisted|driven|powered|guided|enabled|aided)\s+"
                              r"([A-Za-z][A-Za-z0-9\s\-]*?)\s*$", re.IGNORECASE)


def _hyphen_means(topic: str, entries: list[_Entry], builtin: list[_Entry]) -> str:
    """An English topic of one part 'X-based Y' / 'X-assisted Y' (-driven, -powered, -guided, -enabled, -aided) that the
    glossaries do not cover is 'Y with X': Y the head, X its means, two concepts. Kept whole, it was one unknown phrase
    matched word by word in one sentence, and only papers writing the phrase itself passed (session 29, from the
    twenty-first group: 'LLM-assisted peer review' listed none of its three judged papers, which write 'Scientific Peer
    Review Generation' with 'LLM-based methods', 'AI-assisted peer review', 'AI review'; 'EEG-based brain-computer
    interfaces' only the papers writing that phrase). Not a topic the glossary splits ('LLM-based machine translation'
    is LLM · machine translation already) nor one of several parts."""
    m = _HYPHEN_MEANS_RE.match(topic)
    if not m or has_chinese(topic) or len(_linked_parts(topic, entries)) != 1 or _lookup(topic.strip(), entries) or \
            _atoms_en(topic, builtin) is not None or _generic(m.group(2), False):
        return topic
    if not (re.fullmatch(r"[A-Z][A-Z0-9]+s?", m.group(1)) or _lookup(m.group(1), entries + builtin)):
        return topic  # the means must be a thing of its own (an acronym, a glossary term): 'score-based diffusion
        # models', 'simulation-based inference', 'event-based vision' are fixed terms, not 'Y with X' (review)
    return f"{m.group(2)} with {m.group(1)}"


# words that open a list of examples of what comes right before them ('protocols for LLM agents such as MCP and A2A',
# 'optimizers like Adam', '视觉语言模型（如CLIP）'): 'like' only after a plural noun, a comma or a bracket ('models like
# CLIP'), not in 'human-like' nor after a verb; Chinese 如 only after a comma or a bracket (如何 is 'how')
_EXAMPLE_WORDS_EN = r"(?:such\s+as|e\.\s?g\.?,?|for\s+(?:example|instance),?|including)"
_EXAMPLES_EN = re.compile(rf"(?:\s*[,(]\s*(?:{_EXAMPLE_WORDS_EN}|(like))|\s+{_EXAMPLE_WORDS_EN}|(?<=[a-z]s)\s+(like))\s+",
                          re.IGNORECASE)
_EXAMPLES_ZH = re.compile(r"\s*(?:[，,（(；;]\s*(?:例如|比如|诸如|如(?![何果同下此今实]))|例如|比如|诸如)[：:]?\s*")
# a list ends at a bracket or a connector that relates it to the rest of the topic; not at 'of', which names an example
# more often than it relates the list ('theory of mind', 'mixture of experts', 'chain of thought')
_EXAMPLES_END_EN = re.compile(r"\)|(?<![\w\-])(?:for|in|with|on|via|using|under|towards?|from|between|among|"
                              r"amongst|based\s+on)(?![\w\-])", re.IGNORECASE)
_EXAMPLE_SEP = re.compile(r"\s*(?:,\s*(?:and|or)?|/|(?<![\w\-])(?:and|or)(?![\w\-]))\s*", re.IGNORECASE)
# a Chinese topic's examples are read only when they are Latin-script names ('如CLIP', '例如MCP和A2A'): a Chinese list
# has no word boundaries to cut at (以及, 或者, 涉及, 参与, 高中 hold the separators and ends as characters)
_LATIN_NAME = r"[A-Za-z0-9][A-Za-z0-9.+_\-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.+_\-]*)*"
_EXAMPLES_LIST_ZH = re.compile(rf"({_LATIN_NAME}(?:\s*(?:以及|或者|和|与|及|或|、|，|,|/)\s*{_LATIN_NAME})*)\s*等?"
                               r"\s*(?=$|[）)，,；;。\u4e00-\u9fff])")
_EXAMPLE_SEP_ZH = re.compile(r"\s*(?:以及|或者|和|与|及|或|、|，|,|/)\s*")


def _examples(topic: str) -> tuple[str, str, list[str]]:
    """A topic without the examples it gives of a term ('such as', 'e.g.', 'for example', 'including', 'like'; 例如,
    比如, 诸如, 如 after a comma or a bracket): (the topic without them, the text right before the examples, the
    examples). The examples run to a closing bracket, a connector that relates ('for', 'in', 'with' ...; not 'of') or
    the end; 'etc.' / 等 end them. 'like' opens no list in a comparison: after a verb of a relative clause ('a model
    that reasons like ...') or before an article ('... like a human', 'like the brain'); a Chinese topic's examples
    must be Latin-script names. Examples
    are instances of a term, not more concepts the topic asks for: read as parts, 'protocols for LLM agents such as MCP
    and A2A' asked for protocols, LLMs, MCP and A2A at once (session 32, the twenty-ninth group: 0 matching, 8 judged
    papers). ('', '', []) when the topic gives no examples."""
    text = to_simplified(topic)
    chinese = has_chinese(text)
    m = (_EXAMPLES_ZH if chinese else _EXAMPLES_EN).search(text)
    if not m or not text[:m.start()].strip():
        return "", "", []
    rest = text[m.end():]
    if chinese:
        names = _EXAMPLES_LIST_ZH.match(rest)
        if not names:  # a list of Chinese words: dropped, marker and all, up to its bracket or clause end
            end = re.search(r"[）)]" if re.search(r"[（(]\s*$", text[:m.start() + 1]) or "（" in m.group(0) or
                            "(" in m.group(0) else r"[，,；;。]", rest)
            after = rest[end.end():] if end and end.group(0) in "）)" else rest[end.start():] if end else ""
            return f"{text[:m.start()].rstrip(' ,，(（')}{after}".strip(" ，,；;"), "", []
        listed, after = names.group(1), rest[names.end():]
        examples = [e.strip() for e in _EXAMPLE_SEP_ZH.split(listed)]
    else:
        end = _EXAMPLES_END_EN.search(rest)
        listed, after = (rest[:end.start()], rest[end.start():]) if end else (rest, "")
        listed = re.sub(r",?\s*etc\.?\s*$", "", listed.strip(), flags=re.IGNORECASE)
        examples = [e.strip(" .;:'\"“”()") for e in _EXAMPLE_SEP.split(listed)]
        examples = [e for e in examples if e and not re.fullmatch(r"etc\.?", e, re.IGNORECASE)]
        if any(m.groups()) and (re.match(r"(?:an?|the)\s", listed, re.IGNORECASE) or re.search(
                r"(?<![\w\-])(?:that|which|who)\s+\S+\s*$", text[:m.start()], re.IGNORECASE)):
            return "", "", []  # 'like' in a comparison ('reasons like a human', 'a model that learns like the brain')
    after = re.sub(r"^\s*[)）]\s*", " " if not chinese else "", after)
    before = text[:m.start()].rstrip(" ,，(（")
    if not examples:
        return "", "", []
    anchor = re.split(f"{_SPLIT_EN}|[,;(]" if not chinese else f"{_SPLIT_ZH}|[（(]", before,
                      flags=re.IGNORECASE)[-1].strip()
    joined = f"{before}{after}" if chinese or not after.strip() else f"{before} {after.strip()}"
    return joined.strip(), anchor, examples


# the generic words for an activity (a task on, an application of, a problem of the words before them): examples of
# 'time series tasks' are tasks done on time series, while examples of 'X models' / 'X methods' are models or methods
# of kind X ('state space models such as Mamba'), alternatives of the term (`_with_examples`)
ACTIVITY_WORDS = frozenset({"task", "tasks", "application", "applications", "problem", "problems", "任务", "应用",
                            "问题"})


def _with_examples(concepts: list[Concept], anchor: str, examples: list[str], prompts_dir: Path | None
                   ) -> list[Concept]:
    """The examples a topic gives of a term (`_examples`) are alternatives of the concept the term was read as: a
    paper on Yoruba is on 'low-resource languages such as Swahili and Yoruba' (either will do, `either`). The term is the text right
    before the examples, the nearest noun phrase, which is what an example list qualifies in English and in Chinese
    ('LLM agents for games such as chess': games). Three cases ask for more, a precision-first reading:
    - the term read as one unknown word broad at large (in `common_terms.BROAD_WORD_SHARE` of papers or more:
      'protocols', 'domains', 'settings'), which as an alternative would let in any paper that writes it in another
      sense (an evaluation 'protocol'), or as none (a generic word): the examples stand in its place, one concept of
      which either will do ('retrieval-augmented generation for domains such as law and medicine');
    - the term ends in a generic word for an activity (`ACTIVITY_WORDS`: 'time series tasks such as forecasting and
      anomaly detection'): the examples are of that activity, not of the term, a concept of their own beside the
      term's (forecasting or anomaly detection, of time series; as alternatives, any anomaly-detection paper did);
    - the term read as more than one concept ('reasoning benchmarks including math and code', 'protocols for LLM
      agents such as MCP and A2A': the examples are of the whole, not of either word): they are a concept of their
      own beside them; widening either word would let in papers on that word alone, and dropped, the examples no
      longer told an agent protocol from an evaluation protocol of LLM agents (5 of 6 listed off topic).
    An example read as more than one concept drops the examples."""
    norm = lambda s: re.sub(r"[\s\-–]+", " ", to_simplified(s)).lower()  # noqa: E731
    where = norm(anchor)

    def inside(label: str) -> bool:  # the label in the term, as whole words ('ai' is not in 'domains')
        return has_chinese(label) and norm(label) in where or bool(
            re.search(rf"(?<![\w]){re.escape(norm(label))}(?![\w])", where))

    at = [i for i, c in enumerate(concepts) if not c.alternatives and inside(c.label)]
    made = [split_concepts(e, prompts_dir) for e in examples]
    if any(len(m) != 1 for m in made):
        return concepts
    members = tuple(replace(m[0], head=False, pieces=()) for m in made)
    one = either(members) if len(members) > 1 else members[0]
    if not at:
        return concepts + [one] if not anchor or _generic(anchor, has_chinese(anchor)) else concepts
    last = re.split(r"[\s\-]+", anchor.strip())[-1].lower() if not has_chinese(anchor) else anchor.strip()[-2:]
    if last in ACTIVITY_WORDS and len(at) == 1 and (
            core := split_concepts(anchor.strip()[:-len(last)].strip(" -"), prompts_dir)) and len(core) == 1:
        # ('NLP tasks such as summarization': NLP, not the phrase 'NLP tasks', beside the examples)
        concepts = concepts[:at[0]] + [replace(core[0], head=concepts[at[0]].head)] + concepts[at[0] + 1:]
    if len(at) > 1 or last in ACTIVITY_WORDS:  # (dropped, they left 'combinatorial' alone of 'combinatorial problems
        # such as TSP and vehicle routing', 1 of 8 on: review33 H11)
        return concepts[:at[-1] + 1] + [one] + concepts[at[-1] + 1:]
    i = at[0]
    if concepts[i].loose and " " not in concepts[i].label.strip() and \
            share_in_papers(concepts[i].label) >= BROAD_WORD_SHARE:
        return concepts[:i] + [replace(one, head=concepts[i].head)] + concepts[i + 1:]
    kept = replace(concepts[i], head=False)
    return concepts[:i] + [replace(either((kept,) + members), head=concepts[i].head)] + concepts[i + 1:]


def split_concepts(topic: str, prompts_dir: Path | None = None) -> list[Concept]:
    """The topic's concepts, each with its forms in both languages (see the module docstring); a topic that gives
    examples of a term reads them as alternatives of its concept (`_examples`, `_with_examples`)."""
    rest, anchor, examples = _examples(topic)
    if examples:
        return _with_examples(_split_concepts(rest, prompts_dir), anchor, examples, prompts_dir)
    if rest:  # examples not read (a Chinese list of Chinese words): the topic without them
        return _split_concepts(rest, prompts_dir)
    return _split_concepts(topic, prompts_dir)


def _split_concepts(topic: str, prompts_dir: Path | None = None) -> list[Concept]:
    entries, builtin = _entries(prompts_dir), _builtin()
    topic = _hyphen_means(topic, entries, builtin)
    concepts: list[Concept] = []
    modifiers: dict[str, str] = {}  # known term -> the unknown modifier dropped before it ('spatial' of reasoning)
    zh_modifiers: dict[str, str] = {}  # known term -> the unknown Chinese stretch between it and a known term before
    known_modifiers: dict[str, _Entry] = {}  # unknown head -> the known term dropped before it ('agent' of debate)
    # known term -> the known term right before it in one part, which qualifies it ('大模型' of 大模型智能体, 'LLM' of
    # 'LLM agents', 'retrieval-augmented' of 'retrieval-augmented LLMs')
    qualifiers: dict[str, str] = {}
    zh_qualifiers: dict[str, str] = {}  # known term -> a Chinese qualifier dropped before it (三维 of 三维目标检测)
    linked = _linked_parts(topic, entries)
    parts = [part for part, _ in linked]
    origin: list[int] = []  # the part each concept comes from
    method_parts: dict[int, tuple[str, ...]] = {}  # part -> the context of the method family dropped from it
    families: dict[int, tuple[str, int]] = {}  # ... and the family's own words and part
    for k, (part, _) in enumerate(linked):
        origin += [k - 1] * (len(concepts) - len(origin))
        chinese = has_chinese(part)
        if _generic(part, chinese):
            continue  # '应用', 'methods'
        if not chinese and (subject := _method_family_part(k, linked, to_simplified(topic))) is not None:
            method_parts[subject] = METHOD_CONTEXT  # the subject keeps the family as its context (below)
            families[subject] = (part, k)
            continue  # 'machine learning' of 'machine learning on tabular data': how, not what
        if not chinese and part.lower() in PEOPLE_EN and re.search(
                rf"(?<![\w\-]){re.escape(part)}\s+(?:with|who)\s", topic, re.IGNORECASE):
            continue  # 'people with disabilities' are the disabilities' people: no paper writes 'people' for them
        part = _without_task_head(part, chinese, builtin)
        if chinese and (means := _means_zh(part, entries, linked[k + 1][0] if k + 1 < len(linked) else "")) is not None:
            # 'AI辅助Y' (AI-assisted Y): Y, with learned methods named somewhere (`_means_zh`)
            part = means
            ai = _builtin_entry(builtin, "人工智能")
            method_parts[k if part else k + 1] = tuple(dict.fromkeys(METHOD_CONTEXT + (ai.forms if ai else ())))
            if not part:
                continue  # ('AI驱动的Y': AI驱动 | Y)
        if chinese and _lookup(part, entries) is None and not dictionary_term(part):  # (卷积神经网络 is a term)
            whole = part
            part, family = without_method_family(part)  # 蛋白质机器学习 -> 蛋白质, with a learned model somewhere
            if family:  # (深度学习编译器 -> 编译器, with deep learning named: `topic_zh.FAMILY_CONTEXT`)
                opens = to_simplified(whole).strip().startswith(family)
                method_parts[k] = FAMILY_CONTEXT if opens else METHOD_CONTEXT
        # compound boundaries come from the built-in concepts only: prompts/glossary.tsv holds compounds
        # (生成式推荐) that are split into theirs (生成式 | 推荐)
        atoms = _atoms_zh(part, builtin) if chinese else _atoms_en(part, builtin)
        if atoms and len(atoms) == 1:
            atoms = [(part.strip(), atoms[0][1])]
        if atoms:
            for n, (label, entry) in enumerate(atoms):
                concepts.append(_concept(label, _sense(label, entry, part), entries))
                if n + 1 < len(atoms):
                    qualifiers[atoms[n + 1][0]] = label  # '大模型智能体', 'retrieval-augmented LLMs'
            continue
        if chinese and _cut_by_generic(part):
            concepts.append(Concept(label=part, forms=(part,)))  # 多任务学习, whole (`_cut_by_generic`)
            continue
        if chinese and (obj := _learning_object(part, entries)) != part:
            # 'X学习': X when the candidates write X as a thing learned (技能: skills), else whole (在线学习: online
            # learning), `Concept.apart`, `learned.translate_concepts`
            concepts.append(Concept(label=part, forms=(part,), apart=(_concept(obj, _lookup(obj, entries), entries),)))
            continue
        entry = _lookup(part, entries)
        core = _core(part, chinese)
        if entry is None and chinese and (english := dictionary_term(core) or (
                (METHOD_FAMILIES_ZH[core],) if core in METHOD_FAMILIES_ZH else ())):
            part, entry = core, _Entry((core,), english)  # '博弈论': game theory (`dictionary_term`)
        if entry is None and core != part and _lookup(core, entries) is not None:
            # a generic suffix does not hide a known term: '混合专家模型' is the glossary's 混合专家 (MoE, mixture
            # of experts), not an unknown stretch matched in Chinese only
            part, entry = core, _lookup(core, entries)
        if entry is None and (chinese or len(parts) > 1):
            # a part the glossary does not cover: its known terms are concepts and so is each unknown stretch
            # ('遥感图像分割' -> 遥感 | 图像分割, 'long-context LLMs' -> LLMs); unknown stretches get their
            # other-language forms from the candidates (`translate_concepts`). An English topic of one part
            # ('hallucination detection', 'on-device LLM') stays one concept, matched word by word.
            dropped: dict[str, _Entry] = {}
            required: dict[str, tuple[str, ...]] = {}
            added = [e for e in entries if e not in builtin]  # prompts/glossary.tsv's terms (`_atoms_en`)
            atoms = _atoms_zh(part, builtin, True, added) if chinese else _atoms_en(
                part, builtin, True, dropped, required, modifiers, added)
            if chinese and atoms:  # a weak qualifier before a known term is no concept, as in English ('自动评估' is
                # 评估: '自动' required listed none of the 26 judged papers of 大模型作为裁判的自动评估, session 17)
                atoms = [a for n, a in enumerate(atoms) if not (a[1] is None and n + 1 < len(atoms) and
                                                                atoms[n + 1][1] is not None and weak_zh(a[0]))]
            if chinese and atoms:  # ... nor a qualifier (三维 of 三维目标检测, as '3D' in English)
                for n, (label, known) in enumerate(atoms[:-1]):
                    if known is None and atoms[n + 1][1] is not None and qualifier_zh(label):
                        zh_qualifiers[atoms[n + 1][0]] = label
                atoms = [a for a in atoms if a[0] not in zh_qualifiers.values()]
            if chinese and atoms:  # ... and an unknown modifier before a broad known word is one term with it (因果推理)
                atoms = _broad_head_terms(part, atoms)
            tails: dict[str, tuple[str, str]] = {}
            objects: set[str] = set()  # a verb's object split off the stretch after a known term (`verb_object`)
            if chinese and atoms:  # an unknown head after a known term is that term ('隐私保护', '越狱攻击'),
                # unless the candidates show it is a concept of its own (`translate_concepts`: 时间序列 | 预测)
                merged: list[tuple[str, _Entry | None]] = []
                for n, (label, known) in enumerate(atoms):
                    if known is None and merged and merged[-1][1] is not None and n + 1 < len(atoms) and \
                            atoms[n + 1][1] is not None and part.find(merged[-1][0] + label + atoms[n + 1][0]) >= 0:
                        # ... but a stretch between two known terms modifies the one after it, as in English (a
                        # Chinese compound ends in its head: 大模型搜索智能体 is search agents built on LLMs, not LLM
                        # search + agents): a concept of its own, or the head's context (below, `zh_modifiers`)
                        zh_modifiers[atoms[n + 1][0]] = label
                        merged.append((label, known))
                    elif known is None and merged and merged[-1][1] is not None and part.find(
                            merged[-1][0] + label) >= 0 and (obj := verb_object(label)):
                        # 大模型求解组合优化: 大模型 | 求解 | 组合优化 (`topic_zh.verb_object`); the verb stays a concept:
                        # it may be the topic (大模型遗忘训练数据 is unlearning, not any paper on training data: the
                        # review of session 31 found eight such listed for it, and for 记忆/泄露/合成/标注训练数据)
                        verb = to_simplified(label)[:-len(obj)]
                        merged += [(verb, None), (obj, None)]
                        objects.update((verb, obj))
                    elif known is None and merged and merged[-1][1] is not None and part.find(
                            merged[-1][0] + label) >= 0:
                        compound = merged[-1][0] + label
                        if english := dictionary_term(compound):
                            # a compound the dictionary lists is one term, matched as itself and its English
                            # ('语音合成' = speech synthesis), not as its known word (any speech paper) plus a
                            # head split off later (`translate_concepts`: 合成 -> any 'generate')
                            merged[-1] = (compound, _Entry((compound,), english))
                            continue
                        tails[compound] = (merged[-1][0], label)
                        merged[-1] = (compound, merged[-1][1])
                    else:
                        merged.append((label, known))
                atoms = merged
            if atoms and (any(e is not None for _, e in atoms) or not chinese):
                for label, known in atoms:
                    concept = _concept(label, known, entries, loose=known is None and not chinese)
                    if label in dropped and (dropped[label].zh[0] in MODALITIES or _gerund(label)):
                        # (a verb's object is its context wherever the verb stands: 'aligning' of 'preference
                        # optimization for aligning LLMs' is aligning of LLMs, not the head's modifier)
                        concept = replace(concept, context=dropped[label].forms)
                    elif label in dropped:
                        known_modifiers[label] = dropped[label]
                    if label in required:
                        concept = replace(concept, required=required[label])
                    if label in objects:  # glossed word by word, as a head split off a known term is
                        from assistant.chains.digest.learned import dictionary_glosses

                        concept = replace(concept, glossed=dictionary_glosses(label))
                    concepts.append(replace(concept, merged=tails[label]) if label in tails else concept)
                continue
            if chinese and atoms and len(atoms) == 1:
                part = _without_weak(_without_qualifier(atoms[0][0]))  # '记忆机制' -> 记忆; '三维人体姿态估计' ->
                # 人体姿态估计; 作文自动评分 -> 作文评分
                if (dimension := atoms[0][0][:atoms[0][0].find(part)] if part in atoms[0][0] else "") and \
                        qualifier_zh(dimension):
                    # ... the dimension dropped stays the concept's context, named somewhere in the paper (三维 / 3D):
                    # 三维角色动画 read as 角色动画 listed a 2D character-animation paper (session 32, the twenty-eighth
                    # group, blind), where the 3D papers write 3D动画, 骨骼动画, '3D character'
                    concepts.append(replace(_concept(part, entry, entries), context=_modifier_forms(dimension)))
                    continue
        concepts.append(_concept(part, entry, entries, loose=entry is None and not chinese))
    origin += [len(linked) - 1] * (len(concepts) - len(origin))
    for k, context in method_parts.items():  # the part's last concept (its head) keeps the family as its context
        last = max((i for i, o in enumerate(origin) if o == k), default=None)
        if last is not None and not concepts[last].context:
            concepts[last] = replace(concepts[last], context=context)
        elif last is not None and k in families and not rare_in_papers(_core(parts[k], False)):
            # a subject narrow only as a phrase (`common_terms.narrow_subject`) read as a word with a context of its own
            # ('network security' -> security, named with an attack) is no longer the narrow phrase: the family stays a
            # concept ('machine learning for network security' would ask for any paper on an attack)
            family, at = families[k]
            first = min(i for i, o in enumerate(origin) if o == k)
            where = first if at < k else last + 1  # in the topic's order: the head is read from it
            entry_of = _lookup(family, entries)
            concepts.insert(where, _concept(family, entry_of, entries, loose=entry_of is None))
            origin.insert(where, at)
    concepts, origin = _shared_term(concepts, origin, linked, to_simplified(topic))
    origin_part = {c.label: parts[k] for c, k in zip(concepts, origin)}
    concepts = _shared_modifier(concepts, origin, linked, entries)
    concepts, origin = _shared_modifier_zh(concepts, origin, linked, entries)
    concepts, origin = _shared_tail_zh(concepts, origin, linked)
    concepts, spans = _alternatives(concepts, origin, linked, to_simplified(topic))
    unique: dict[tuple[str, ...], Concept] = {}
    for concept in concepts:
        unique.setdefault(tuple(sorted(concept.forms)), concept)
    out = list(unique.values())
    head = head_label(topic, [c.label for c in out], entries, spans) if len(out) > 1 else None
    # an unknown modifier dropped before the head's known term says which kind of it the topic is about: 'spatial
    # reasoning in vision-language models' is not any reasoning of VLMs (chronological, relational, latent …), so
    # the paper must name the modifier somewhere (`Concept.context`), like a dropped data kind ('image' editing);
    # before the head's term only: 'long-context' of 'long-context LLMs' qualifies a non-head concept and stays
    # optional
    # (since session 12 it must be named where the paper says what it is about: `Concept.context_in_focus`;
    # benchmarks of geo-localisation or of high-resolution VQA name 'spatial' once in passing)
    # the same for a known term dropped before the head's unknown term ('multi-agent debate' is no public debate):
    # required somewhere when the head is the concept it qualifies; before a non-head concept it stays optional
    # ('robot' of 'robot manipulation': VLA papers name the task, not always the robot)
    places = _setting_parts(topic, parts) if head is not None else set()
    if head is not None:
        # a known term that qualifies another known term, in the part that names whose or where the head is (大模型 of
        # 大模型智能体的技能学习, 'retrieval-augmented' of 'knowledge conflicts in retrieval-augmented LLMs'), is that
        # term's modifier, optional like an unknown modifier of a non-head concept ('long-context' of 'long-context
        # LLMs'): 16 of the 31 judged agent-skill papers say 'agents' and no LLM form, two knowledge-conflict papers
        # name no retrieval. Not in a part that says what the head is for or related to ('test-time scaling for LLM
        # reasoning', 'communication between LLM agents', 强化学习用于大模型代码生成): dropped there, it let in
        # test-time scaling of a non-LLM disambiguation pipeline, emergent communication in multi-agent RL and an RL
        # translation paper (session 20)
        labels = {c.label for c in out}
        owners = places | _owner_parts(topic, parts)
        gone = {q for term, q in qualifiers.items() if term in labels and term != head and q != head and
                origin_part.get(term) in owners}
        out = [c for c in out if c.label not in gone]
    if head in zh_qualifiers and head not in zh_modifiers and head not in modifiers:
        modifiers[head] = zh_qualifiers[head]
    if head in zh_modifiers and not any(c.label == head and c.context for c in out):
        # the head's Chinese modifier is its context, named where the paper says what it is about, in Chinese or in
        # its dictionary English (搜索 -> search), as an English modifier is ('spatial' of 'spatial reasoning'):
        # required anywhere, 搜索 of 大模型搜索智能体 let in an agentic-RL paper whose search is over training
        # recipes (session 19)
        modifier = zh_modifiers[head]
        out = [c for c in out if c.label != modifier]
        modifiers[head] = modifier
    out = _means_compounds(out, head, topic)
    if head is not None:
        means = _means_parts(topic, parts)
        out = [replace(c, setting=True) if c.label != head and not c.alternatives and (
            origin_part.get(c.label) in places or (origin_part.get(c.label) in means and not c.loose)) else c
            for c in out]
    out = _multimodal_llm(out, qualifiers, builtin)
    out = _llm_setting(out, builtin)
    out = _ai_means(out, head, builtin)
    if head is not None:
        out = _llm_owner(out, head, {c.label for c in out if origin_part.get(c.label) in _owner_parts(topic, parts)},
                         builtin)
    roles = [m.group(1) for m in re.finditer(rf"作为((?:(?!{_SPLIT_ZH}).)+)", to_simplified(topic))]
    out = [replace(c, role=True) if len(out) > 1 and any(c.label in r for r in roles) else c for c in out]
    if len(out) == 1 and len(linked) == 1 and out[0].forms == (out[0].label,) and has_chinese(out[0].label) and \
            (found := field_of_study(out[0].label)):
        out = [Concept(label=found[0], forms=(found[0],), fields=found[1])]  # 量子信息论 -> 量子, filed in cs.IT
    if len(out) == 1 and len(linked) == 1:
        out = [replace(out[0], pieces=_pieces(out[0], entries))]
    out = _shared_known_modifier(out, known_modifiers)
    out = [replace(c, apart=c.apart or _apart(c, entries)) for c in out]
    return [replace(c, head=True, context=c.context or (_modifier_forms(modifiers[c.label]) if c.label in modifiers else
                                                         known_modifiers[c.label].forms if c.label in known_modifiers
                                                         else ()),
                    context_in_focus=not c.context and c.label in modifiers)
            if c.label == head else c for c in out]


def _shared_known_modifier(concepts: list[Concept], known_modifiers: dict[str, _Entry]) -> list[Concept]:
    """A topic that is nothing but a coordination (`Concept.coordinated`) whose first part's known modifier was dropped
    before its unknown head ('AI' of 'AI governance and regulation') shares that modifier with every part: AI governance
    and AI regulation. The modifier is each part's context (`Concept.context`), named somewhere in the paper, as 'image' of
    'image editing' is, in a focus sentence that names the part too (`Concept.context_in_focus`): read as either part
    (`learned.either_when_apart`), governance or regulation of anything was on topic (gene regulation, land cover that
    'governs' detection limits, 12 of 21 listed off topic); with the context 5 of 9 @20 are (the entry's 'LLM' still
    names AI in "Proactive Power Regulation for LLM Agent Defense")."""
    parts = [c for c in concepts if c.coordinated]
    first = next((known_modifiers[c.label] for c in parts[:1] if c.label in known_modifiers), None)
    if first is None or len(parts) < 2:
        return concepts
    return [replace(c, context=first.forms, context_in_focus=True) if c.coordinated and not c.context else c
            for c in concepts]


def _method_family_part(k: int, linked: list[tuple[str, str]], topic: str) -> int | None:
    """Part k of an English topic names only the family of learned methods (`METHOD_FAMILIES`: machine learning, deep
    learning, neural networks, data-driven) and relates to a part next to it that names a narrow subject (in under 1 %
    of papers at large, `rare_in_papers`): 'machine learning on tabular data', 'deep learning for weather forecasting'.
    The family says how the subject is studied, which nearly every paper of the corpus does with some learned model,
    and is no concept of its own, as it is no word of an unknown phrase (`_content_stems`); the subject keeps the
    family's words as its context (`topic_zh.METHOD_CONTEXT`, as the Chinese 蛋白质机器学习 does). Required, it was the
    topic's head and asked every paper to name machine learning where it says what it is about (session 30, the
    twenty-fifth group, blind: 'machine learning on tabular data' learned 学习 as its Chinese, and the papers on tabular
    foundation models, tabular encoders and table reasoning that never write 'machine learning' were missed). Not a part
    coordinated with the others ('machine learning and statistics': both are the topic), nor before a broad subject
    ('machine learning for security' is no paper about any security), nor one that is the other part's object
    ('security of machine learning', 'compilers for deep learning', 'verification of neural networks': read as the
    other part alone, they listed secrecy algebras, math-proof verification, agent skills 'compiled'; session 31's
    review): only a family that opens the topic before 'for', 'on', 'in' or 'to', or follows 'with', 'using', 'via',
    'through' or 'based on'. Returns the subject's part, or None."""
    part = linked[k][0]
    if has_chinese(part) or len(linked) < 2 or latin_stem_sequence(_core(part, False)) not in _METHOD_FAMILY_STEMS:
        return None
    links = [linked[k][1]] + ([linked[k + 1][1]] if k + 1 < len(linked) else [])
    if "and" in links or "or" in links:
        return None
    at = re.escape(part)
    if k == 0 and k + 1 < len(linked) and re.match(rf"\s*(?:an?\s+|the\s+)?{at}\s+(?:for|on|in|to)\s", topic,
                                                     re.IGNORECASE):
        subject = k + 1  # 'machine learning for X': the family is the means
    elif k > 0 and re.search(rf"(?<![\w\-])(?:with|using|via|through|based\s+on)\s+(?:the\s+|an?\s+)?{at}",
                             topic, re.IGNORECASE):
        subject = k - 1  # 'X with deep learning'
    else:
        return None
    if subject is None or subject < 0 or _generic(linked[subject][0], has_chinese(linked[subject][0])) or \
            not narrow_subject(_core(linked[subject][0], has_chinese(linked[subject][0]))):
        return None
    return subject


_METHOD_FAMILY_STEMS = frozenset(latin_stem_sequence(f) for f in METHOD_FAMILIES) | {
    latin_stem_sequence(f + "s") for f in METHOD_FAMILIES}


def _pieces(concept: Concept, entries: list[_Entry]) -> tuple[Concept, ...]:
    """The two pieces of a topic that is one unknown phrase, each a concept of its own (a glossary or dictionary term
    with its forms, else an unknown word), or (): two English words ('LLM creativity', 'LiDAR perception'), or two
    Chinese dictionary words of two characters or more (供应链管理 -> 供应链 'supply chain' | 管理). A known term
    (forms in both languages), a phrase of another length or one with a kind of data (`MODALITIES`) is not split. Whether the pieces are read apart is for
    the candidates to say (`learned.whole_or_pieces`)."""
    if concept.alternatives or concept.required or concept.context or concept.apart or \
            any(has_chinese(f) for f in concept.forms) and any(not has_chinese(f) for f in concept.forms):
        return ()  # (a term read whole or as the words it is made of: `Concept.apart`)
    if has_chinese(concept.label):
        from assistant.chains.digest.learned import _gloss_words
        from assistant.lang import jieba_segmenter

        words = [p for w in jieba_segmenter().lcut(to_simplified(concept.label)) for p in _gloss_words(w)]
        if len(words) != 2 or any(len(w) < 2 or not has_chinese(w) for w in words):
            return ()
        if _lookup(words[0], entries) is None and (known := _lookup(words[1], entries)) is not None and \
                _broad_head_terms(concept.label, [(words[0], None), (words[1], known)]) == [(concept.label, None)]:
            return ()  # one term (因果推理, `_broad_head_terms`), as it is beside other parts
    else:
        words = concept.label.split()
        if len(words) != 2 or not concept.loose or any(w.lower() in GENERIC_EN or w.lower() in WEAK_EN or
                                                       not _stems(w) for w in words):
            return ()
    out = []
    for word in words:
        entry = _lookup(word, entries)
        if entry is None and has_chinese(word) and (english := dictionary_term(word)):
            entry = _Entry((word,), english)
        if entry is not None and entry.zh and entry.zh[0] in MODALITIES:
            return ()  # a kind of data is never the topic's framing ('sports video analysis' is no sports paper)
        out.append(_concept(word, entry, entries, loose=entry is None and not has_chinese(word)))
    return tuple(out)


# The kinds of data other than text (the built-in entries' first Chinese forms): an LLM of one of them is a multimodal
# LLM (`_multimodal_llm`)
_PERCEPTUAL = frozenset({"图像", "视频", "语音", "音视频"})


def _builtin_entry(builtin: list[_Entry], zh: str) -> _Entry | None:
    """The built-in glossary's entry holding the Chinese form `zh` (大语言模型: the LLM entry)."""
    return next((e for e in builtin if zh in e.zh), None)


def _multimodal_llm(concepts: list[Concept], qualifiers: dict[str, str], builtin: list[_Entry]) -> list[Concept]:
    """An LLM that a kind of data other than text qualifies in one compound (音视频大语言模型, 'video LLMs') is a
    multimodal LLM, which papers name MLLM, LMM or multimodal LLM as often as LLM ('Omni-MLLMs', 'Video-MLLMs'): the
    concept takes the multimodal entry's forms too (session 22: AVI-Bench and OmniCap-IF name only Omni-MLLMs)."""
    llm = _builtin_entry(builtin, "大语言模型")
    mllm = _builtin_entry(builtin, "多模态大语言模型")
    if llm is None or mllm is None:
        return concepts
    kinds = {c.label for c in concepts if any(_lookup(f, builtin) is not None and _lookup(f, builtin).zh[:1] and
                                                _lookup(f, builtin).zh[0] in _PERCEPTUAL for f in c.forms[:1] + c.forms)}
    return [replace(c, forms=tuple(dict.fromkeys(c.forms + mllm.forms)))
            if qualifiers.get(c.label) in kinds and any(f in llm.forms for f in c.forms) else c for c in concepts]


def _llm_setting(concepts: list[Concept], builtin: list[_Entry]) -> list[Concept]:
    """LLMs as the setting or the means of another concept ('data visualization with LLMs', 'fraud detection with
    large language models') are the language-model systems the task is done with, and a multimodal LLM (VLM, MLLM,
    LVLM) is one of them, a language model that also sees: the concept takes the multimodal entry's forms too, as an LLM
    that a kind of data qualifies does (`_multimodal_llm`). Not an LLM that is the topic's head or what its head
    belongs to ('hallucination of LLMs'): there the kind of model is the point (session 25: the seven judged papers
    of the seventeenth group's 'data visualization with LLMs' name VLMs, LVLMs, MLLMs or agents, none 'LLM', and the
    digest was empty)."""
    llm = _builtin_entry(builtin, "大语言模型")
    mllm = _builtin_entry(builtin, "多模态大语言模型")
    if llm is None or mllm is None:
        return concepts
    return [replace(c, forms=tuple(dict.fromkeys(c.forms + mllm.forms + LLM_SYSTEMS)))
            if c.setting and not c.head and not c.alternatives and any(f in llm.forms for f in c.forms) else c
            for c in concepts]


# the participles that make 'AI' the means of a task ('AI-assisted peer review', 'AI-mediated peer review'), `_ai_means`
AI_MEANS_PARTICIPLES = ("assisted", "based", "driven", "powered", "mediated", "enabled", "aided", "supported",
                        "generated")


def _ai_means(concepts: list[Concept], head: str | None, builtin: list[_Entry]) -> list[Concept]:
    """LLMs as the means or setting of an English head ('LLM-assisted peer review', 'data visualization with LLMs') are
    also named by 'AI' as the head's own modifier: 'AI review', 'AI-assisted peer review', 'AI-mediated peer review'.
    Papers on using language models for a task call the tools 'AI' where they name the task (session 29: two of the three
    judged papers of 'LLM-assisted peer review' write 'Can AI Review Improve Paper Drafting?' and 'Gaming AI-Assisted Peer
    Reviews' and never 'LLM'). Only as one phrase with the head, never 'AI' alone (any AI paper); not for an LLM that is
    the head or whose head the topic names ('hallucination of LLMs': there the kind of model is the point)."""
    llm = _builtin_entry(builtin, "大语言模型")
    target = next((c for c in concepts if c.label == head), None)
    if llm is None or target is None or target.alternatives or has_chinese(target.label):
        return concepts
    names = [f for f in target.forms if not has_chinese(f) and not _is_acronym(f)][:3]
    words = re.findall(r"[A-Za-z][A-Za-z\-]*", target.label)
    last = [words[-1]] if len(words) >= 2 and words[-1].lower() not in GENERIC_EN else []
    made = [f"AI {n}" for n in names + last] + [f"AI-{p} {n}" for p in AI_MEANS_PARTICIPLES for n in names]
    return [replace(c, forms=tuple(dict.fromkeys(c.forms + tuple(made))))
            if c.setting and not c.head and not c.alternatives and any(f in llm.forms for f in c.forms) else c
            for c in concepts]


def _llm_owner(concepts: list[Concept], head: str, owners: set[str], builtin: list[_Entry]) -> list[Concept]:
    """LLMs whose head the topic names (大语言模型的情感分析, 'quantization of large language models') are where the head
    is studied: a paper names the models once where it says what it is about, as it names a setting
    (`Concept.setting`), and need not say it again (session 26: the Graph-RAG study of financial sentiment analysis
    names 'large language models' once, in its abstract's opening sentence, and its TL;DR says 图检索增强生成; the
    digest was empty). The forms stay the LLM's own (no multimodal forms: 'hallucination of LLMs' is not of VLMs)."""
    llm = _builtin_entry(builtin, "大语言模型")
    if llm is None:
        return concepts
    return [replace(c, setting=True) if c.label in owners and c.label != head and not c.alternatives and
            any(f in llm.forms for f in c.forms) else c for c in concepts]


# The LLM systems papers name by their role rather than their model (`_llm_setting`): an agent that codes, uses a
# computer or browses is an LLM (or MLLM) driven one ('augment coding agents for scientific visualization'); not
# 'agent' alone, which reinforcement-learning papers use for their policies
LLM_SYSTEMS = ("coding agent", "AI agent", "computer-use agent", "GUI agent", "web agent")


def _setting_parts(topic: str, parts: list[str]) -> set[str]:
    """The parts of a topic that name where its head is studied: after 'in' ('… in autonomous driving', '… in LLMs'),
    before 中的 or inside 在…中/里/上 (自动驾驶中的…, 在心理健康中的…)."""
    text = to_simplified(topic)
    out = set()
    for part in parts:
        at = re.escape(part)
        if re.search(rf"(?<![\w\-])in\s+(?:the\s+)?{at}", text, re.IGNORECASE) or \
                re.search(rf"{at}(?:领域)?(?:中的|之中的|里的|中|里)", text) and (f"{part}中的" in text or f"在{part}" in text):
            out.add(part)
    return out


def _means_parts(topic: str, parts: list[str]) -> set[str]:
    """The parts of an English topic that name the means its head is reached with: after 'with', 'using' or 'via'
    ('personalized text-to-image generation with diffusion models'). A paper names what it uses once where it says
    what it does ('LoRA enables personalization in text-to-image generation by adapting pre-trained diffusion
    models'), as it names its setting (`Concept.setting`), and need not say it again (session 24). Only a known term
    (`split_concepts`): an unknown means ('activation vectors' of 'steering LLM behavior with activation vectors')
    carries forms of the head's action ('activation steering'), which a paper that proposes a steering method for
    something else names once in its contribution sentence (a cross-lingual summarization paper)."""
    text = to_simplified(topic)
    return {part for part in parts if re.search(rf"{_MEANS_LINK_RE}{re.escape(part)}", text, re.IGNORECASE)}


def _owner_parts(topic: str, parts: list[str]) -> set[str]:
    """The parts of a topic that name whose head it is: before 的 (大模型智能体的技能学习), after 'of' ('faithfulness of
    chain-of-thought reasoning')."""
    text = to_simplified(topic)
    return {part for part in parts if f"{part}的" in text or
            re.search(rf"(?<![\w\-])of\s+(?:the\s+)?{re.escape(part)}", text, re.IGNORECASE)}


def _without_qualifier(stretch: str) -> str:
    """An unknown Chinese stretch without the dimension it opens with (三维 '3D', 二维 '2D'): the papers of
    三维语义占据预测 write 3D语义占据, 语义占据 and 'semantic occupancy', none the whole with 三维, as the twelfth group's
    三维目标检测 papers wrote 3D. Dropped before an unknown head as before a known term; at least two characters
    stay."""
    from assistant.lang import jieba_segmenter
    from assistant.zh_en_dictionary import definitions

    first = (jieba_segmenter().lcut(stretch) or [""])[0]  # a word of its own: not 二维 of 二维码 (QR code)
    for n in (3, 2):
        senses = definitions().get(first, "").split("/") if len(first) == n and len(stretch) - n >= 2 else []
        if any(re.fullmatch(r"\s*(?:[1-9]D|(?:two|three|four)-dimensional)\s*", d, re.IGNORECASE) for d in senses):
            return stretch[n:]
    return stretch


# The Chinese participles that make the known term before them the means of what follows ('X-assisted Y', 'X-driven Y',
# 'X-enabled Y'), as `_HYPHEN_MEANS_RE` does in English: 辅助 'to assist', 驱动 'to drive', 赋能 'to empower'
MEANS_PARTICIPLES_ZH = ("辅助", "驱动", "赋能")


def _means_zh(part: str, entries: list[_Entry], following: str) -> str | None:
    """A Chinese part 'X辅助Y' / 'X驱动Y' / 'X赋能Y' (`MEANS_PARTICIPLES_ZH`) whose X is a method family
    (`METHOD_FAMILIES_ZH`) or AI (the glossary's 人工智能) and whose Y is a narrow subject (in under 1 % of papers at large,
    `rare_in_papers`) that the glossary or the dictionary knows: Y; or '' for the part 'X驱动' of 'X驱动的Y' (Y the part
    `following` it); else None. Y is the topic and X how it is done: a paper on AI-assisted surgery names the
    surgery and its model (a network, a learned pipeline, an LLM), rarely 'AI' (session 32, the twenty-ninth group,
    blind: none of the seven judged papers of 人工智能辅助外科手术 writes 人工智能; read as 人工智能 with 辅助外科手术 merged
    into it, the digest asked for AI in every paper and was empty). The caller makes the learned methods Y's context
    (`topic_zh.METHOD_CONTEXT` and AI's forms), as 'machine learning for X' is in English. Not a broad subject (人工智能
    辅助诊断: diagnosis of any kind, faults or LLM agents, is no subject), nor one whose English is not known (药物设计,
    材料设计: a one-concept subject that learns no English is matched by the embedder alone, and listed 36 and 41
    papers with learned methods somewhere, invented topics, session 33), nor another known term as X (大模型辅助写作:
    辅助写作 'writing assistance' is the topic's own term, and 写作 alone listed any paper that writes), nor a part that is
    a term itself (数据驱动)."""
    from assistant.zh_en_dictionary import glosses

    text = to_simplified(part).strip()
    if text in METHOD_FAMILIES_ZH or _lookup(text, entries) is not None or dictionary_term(text):
        return None
    ai = _builtin_entry(_builtin(), "人工智能")
    for participle in MEANS_PARTICIPLES_ZH:
        at = text.find(participle)
        agent, rest = text[:at], text[at + len(participle):]
        if at < 2 or not (agent in METHOD_FAMILIES_ZH or (ai is not None and agent in ai.zh)):
            continue
        core = _core(rest or to_simplified(following).strip(), True)
        if len(core) >= 2 and rare_in_papers(core) and (_lookup(core, entries) is not None or dictionary_term(core) or
                                                        glosses(core)):
            return rest
    return None


def _without_weak(stretch: str) -> str:
    """An unknown Chinese stretch of three dictionary words or more without the weak qualifiers before its head
    (`vocabulary.weak_zh`: 自动 'automatic', 高效, 鲁棒), as a weak qualifier before a known term is dropped (自动评估 is
    评估): 作文自动评分 is 作文评分, which papers write whole and inside 自动作文评分 (session 32, the twenty-eighth group,
    blind: no paper writes 作文自动评分; the essay-scoring papers write 自动作文评分, 作文评分, 'automated essay scoring').
    A stretch of two words keeps both (自动驾驶 is no 驾驶)."""
    from assistant.lang import jieba_segmenter

    words = [w for w in jieba_segmenter().lcut(to_simplified(stretch)) if w.strip()]
    if len(words) < 3 or any(len(w) < 2 for w in words):
        return stretch
    # (not a weak word that begins a term with the next one: 机器 of 机器学习 is 'machine', but 机器学习 is a method
    # family, and 机器学习驱动 lost it; the review of 27ce685, A4)
    kept = [w for n, w in enumerate(words[:-1]) if not weak_zh(w) or _term_with_next(w + words[n + 1])] + words[-1:]
    return "".join(kept) if len(kept) >= 2 else stretch


def _term_with_next(pair: str) -> bool:
    """Two adjacent Chinese words that are one term: a method family (机器学习), a glossary or a dictionary term."""
    return pair in METHOD_FAMILIES_ZH or _lookup(pair, _builtin()) is not None or bool(dictionary_term(pair))


def qualifier_zh(word: str) -> bool:
    """A Chinese word whose CC-CEDICT English is a qualifier ('三维': three-dimensional / 3D): before a known term it
    says which kind of it the topic means, as '3D' does in English ('3D object detection'), and is no concept of its
    own (`split_concepts`). A classifier note ('CL:條|条[tiao2]' of 法律 'law', 'CL:種|种[zhong3]' of 气候 'climate') is no
    sense: its pinyin syllables ('tiao2') looked like qualifiers, and 法律大模型 was read as 大模型 alone, 法律 dropped
    as a qualifier (session 31)."""
    from assistant.zh_en_dictionary import senses

    return any(_qualifier(d) and re.search(r"[A-Za-z0-9]", d) for d in senses(word))


def _learning_object(part: str, entries: list[_Entry]) -> str:
    """'X学习' (learning X), for a noun X the dictionary knows and a compound neither glossary nor dictionary lists,
    may be about X: 技能学习 of 大模型智能体的技能学习 is skills (papers say skill creation, evolution, selection,
    revision …), not the words 'skill learning'. Not a learning paradigm (强化学习 and 持续学习 are known; 深度学习 is a
    dictionary term), nor a verb before 学习 (对比学习: 'to contrast', 迁移学习: 'to migrate'). Returns X, or the part.
    Whether the part is about X is for the candidates to say (`learned.learned_object`): X may be how one learns, not
    what (在线学习 is online learning; read as 在线 it listed any paper writing 'online', online auctions and online
    3DGS; 度量学习 any 'measure': session 32's review, G1b)."""
    from assistant.zh_en_dictionary import SKIP_RE, definitions

    if not part.endswith("学习") or len(part) < 4 or _lookup(part, entries) is not None or dictionary_term(part) or \
            part in METHOD_FAMILIES_ZH:  # 机器学习 is no learning of machines
        return part
    obj = part[:-2]
    senses = [d.strip() for d in definitions().get(obj, "").split("/") if d.strip() and not SKIP_RE.match(d.strip())]
    if senses and not any(re.match(r"(?:\([^)]*\)\s*)?to\s", d) for d in senses[:1]):
        return obj
    return part


def _cut_by_generic(part: str) -> bool:
    """A Chinese part of two jieba words or more that a generic word (`GENERIC_ZH`) inside one of them would cut: 多任务学习
    (多任务 | 学习, 任务 generic) was read 学习 alone, the 多 left as a stray character (session 32's review, G1b: 146
    matching, any learning paper). Read whole, its English is learned from the candidates ('multi-task learning'). Only
    where no glossary or dictionary term covers the part, and the word holding the generic word is one the dictionary
    lacks (多任务), so that the generic word is no word of its own there."""
    from assistant.lang import jieba_segmenter
    from assistant.zh_en_dictionary import definitions

    text = to_simplified(part).strip()
    words = [w for w in jieba_segmenter().lcut(text) if w.strip()]
    if len(words) < 2 or _lookup(text, _builtin()) is not None or dictionary_term(text) or \
            any(e is not None for _, e in _atoms_zh(text, _builtin(), True) or []):
        return False
    return any(len(w) > 2 and w not in GENERIC_ZH and not definitions().get(w) and
               any(g in w for g in GENERIC_ZH) for w in words)


def _modifier_forms(modifier: str) -> tuple[str, ...]:
    """A modifier kept as the head's context: itself, and for a Chinese one its one-word English senses in the
    CC-CEDICT dictionary ('搜索': to search (a place) / to search (a database) -> search)."""
    if not has_chinese(modifier):
        return _verb_family_forms(modifier)
    from assistant.zh_en_dictionary import SKIP_RE, definitions

    words = []
    for definition in definitions().get(modifier, "").split("/"):
        definition = re.sub(r"\([^)]*\)", " ", definition).strip()
        if definition and not SKIP_RE.match(definition):
            definition = re.sub(r"^to\s+", "", definition).strip()
            if re.fullmatch(r"[A-Za-z][A-Za-z\-]+|[1-9][Dd]", definition):
                words.append(definition.lower())
    return tuple(dict.fromkeys([modifier] + words))


_IZE_RE = re.compile(r"^([a-z]{4,}i[sz])(?:e|ed|es|ing|ation|ations)$")
_IZE_ENDINGS = ("e", "ed", "ing", "ation")


def _verb_family_forms(modifier: str) -> tuple[str, ...]:
    """An English modifier made of an -ize verb ('personalized') kept as the head's context: its word family
    (personalize, personalized, personalizing, personalization), the Chinese words CC-CEDICT glosses with the verb
    (个性化: to personalize) and those words' other -ize verbs and their families (to customize, customization).
    Papers on personalized generation name their task by the noun (session 24: the titles of the five judged papers
    of 'personalized text-to-image generation with diffusion models' write Personalization (two) or Customization
    (two); two of them write the adjective in their opening sentence). Other modifiers stay as written."""
    root = _IZE_RE.match(modifier.lower())
    if not root:
        return (modifier,)
    roots = [root.group(1)]
    zh = list(_words_glossing(roots[0]))
    for word in zh:
        roots += [r for r in _ize_roots(word) if r not in roots]
    family = [r + ending for r in roots for ending in _IZE_ENDINGS]
    return tuple(dict.fromkeys([modifier] + family + zh))


def _ize_roots(word: str) -> list[str]:
    """The -ize verbs (their roots: 'customiz') among a Chinese word's CC-CEDICT senses."""
    from assistant.zh_en_dictionary import SKIP_RE, definitions

    out = []
    for definition in definitions().get(word, "").split("/"):
        definition = re.sub(r"^to\s+", "", re.sub(r"\([^)]*\)", " ", definition).strip().lower()).strip()
        if definition and not SKIP_RE.match(definition) and (m := _IZE_RE.match(definition)):
            out.append(m.group(1))
    return out


@lru_cache(maxsize=256)
def _words_glossing(root: str) -> tuple[str, ...]:
    """The Chinese words of two characters or more whose CC-CEDICT senses hold the -ize verb of `root` (one pass)."""
    from assistant.zh_en_dictionary import definitions

    return tuple(word for word, senses in definitions().items()
                 if len(word) >= 2 and root in senses and root in _ize_roots(word))


# the connectors that introduce a means (`_means_compounds`), as `_SPLIT_EN` splits at them
_MEANS_LINK_RE = r"(?<![\w\-])(?:with|via|using)\s+(?:the\s+|an?\s+)?"


def _means_compounds(concepts: list[Concept], head: str | None, topic: str) -> list[Concept]:
    """The means of an action ('steering … with activation vectors': an unknown phrase of two words after with / via /
    using, the head one unknown word naming an action) is also named by the compounds papers make of the
    action and either word: its modifier before the action ('activation steering') or the action before its noun
    ('steering vectors'). Read as the phrase alone, the means missed 13 of 15 judged activation-steering papers
    (session 17), which say 'activation steering' or 'steering vectors' and rarely 'activation vectors'."""
    action = next((c for c in concepts if c.label == head), None)
    if action is None or not action.loose or not re.fullmatch(r"[A-Za-z]+", action.label) or \
            not (_gerund(action.label) or ACTION_NOUN_RE.search(action.label)):
        return concepts
    out = []
    for c in concepts:
        words = re.findall(r"[A-Za-z][A-Za-z\-]*", c.label)
        if c is action or not c.loose or len(words) != 2 or has_chinese(c.label) or \
                any(w.lower() in GENERIC_EN or not _stems(w) for w in words) or \
                not re.search(_MEANS_LINK_RE + re.escape(c.label), topic, re.IGNORECASE):
            out.append(c)
            continue
        noun = words[1][:-1] if words[1].endswith("s") and not words[1].endswith("ss") else words[1]
        made = (f"{words[0]} {action.label}", f"{action.label} {noun}")
        out.append(replace(c, forms=tuple(dict.fromkeys(c.forms + made))))
    return out


# the verb of learning before its object ('learning robot manipulation policies'): the object is the concept
LEARNING_EN = frozenset({"learning"})

# the ending of an English noun naming an action or process ('estimation', 'calibration', 'synthesis', 'alignment'):
# two such heads coordinated share the first one's modifier (`_shared_modifier`)
ACTION_NOUN_RE = re.compile(r"(?:tion|sion|ment|ing|sis)s?$", re.IGNORECASE)


def _shared_modifier(concepts: list[Concept], origin: list[int], linked: list[tuple[str, str]],
                     entries: list[_Entry]) -> list[Concept]:
    """A bare action noun coordinated after a modified one shares its modifier: 'uncertainty estimation and
    calibration' is uncertainty estimation and uncertainty calibration, not any calibration; 'speech recognition and
    synthesis' is speech synthesis. The bare word is matched as before, and the paper must name the modifier
    somewhere (`Concept.context`, as 'image' of 'image editing'): on its own 'calibration' matched prompt, expert,
    entropy, contextual and judge-panel calibration of LLMs (session 16: 9 of the 10 off-topic papers of the eighth
    group's 'uncertainty estimation and calibration of LLMs' @20). Only between two action nouns: the modifier of
    'strategic games and negotiation' is no modifier of negotiation."""
    out = list(concepts)
    for i in range(1, len(concepts)):
        k, before = origin[i], origin[i - 1]
        if k != before + 1 or linked[k][1] not in ("and", "or") or origin.count(k) != 1 or \
                origin.count(before) != 1:
            continue
        prev, cur = concepts[i - 1], concepts[i]
        words = re.findall(r"[A-Za-z][A-Za-z0-9\-]*", prev.label)
        if has_chinese(prev.label + cur.label) or len(words) < 2 or cur.context or \
                not re.fullmatch(r"[A-Za-z]+", cur.label.strip()) or \
                not all(ACTION_NOUN_RE.search(w) for w in (words[-1], cur.label.strip())):
            continue
        modifier = " ".join(words[:-1])
        entry = _lookup(modifier, entries)
        out[i] = replace(cur, context=tuple(dict.fromkeys((modifier,) + (entry.forms if entry else ()))))
    return out


def _shared_modifier_zh(concepts: list[Concept], origin: list[int], linked: list[tuple[str, str]],
                        entries: list[_Entry] | None = None) -> tuple[list[Concept], list[int]]:
    """'MA与B' in Chinese, B a bare word in the place of A, the last word of a compound MA (语音情感识别与合成: 识别 and
    合成), is M's field from either side: speech emotion recognition or speech emotion synthesis. The two heads are
    the sides, and what a paper on either side names is M (语音 · 情感): read as three concepts (语音 · 情感识别 · 合成,
    the merged head split off and the bare word its own concept) the digest asked for a paper on both and listed none of
    the four judged papers (session 30, the twenty-second group, studied after its blind run), which write TTS emotion
    control, sarcasm detection from prosody, group emotion recognition from audio, paralinguistic cues; nor do the
    heads go in as alternatives: unknown Chinese words, each matched by its dictionary glosses ('identify' of 识别
    names any identification). Only after a known term with an unknown stretch merged into it (`Concept.merged`), B
    one unknown word as long as A, in a coordination of two parts. After a known term (语音识别与合成), B keeps the
    term's modifier as its context, as the English 'speech recognition and synthesis' does (`_shared_modifier`)."""
    from assistant.lang import jieba_segmenter

    for i in range(1, len(concepts)):
        k, before = origin[i], origin[i - 1]
        if k != before + 1 or linked[k][1] not in ("and", "or") or origin.count(k) != 1 or \
                origin.count(before) != 1 or len(linked) != 2:
            continue
        prev, cur = concepts[i - 1], concepts[i]
        if not all(has_chinese(f) for f in cur.forms) or cur.alternatives or cur.context:
            continue
        if prev.merged is None:
            # a known term ending in a word B takes the place of (语音识别与合成: 识别): B shares the term's modifier,
            # named somewhere in the paper (`Concept.context`), as in English (`_shared_modifier`: 'speech recognition
            # and synthesis' is speech synthesis, not any synthesis)
            words = jieba_segmenter().lcut(prev.label) if has_chinese(prev.label) and len(prev.forms) > 1 else []
            if len(words) >= 2 and len(words[-1]) == len(cur.label) >= 2 and \
                    jieba_segmenter().lcut(cur.label) == [cur.label]:
                modifier = "".join(words[:-1])
                entry = _lookup(modifier, entries or [])
                if entry is None:  # 知识蒸馏与剪枝: 'knowledge' is no modifier of pruning (session 30 review)
                    continue
                concepts = concepts[:i] + [replace(cur, context=tuple(dict.fromkeys(
                    (modifier,) + entry.forms)))] + concepts[i + 1:]
            continue
        term_label, tail = prev.merged
        words = jieba_segmenter().lcut(tail)
        if len(words) < 2 or len(words[-1]) < 2 or len(cur.label) != len(words[-1]) or \
                jieba_segmenter().lcut(cur.label) != [cur.label]:
            continue
        modifier = "".join(words[:-1])
        if not rare_in_papers(modifier):  # a broad M is no field: 视频动作识别与生成 is not any video 'action'
            continue  # paper, 图像风格识别与迁移 no image paper with a 'style' (session 30 review)
        term = replace(prev, label=term_label, forms=tuple(f for f in prev.forms if f != prev.label), merged=None)
        out = concepts[:i - 1] + [term, Concept(label=modifier, forms=(modifier,))] + concepts[i + 1:]
        return out, origin[:i - 1] + [before, before] + origin[i + 1:]
    return concepts, origin


def _shared_tail_zh(concepts: list[Concept], origin: list[int], linked: list[tuple[str, str]]
                    ) -> tuple[list[Concept], list[int]]:
    """'A与BQ' in Chinese, A one word as long as B, the first word of the compound BQ (天气与气候预测: 天气 | 气候 | 预测),
    is A's Q and B's Q: weather or climate forecasting. The tail Q is what the topic is about, A and B the alternatives
    it is about (a paper on either is on topic): either(A, B) · Q. Read as written (天气 · 气候预测), the digest asked
    for papers naming 天气 and the string 气候预测 and listed none of the three judged papers of session 30's
    twenty-fifth group (precipitation nowcasting, an ocean emulator, solar irradiance forecasting). Only for two
    unknown parts coordinated alone (a known term keeps its reading: 图像与视频生成 is two entries, both asked for);
    the tail keeps the dictionary's glosses of its words (预测: forecast, predict), as a head split off a known term
    does (`learned._split_merged`)."""
    from assistant.lang import jieba_segmenter

    if len(linked) != 2 or linked[1][1] not in ("and", "or") or len(concepts) != 2 or origin != [0, 1]:
        return concepts, origin
    a, bq = concepts
    if any(c.alternatives or c.merged or c.glossed or c.forms != (c.label,) or
           not all(has_chinese(ch) for ch in c.label) for c in (a, bq)) or bq.context:
        return concepts, origin
    words = jieba_segmenter().lcut(bq.label)
    if jieba_segmenter().lcut(a.label) != [a.label] or len(a.label) < 2 or len(words) < 2 or \
            len(words[0]) != len(a.label) or len(bq.label) - len(words[0]) < 2:
        return concepts, origin
    from assistant.chains.digest.learned import dictionary_glosses

    tail = bq.label[len(words[0]):]
    # each side with its dictionary English when that is one word (天气 weather, 气候 climate): a side is one word,
    # named in the candidates' English by that word; learned from the few candidates naming it in Chinese, 天气 became
    # 'environmental', a collocate
    sides = either(tuple(Concept(label=w, forms=tuple(filter(None, (w, one_word_sense(w))))) for w in (a.label, words[0])))
    # (the first side's context, a method family dropped before it, is the tail's: 深度学习 of 深度学习天气与气候预测)
    return [sides, Concept(label=tail, forms=(tail,), glossed=dictionary_glosses(tail), context=a.context)], [0, 0]


def _shared_term(concepts: list[Concept], origin: list[int], linked: list[tuple[str, str]], text: str
                 ) -> tuple[list[Concept], list[int]]:
    """A word coordinated before a known term that shares the term's head is that term too: 'image and video
    compression' is image compression and video compression, which one glossary entry names (the field of both),
    and 图像与视频压缩 the same; the word is no concept of its own. Read as two, 'learned image and video compression'
    asked for 'image' and for 'compression' with 'video' somewhere, and the three judged papers, which write 'neural
    video compression', 'lossy compression' and 'image transmission', were missed (session 26: the eighteenth group's
    digest was empty). Only when the word and the term's head make a form of the same entry: 'image and video
    generation' are two entries and stay two concepts."""
    drop: set[int] = set()
    out = list(concepts)
    for i in range(1, len(concepts)):
        k, before = origin[i], origin[i - 1]
        if k != before + 1 or linked[k][1] not in ("and", "or") or origin.count(k) != 1 or \
                origin.count(before) != 1 or concepts[i].loose or concepts[i - 1].alternatives:
            continue
        prev, cur = concepts[i - 1], concepts[i]
        if has_chinese(cur.label):
            heads = [cur.label[j:] for j in range(1, len(cur.label) - 1)] if has_chinese(prev.label) else []
            made = [prev.label + head for head in heads]
        else:
            words = cur.label.split()
            made = [f"{prev.label} {' '.join(words[j:])}" for j in range(1, len(words))] \
                if not has_chinese(prev.label) else []
        if not any(_same_term(f, m) for f in cur.forms for m in made):
            continue
        start, end = text.find(prev.label), text.find(cur.label)
        label = text[start:end + len(cur.label)] if 0 <= start < end else cur.label
        out[i] = replace(cur, label=label, forms=tuple(dict.fromkeys((label,) + cur.forms)))
        drop.add(i - 1)
    return [c for n, c in enumerate(out) if n not in drop], [k for n, k in enumerate(origin) if n not in drop]


def _alternatives(concepts: list[Concept], origin: list[int], linked: list[tuple[str, str]], text: str
                  ) -> tuple[list[Concept], dict[str, str]]:
    """Coordinated parts that relate to another part of the topic are alternatives, one concept of which a paper
    names any: 'fact-checking and misinformation detection with LLMs' is either task with LLMs (a paper on
    misinformation detection need not also check facts: two required concepts listed nothing of 11 judged papers),
    '大模型的安全与对齐' safety or alignment of LLMs. A topic that is nothing but the coordination ('knowledge graphs
    and RAG', '联邦学习与隐私保护') asks for papers on both; 'or' / '或' / '/' always means either. Each coordinated part
    must be one concept ('LLM agents and RAG for …' keeps its three). Also returns, per coordination, its text in the
    topic and the new concept's label (for `head_label`)."""
    made: dict[int, list[int]] = {}
    for i, k in enumerate(origin):
        made.setdefault(k, []).append(i)
    kept = sorted(made)  # parts that gave concepts, in order
    links = {k: linked[k][1] for k in kept}
    related = any(links[k] == "rel" for k in kept[1:])
    groups: list[list[int]] = []
    for k in kept:
        if groups and links[k] in ("and", "or") and k != kept[0]:
            groups[-1].append(k)
        else:
            groups.append([k])
    out: list[Concept] = []
    spans: dict[str, str] = {}
    merged: dict[int, Concept | None] = {}
    coordinated: set[int] = set()
    for group in groups:
        is_either = any(links[k] == "or" for k in group[1:])
        if len(group) < 2 or any(len(made[k]) != 1 for k in group):
            continue
        members = tuple(concepts[made[k][0]] for k in group)
        if not (related or is_either or shared_head([c.label for c in members])):
            if len(groups) == 1 and not _definite_pair(linked, group, text):
                # the whole topic: both asked for, unless the candidates name them apart
                coordinated.update(made[k][0] for k in group)
            continue
        merged[group[0]] = either(members)
        label = either(members).label
        start = text.find(linked[group[0]][0])
        end = text.find(linked[group[-1]][0], max(start, 0))
        if start >= 0 and end >= 0:
            spans[text[start:end + len(linked[group[-1]][0])]] = label
        for k in group[1:]:
            merged[k] = None
    for i, concept in enumerate(concepts):
        k = origin[i]
        if k in merged:
            if merged[k] is not None:
                out.append(merged[k])
            continue
        out.append(replace(concept, coordinated=True) if i in coordinated else concept)
    return out, spans


def _definite_pair(linked: list[tuple[str, str]], group: list[int], text: str) -> bool:
    """'X and the Y' ('AI and the labor market', 'LLMs and the law'): a second part with the definite article names a
    thing of its own that the first is related to, not another side of one area (as 'knowledge graphs and RAG' or
    'visual localization and place recognition' are): the topic asks for papers on both together, always, and the
    candidates naming them apart (`learned.either_when_apart`) do not make either enough. Read as either, 'AI and the
    labor market' listed AI papers of any kind: 7 of 8 @8 and 18 of 20 @20 off topic (session 27, the nineteenth
    group)."""
    return any(re.search(rf"(?<![\w\-])and\s+the\s+{re.escape(linked[k][0])}", text, re.IGNORECASE) or
               re.match(r"the\s", linked[k][0], re.IGNORECASE) for k in group[1:])


def _plural(word: str) -> bool:
    """An English plural noun ('attacks', 'LLMs'): ends in s, not ss, us or is ('loss', 'corpus', 'analysis')."""
    return len(word) > 3 and bool(re.search(r"[^sui]s$", word, re.IGNORECASE)) and not has_chinese(word)


def shared_head(labels: list[str]) -> bool:
    """English parts coordinated before a plural head that only the last one has share it: 'backdoor and data poisoning
    attacks' is backdoor attacks and data poisoning attacks, two kinds of attack, and a paper on either is on topic
    (session 24: read as both, the digest was empty; the four judged papers are two backdoor papers that name no
    poisoning and two poisoning papers that name no backdoor). Not parts that each end in their own noun ('knowledge
    graphs and RAG', 'visual localization and place recognition'), nor a last part of one word, nor a generic last word
    ('image and video generation models' is both, as 'image and video generation')."""
    words = [re.findall(r"[A-Za-z0-9][A-Za-z0-9\-]*", _core(label, False)) for label in labels]
    if len(labels) < 2 or any(not w or has_chinese(label) for w, label in zip(words, labels)) or len(words[-1]) < 2:
        return False
    return _plural(words[-1][-1]) and not any(_plural(w[-1]) for w in words[:-1])


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


def head_label(topic: str, labels: list[str], entries: list[_Entry] | None = None,
               spans: dict[str, str] | None = None) -> str | None:
    """The topic's head concept: the last concept of its head part. The head part is, in Chinese, what follows the
    last 的 (视觉语言模型的**幻觉**, 自动驾驶中的**视觉语言模型**), or the 在…领域 part when only a generic word
    follows (大语言模型在**法律**领域的应用), or what comes before 用于/面向/针对 (**强化学习**用于大模型代码生成);
    in English the part before the first connector (**KV cache compression** for long-context LLMs, **machine
    unlearning** in LLMs). Within the part the last concept is the head of the compound (LLM-based **machine
    translation**, 生成式**推荐**, 遥感**图像分割**, math **reasoning** with …). None when no label is found."""
    text = to_simplified(topic)
    entries = entries if entries is not None else _builtin()
    coordinated: dict[str, str] = {}  # a coordination made one concept (`_alternatives`) stands as one word
    for span, label in (spans or {}).items():
        key = f"\x02{len(coordinated)}\x02"
        coordinated[key] = label
        text = text.replace(span, key, 1)
    protected, saved = _protect(text, entries)
    protected = _protect_of_terms(protected, entries, saved)
    inside = _IN_ZH.search(protected)
    part = protected
    if has_chinese(protected):
        rest = _IN_ZH.sub("|", protected) if inside else protected
        if re.search(r"的", rest):
            part = rest.rsplit("的", 1)[1]
            if _generic(part.strip("| "), True) and inside:
                part = inside.group(1)
        elif re.search(r"用于|面向|针对|对于", rest):
            part = re.split(r"用于|面向|针对|对于", rest, maxsplit=1)[0]
        elif inside:  # 'X 在 Y 领域的 Z': Z, or Y when Z is generic (应用)
            after = rest.split("|", 1)[1]
            part = inside.group(1) if _generic(after, True) else after
    else:
        first = re.search(_SPLIT_EN + r"|[,/+&]", protected, re.IGNORECASE)
        if first and first.group(0).lower() in ("and", "or", ",", "/", "+", "&", "vs", "vs.", "versus"):
            return None
        part = protected[:first.start()] if first else protected
    if re.search(r"与|和|及|、|[,，/+&]|(?<![\w\-])(?:and|or|vs\.?|versus)(?![\w\-])", part, re.IGNORECASE):
        return None  # 'A and B' / 'A 与 B': neither qualifies the other
    for key, original in (saved | coordinated).items():
        part = part.replace(key, original)
    norm = re.sub(r"[\s\-–]+", " ", part).lower()
    found = [(norm.rfind(re.sub(r"[\s\-–]+", " ", label).lower()), label) for label in labels]
    found = [(at, label) for at, label in found if at >= 0]
    return max(found)[1] if found else None


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
    return Concept(label=label, forms=tuple(dict.fromkeys(forms)), loose=loose, context=context,
                   own=_own_forms(label, entry) if entry is not None and not loose else ())


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


def concept_queries(topic: str, concepts: list[Concept]) -> list[str]:
    """Search queries for a topic: as typed, then its concepts' first two English forms, then their first Chinese
    form ('生成式推荐' -> 'generative recommendation recommender', '生成式 推荐')."""
    en = [f for c in concepts for f in [x for x in c.forms if not has_chinese(x)][:2]]
    zh = [f for c in concepts for f in [x for x in c.forms if has_chinese(x)][:1]]
    head = next((c for c in concepts if c.head), concepts[0] if len(concepts) == 1 else None)
    more = [x for x in head.forms if not has_chinese(x) and not _is_acronym(x)][2:6] if head else []
    rest = [next((x for x in c.forms if not has_chinese(x)), "") for c in concepts if c is not head]
    extra = " ".join(dict.fromkeys(more + rest)) if more else ""
    return [q for q in dict.fromkeys([topic, " ".join(dict.fromkeys(en)), " ".join(dict.fromkeys(zh)), extra]) if q]


@lru_cache(maxsize=256)
def _cached_split(topic: str, prompts_dir: str | None) -> tuple[Concept, ...]:
    return tuple(split_concepts(topic, Path(prompts_dir) if prompts_dir else None))


def topic_concepts(topic: str, prompts_dir: Path | None) -> list[Concept]:
    """`split_concepts`, cached per topic."""
    return list(_cached_split(topic, str(prompts_dir) if prompts_dir else None))
