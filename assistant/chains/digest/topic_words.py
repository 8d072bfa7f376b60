"""A part of a topic as known terms and unknown runs (issue 16): '遥感图像分割' -> 遥感 (unknown) | 图像分割,
'machine unlearning in LLMs' -> machine unlearning | LLMs (`_atoms_zh`, `_atoms_en`), with what a part drops before
it is read (a task head, a dimension qualifier, a verb of learning) and the word classes these decisions ask for
(gerunds, qualifiers, generic parts, action nouns), and the Chinese rewrites of a part before it is read (a weak
word or an 'AI辅助' means dropped, a generic word cut). Used by `topic_parts` (an 'X of Y' term) and `topic`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.chains.digest.common_terms import latin_key, rare_in_papers, share_in_papers, share_in_papers_zh
from assistant.chains.digest.concept import Concept, _builtin_entry, _concept, _core, _lookup, _same_words
from assistant.chains.digest.vocabulary import (
    GENERIC_EN,
    GENERIC_ZH,
    GOAL_EN,
    METHOD_FAMILIES_ZH,
    MODALITIES,
    WEAK_EN,
    _builtin,
    _Entry,
    _is_acronym,
    _stems,
    dictionary_term,
    weak_zh,
)
from assistant.lang import has_chinese, to_simplified


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
        elif part[i] in " 式型类中的化性" and not residue and (out or part[i] == " "):
            i += 1  # (a filler ends the word before it, 生成式, 大型: never the part's first character, 类 of 类比推理)
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


# Nouns for what a model produces: after a known term ('LLM outputs', 'VLM responses') they name the term's own
# output, not a head the term modifies, so the term is the concept and the noun goes, as a generic last word does
# ('retrieval methods'). Read as the head with the term dropped as its modifier, 'randomness in LLM outputs' (session
# 41, forty-sixth group) became randomness · outputs with no language model, and 3 of the 4 papers listed were
# random-field channel models, a quantizer 'with specified output distribution' and a watermark. 'completion' is not
# one: after a known term it names a task ('knowledge graph completion and reasoning' lost its completion concept and
# listed 13 knowledge-graph papers, none on completion; review42).
PRODUCT_NOUNS_EN = frozenset({"output", "outputs", "response", "responses", "answer", "answers"})


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
        if out and out[-1][1] is None and len(out) >= 2 and out[-2][1] is not None and \
                out[-1][0].lower() in PRODUCT_NOUNS_EN:
            out = out[:-1]  # 'LLM outputs' are the LLM's: the term is the concept (`PRODUCT_NOUNS_EN`)
        if out and out[-1][1] is None and len(out) >= 2 and out[-2][1] is not None:
            # ... and a known term right before an unknown head is its modifier ('robot manipulation' is
            # manipulation: VLA papers name the task, not always the robot in the same sentence), which the paper
            # must still name somewhere (`Concept.context`): 'image editing' is not knowledge or motion editing
            if dropped is not None:
                dropped[out[-1][0]] = out[-2][1]
            out = out[:-2] + out[-1:]
    return out or None


# The generic heads of a task on data ('understanding', 'analysis', 理解, 分析), see `_without_task_head`
TASK_HEADS_EN = frozenset({"understanding", "analysis", "analyses", "analytics", "comprehension"})


TASK_HEADS_ZH = ("理解", "分析")


# ... and the broad heads that frame a topic: the papers under them name the task they do (segmentation, detection,
# tracking for 'LiDAR perception'; inventory replenishment, network design for 供应链管理), see `readings.whole_or_pieces`
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
    before = words[:-2]
    if _stems(words[-2])[:1] and _stems(words[-2])[0] in _kind_stems() and not all(
            w.lower() in WEAK_EN or w.lower() in GENERIC_EN for w in before):
        return " ".join(words[:-1])
    return part


# The title words of a paper that makes its data rather than perceiving it (`makes_not_perceives`): nouns and gerunds
# of the task, not adjectives ('AI-Generated Social Bot Content' is detected, not made)
MAKING_WORDS = frozenset({"generation", "generating", "editing", "synthesis", "synthesizing", "stylization"})
# ... and the outputs of perceiving a paper may be said to generate ('dense video caption generation', 'answer
# generation'), and the title words of a paper that perceives as well ('unified video understanding and generation',
# 'video generation models are zero-shot reasoners')
TEXT_OUTPUTS = frozenset({"caption", "captions", "answer", "answers", "narration", "description", "descriptions",
                          "report", "reports", "question", "questions", "response", "responses", "summary",
                          "commentary", "text", "token", "tokens", "query", "queries", "label", "labels"})
PERCEIVING_WORDS = TASK_HEADS_EN | {"perception", "recognition", "reasoning", "reasoner", "reasoners", "answering",
                                    "captioning", "detection", "grounding", "tracking", "segmentation", "retrieval",
                                    "estimation", "anticipation", "localization", "classification"}
MAKING_SPAN = 3  # the words before the task word where the kind of data it makes stands ('Streaming Video Generation')


def makes_not_perceives(concepts: list[Concept], title: str) -> bool:
    """A topic read without its task head of perceiving (`Concept.perceived`: 流式视频理解 is 流式 · 视频) and a paper
    whose English title says it generates, edits or stylizes a kind of data (`MODALITIES`: the word within MAKING_SPAN
    words before the task: 'Real-time Streaming Video Editing', 'Video-Rate Streaming Stylization') and names no task
    of perceiving: the head the topic lost is what such a paper does not do. Session 39's 39th blind group: streaming
    video generation and editing (SANA-Streaming, StreamForce, a streaming stylization pipeline) were 3 of the 5
    off-topic papers of 流式视频理解 @8; 理解 had excluded them. Generating what perceiving outputs (captions,
    answers) is no making of the data."""
    if not any(c.perceived for c in concepts):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", title)]
    if PERCEIVING_WORDS & set(words):
        return False
    kinds = _kind_stems()
    return any(w in MAKING_WORDS and n and words[n - 1] not in TEXT_OUTPUTS and
               any(_stems(v)[:1] and _stems(v)[0] in kinds for v in words[max(0, n - MAKING_SPAN):n])
               for n, w in enumerate(words))


@lru_cache(maxsize=1)
def _kind_stems() -> frozenset[str]:
    """The one-word English forms of the kinds of data (`MODALITIES`: image, video, text, speech), as stems."""
    return frozenset(_stems(f)[0] for e in _builtin() if e.zh and e.zh[0] in MODALITIES for f in e.en
                     if len(_stems(f)) == 1)


# The other words papers name a kind of data by, beside its entry's forms (`kind_of_data_tail`): hyperspectral and
# thermal papers write 'imaging' and 'imagery' (the methane, LWIR and TeX-1500 papers of the blind 高光谱图像), Chinese
# ones 影像, 成像 and 图片
DATA_KIND_WORDS = {"图像": ("imaging", "imagery", "影像", "成像", "图片"), "文本": ("textual",)}
# Chinese words that end a compound as a kind of data without being a built-in entry's form, each with the entry of
# that kind: 影像 and 成像 are images (超声影像, the blind forty-third group: its eight judged papers write 'ultrasound'
# and 超声 / 超声图像, none 超声影像). Not 数据 (session 39's 6fb2697, reverted; re-measured with the guard of
# `narrow.subject_written`, session 40): 脑电数据 stays empty and 交通数据 / 卫星数据 gain on-topic papers, but
# 不平衡数据 lists six imbalance papers of any kind (modality imbalance, hate speech, tree search), 单细胞数据 learns
# 'cells' (table cells, LLM judge panels) and 网页数据 'page': the learned English of the subject, not the guard, decides
KIND_TAILS_ZH = {"影像": "图像", "成像": "图像"}


def kind_of_data_tail(atoms: list[tuple[str, _Entry | None]]) -> tuple[str, _Entry | None, tuple[str, ...]] | None:
    """A Chinese compound of a narrow subject and the kind of data it ends in (`MODALITIES`: 高光谱图像, 热红外图像,
    社交媒体文本; or a kind's other word, `KIND_TAILS_ZH`: 超声影像, 遥感影像), as (the subject, its entry, the kind's
    forms), or None. The subject says what kind of data it is (hyperspectral, thermal-infrared, ultrasound), and the
    papers name it with their own word for the data ('hyperspectral imaging / data / cube / bands', 'HSI', 'posts') or
    none: the subject is the concept and the kind its context, named anywhere in the paper as a dropped English
    modality is ('image editing'). Read as the subject and a required head 图像, the session-38 blind fortieth group's
    高光谱图像 listed 1 of its 9 judged papers (6 write 'hyperspectral', 1 names images where it says what it is about).
    Only after a subject in under 1 % of papers at large (`rare_in_papers`): 医学图像 is no paper on anything medical,
    流式视频 none on any streaming. The subject alone is matched only where a paper writes it (`Concept.kind_subject`,
    `narrow.subject_written`): 雷达图像 listed a LiDAR paper whose TL;DR writes 激光雷达, 古籍文本 (古籍 learns no
    English) two text papers the embedder put near it (session 39's review, finding 3)."""
    if len(atoms) == 1 and atoms[0][1] is None:  # (one unknown stretch: the kind is no entry's form, 超声影像, 遥感影像)
        return _kind_word_tail(atoms[0][0])
    if len(atoms) != 2:
        return None
    (subject, known), (kind, entry) = atoms
    if entry is None or not entry.zh or entry.zh[0] not in MODALITIES or known is not None and known.zh and \
            known.zh[0] in MODALITIES or len(subject) < 2 or not rare_in_papers(subject):
        return None
    return subject, known, entry.forms + DATA_KIND_WORDS.get(entry.zh[0], ())


def _kind_word_tail(stretch: str) -> tuple[str, None, tuple[str, ...]] | None:
    """An unknown Chinese stretch ending in a kind word that is no entry's form (`KIND_TAILS_ZH`), after a narrow
    subject that holds no built-in term, as `kind_of_data_tail` returns it, or None."""
    text = to_simplified(stretch).strip()
    tail = next((t for t in KIND_TAILS_ZH if text.endswith(t)), None)
    subject = text[:-len(tail)].strip(" 的") if tail else ""
    if len(subject) < 2 or not rare_in_papers(subject) or any(f in subject for e in _builtin() for f in e.zh):
        return None
    entry = next((e for e in _builtin() if e.zh and e.zh[0] == KIND_TAILS_ZH[tail]), None)
    return (subject, None, entry.forms + DATA_KIND_WORDS[entry.zh[0]]) if entry else None


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


def _qualifier(text: str) -> bool:
    return all(len(w) <= 2 or any(c.isdigit() for c in w) for w in re.findall(r"[A-Za-z0-9]+", text))


def _generic(part: str, chinese: bool) -> bool:
    if chinese:
        return not re.sub(r"[\s式型类中的化性]", "", re.sub("|".join(GENERIC_ZH), "", part))
    return all(w.lower() in GENERIC_EN or not _stems(w) for w in re.findall(r"\w+", part))


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
    Whether the part is about X is for the candidates to say (`readings.learned_object`): X may be how one learns, not
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


# the verb of learning before its object ('learning robot manipulation policies'): the object is the concept
LEARNING_EN = frozenset({"learning"})


# the ending of an English noun naming an action or process ('estimation', 'calibration', 'synthesis', 'alignment'):
# two such heads coordinated share the first one's modifier (`_shared_modifier`)
ACTION_NOUN_RE = re.compile(r"(?:tion|sion|ment|ing|sis)s?$", re.IGNORECASE)


def rarer_than_head(modifier: str, head: str) -> bool:
    """An English modifier written in fewer papers at large than each content word of the head it modifies
    (`share_in_papers`, words in under 1 % tie at 0; generic words out): the word that makes the head's kind
    ('physical' of 'physical reasoning': 6 %, reasoning 24 %). Compared with the head's words only, not with the topic's
    other words, so the reading of 'spatial reasoning' does not switch with the model it is asked in ('in LLMs': LLMs
    18.8 %, 'in VLMs': 4.1 %, below spatial 8.9 %; session41-review finding 1). False for Chinese (the head's modifier
    is matched in Chinese or its one-word dictionary English, `relevance._modifier_before_head` reads English words
    only)."""
    if has_chinese(modifier + head) or not latin_key(modifier):
        return False
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9\-]*", head) if latin_key(w) and w.lower() not in GENERIC_EN]
    share = share_in_papers(modifier)
    return bool(words) and all(share < share_in_papers(w) for w in words)
