"""Rewrites of a topic's concepts once its parts are read (issue 16): what coordinated parts share (a
modifier, a head, a tail), which parts are alternatives, when an LLM concept is multimodal or a setting, the two
pieces of a one-phrase topic. Each rule is a function from concepts to concepts, called in order by
`topic.split_concepts`; each docstring says which topics it was made for.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.chains.digest.common_terms import (
    BROAD_WORD_SHARE,
    narrow_subject,
    rare_in_papers,
    share_in_papers,
    share_in_papers_zh,
)
from assistant.chains.digest.concept import Concept, _builtin_entry, _concept, _core, _lookup, _same_term, either
from assistant.chains.digest.topic_parts import _MEANS_LINK_RE
from assistant.chains.digest.topic_words import ACTION_NOUN_RE, _broad_head_terms, _generic, _gerund
from assistant.chains.digest.topic_zh import one_word_sense
from assistant.chains.digest.vocabulary import (
    GENERIC_EN,
    METHOD_FAMILIES,
    MODALITIES,
    WEAK_EN,
    _Entry,
    _is_acronym,
    _stems,
    dictionary_term,
    latin_stem_sequence,
)
from assistant.lang import has_chinese, to_simplified


def _shared_known_modifier(concepts: list[Concept], known_modifiers: dict[str, _Entry]) -> list[Concept]:
    """A topic that is nothing but a coordination (`Concept.coordinated`) whose first part's known modifier was dropped
    before its unknown head ('AI' of 'AI governance and regulation') shares that modifier with every part: AI governance
    and AI regulation. The modifier is each part's context (`Concept.context`), named somewhere in the paper, as 'image' of
    'image editing' is, in a focus sentence that names the part too (`Concept.context_in_focus`): read as either part
    (`readings.either_when_apart`), governance or regulation of anything was on topic (gene regulation, land cover that
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
    the candidates to say (`readings.whole_or_pieces`)."""
    if concept.alternatives or concept.required or concept.context or concept.apart or concept.in_both_languages:
        return ()  # (a term read whole or as the words it is made of: `Concept.apart`)
    if has_chinese(concept.label):
        from assistant.lang import jieba_segmenter
        from assistant.zh_en_dictionary import dictionary_pieces

        words = [p for w in jieba_segmenter().lcut(to_simplified(concept.label)) for p in dictionary_pieces(w)]
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
        if not (related or is_either or shared_head([c.label for c in members]) or modifier_shared(members)):
            if len(groups) == 1 and not _definite_pair(linked, group, text):
                # the whole topic: both asked for, unless the candidates name them apart
                coordinated.update(made[k][0] for k in group)
            continue
        members = _modifier_in_focus(members)
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
    candidates naming them apart (`readings.either_when_apart`) do not make either enough. Read as either, 'AI and the
    labor market' listed AI papers of any kind: 7 of 8 @8 and 18 of 20 @20 off topic (session 27, the nineteenth
    group)."""
    return any(re.search(rf"(?<![\w\-])and\s+the\s+{re.escape(linked[k][0])}", text, re.IGNORECASE) or
               re.match(r"the\s", linked[k][0], re.IGNORECASE) for k in group[1:])


def modifier_shared(members: tuple[Concept, ...]) -> bool:
    """Two parts 'M A and B' whose B took A's modifier M as its context (`_shared_modifier`: 'epidemic modeling and
    simulation' is epidemic modeling and epidemic simulation, 语音识别与合成 speech recognition and speech synthesis): two
    activities of one field M, of which a paper on either is on topic, as two kinds of one head are (`shared_head`).
    Asked for both, 'epidemic modeling and simulation' listed none of its 3 judged papers (session 38: one writes
    'epidemic' and 'simulation' apart, none 'epidemic modeling' in a sentence)."""
    if len(members) != 2 or not members[1].context:
        return False
    first, modifier = members[0].label, members[1].context[0]
    return first != modifier and first.startswith(modifier) and (has_chinese(first) or first[len(modifier):][:1] == " ")


def _modifier_in_focus(members: tuple[Concept, ...]) -> tuple[Concept, ...]:
    """The bare side B of 'M A and B' read as either (`modifier_shared`) names a broad M where it says what it is
    about: in a focus sentence that names B too (`Concept.context_in_focus`), as a head's modifier is. A broad M (every
    word in BROAD_WORD_SHARE of papers at large or more: code 21 %, image 20 %, knowledge 12 %, video 9.5 %) named
    anywhere asks nothing: 'code generation and evaluation' listed rubric learning, LLM-as-a-judge and human-evaluation
    protocols as code evaluation (session 39 review, finding 2: 10 of the 14 papers the either reading added). A
    narrower M named anywhere says the field ('epidemic modeling and simulation': its judged agent-based model names
    the epidemic and the simulation in different sentences; 'uncertainty' 3.9 %). Nor when B is a field of its own
    (`_field_of_its_own`)."""
    if not modifier_shared(members) or not _broad(members[1].context[0]) or _field_of_its_own(members[1]):
        return members
    return members[:1] + (replace(members[1], context_in_focus=True),)


def _field_of_its_own(side: Concept) -> bool:
    """The bare side B of 'M A and B' names a field of its own when it is a narrow subject (`narrow_subject`: a word
    in under 1 % of papers at large, 'unlearning'): its papers need not say M where they say what they do, and M named
    anywhere is enough. Asked in focus, 'knowledge editing and unlearning' lost four unlearning papers that never say
    'knowledge' in their focus sentences (MLLM, inference-time and backdoor unlearning, an image-unlearning benchmark;
    session 40 review, finding 2). A B every field writes ('evaluation' 41 %, 'translation' 4.3 %, 'editing' 4.2 %)
    still asks M in its focus sentence: 'code summarization and translation' lists no machine-translation paper."""
    return narrow_subject(side.label)


def _broad(modifier: str) -> bool:
    """Every word of the modifier (a Chinese one whole) in BROAD_WORD_SHARE of papers at large or more."""
    if has_chinese(modifier):
        return share_in_papers_zh(modifier) >= BROAD_WORD_SHARE
    words = modifier.split()
    return bool(words) and all(share_in_papers(w) >= BROAD_WORD_SHARE for w in words)


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
