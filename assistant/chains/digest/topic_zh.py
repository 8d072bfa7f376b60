"""Chinese topic words read the way papers write them (issue 16, session 31).

Helpers of `topic.split_concepts` for Chinese parts that are written as one run but are not one term any paper writes:
a method family beside a narrow subject (蛋白质机器学习: the papers write 蛋白质 and a model, 预测器, 图神经网络, not
机器学习), and a verb between the means and its object (大模型求解组合优化问题: the papers write 组合优化 and LLM, and
求解 apart, if at all).
"""

from __future__ import annotations

import re

from assistant.chains.digest.common_terms import rare_in_papers
from assistant.chains.digest.vocabulary import GENERIC_ZH, METHOD_FAMILIES_ZH, _builtin, dictionary_term
from assistant.lang import STOP_WORDS_EN, jieba_segmenter, to_simplified

# What a paper names when it studies its subject with a learned model: a method family (`METHOD_FAMILIES_ZH`), the
# words they share, 学习 / learning (深度学习, 表示学习, 'learned') and 神经 / neural (神经网络, 神经模拟器), or the learned
# model most papers of the corpus use, a language model (语言模型: 'protein language models', a benchmark of LLMs on
# protein structure questions; with learning and neural only, two of the four protein papers of 蛋白质机器学习 named
# none). The context a subject keeps after its family is dropped (`without_method_family`): 量子机器学习 is no paper on
# quantum codes.
METHOD_CONTEXT = tuple(dict.fromkeys([*METHOD_FAMILIES_ZH, *METHOD_FAMILIES_ZH.values(), "学习", "神经", "learning",
                                      "neural", "语言模型", "language model", "LLM"]))
# ... but a family that opens the part qualifies what follows as a Chinese modifier does its head (深度学习编译器 is a
# compiler for deep learning, 深度学习加速器 an accelerator for it): that head is about the family, so the family's
# own words must be named, not any learned model (the review of session 31: with METHOD_CONTEXT, which nearly every
# paper of the corpus satisfies, 深度学习加速器 listed seven papers and 深度学习编译器 eight, none on either).
FAMILY_CONTEXT = tuple(dict.fromkeys([*METHOD_FAMILIES_ZH, *METHOD_FAMILIES_ZH.values(), "neural network", "神经网络"]))


def without_method_family(part: str) -> tuple[str, str]:
    """A Chinese part without the method family it opens or ends with (`METHOD_FAMILIES_ZH`: 机器学习, 深度学习, 神经网络,
    数据驱动) when what is left names a narrow subject (in under 1 % of papers at large, `rare_in_papers`): the family
    says how the subject is studied, which nearly every paper of the corpus does with some learned model, and the
    papers name their own model (图神经网络, 预测器, 'protein language models'), not the family (session 30's blind
    twenty-fourth and twenty-fifth groups: 蛋白质机器学习 and 深度学习天气与气候预测, read whole, listed nothing; none
    of their eight judged papers writes either string). As the English 'machine learning surrogate models'
    (`vocabulary.METHOD_FAMILIES`). A broad subject keeps the family (机器学习安全 is no paper about any 安全), and so
    does a part that is the family alone (机器学习与推理), and a network named by its kind (卷积神经网络, 脉冲神经网络:
    the family ends them as a noun, not as a field of study). Returns the part and the family dropped ('' when none); the
    subject keeps the family's words as its context (`METHOD_CONTEXT`), named anywhere in the paper."""
    text = to_simplified(part).strip()
    for family in sorted(METHOD_FAMILIES_ZH, key=len, reverse=True):
        if text.startswith(family):
            rest = text[len(family):]
        elif text.endswith(family) and family.endswith("学习"):  # (X神经网络 is a kind of network: 卷积, 脉冲)
            rest = text[:-len(family)]
        else:
            continue
        core = rest
        while (cut := next((g for g in GENERIC_ZH if core.endswith(g) and len(core) > len(g)), None)):
            core = core[:-len(cut)]
        core = core.strip(" 的")
        if len(core) >= 2 and rare_in_papers(core):
            return rest.strip(" 的"), family
    return part, ""


def verb_object(stretch: str) -> str | None:
    """The object of a Chinese stretch that opens with a verb (its first CC-CEDICT sense 'to …': 求解 'to seek to
    solve', 实现 'to achieve') followed by a compound of two words or more (组合 | 优化), or None. After a known term
    the verb relates the term to the object ('大模型求解组合优化问题': LLMs solving combinatorial optimisation), and the
    object is the concept: merged whole into the known term (大模型 · 求解组合优化) the concept asked for a string no
    paper writes, and the digest was empty (session 30, the twenty-fifth group's five judged papers write
    'combinatorial optimization', VRP, scheduling with LLMs). An object of one word stays with its verb (生成代码:
    code is no concept the verb adds nothing to). The caller keeps the verb as a concept too: it may be the topic
    (大模型遗忘训练数据 is unlearning; `topic.split_concepts`)."""
    from assistant.zh_en_dictionary import senses

    words = [w for w in jieba_segmenter().lcut(to_simplified(stretch)) if w.strip()]
    if len(words) < 3 or len(words[0]) < 2:
        return None
    verb = senses(words[0])
    if not verb or not re.match(r"(?:\([^)]*\)\s*)?to\s", verb[0]):
        return None
    rest = "".join(words[1:])
    return rest if len(rest) >= 4 and sum(len(w) >= 2 for w in words[1:]) >= 2 else None


def one_word_sense(word: str) -> str | None:
    """The English of a Chinese word whose CC-CEDICT senses of one word, notes in parentheses aside, are all the same
    word (天气 '/weather', 气候 '/(meteorology) climate/(fig.) climate; prevailing conditions …'), or None: a word of
    several one-word senses (情绪 mood / emotion, 偏见 prejudice / bias, 公平 fair / impartial) has no one English, and
    the first is often not the one papers use (session 31 review, F4)."""
    from assistant.zh_en_dictionary import senses

    found = [re.sub(r"\([^)]*\)", " ", s).strip() for s in senses(to_simplified(word))]
    words = {s.lower() for s in found if re.fullmatch(r"[A-Za-z]{3,}", s)}
    return words.pop() if len(words) == 1 else None


# arXiv's subject classes named by one field of study (the taxonomy's names, https://arxiv.org/category_taxonomy; a
# class of several names, 'Cryptography and Security', under each): the classes a paper is filed in say which field it
# belongs to, though it rarely writes the field's name (`field_of_study`)
ARXIV_FIELDS = {
    "information theory": ("cs.IT", "math.IT"), "robotics": ("cs.RO",), "cryptography": ("cs.CR",),
    "game theory": ("cs.GT", "econ.TH"), "computational complexity": ("cs.CC",), "numerical analysis": ("cs.NA", "math.NA"),
    "programming languages": ("cs.PL",), "software engineering": ("cs.SE",), "information retrieval": ("cs.IR",),
    "databases": ("cs.DB",), "human-computer interaction": ("cs.HC",), "computational geometry": ("cs.CG",),
    "computer graphics": ("cs.GR",), "multiagent systems": ("cs.MA",), "discrete mathematics": ("cs.DM",),
    "signal processing": ("eess.SP",), "control theory": ("eess.SY", "cs.SY", "math.OC"),
    "quantum physics": ("quant-ph",), "statistics": ("stat.ME", "stat.TH", "math.ST", "stat.AP"),
    "probability theory": ("math.PR",), "econometrics": ("econ.EM",), "computer vision": ("cs.CV",),
    "computational linguistics": ("cs.CL",), "formal languages": ("cs.FL",), "symbolic computation": ("cs.SC",),
    "computer architecture": ("cs.AR",), "operating systems": ("cs.OS",), "computer networks": ("cs.NI",),
    "distributed computing": ("cs.DC",), "social networks": ("cs.SI",),
}


def field_of_study(label: str) -> tuple[str, tuple[str, ...]] | None:
    """A Chinese topic of two words, a narrow subject and a field of study (量子信息论: 量子 'quantum' | 信息论
    'information theory'), as (the subject, the field's arXiv classes), or None. The field is the frame: papers in it
    name their problems (quantum channels, capacity, codes, key distribution), not the field (session 30's blind
    twenty-fourth group: of the eight judged papers of 量子信息论 none writes 信息论 or 'information theory'; all eight
    are filed under cs.IT; read whole, the digest was empty). The subject is the concept, and a paper on it must be filed
    in the field (`Concept.fields`): the other quantum papers of the corpus are quantum machine learning, quantum-inspired
    retrieval, quantum image processing. The field's English is its CC-CEDICT term (`dictionary_term`, or a one-word
    sense), matched to arXiv's names (`ARXIV_FIELDS`); the subject in under 1 % of papers at large (`rare_in_papers`)."""
    words = [w for w in jieba_segmenter().lcut(to_simplified(label)) if w.strip()]
    if len(words) != 2 or any(len(w) < 2 for w in words):
        return None
    for n in (1, 0):  # the field ends the compound (量子信息论), or opens it (信息论量子 is rare)
        field, subject = words[n], words[1 - n]
        english = [e.lower() for e in dictionary_term(field)] + [e for e in [one_word_sense(field)] if e]
        classes = tuple(dict.fromkeys(c for e in english for c in ARXIV_FIELDS.get(e, ())))
        if classes and rare_in_papers(subject) and not ARXIV_FIELDS.get(one_word_sense(subject) or ""):
            return subject, classes
    return None


# An acronym beside a Chinese compound it abbreviates ('OCR文字识别', 'NER命名实体识别', '图神经网络（GNN）'): the Chinese
# words' English initials spell its last letters, all but at most this many leading letters (the 'optical' of OCR,
# the 'automatic' of ASR, a modifier the Chinese leaves implicit)
APPOSITION_LEFTOVER = 1
_APPOSITION_RE = (re.compile(r"^\s*([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s*[-:：]?\s*[(（]?\s*([\u3400-\u9fff]{4,})\s*[)）]?\s*$"),
                  re.compile(r"^\s*([\u3400-\u9fff]{4,})\s*[-:：]?\s*[(（]?\s*([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s*[)）]?\s*$"))


def acronym_apposition(part: str) -> tuple[str, str] | None:
    """(acronym, Chinese compound) of a Chinese part written as an acronym and the compound it abbreviates, in either
    order, or None: 'OCR文字识别' is one concept written twice, OCR or 文字识别 (text recognition), not a Chinese string
    no paper writes (session 33, the thirty-first group, blind: read whole it learned 'character recognition' and the
    digest was empty; the eleven judged papers write OCR, text recognition, licence-plate recognition). The test is the
    dictionary's: the initials of a CC-CEDICT sense of each of the compound's words (two or more; 文字 'character',
    识别 'to recognize') spell the acronym's capitals, all but APPOSITION_LEFTOVER leading ones (O of OCR); a sense of
    several words gives all their initials (问答 'question and answer': QA). An acronym that qualifies the compound is
    no abbreviation of it and fails the test (GPU推理: 推理 'reasoning', 'to infer'; SAR图像分割: image segmentation is
    IS; EEG情绪识别: ER), as does a compound that spells one letter (MRI图像: 'image', a kind of data, not the compound
    abbreviated). A run of words that is one built-in glossary term is spelt by its English forms too (强化 | 学习:
    'reinforcement learning', RL of DRL深度强化学习), and a generic word may be spelt or not (优化 'optimization' of
    DPO直接偏好优化; 模型 of VLA视觉语言动作模型). The acronym may stand in brackets or after a hyphen ('OCR（文字识别）',
    'OCR-文字识别'; review34 Z1, L1). Order matters: RLHF人类反馈强化学习 spells HF before RL and stays unread."""
    from assistant.zh_en_dictionary import dictionary_pieces, senses

    text = to_simplified(part).strip()
    m = _APPOSITION_RE[0].match(text)
    acronym, chinese = (m.group(1), m.group(2)) if m else (None, None)
    if m is None and (m := _APPOSITION_RE[1].match(text)):
        chinese, acronym = m.group(1), m.group(2)
    if m is None or not re.fullmatch(r"[A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*", acronym):
        return None
    letters = "".join(c for c in acronym if c.isupper())
    words = [p for w in jieba_segmenter().lcut(chinese) if len(w) >= 2 or w not in GENERIC_ZH
             for p in (dictionary_pieces(w) if len(w) >= 2 else [w])]  # (字符识别, which the dictionary lacks: 字符 | 识别)
    if any(len(w) < 2 for w in words[1:]) or "".join(words) not in chinese:
        return None  # (a single character left between the words: no word of it may go unspelt; 图 of 图神经网络
        # opens the compound, the acronym's one leading letter)
    words = [w for w in words if len(w) >= 2]

    def initials(word: str) -> set[str]:
        out = set()
        entry = next((e for e in _builtin() if word in e.zh), None)  # a glossary term: its English forms too
        for sense in senses(word) + list(entry.en if entry else ()):
            for piece in re.split(r"[;,]", re.sub(r"\([^)]*\)", " ", sense)):
                content = [w for w in re.findall(r"[A-Za-z]+", piece) if w.lower() not in STOP_WORDS_EN and
                           w.lower() != "to"]
                if content:
                    out.update({content[0][0].upper(), "".join(w[0] for w in content).upper()})
        return out | ({""} if word in GENERIC_ZH else set())  # (a generic word may go unspelt: 模型 of VLA…模型)

    # the words read right to left, a run of them that is one glossary term spelt as one (强化 | 学习: 'reinforcement
    # learning', RL of DRL深度强化学习)
    ends = {(len(words), len(letters))}  # (words left, where the spelt run may begin)
    done: set[tuple[int, int]] = set()
    while ends:
        spelt = {e for n, e in ends if n == 0}
        if any(e <= APPOSITION_LEFTOVER and len(letters) - e >= 2 for e in spelt):
            return acronym, chinese
        step = set()
        for n, e in ends:
            for k in range(n):
                run = "".join(words[k:n])
                if k < n - 1 and not any(run in entry.zh for entry in _builtin()):
                    continue
                step |= {(k, e - len(o)) for o in initials(run) if 0 <= e - len(o) and letters[e - len(o):e] == o}
        ends = step - done
        done |= ends
    return None



# An acronym glued to a Chinese compound it does not abbreviate by the dictionary's spelling (`acronym_apposition`):
# two capitals or more (LLM, HCI, LoRA, ViT), then a compound of four characters or more
_GLUED_RE = re.compile(r"^\s*([A-Za-z0-9]+)\s*([\u3400-\u9fff]{4,})\s*$")  # (capitals counted after: linear)


def glued_acronym(part: str) -> tuple[str, str] | None:
    """(acronym, Chinese compound) of a Chinese part that is an acronym glued to a compound of four characters or more
    which `acronym_apposition` does not read as its spelling, or None. Such a part is two concepts, the acronym's and
    the compound's, both asked for: it is either the acronym qualifying the compound (LLM长文本建模: long-text modelling
    of LLMs; EEG情绪识别, NLP情感分析, RAG知识问答) or the compound written beside an acronym the dictionary cannot spell
    (HCI人机交互, MAS多智能体系统: CC-CEDICT has no 人机交互, jieba cuts 多 | 智能 | 体), and a paper naming both is on
    topic either way. Read as one run, the words after a known term were merged into an unknown string glued to the
    acronym that no paper writes ('MAS多', 'RLHF人类反馈', 'LLM长', 'RAG知识'; review34 Z1, session 34's NEXT.md item 5),
    or the whole part was one such string (HCI人机交互, CNN卷积神经网络, EEG情绪识别: 0 matching). The caller keeps a
    glossary term that holds the glued form (AI生成图像检测, CAD代码生成) and a means (AI辅助Y, `topic_words._means_zh`)
    as they are read."""
    m = _GLUED_RE.match(to_simplified(part))
    if m is None or sum(c.isupper() for c in m.group(1)) < 2 or acronym_apposition(part) is not None:
        return None
    return m.group(1), m.group(2)
