"""A digest topic as its concepts (issue 16).

'视觉语言模型的幻觉' is two concepts (hallucination; vision-language models), '生成式推荐' two (generative;
recommendation), 'LLM agents for code generation' three. A paper is on topic only when it covers every one:
before issue 16 a digest on 生成式推荐 listed generative models for navigation planning, which share one word.

Splitting is rule-based: connectors (的/与/和/及/在…中/for/and/of/in/with/+ ...) first, then a part that the
built-in glossary (`vocabulary`) covers completely is split at its compound boundaries (医学图像分割 -> 医学 |
图像分割, generative recommendation -> generative | recommendation); a part it does not cover stays one concept.
Each concept carries its forms in both languages. The topic's head (what it is about) is found here too, and the
search queries the topic is retrieved with.

The steps have modules of their own: `topic_parts` (the topic cut at its connectors), `topic_words` (a part as
known terms and unknown runs), `topic_rules` (rewrites of the concept list once the parts are read), `topic_zh`
(Chinese-only readings); `concept` holds `Concept` itself. This module puts them together (`split_concepts`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from assistant.chains.digest.common_terms import BROAD_WORD_SHARE, rare_in_papers, share_in_papers
from assistant.chains.digest.concept import (
    Concept,
    _builtin_entry,
    _concept,
    _core,
    _lookup,
    _sense,
    either,
    spells,
)
from assistant.chains.digest.topic_parts import (
    _IN_ZH,
    _SPLIT_EN,
    _SPLIT_ZH,
    _examples,
    _linked_parts,
    _means_parts,
    _owner_parts,
    _protect,
    _protect_of_terms,
    _setting_parts,
)
from assistant.chains.digest.topic_rules import (
    _ai_means,
    _alternatives,
    _llm_owner,
    _llm_setting,
    _means_compounds,
    _method_family_part,
    _multimodal_llm,
    _pieces,
    _shared_known_modifier,
    _shared_modifier,
    _shared_modifier_zh,
    _shared_tail_zh,
    _shared_term,
)
from assistant.chains.digest.topic_words import (
    MEANS_PARTICIPLES_ZH,
    _apart,
    _atoms_en,
    _atoms_zh,
    _broad_head_terms,
    _cut_by_generic,
    _generic,
    _gerund,
    _learning_object,
    _means_zh,
    _modifier_forms,
    _without_qualifier,
    _without_task_head,
    _without_weak,
    kind_of_data_tail,
    qualifier_zh,
    rarer_than_head,
)
from assistant.chains.digest.topic_zh import (
    FAMILY_CONTEXT,
    METHOD_CONTEXT,
    acronym_apposition,
    field_of_study,
    glued_acronym,
    verb_object,
    without_method_family,
)
from assistant.chains.digest.vocabulary import (
    METHOD_FAMILIES_ZH,
    MODALITIES,
    _builtin,
    _content_stems,
    _entries,
    _Entry,
    _is_acronym,
    _stems,
    dictionary_term,
    weak_zh,
    written_alike,
)
from assistant.lang import has_chinese, to_simplified

# Nouns of persons that a 'with' / 'who' clause defines ('people with disabilities', 'users who stutter'): the clause
# is the concept, the noun none (session 30: 'assistive technology for people with disabilities' asked for 'people',
# which none of its three judged papers writes; they write visually impaired users, wheelchair users, stuttering)
PEOPLE_EN = frozenset({"people", "persons", "person", "individuals", "individual", "users", "user", "those"})


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


def _glued(part: str, entries: list[_Entry]) -> tuple[str, str] | None:
    """(acronym, compound) of a Chinese part that is an acronym glued to a compound (`topic_zh.glued_acronym`: HCI人机交互,
    LLM长文本建模), each read as a topic of its own by `_split_concepts`, both concepts of the part; or None. Not a part
    the glossary knows whole (AI生成图像检测, CAD代码生成), a means ('AI辅助Y', `topic_words._means_zh`) or a compound
    whose glossary entry holds the acronym: LoRA低秩适配 and GCN图卷积网络 name one member of a broader entry (parameter-
    efficient fine-tuning, graph neural networks), which the acronym read alone would stand for whole (LoRA低秩适配
    listed 47 PEFT papers instead of the 22 naming LoRA, invented topics). The pair stays one part of the topic, so a
    coordination with it is read as with any part of two concepts (HCI人机交互与EEG情绪识别: four concepts, not
    人机交互 or EEG; review35 G1)."""
    if not has_chinese(part) or _lookup(part, entries) is not None or _lookup(_core(part, True), entries) is not None \
            or any(m in part for m in MEANS_PARTICIPLES_ZH) or (pair := glued_acronym(part)) is None:
        return None
    known = _lookup(pair[1], entries) or _lookup(_core(pair[1], True), entries)
    return None if known is not None and any(f == pair[0] or f.rstrip("s") == pair[0] for f in known.forms) else pair


# 'X and Y H' (`_coordinated_modifiers`): one word, a coordinator, a word, and the rest of the part
_COORDINATED_RE = re.compile(r"(?<![\w\-])([A-Za-z]+)\s+(and|or|&|/)\s+([A-Za-z][A-Za-z\-]*)\s+([A-Za-z][A-Za-z0-9\-]*)",
                             re.IGNORECASE)


def _modifier_word(word: str, unknown: bool) -> bool:
    """An English word that can only stand before a noun, never name a subject by itself: an adjective ('virtual',
    'static', 'medical') or a past participle ('augmented', 'supervised', 'spoken') by lemminflect's lexicon
    (`themes._word_classes`); not a word the lexicon knows only as a noun or a verb ('robotics', 'privacy',
    'question'); a word it does not know ('offline', 'monocular') when `unknown`."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word.lower())
    if not lemmas:
        return unknown
    participle = any(lemma != word.lower() and re.search(r"(?:ed|en)$", word, re.IGNORECASE)
                     for lemma in lemmas.get("VERB", ()))
    return "ADJ" in lemmas or participle


def _coordinated_modifiers(topic: str) -> tuple[str, str, str, str] | None:
    """'X and Y H': two modifiers coordinated before one head ('augmented and virtual reality', 'supervised and
    unsupervised anomaly detection', 'static and dynamic malware analysis') share it: the topic is X H or Y H. Read
    as written, X was a concept of its own that names nothing ('augmented' of any retrieval-augmented paper) beside
    'virtual reality' (session 34, the thirty-third group, blind: 0 matching, 4 judged papers, each writing one of
    the kinds). X must be a word that cannot name a subject alone (`_modifier_word`: an adjective or a participle),
    Y one too or a word the lexicon does not know ('offline'), and a content word must follow Y: 'robotics and
    autonomous driving', 'privacy and federated learning' coordinate subjects and are read as before. Returns the
    topic with 'X and Y' as Y and as X, and X and Y, or None."""
    from lemminflect import getAllLemmas

    if has_chinese(topic):
        return None
    for m in _COORDINATED_RE.finditer(topic):
        x, _, y, after = m.groups()
        before = topic[:m.start(1)].rstrip()
        if before and not before.endswith((",", ";", ":")) and \
                not re.search(_SPLIT_EN + r"$", before, re.IGNORECASE):
            continue  # (X opens the topic or a part: 'large language and vision models' is no 'X and Y H')
        if re.fullmatch(_SPLIT_EN, after, re.IGNORECASE) or _generic(after, False) or x.lower() == y.lower() or \
                re.fullmatch(_SPLIT_EN, x, re.IGNORECASE) or not _modifier_word(x, False) or \
                not _modifier_word(y, True):
            continue
        head = topic[m.start(3):]
        # (a hyphenated Y whose first part is a prefix, lower-case and no noun of the lexicon (multi, uni, pre, non),
        # keeps its last part for X: 'single and multi-agent RL' is single-agent RL or multi-agent RL; not a Y whose
        # first part is a noun or an acronym, 'supervised and self-supervised learning', 'static and time-varying
        # graphs', 'real and AI-generated images': review35 C1)
        prefix = y.split("-", 1)[0]
        shared = y[y.find("-"):] if "-" in y.strip("-") and prefix.islower() and \
            "NOUN" not in getAllLemmas(prefix) else ""
        return topic[:m.start(1)] + head, topic[:m.start(1)] + x + shared + head[len(y):], x, y
    return None


def _either_modified(topic: str, prompts_dir: Path | None) -> list[Concept] | None:
    """The reading of a topic 'X and Y H' (`_coordinated_modifiers`) as its two readings 'Y H' and 'X H' where they
    differ in one concept only ('virtual reality' | 'augmented reality'): that concept is either (`either`), the rest as
    read. None when the readings differ otherwise (the modifier read apart from its head in one of them)."""
    variants = _coordinated_modifiers(topic)
    if variants is None:
        return None
    second, first, x, y = variants
    second, first = (split_concepts(v, prompts_dir) for v in (second, first))
    differ = [i for i, (a, b) in enumerate(zip(first, second)) if a.label != b.label]
    if len(first) != len(second) or len(differ) != 1 or first[differ[0]].alternatives or \
            second[differ[0]].alternatives:
        return None
    i = differ[0]

    def has(c: Concept, w: str) -> bool:
        return bool(re.search(rf"(?<![\w\-]){re.escape(w)}", c.label, re.IGNORECASE))
    if has(second[i], y) and not has(first[i], x) and re.search(rf"(?<![\w\-]){re.escape(y)}", second[i].label):
        # (a kind read without its modifier, moved to the head's context: 'fast and slow thinking' read 'thinking' |
        # 'slow thinking', any thinking; it is the other kind's phrase with X for Y, unknown; review35 C2)
        first[i] = _concept(re.sub(rf"(?<![\w\-]){re.escape(y)}", x, second[i].label, count=1), None,
                            _entries(prompts_dir), loose=True)
    if not (has(first[i], x) and has(second[i], y)):
        return None
    # (an unknown phrase of each kind with its words where they stand in it, each within as many words of its head
    # as the phrase has before it: read anywhere in a sentence, 'safe and efficient reinforcement learning' asked for
    # any RL paper writing 'efficient')
    # ... and its modifier required, so that it learns no other-language form of its head alone (强化学习 of
    # 'efficient reinforcement learning': any RL paper's Chinese title)
    one = either(tuple(replace(c, head=False, window=c.window or max(1, len(_content_stems(c.label)) - 1),
                               required=c.required or tuple(_stems(word))) if c.loose else replace(c, head=False)
                       for c, word in ((first[i], x), (second[i], y))))
    return second[:i] + [replace(one, head=second[i].head)] + second[i + 1:]


def _modified_name(topic: str, entries: list[_Entry]) -> str:
    """A modified name of a glossary entry named by an acronym ('generative AI', 生成式人工智能 of the AI entry) written
    with the acronym spelled out or in the other script ('generative artificial intelligence', 生成式AI) is written as
    the entry writes it: read as written, 'generative artificial intelligence in education' was generative · the
    whole AI entry (AGI included) · education, and 生成式AI教育应用 生成式 · 教育 (review35 E2), where 'generative AI in
    education' reads as the one term (`concept._narrower_member`)."""
    for entry in entries:
        name = entry.en[0] if entry.en else ""
        if not _is_acronym(name) or not entry.zh:
            continue
        spelled = [f for f in entry.en if " " in f and spells(name, f)]  # ('artificial intelligence')
        for form in entry.en:
            if form.endswith(f" {name}") and form != name:
                modifier = form[:-len(name)].strip()
                for expansion in spelled:
                    topic = re.sub(rf"(?<![\w\-]){re.escape(modifier)}\s+{re.escape(expansion)}(?![\w\-])", form, topic,
                                   flags=re.IGNORECASE)
        for form in entry.zh:
            if form.endswith(entry.zh[0]) and form != entry.zh[0]:
                topic = topic.replace(form[:-len(entry.zh[0])] + name, form)
    return topic


def split_concepts(topic: str, prompts_dir: Path | None = None) -> list[Concept]:
    """The topic's concepts, each with its forms in both languages (see the module docstring); a topic that gives
    examples of a term reads them as alternatives of its concept (`_examples`, `_with_examples`); two modifiers
    coordinated before one head read as either (`_either_modified`)."""
    if (shared := _either_modified(topic, prompts_dir)) is not None:
        return shared
    rest, anchor, examples = _examples(topic)
    if examples:
        return _with_examples(_split_concepts(rest, prompts_dir), anchor, examples, prompts_dir)
    if rest:  # examples not read (a Chinese list of Chinese words): the topic without them
        return _split_concepts(rest, prompts_dir)
    return _rare_modifier_before_head(_split_concepts(topic, prompts_dir))


def _rare_modifier_before_head(concepts: list[Concept]) -> list[Concept]:
    """The head whose modifier, its context named in focus (`Concept.context_in_focus`), is rarer than the head's own
    words (`topic_words.rarer_than_head`) must be named with it written as its modifier (`Concept.context_before`): the
    word makes the head's kind, and a focus sentence naming it beside the head in another role is another kind of the
    head (session 41: 'physical reasoning in multimodal models' listed AlloSpatial and a wide-baseline matching paper,
    'spatial reasoning over the physical world', 2 of 4 off topic). Session 41 asked it of the topic's rarest word
    only, so 'spatial reasoning in VLMs' (VLMs rarer than spatial) read 'spatial' anywhere in the sentence and
    'spatial reasoning in LLMs' before the head (session 42)."""
    return [replace(c, context_before=True) if c.head and c.context_in_focus and len(c.context) == 1 and
            rarer_than_head(c.context[0], c.label) else c for c in concepts]


def _split_concepts(topic: str, prompts_dir: Path | None = None) -> list[Concept]:
    entries, builtin = _entries(prompts_dir), _builtin()
    topic = _hyphen_means(_modified_name(topic, entries), entries, builtin)
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
    task_parts: set[str] = set()  # parts read without their generic task head (`_without_task_head`)
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
        either_side = linked[k][1] == "or" or (k + 1 < len(linked) and linked[k + 1][1] == "or")
        if chinese and not either_side and (glued := _glued(part, entries)) is not None:
            # (not a side of an explicit 'or': two concepts there would be required, not either; review35 G1')
            # 'HCI人机交互', 'LLM长文本建模': the acronym's concepts and the compound's (`_glued`), the head found below
            acronym, compound = glued
            entry = _lookup(acronym, entries)
            # (an acronym of one member of a broader entry is that member: PPO, filed under reinforcement learning, is
            # no RL paper of any kind; LLM, RAG, VLM abbreviate their entry's name and stand for it; review35 G4)
            member = entry is not None and not any(written_alike(acronym, f) for f in entry.en[:1])
            concepts += [Concept(label=acronym, forms=(acronym,))] if member else \
                [replace(c, head=False, pieces=()) for c in _split_concepts(acronym, prompts_dir)]
            concepts += [replace(c, head=False, pieces=()) for c in _split_concepts(compound, prompts_dir)]
            continue
        if chinese and (pair := acronym_apposition(part)) is not None:
            # 'OCR文字识别': one concept written twice, either name will do (`topic_zh.acronym_apposition`)
            acronym, compound = pair
            # (the compound as the glossary or the dictionary names it, else as written, its English learned from
            # the candidates: not read into its words, which the acronym says are one term)
            known = _lookup(compound, entries) or _lookup(_core(compound, True), entries) or (
                _Entry((compound,), english) if (english := dictionary_term(compound)) else None)
            written = _concept(compound, known, entries)
            if (term := _lookup(acronym, entries)) is not None:
                concepts.append(_concept(compound, term, entries))  # (the glossary's term: VLA视觉语言动作模型)
            elif any(f == acronym or f.rstrip("s") == acronym for f in written.forms) or len(acronym) < 3:
                concepts.append(written)  # (the acronym among the term's forms; an acronym of two letters names too
                # much to be a form of its own: MT is machine translation and multi-task)
            else:
                concepts.append(either((_concept(acronym, None, entries), written)))  # (no glossary term)
            continue
        if (trimmed := _without_task_head(part, chinese, builtin)) != part:
            task_parts.add(part)  # (its modifier is asked for in focus: `_task_modifiers_in_focus`)
        part = trimmed
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
            if chinese and atoms and (tail := kind_of_data_tail(atoms)) is not None:  # 高光谱图像: 高光谱, images somewhere
                subject, known, kind = tail
                concepts.append(replace(_concept(subject, known, entries), context=kind, kind_subject=True))
                continue
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
    from_task = {c.label for c in out if origin_part.get(c.label) in task_parts}
    out = _task_modifiers_in_focus(out, head, from_task)
    out = [replace(c, perceived=True) if c.label in from_task else c for c in out]  # (`makes_not_perceives`)
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


def _task_modifiers_in_focus(concepts: list[Concept], head: str | None, from_task: set[str]) -> list[Concept]:
    """The concepts of a part read without its task head (`_without_task_head`: 流式 of 流式视频理解, 第一人称 of
    第一人称视频理解) other than the kind of data itself (the head) must be named where the paper says what it is about
    (`Concept.role`: title, keywords, the abstract's opening or a contribution sentence): the modifier is what the
    topic adds to the data, and with the head gone nothing else holds it to the paper's subject. Read anywhere, 流式 /
    'stream' of the blind 39th group's 流式视频理解 let in long-video and memory benchmarks and video text spotting that
    name a stream once (MemDreamer, StateKV, VSTAT, M3Eval: 9 of the 14 off-topic papers of 20)."""
    if len(concepts) < 2:
        return concepts
    return [replace(c, role=True) if c.label in from_task and c.label != head and not any(
        e.zh and e.zh[0] in MODALITIES for e in _builtin() if c.label in e.forms) else c for c in concepts]


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
