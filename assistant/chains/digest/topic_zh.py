"""Chinese topic words read the way papers write them (issue 16, session 31).

Helpers of `topic.split_concepts` for Chinese parts that are written as one run but are not one term any paper writes:
a method family beside a narrow subject (蛋白质机器学习: the papers write 蛋白质 and a model, 预测器, 图神经网络, not
机器学习), and a verb between the means and its object (大模型求解组合优化问题: the papers write 组合优化 and LLM, and
求解 apart, if at all).
"""

from __future__ import annotations

import re

from assistant.chains.digest.common_terms import rare_in_papers
from assistant.chains.digest.vocabulary import GENERIC_ZH, METHOD_FAMILIES_ZH
from assistant.lang import to_simplified

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
    from assistant.lang import jieba_segmenter
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
    from assistant.chains.digest.vocabulary import dictionary_term
    from assistant.lang import jieba_segmenter

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
