"""A topic cut at its connectors (issue 16): '强化学习在大模型推理中的应用' -> 强化学习 | 大模型推理 | 应用, with how each
part is joined to the one before ('and', 'or', or a relation such as for / of / 的 / 在…中), and which parts name the
head's setting, means or owner. Known terms that contain a connector ('mixture of experts') are kept whole. A list
of examples ('… such as MCP and A2A', '…，例如RLHF或者DPO') is cut off first (`_examples`), to be read apart.
"""

from __future__ import annotations

import re

from assistant.chains.digest.topic_words import ACTION_NOUN_RE, _atoms_en
from assistant.chains.digest.vocabulary import GENERIC_EN, GOAL_EN, GOAL_ZH, _builtin, _Entry, _stems
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


# Nouns of persons and living beings: after 'like' they are what something is compared with, not examples of it
# ('models like humans', 'agents that plan like people': `_beings_compared`); not 'experts', which a mixture of
# experts is made of ('sparse models like mixture of experts')
BEINGS_EN = frozenset({"human", "humans", "people", "person", "persons", "children", "child", "adults",
                       "animals", "infants", "individuals"})


# Nouns of made things that act ('models', 'agents', 'robots'): what 'like' compares with persons (`_beings_compared`)
ARTIFACTS_EN = frozenset({"model", "models", "system", "systems", "agent", "agents", "robot", "robots", "network",
                          "networks", "llm", "llms", "chatbot", "chatbots", "machine", "machines", "ai"})


def _beings_compared(examples: list[str], before: str) -> bool:
    """'like' between a made thing that acts (`ARTIFACTS_EN`) and persons or living beings (`BEINGS_EN`) compares
    them: 'vision models like humans' asks for vision models that see as humans do, and read as examples it asked for
    humans (review33 H3': 110 matching, about 1 of 8 on topic). After any other word the list is read as examples, as
    before ('speech recognition for speakers like children', 'annotators like crowd workers'; review34 E4)."""
    last = re.findall(r"[A-Za-z]+", before)[-1:]
    return bool(last) and last[0].lower() in ARTIFACTS_EN and \
        any(e.split()[-1].lower() in BEINGS_EN for e in examples if e.split())


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
                r"(?<![\w\-])(?:that|which|who)\s+\S+\s*$", text[:m.start()], re.IGNORECASE) or _beings_compared(
                examples, text[:m.start()])):
            return "", "", []  # 'like' in a comparison ('reasons like a human', 'a model that learns like the brain')
    after = re.sub(r"^\s*[)）]\s*", " " if not chinese else "", after)
    before = text[:m.start()].rstrip(" ,，(（")
    if not examples:
        return "", "", []
    anchor = re.split(f"{_SPLIT_EN}|[,;(]" if not chinese else f"{_SPLIT_ZH}|[（(]", before,
                      flags=re.IGNORECASE)[-1].strip()
    joined = f"{before}{after}" if chinese or not after.strip() else f"{before} {after.strip()}"
    return joined.strip(), anchor, examples


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


# the connectors that introduce a means (`_means_compounds`), as `_SPLIT_EN` splits at them
_MEANS_LINK_RE = r"(?<![\w\-])(?:with|via|using)\s+(?:the\s+|an?\s+)?"
