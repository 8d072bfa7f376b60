"""The overview's checks before and after `assistant.citations.verify`: every sentence finished, none repeated,
each citing the papers it is about.

Measured on the bundled 1.5B model (issue 16): a second sentence that repeated the first, a citation [2] on [1]'s
content, and a last sentence cut mid-clause by the token limit. So, on the raw reply: an unfinished last
sentence is dropped; a sentence whose cited paper shares few of its words while another paper shares most of
them is re-cited to that paper (and a co-citation the sentence does not draw on is removed), before `verify`
checks numbers against the (new) citations; a sentence that repeats an earlier one is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.citations import CITATION_RE, split_sentences, verify
from assistant.lang import KEYWORD_STOP_WORDS_EN, KEYWORD_STOP_WORDS_ZH, tokenize

# Words every summary uses: they show nothing about which paper a sentence is about.
_GENERIC = {t for w in KEYWORD_STOP_WORDS_EN | KEYWORD_STOP_WORDS_ZH for t in tokenize(w)} | set(
    tokenize("论文 研究 提出 方法 模型 框架 该 这些 本周 主要 方向 包括 关注 工作 papers paper propose proposes "
             "approach study studies work works focus focuses include includes direction directions overview"))
_END_RE = re.compile(r"[。！？.!?…]+[\"'”’）)]*\s*$")
_DANGLING_RE = re.compile(r"(?:[，,、:：;；(（\-–]|\b(?:and|or|the|a|an|of|to|in|for|with|by|which|that|is|are|was|"
                          r"were|as|into|from|than)|和|与|及|以及|并|而|但|在|对|将|通过|的|(?<!行)为|是|于)\s*$",
                          re.IGNORECASE)

# The words of the overview's instruction (prompts/digest.user.md: what the papers have in common, where they differ,
# any notable result) in both languages. The bundled model sometimes hands the instruction back as its overview
# ('这些论文在共同点上，它们在不同点上，以及它们的显著结果[1]…[8]。', every 混合专家模型 overview of 2026-12-02 and
# 12-03): a sentence whose words are only these and the topic's says nothing about any paper (`echoes_instruction`).
INSTRUCTION_WORDS = ("共同点 共同 不同点 不同 相同点 差异 区别 哪里 显著 结果 它们 之处 方面 common commonality "
                     "commonalities differ differs difference differences notable notably result results similar "
                     "similarity similarities they them where")

MOVE_MIN = 0.3  # a sentence moves to another paper sharing at least this share of its content words ...
MOVE_MARGIN = 0.2  # ... and this much more than its cited papers do
CO_CITE_MIN = 0.1  # a co-cited paper sharing less than this, or than a third of the best cited one, is uncited
DUPLICATE = 0.6  # Jaccard of content words at which a sentence repeats an earlier one (or 0.8 containment)


@dataclass
class OverviewCheck:
    text: str = ""
    dropped: list[dict] = field(default_factory=list)
    recited: int = 0
    refused: bool = False
    cited: list[int] = field(default_factory=list)


def content_tokens(text: str) -> set[str]:
    return {t for t in tokenize(CITATION_RE.sub(" ", text)) if t not in _GENERIC and not t.isdigit()}


def echoes_instruction(sentence: str, topic: str = "") -> bool:
    """The sentence holds words of the overview's instruction (`INSTRUCTION_WORDS`) and nothing else but the topic's:
    'These papers have in common …, differ in …' with no paper's content is the prompt handed back."""
    words = content_tokens(sentence)
    instruction = content_tokens(INSTRUCTION_WORDS)
    return bool(words & instruction) and not (words - instruction - content_tokens(topic))


# A citation used as the subject of its sentence ('[1][2]提出…，而[3][4]则专注于…', '[5] proposes …'): the checks
# put citations at the end of the sentence, which would leave '提出…，而则专注于…' (the bundled model's GUI智能体 @20
# overview of 2026-12-03); such a sentence cannot be re-cited without losing its subject, so it is dropped.
_SUBJECT_CITE_RE = re.compile(
    r"(?:^|(?<=[。！？!?，,；;：:\n])|(?<=而|但|并|且)|(?<=\.\s))\s*(?:\[\d+(?:\s*[,，、]\s*\d+)*\]\s*(?:[和与及、,，]\s*)?)+"
    r"(?=\s*(?:则|和|与|及|分别|都|均|也|提出|使用|采用|研究|探讨|关注|专注|通过|利用|展示|表明|发现|设计|构建|针对|引入|改进|"
    r"则|把|将|在|对|从|用)|\s+(?:and|also|both|propos|introduc|present|focus|stud|show|use|explor|investigat|develop|"
    r"address|examin|evaluat|design|build|improv|achiev|report)\w*\b)", re.IGNORECASE)
SUBJECT_MARK = "\u2063CITED\u2063"  # stands in for a subject citation until its sentence is dropped


def unfinished(sentence: str) -> bool:
    """Cut mid-clause: no closing punctuation and no citation at its end, or it ends on a connector/comma (before
    its citations too: issue 16's overview stopped at '…形式化为[3]')."""
    body = sentence.rstrip()
    if re.search(r"[\]】]\s*[。.!?！？]?\s*$", body):  # "... [2]" or "... [2]。": closed unless it dangles
        return bool(_DANGLING_RE.search(re.sub(r"[\s。.!?！？]+$", "", CITATION_RE.sub("", body))))
    if _END_RE.search(body):
        return bool(_DANGLING_RE.search(_END_RE.sub("", body)))
    return True


def near_duplicate(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    inter = len(a & b)
    return inter / len(a | b) >= DUPLICATE or (min(len(a), len(b)) >= 3 and inter / min(len(a), len(b)) >= 0.8)


def _cites(sentence: str) -> list[int]:
    out: list[int] = []
    for group in CITATION_RE.findall(sentence):
        for part in re.split(r"[,，、]", group):
            n = int(part.strip())
            if n not in out:
                out.append(n)
    return out


def _share(tokens: set[str], source: set[str]) -> float:
    return len(tokens & source) / len(tokens) if tokens else 0.0


def _with_cites(sentence: str, cites: list[int]) -> str:
    body = CITATION_RE.sub("", sentence).rstrip()
    end = re.search(r"[。！？.!?]+$", body)
    marks = "".join(f"[{n}]" for n in cites)
    return f"{body[:end.start()]} {marks}{end.group(0)}" if end else f"{body} {marks}"


def attribute(sentence: str, sources: dict[int, set[str]]) -> tuple[list[int], str]:
    """(citations, why changed or ''): cite the paper whose words the sentence uses when its cited ones do not."""
    cites = [n for n in _cites(sentence) if n in sources]
    tokens = content_tokens(sentence)
    if not cites or len(tokens) < 2:
        return cites, ""
    shares = {n: _share(tokens, src) for n, src in sources.items()}
    best_cited = max(shares[n] for n in cites)
    other = max((n for n in sources if n not in cites), key=lambda n: shares[n], default=None)
    if other is not None and shares[other] >= MOVE_MIN and shares[other] >= best_cited + MOVE_MARGIN:
        return [other], f"cited [{', '.join(map(str, cites))}] but is about [{other}]: citation moved"
    if len(cites) > 1 and best_cited >= 0.25:
        kept = [n for n in cites if shares[n] >= max(CO_CITE_MIN, best_cited / 3)]
        if kept != cites:
            removed = [n for n in cites if n not in kept]
            return kept, f"[{', '.join(map(str, removed))}] shares none of its content: citation removed"
    return cites, ""


# Acronyms that name a field, not a paper ('LLM', 'RAG'): a sentence using one names no listed paper.
GENERIC_NAMES = {n.lower() for n in """LLM LLMs VLM VLMs LVLM LVLMs MLLM MLLMs LMM LMMs VLA VLAs RAG GPT NLP RL RLHF RLVR
GRPO PPO DPO MoE KV CNN GNN LoRA SOTA VQA QA CoT API GPU NMT MT ASR TTS AI AGI IR CTR AUC DiT ViT CLIP""".split()}
_NAME_HEAD_RE = re.compile(r"^\s*([^:：]{2,40}?)\s*[:：]")
_NAME_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]")


def _word(name: str) -> re.Pattern:
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(name) + r"(?![A-Za-z0-9])", re.IGNORECASE)


def paper_names(sources: dict[int, str]) -> dict[int, list[str]]:
    """The names a sentence may call a listed paper by (`sources`: number -> title, newline, line): its title's part
    before ':' when one to three words ('TAG-HGT', 'LLM-Rec', 'AdaPLD'), and the title's acronym-like words
    ('GRKV', 'TGV-KV'; an inner capital not after a hyphen, so not 'Token-Level'). Field acronyms (LLM, RAG, …)
    are nobody's name, and neither is a name another listed paper's title or line also uses. The digest eval's
    name <-> citation check (`assistant/eval/digests.py`) calls papers by the same names."""
    found: dict[int, set[str]] = {}
    for n, text in sources.items():
        title = re.sub(r"\\[a-zA-Z]+\{([^{}]*)\}", r"\1", text.split("\n", 1)[0])
        names = set()
        head = _NAME_HEAD_RE.match(title)
        if head and len(head.group(1).split()) <= 3:
            names.add(head.group(1).strip())
        names |= {w for w in _NAME_WORD_RE.findall(title) if len(w) >= 3 and
                  any(c.isupper() and i > 0 and w[i - 1] != "-" for i, c in enumerate(w))}
        found[n] = {x for x in names if x.lower() not in GENERIC_NAMES}
    return {n: sorted(x for x in names if not any(_word(x).search(t) for m, t in sources.items() if m != n))
            for n, names in found.items()}


def _named(sentence: str, names: dict[int, list[str]]) -> list[int]:
    body = CITATION_RE.sub(" ", sentence)
    return [n for n, hs in names.items() if any(_word(h).search(body) for h in hs)]


def check_overview(raw: str, sources: dict[int, str], topic: str = "") -> OverviewCheck:
    """Clean the raw reply (unfinished last sentence, citations, repeats), then `verify` it against `sources`."""
    result = OverviewCheck()
    # 'e.g.' / 'i.e.' would be split into sentences ('(e [2].' and a fragment ', TAG-HGT graphs).'): say them in words
    raw = re.sub(r"\be\.g\.,?", "for example", re.sub(r"\bi\.e\.,?", "that is", raw))
    raw = _SUBJECT_CITE_RE.sub(lambda m: ("" if m.group(0)[:1] != " " else " ") + SUBJECT_MARK, raw)
    tokens = {n: content_tokens(t) for n, t in sources.items()}
    names = paper_names(sources)
    paragraphs = [[s for s in split_sentences(p)] for p in re.split(r"\n\s*\n", raw.strip()) if p.strip()]
    if paragraphs and paragraphs[-1] and unfinished(paragraphs[-1][-1]):
        cut = paragraphs[-1].pop()
        result.dropped.append({"sentence": CITATION_RE.sub("", cut).strip(), "reason": "unfinished (cut off)"})
    kept_tokens: list[set[str]] = []
    cleaned: list[str] = []
    for paragraph in paragraphs:
        out = []
        for sentence in paragraph:
            body_tokens = content_tokens(sentence)
            if SUBJECT_MARK in sentence:
                result.dropped.append({"sentence": sentence.replace(SUBJECT_MARK, "[?]").strip(),
                                       "reason": "uses a citation as its subject (re-citing would leave no subject)"})
                continue
            if echoes_instruction(sentence, topic):
                result.dropped.append({"sentence": CITATION_RE.sub("", sentence).strip(),
                                       "reason": "echoes the instruction (says nothing about the papers)"})
                continue
            if any(near_duplicate(body_tokens, k) for k in kept_tokens):
                result.dropped.append({"sentence": CITATION_RE.sub("", sentence).strip(),
                                       "reason": "repeats an earlier sentence"})
                continue
            kept_tokens.append(body_tokens)
            out.append(_recite(sentence, tokens, names, result))
        if out:
            cleaned.append(_join(out))
    checked = verify("\n\n".join(cleaned), sources, topic)
    result.dropped += checked.dropped
    result.recited += checked.recited
    result.text, result.refused = _settle(checked.text, names, tokens, result), checked.refused
    result.cited = sorted({n for n in _cites(result.text)}) if result.text else checked.cited
    result.refused = result.refused or not result.text
    return result


_FRAGMENT_RE = re.compile(r"^[\s,，、;；:：)）\]】.。]")


def _settle(text: str, names: dict[int, list[str]], tokens: dict[int, set[str]], result: OverviewCheck) -> str:
    """The verified text once more, as a reader gets it: `verify` may drop a sentence, attach or move a citation,
    so a sentence that now repeats a kept one, starts mid-sentence (', Komi-Yazva--Russian, classical poetry) [2].'
    left by a split at 'e.g.'), cites a paper whose words it does not use, names a paper it does not cite or
    ends the overview mid-clause is fixed (citation moved or added) or dropped here."""
    if not text.strip():
        return text
    paragraphs = [split_sentences(p) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    kept: list[tuple[set[str], set[str]]] = []  # (content tokens, bigrams) of the sentences kept so far
    out_paragraphs = []
    for paragraph in paragraphs:
        out = []
        for sentence in paragraph:
            words, pairs = content_tokens(sentence), _bigrams(sentence)
            if _FRAGMENT_RE.match(sentence):
                result.dropped.append({"sentence": CITATION_RE.sub("", sentence).strip(),
                                       "reason": "a fragment (starts mid-sentence)"})
                continue
            if any(near_duplicate(words, t) or near_duplicate(pairs, b) for t, b in kept):
                result.dropped.append({"sentence": CITATION_RE.sub("", sentence).strip(),
                                       "reason": "repeats an earlier sentence"})
                continue
            kept.append((words, pairs))
            out.append(_recite(sentence, tokens, names, result))
        if out:
            out_paragraphs.append(out)
    while out_paragraphs and out_paragraphs[-1] and unfinished(out_paragraphs[-1][-1]):
        cut = out_paragraphs[-1].pop()
        result.dropped.append({"sentence": CITATION_RE.sub("", cut).strip(), "reason": "unfinished (cut off)"})
        if not out_paragraphs[-1]:
            out_paragraphs.pop()
    return "\n\n".join(_join(p) for p in out_paragraphs)


def _recite(sentence: str, tokens: dict[int, set[str]], names: dict[int, list[str]], result: OverviewCheck) -> str:
    """The sentence cited by the paper whose words it uses, and by every paper it names ('LLM-Rec … ; TAG-HGT
    …[2]' cites both); each change counts in `result.recited`."""
    cites, why = attribute(sentence, tokens)
    if why:
        result.recited += 1
        sentence = _with_cites(sentence, cites)
    named = [n for n in _named(sentence, names) if n not in cites]
    if named:
        result.recited += 1
        sentence = _with_cites(sentence, sorted(set(cites) | set(named)))
    return sentence


def _join(sentences: list[str]) -> str:
    """One paragraph: a space after a sentence unless it ends in full-width punctuation."""
    return "".join(s if re.search(r"[\u3000-\u303f\uff00-\uffef]$", s) else s + " " for s in sentences).strip()


def _bigrams(text: str) -> set[str]:
    """English words and Chinese character pairs (the digest eval's measure of a repeat, beside `content_tokens`)."""
    text = CITATION_RE.sub(" ", text)
    words = {w.lower().rstrip("s") if len(w) > 4 else w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9\-]+", text)}
    words = {w for w in words if w not in _GENERIC and len(w) > 2}
    for run in re.findall(r"[\u4e00-\u9fff]+", text):
        words |= {run[i:i + 2] for i in range(len(run) - 1) if run[i:i + 2] not in _GENERIC}
    return words
