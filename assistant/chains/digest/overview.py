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


# ---------------------------------------------------------------- the overview built from the listed papers
# Measured on the bundled 1.5B model (issue 16, session 13): asked to say what papers share and where they differ, it
# hands the instruction back (14 of 14 theme calls, both languages: '它们共同研究的具体问题……，句末标注[1]…[6]。'), and
# asked for one sentence of what a theme's papers share it states one member's content as everybody's ('它们都研究
# 稀疏混合专家语言模型中的机器遗忘问题' for six MoE papers, one of them on unlearning: 10 of 14 themes). Asked for one
# short sentence per paper (a numbered list), it compresses each paper's line, mostly faithfully (8 papers in
# 10-25 s). So the overview is assembled here: what the papers have in common is said by the code (the topic every
# listed paper covers, the themes the papers were grouped by), where they differ by one sentence per paper, cited to
# it: the model's sentence when `phrase_problem` finds nothing wrong with it, else a clause of the paper's own line.

PHRASE_OWN_MIN = 0.7  # share of a model sentence's content words found in its own paper's text ...
PHRASE_CLAUSE_MIN = 0.6  # ... and of each of its clauses (with two or more content words)
PHRASE_MAX_CHARS = {"zh": 60, "en": 220}
# Words that state a result or a comparison: a model sentence may use one only where its paper's text does. Word
# overlap alone let '发现人类评论质量显著提升' stand for '发现人类评论质量优于AI评论' (live 大语言模型推荐 digest, e976809).
_CLAIM_RE = re.compile(r"显著|大幅|明显|提升|提高|降低|减少|优于|超越|超过|领先|最优|最佳|首个|首次|"
                       r"\b(?:significant(?:ly)?|substantial(?:ly)?|improv\w*|outperform\w*|better|best|"
                       r"state-of-the-art|sota|first|reduc\w*|increas\w*|boost\w*|faster|superior)\b", re.IGNORECASE)
_VERBS = ("propose|present|introduce|develop|design|build|construct|release|study|investigate|find|show|formulate|"
          "offer|curate|create|describe|reframe|examine|explore|analy[sz]e|evaluate|demonstrate|identify|revisit")
# 'We propose X', 'To address this, we introduce X', 'This paper presents X', 'In this work, we study X'
_WE_RE = re.compile(rf"^(?:[^.;]*?,\s*)?we\s+(?:(?:first|further|also|then|here|thus|therefore)\s+)?({_VERBS})\b",
                    re.IGNORECASE)
_THIS_PAPER_RE = re.compile(rf"\bthis (?:paper|work|study|article)\s+(?:{_VERBS})", re.IGNORECASE)


def _third_person(verb: str) -> str:
    verb = verb.lower()
    return verb[:-1] + "ies" if re.search(r"[^aeiou]y$", verb) else verb + "es" if re.search(r"(?:s|sh|ch|x)$", verb) \
        else verb + "s"


_ZH_LEAD_RE = re.compile(r"^(?:本文|该文|本研究|该研究|本工作|该工作|这篇论文|该论文|论文)[，,]?\s*")
_INLINE_ITEM_RE = re.compile(r"(?<=\s)(\d{1,2})[.．:：、]\s+")
_LIST_LINE_RE = re.compile(r"^\s*[\[【(（]?(\d{1,2})\s*[\]】)）.:：、]\s*(.+?)\s*$")
# a clause end, not the point or comma inside a number ('12.4%', '3,533')
_CLAUSE_END_RE = re.compile(r"[，；;：:。！？!?（]|(?<!\d)[.,]|[.,](?!\d)|\s\(")


@dataclass
class OverviewPaper:
    """A listed paper as the overview sees it: `line` is its listed one-liner, `text` what a sentence about it is
    checked against (title, line and, in English, the abstract's contribution sentence), `name` what a sentence
    may call it."""

    n: int
    title: str
    line: str
    text: str
    name: str
    abstract: str = ""
    covers_topic: bool = True
    shown: str = ""  # the line as the model was shown it, when it was clipped inside a clause ('…' at the cut)


def short_name(title: str) -> str:
    """The paper's name for the overview, or '' when its title gives none: the title's head before ':' when one to
    three words ('AdaPLD', 'LLM-Rec'), else its first mixed-case coined word ('CaDDTree'; not 'GUI', 'PRMs', 'LLM-based')."""
    head = title.split(":", 1)[0].strip()
    if ":" in title and 2 <= len(head) <= 40 and len(head.split()) <= 3:
        return head
    for word in _NAME_WORD_RE.findall(title):  # 'CaDDTree', 'TGV-KV'; not 'GUI', 'PRMs', 'LLM-Based'
        if len(word) >= 3 and word.lower() not in GENERIC_NAMES and re.search(r"[a-z]", word) \
                and not re.fullmatch(r"[A-Z0-9]+s", word) and not re.search(r"-(?:[A-Z][a-z]|[a-z])", word) \
                and any(c.isupper() and i > 0 and word[i - 1] != "-" for i, c in enumerate(word)):
            return word
    return ""


def contribution_sentence(abstract: str) -> str:
    """The abstract's sentence saying what the paper does ('We propose …', 'This paper presents …'; one that
    proposes, presents or introduces before one that finds or identifies), or ''."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", re.sub(r"\s+", " ", abstract or ""))
    said = [s.strip() for s in sentences if _WE_RE.search(s) or _THIS_PAPER_RE.search(s)]
    made = [s for s in said if re.search(r"\b(?:propos|present|introduc|develop|design|buil|construct|releas|curat|"
                                          r"creat)\w*", s, re.IGNORECASE)]
    return (made or said or [""])[0]


def fallback_phrase(paper: OverviewPaper, language: str) -> str:
    """A clause of the paper's own text, used when the model's sentence about it is missing or fails a check: the
    line's first sentence (zh: without a leading '本文'), or in English the contribution sentence with '…, we
    propose' said as 'This paper proposes' (else the line); cut at a clause end to `PHRASE_MAX_CHARS`. '' when no
    candidate can be cut at a clause end."""
    if language == "zh":
        first = re.split(r"(?<=[。！？])", paper.line, maxsplit=1)[0]
        candidates = [_with_subject(first, paper, "zh") or first]  # 'TAG-HGT：一种…框架' -> 'TAG-HGT是一种…框架'

    else:
        said = _WE_RE.sub(lambda m: "This paper " + _third_person(m.group(1)), contribution_sentence(paper.abstract))
        said = re.sub(r"^[^.;]*?,\s*this (?:paper|work|study|article)\b", "This paper", said, flags=re.IGNORECASE)
        candidates = [said, paper.line]
    for text in candidates:
        cut = _cut(text.replace("**", "").strip(), PHRASE_MAX_CHARS[language])
        if cut and not unfinished(cut + "."):
            return cut
    return ""


def _cut(text: str, limit: int) -> str:
    """`text` without its end punctuation, cut at the last clause end within `limit` characters (not inside
    brackets, not inside a number), or '' when there is none in its second half."""
    text = re.sub(r"[。．.!?！？…\s]+$", "", text)
    if len(text) <= limit and _balanced(text):
        return text
    for match in reversed(list(_CLAUSE_END_RE.finditer(text[:limit + 1]))):
        if match.start() < limit // 3:
            break
        cut = text[:match.start()].rstrip()
        if _balanced(cut):
            return cut
    return ""


def _clauses(text: str) -> list[str]:
    """`text` split at its clause ends (`_CLAUSE_END_RE`: not inside a number)."""
    out, start = [], 0
    for match in _CLAUSE_END_RE.finditer(text):
        out.append(text[start:match.start()])
        start = match.end()
    return [c for c in out + [text[start:]] if c.strip()]


def _balanced(text: str) -> bool:
    return all(text.count(a) == text.count(b) for a, b in ("()", "（）", "[]", "“”", "「」"))


def phrase_prompt_items(papers: list[OverviewPaper], language: str, line_of: dict[int, str]) -> str:
    """The numbered list the model rewrites: 'n. Name: line', or 'n. line' for a paper without a name (a cut title
    as a name came back as the subject: 'Emotion Profiling in LLM-Based investigates …')."""
    sep = "：" if language == "zh" else ": "
    return "\n".join(f"{p.n}. {p.name}{sep}{line_of[p.n]}" if p.name and not line_of[p.n].startswith(p.name)
                     else f"{p.n}. {line_of[p.n]}" for p in papers)


_LABEL_RE = re.compile(r"^([^：:。.!?！？\n]{2,60}?)\s*[:：]\s*(?=\S)")
_ZH_VERB_RE = re.compile(r"^(?:提出|构建|设计|研究|通过|用|将|针对|引入|探索|评估|发现|利用|基于|实现|揭示|改进|分析|开发|"
                         r"建立|采用|结合|证明|展示|首次|在|把|让|使|为)")
_EN_VERB_RE = re.compile(r"^(?:Propos|Present|Introduc|Develop|Investigat|Stud|Us|View|Extend|Identif|Enabl|Evaluat|"
                         r"Generat|Initiat|Explor|Examin|Analy[sz]|Design|Build|Construct|Creat|Leverag|Combin|Employ|"
                         r"Improv|Reduc|Achiev|Address|Tackl|Show|Demonstrat|Benchmark|Releas|Compar|Measur|Predict|"
                         r"Adapt|Unifi|Bridg|Turn|Optimiz|Select|Learn|Train|Provid|Offer|Formulat|Reveal|Find|Curat|"
                         r"Automat|Mitigat|Enhanc|Accelerat|Verifi|Navigat|Embed|Distill|Quantiz|Prun|Translat|"
                         r"Refram|Decod|Rank|Align|Captur|Map|Fus|Integrat|Incorporat|Apply|Appli|Assess|Describ|"
                         r"Detect|Discover|Encod|Estimat|Exploit|Explain|Focus|Frame|Guid|Introduc|Model|Outperform|"
                         r"Pretrain|Replac|Represent|Retriev|Scal|Simulat|Solv|Support|Test|Track|Transform)"
                         r"(?:es|s|ies)\s", re.IGNORECASE)


def _with_subject(body: str, paper: OverviewPaper, language: str) -> str:
    """The model's sentence with a subject: its label ('StainFlow：', 'Emotion Profiling in LLM-Based: ') dropped,
    the paper's name (else 'This paper') before a bare verb ('Proposes …', '提出了…'), 'We propose' said of the
    paper; '' for a bare noun phrase about a paper without a name ('A novel framework for …')."""
    label = _LABEL_RE.match(body)
    rest = body[label.end():] if label else body
    while paper.name and re.match(rf"{re.escape(paper.name)}\s*[:：]\s*\S", rest):  # 'TAG-HGT：TAG-HGT：一种…'
        rest = rest[len(paper.name):].lstrip(" :：")
    if language == "zh":
        rest = _ZH_LEAD_RE.sub("", rest)
        if label and paper.name and paper.name not in rest and _ZH_VERB_RE.match(rest):
            return paper.name + rest
        if paper.name and paper.name not in rest and re.match(r"(?:一种|一个|一套|首个)", rest):
            return f"{paper.name}是{rest}"  # 'TAG-HGT：一种用于…的框架' -> 'TAG-HGT是一种用于…的框架'
        return rest
    rest = _WE_RE.sub(lambda m: "This paper " + _third_person(m.group(1)), rest)
    if _EN_VERB_RE.match(rest):
        return f"{paper.name or 'This paper'} {rest[0].lower()}{rest[1:]}"
    if re.match(r"(?:A|An)\s", rest):
        return f"{paper.name} is {rest[0].lower()}{rest[1:]}" if paper.name else ""
    return rest


def _items(raw: str) -> list[tuple[int, int, int, bool]]:
    """(number, start of its text, end, finished) of each numbered item: one a line ('3. AdaPLD adapts …', '3: …',
    '[3] …'), or several on one line when each number follows the one before ('1. A. 2. B. 3. C', as the bundled
    model wrote a 6-paper list once). An item is finished when a newline or the next item follows it."""
    starts: list[tuple[int, int, int]] = []  # (number, where its marker starts, where its text starts)
    for line in re.finditer(r"[^\n]+", raw):
        match = _LIST_LINE_RE.match(line.group(0))
        if not match:
            continue
        starts.append((int(match.group(1)), line.start(), line.start() + match.start(2)))
        expected = int(match.group(1)) + 1
        for inner in _INLINE_ITEM_RE.finditer(line.group(0), match.start(2)):
            if int(inner.group(1)) == expected:
                starts.append((expected, line.start() + inner.start(1), line.start() + inner.end()))
                expected += 1
    out = []
    for i, (n, _, text_start) in enumerate(starts):
        following = starts[i + 1][1] if i + 1 < len(starts) else len(raw)
        newline = raw.find("\n", text_start)
        end = min(following, newline) if newline >= 0 else following
        out.append((n, text_start, end, newline >= 0 or i + 1 < len(starts)))
    return out


def parse_phrases(raw: str) -> dict[int, str]:
    """The model's numbered items (`_items`), unfinished ones too; the first item per number wins."""
    out: dict[int, str] = {}
    for n, start, end, _ in _items(raw):
        text = raw[start:end].strip()
        if n not in out and text:
            out[n] = text
    return out


def phrase_problem(phrase: str, paper: OverviewPaper, papers: dict[int, OverviewPaper], language: str,
                   topic: str = "") -> tuple[str, str]:
    """(the sentence body to use, '') or ('', why not): a model sentence about one paper is kept only when it is
    finished, says something, uses that paper's words (at least `PHRASE_OWN_MIN` of its content words, and no
    other listed paper's more), names no other listed paper, and survives `check_overview` (numbers, instruction
    echo, citation as subject) citing that paper alone."""
    body = _with_subject(CITATION_RE.sub("", phrase).replace("**", "").strip(), paper, language)
    clipped_tail = paper.shown[:-1].rstrip()[-4:] if paper.shown.endswith("…") else ""
    bare = re.sub(r"(?:…|\.\.\.|[。.!?！？\s])+$", "", body)
    # a clipped line copied up to its cut ('…支持自适应优…', or with the '…' left out: '…支持自适应优。'): keep its
    # whole clauses
    if re.search(r"(?:…|\.\.\.)\s*$", body) or (clipped_tail and bare.endswith(clipped_tail)):
        body = _cut(bare, max(1, len(bare) - 1))
        if not body:
            return "", "a clipped line copied, no whole clause"
    if len(body) > PHRASE_MAX_CHARS[language]:
        body = _cut(body, PHRASE_MAX_CHARS[language])
    body = re.sub(r"[。．.!?！？\s]+$", "", body)
    if _DANGLING_RE.search(body) or re.search(r"(?:来|以|从而|进而|使|让)$", body):
        cut = _cut(body[:max(0, len(body) - 1)], len(body) - 1) if "，" in body or "," in body else ""
        if not cut or _DANGLING_RE.search(cut):
            return "", "unfinished"
        body = cut
    tokens = content_tokens(body)
    if len(tokens) < 2:
        return "", "says nothing"
    if echoes_instruction(body, topic):
        return "", "echoes the instruction"
    unsupported = sorted({m.group(0).lower() for m in _CLAIM_RE.finditer(body)}
                         - {m.group(0).lower() for m in _CLAIM_RE.finditer(paper.text)})
    if unsupported:
        return "", f"claims what its paper does not say ({', '.join(unsupported)})"
    own_tokens = content_tokens(paper.text)
    for clause in _clauses(body):  # '…的流程奖励模型，提高污迹识别效率': an invented clause after a copied one
        words = content_tokens(clause)
        if len(words) >= 2 and _share(words, own_tokens) < PHRASE_CLAUSE_MIN:
            return "", f"a clause is not its paper's ({clause.strip()[:30]})"
    own = _share(tokens, own_tokens)
    rival = max((_share(tokens, content_tokens(p.text)) for m, p in papers.items() if m != paper.n), default=0.0)
    if own < PHRASE_OWN_MIN or rival > own:
        return "", f"its words are not its paper's ({own:.2f}, another paper {rival:.2f})"
    names = paper_names({m: p.text for m, p in papers.items()})
    others = [m for m in _named(body, names) if m != paper.n]
    if others:
        return "", f"names another paper ({', '.join(map(str, others))})"
    sentence = _sentence(body, [paper.n], language)
    check = check_overview(sentence, {m: p.text for m, p in papers.items()}, topic)
    if check.dropped or check.refused or _cites(check.text) != [paper.n]:
        why = check.dropped[0]["reason"] if check.dropped else "cited to another paper"
        return "", why
    return body, ""


def _sentence(body: str, cites: list[int], language: str) -> str:
    marks = "".join(f"[{n}]" for n in cites)
    return f"{body}{marks}。" if language == "zh" else f"{body} {marks}."


OPENER = {"zh": "这{count}篇论文都涉及{topic}", "en": "All {count} listed papers concern {topic}"}
SOME = {"zh": "其中{count}篇论文涉及{topic}", "en": "{Count} of the listed papers concern {topic}"}
THEME_LEAD = {"zh": "「{name}」方面，", "en": "Under “{name}”, "}
OTHER_LEAD = {"zh": "此外，", "en": "In addition, "}
_EN_COUNTS = "zero one two three four five six seven eight nine ten eleven twelve".split()


def _opener(count: int, everyone: bool, topic: str, language: str) -> str:
    word = _EN_COUNTS[count] if count < len(_EN_COUNTS) else str(count)
    return (OPENER if everyone else SOME)[language].format(count=count if language == "zh" else word,
                                                           Count=word.capitalize(), topic=sanitize_topic(topic))


def compose_overview(papers: list[OverviewPaper], themes: list[tuple[str, list[int], bool]],
                     phrases: dict[int, str], language: str, topic: str = "") -> OverviewCheck:
    """The overview: an opening sentence on what every paper has in common (the topic each covers, cited by every
    paper that covers it), then a paragraph per theme (`themes`: (name, item numbers, is 'Other')), one sentence per
    paper saying what it does, cited to it alone: its checked model sentence (`phrases`), else `fallback_phrase`.
    A sentence repeating an earlier one is left out; each drop and replacement is in `dropped`."""
    result = OverviewCheck()
    by_n = {p.n: p for p in papers}
    names = paper_names({p.n: p.text for p in papers})
    paragraphs: list[list[str]] = []
    covering = [p.n for p in papers if p.covers_topic]
    if topic and len(papers) >= 2 and len(covering) >= 2:
        opener = _opener(len(covering), len(covering) == len(papers), topic, language)
        paragraphs.append([_sentence(opener, covering, language)])
    kept_tokens: list[tuple[set[str], set[str]]] = []
    for name, members, is_other in themes or [("", [p.n for p in papers], False)]:
        out = []
        for n in members:
            paper = by_n[n]
            body, why = (phrase_problem(phrases[n], paper, by_n, language, topic) if n in phrases
                         else ("", "not written (no reply or out of time)"))
            if why:
                result.dropped.append({"sentence": phrases.get(n, ""), "reason": f"[{n}] {why}: its line is used"})
                body = fallback_phrase(paper, language)
                if not body:
                    result.dropped.append({"sentence": paper.line, "reason": f"[{n}] its line has no clause end"})
                    continue
            words, pairs = content_tokens(body), _bigrams(body)
            if len(words) < 2 or any(near_duplicate(words, t) or near_duplicate(pairs, b) for t, b in kept_tokens):
                result.dropped.append({"sentence": body, "reason": f"[{n}] repeats an earlier sentence"})
                continue
            if [m for m in _named(body, names) if m != n] or unfinished(_sentence(body, [n], language)):
                result.dropped.append({"sentence": body, "reason": f"[{n}] names another paper or is unfinished"})
                continue
            kept_tokens.append((words, pairs))
            if not out and name and len(themes) > 1:
                lead = (OTHER_LEAD if is_other else THEME_LEAD)[language].format(name=name)
                if not [m for m in _named(lead, names) if m != n]:  # a theme named after a paper's name
                    body = lead + (body[0].lower() + body[1:] if re.match(r"(?:This|The|These|A|An|It|Its|Our)\b", body)
                                   else body)
            out.append(_sentence(body, [n], language))
        if out:
            paragraphs.append(out)
    result.text = "\n\n".join(_join(p) for p in paragraphs)
    result.cited = sorted({n for n in _cites(result.text)})
    result.refused = not result.text
    return result


def sanitize_topic(topic: str) -> str:
    return re.sub(r"\s+", " ", CITATION_RE.sub("", topic)).strip().rstrip("。.")


def overview_papers(items, papers: dict, language: str, concepts: list[str]) -> list[OverviewPaper]:
    """The listed items (`DigestItem`s) as the overview sees them; `papers` maps arXiv ids to their `Paper` (for the
    abstract's contribution sentence), `concepts` are the topic's (a paper covering all of them covers the topic)."""
    out = []
    for item in items:
        paper = papers.get(item.id)
        abstract = paper.abstract if paper is not None else ""
        extra = contribution_sentence(abstract) if language == "en" else ""
        text = "\n".join(t for t in (item.title, item.line, extra) if t)
        out.append(OverviewPaper(n=item.n, title=item.title, line=item.line, text=text, name=short_name(item.title),
                                 abstract=abstract,
                                 covers_topic=bool(concepts) and set(concepts) <= set(item.concepts)))
    return out


def cut_mid_clause(full: str, shown: str) -> bool:
    """Was `full` clipped to `shown` ('…' at the cut) inside a clause (not right before '，' or '.')?"""
    if not shown.endswith("…") or len(shown) - 1 >= len(full):
        return False
    return not re.match(r"\s*(?:[，,；;。!?！？：:、]|\.(?!\d))", full[len(shown) - 1:])


def prompt_line(paper: OverviewPaper, language: str) -> str:
    """What the model is shown of a paper: its line (in English, the abstract's contribution sentence when there is
    one: the listed line is the abstract's first sentence, often background)."""
    return (contribution_sentence(paper.abstract) if language == "en" else "") or paper.line


def phrases_stop(numbers: list[int], soft_seconds: float, clock=None):
    """When the numbered reply may end (`ask(stop=…)`): once every paper's line is finished (or a number not asked
    for begins), or at the last finished line once `soft_seconds` have passed since this was made (just before the
    call: the prompt's reading counts, so a loaded machine does not make the digest late). Returns how much of the
    text to keep (whole lines), else None."""
    import time

    clock = clock or time.monotonic
    first = [clock()]
    wanted = set(numbers)

    def stop(text: str) -> int | None:
        items = _items(text)
        done = [(n, end) for n, _, end, finished in items if finished]
        if not done:
            return None
        numbers = {n for n, _ in done}
        if wanted <= numbers or numbers - wanted or clock() - first[0] >= soft_seconds:
            return max(end for _, end in done)
        return None

    return stop
