"""Post-generation verification: the app, not the model, guarantees that answers are grounded.

- citations must point at sources that were given (others are removed and counted);
- every number in a sentence must occur in its cited sources or the question (1.2 billion = 12亿 = 1.2B);
- a sentence without a citation gets one when a single source clearly supports it, else it is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.lang import has_chinese, tokenize

CITATION_RE = re.compile(r"\s*[\[【](\d{1,2}(?:\s*[,，、]\s*\d{1,2})*)[\]】]")
REFUSAL_MARK = "NOT_FOUND"
REFUSAL_HINTS = re.compile(r"NOT[_ ]FOUND|do(?:es)? not (?:contain|say|mention|provide)|no information|"
                           r"not (?:mentioned|provided|stated)|没有(?:提到|提及|说明|相关|给出)|未(?:提及|提到|说明|给出)|无法回答",
                           re.IGNORECASE)
# a sentence ends at a full stop, but not at the dots of an abbreviation or a name: one followed by a letter
# ("i.i.d.", "e.g.", "arxiv.org"), a comma or colon ("e.g., images"), or a word in lower case ("et al. in 2020",
# "vs. baselines"): "i.i.d. samples" was three sentences, and the evidence and the claims read their pieces; a line
# ends one too ("[1] PROVE … state isolation; [2]\n[2] ADR …": without a stop, the line was lost), and the citations
# after a sentence are on its line (the next line's leading "[2]" is that line's); nor at an abbreviation's dot before
# a number or a name ("(78.67% vs. 78.00% under line shuffling)": its halves were two sentences, and the model,
# reading "78.67% vs." without what it measures, gave the pretrained-only variant another sentence's 83%,
# h23-n-cot-pretrained)
# ("et al." and "resp." end a sentence unless a year, a bracket or Chinese follows: "Zhang et al. The results …" is two)
_NOT_AFTER_ABBREVIATION = ("".join(rf"(?<!\b{a})" for a in ("vs", "Vs", "cf", "approx", "Fig", "Figs", "Eq", "Eqs", "Sec",
                                                              "Ref", "Refs"))
                           + "".join(rf"(?!(?<=\b{a})\.\s*[\d(（\u4e00-\u9fff])" for a in ("al", "resp")))
_SENT_RE = re.compile(r"[^。！？!?\n]+?(?:[。！？!?]+|(?<!\d)" + _NOT_AFTER_ABBREVIATION + r"\.(?![\dA-Za-z,;:])(?!\s+[a-z])|(?<=\d)\.(?=\s)|(?=\n)|$)"
                      r"(?:[ \t]*[\[【][\d,，、\s]+[\]】])*", re.DOTALL)
_MULTIPLIERS = {
    "thousand": 1e3, "k": 1e3, "千": 1e3, "万": 1e4, "million": 1e6, "m": 1e6, "百万": 1e6, "千万": 1e7,
    "亿": 1e8, "billion": 1e9, "b": 1e9, "trillion": 1e12, "t": 1e12,
}
# a number is not part of a word (Qwen2.5-7B, GPT-4o); the upper end of a percentage range is a number too
# ("51.1%-82.9%", "51.1%--82.9%" from LaTeX's "51.1\%--82.9\%"; an en dash was always read); so is a value with a
# minus sign ("4D consistency (-44% FV4D)": h13-n-sv4d-fv4d's right "FV4D 降低了 44%" was dropped as not in the source)
_NUMBER_BODY = (r"(\d+(?:,\d{3})*(?:\.\d+)?)"
                r"(?:\s*(thousand|million|billion|trillion)\b|\s?(百万|千万|千|万|亿)|([kKmMbBtT]|x|×)(?![A-Za-z])"
                r"|(?![A-Za-z0-9]|\.\d))")
NUMBER_RE = re.compile(r"(?:(?<![A-Za-z0-9_.\-])|(?<=\d%-)|(?<=\d%--)|(?<=[\s(（:：,，;；=]-)|(?<=^-))" + _NUMBER_BODY)
# ... and the upper end of a hyphenated range of plain numbers ("95% CI: 0.863-0.872", LaTeX's "1.9--3.5";
# h16-x-lvcp-dsc-ci's right "[0.863, 0.872]" was dropped for its 0.872), not a number inside a name ("Qwen2.5-7B":
# its 2.5 is inside a word) nor a date's month ("2024-05")
RANGE_END_RE = re.compile(r"(?<![A-Za-z0-9_.\-])\d+(?:\.\d+)?--?(?!0\d)" + _NUMBER_BODY)


# the marker of a list item: "提出DSCache：1）维护…；2）采用…", "three steps: (1) …, (2) …", "①": no quantity (its 1 and 2
# were taken for DSCache's values, and the answer's right 2.5% was dropped for not stating them)
LIST_MARKER_RE = re.compile(r"(?:^|(?<=[:：;；,，。]))\s*[1-9][)）]|(?:^|(?<=[\s:：;；,，。]))[（(][1-9][)）]|[①-⑩]")


def parse_numbers(text: str) -> list[tuple[str, float, float]]:
    """(raw, value, scaled value) for each number; digits inside words (Qwen2.5, GPT-4o, WMT14) and list markers
    ("1）", "(2)") are ignored."""
    out = []
    text = LIST_MARKER_RE.sub(" ", CITATION_RE.sub(" ", text))
    matches = sorted([*NUMBER_RE.finditer(text), *RANGE_END_RE.finditer(text)], key=lambda m: m.start(1))
    for match in matches:
        raw = match.group(1)
        unit = match.group(2) or match.group(3) or match.group(4) or ""
        value = float(raw.replace(",", ""))
        scale = _MULTIPLIERS.get(unit, _MULTIPLIERS.get(unit.lower(), 1.0)) if unit else 1.0
        out.append((raw, value, value * scale))
    return out


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def number_supported(number: tuple[str, float, float], evidence: list[tuple[str, float, float]]) -> bool:
    raw, value, scaled = number
    return any(_close(scaled, e[2]) or (_close(value, e[1]) and scaled == value) or _close(scaled, e[1])
               for e in evidence)


# Latin-script terms that name one thing exactly (AUC, Success@5, claude-sonnet-4-5, LoCoMo, GPT-4o).
_EXACT_TERM_RE = re.compile(r"(?<![\w@.\-])[A-Za-z][\w@.\-]*[\w%]")


def exact_terms(text: str) -> list[str]:
    return [t for t in dict.fromkeys(_EXACT_TERM_RE.findall(text))
            if any(c.isdigit() for c in t) or "@" in t or "-" in t or "_" in t or sum(c.isupper() for c in t) >= 2]


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT_RE.findall(text) if s.strip() and not re.fullmatch(r"[\W_]+", s.strip())]


# A sentence whose asked slot is empty: "日活用户数为 [1]。", "The accuracy is [2]."
_BLANK_RE = re.compile(r"(?:为|是|达到|达|约为|约|提升了|提高了|降低了|共|有|包括|如下|:|：|of|is|was|are|were|to|by|"
                       r"reaches|reached|achieves|achieved|about|around|approximately|equals|of about)\s*[,，]?\s*$",
                       re.IGNORECASE)
_NAME_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*(?![A-Za-z0-9])")


# A sentence that only points at a source instead of saying anything: "This can be found in [1]."
_POINTER_RE = re.compile(r"^(?:this|the|that|it|such)?\s*(?:information|answer|detail|data|number|value|result)?s?\s*"
                         r"(?:can be|is|are|was|may be)\s+(?:found|provided|given|stated|mentioned|described|"
                         r"reported|available)\s+(?:in|by)(?:\s+(?:the\s+)?(?:(?:first|second|third|given|cited|above|"
                         r"provided)\s+)?(?:source|paper|article|document)s?(?:\s+(?:titled|named|called)\s+\W*[\w\- ]{1,40}\W*)?)?\W*$|"
                         r"^(?:详见|见|参见|可参考|请参考)(?:来源|论文|文献)?\W*$|^(?:相关)?(?:信息|内容|答案)(?:可)?(?:在|见)(?:来源|论文)中\W*$",
                         re.IGNORECASE)


# ... or in its middle, where the model put the citation in place of the value: "TSCL 在 [1] 中进行了实验",
# "evaluated on [2] datasets"
_MID_BLANK_RE = re.compile(r"(?:在|于|从|由|对|用|是)\s*[\[【][\d,，、\s]+[\]】]\s*(?:中|上|里|内|之中|当中|进行|做了)|"
                           r"\b(?:on|in|from|using|with)\s*\[[\d,\s]+\]\s*(?:datasets?|benchmarks?|tasks?|data)\b",
                           re.IGNORECASE)
# the model's own list of references after its answer ("参考文献：[1] 本研究……"): a restatement, not a claim
# a sentence about every compared paper: "Both papers …", "The two methods …", "两篇论文都…", "二者都…"
_BOTH_RE = re.compile(r"\bboth (?:papers|methods|works|studies|approaches|models|systems|frameworks)\b|"
                      r"\b(?:the|these) (?:two|three) (?:papers|methods|works|studies|approaches)\b|"
                      r"\ball (?:three|the) (?:papers|methods|works|studies)\b|(?:两|三)(?:篇论文|项研究|种方法)(?:均|都)|"
                      r"(?:二者|两者|三者)(?:均|都)", re.IGNORECASE)
_REFERENCES_RE = re.compile(r"^\s*(?:\*\*)?(?:参考文献|参考资料|引用来源|来源|出处|References?|Sources?|Citations?)"
                            r"(?:\*\*)?\s*[:：]", re.IGNORECASE)
# ... or its entries alone, each line led by the source's number: "[1] org/documents/event-based-crossing-dataset-ebcd",
# "[1] 源标题: \"Patient-Level Diagnosis …\"" (h15-x-ebcd-threshold delivered the URL fragment as a cited sentence)
_LIST_LEAD_RE = re.compile(r"[ \t]*[\[【](\d{1,2})[\]】][ \t]*\n(\s*[\[【]\1[\]】])")
_REFERENCE_ENTRY_RE = re.compile(r"^\s*[\[【]\d+[\]】](?:\s*[\[【]\d+[\]】])*(?:\s+\S.*)?$")


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH_RE = re.compile(r"\b(" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?(?=[\s,\d]|$)", re.IGNORECASE)
_ZH_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年\s*(?:(1[0-2]|0?[1-9])\s*月\s*(?:([12]\d|3[01]|0?[1-9])\s*[日号])?)?")


def dated_numbers(claim: str, texts: list[str]) -> list[tuple[str, float, float]]:
    """The parts of each Chinese date in the claim ("2023年10月7日") that a cited sentence states as the same
    date in words ("October 7, 2023"): a date is one fact in either language, and its month and day are neither
    metrics nor counts."""
    found = []
    sentences = [x for text in texts for x in split_sentences(text)]
    for match in _ZH_DATE_RE.finditer(claim):
        year, month, day = match.groups()
        for sentence in sentences:
            if year not in sentence:
                continue
            months = {_MONTHS.index(next(m for m in _MONTHS if m.startswith(w.lower()[:3]))) + 1
                      for w in _MONTH_RE.findall(sentence)}
            months |= {int(m) for m in re.findall(r"(?<!\d)(1[0-2]|0?[1-9])\s*月", sentence)}
            if month and int(month) not in months:
                continue
            if day and not re.search(rf"(?<![\d.]){int(day)}(?![\d.])", sentence):
                continue
            found += [(part, float(part), float(part)) for part in (year, month, day) if part]
            break
    return found


_EN_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                   "eleven": 11, "twelve": 12}
_ZH_COUNT_WORDS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_COUNT_WORD_RE = re.compile(r"\b(" + "|".join(_EN_COUNT_WORDS) + r")\b(?=[\s\-])|(?<![一二三四五六七八九十两百千万亿几])(["
                            + "".join(_ZH_COUNT_WORDS) + r"])(?=个|种|类|项|篇|条|层|步|阶段|大|位|名|组|轮|次|部分|方面|"
                            r"维|家|款|套|张|段)", re.IGNORECASE)
_CLASSIFIERS = frozenset("个 种 类 项 篇 条 层 步 阶段 大 位 名 组 轮 次 部分 方面 维 家 款 套 张 段 的 of a an the".split())


def _counted_after(text: str, end: int) -> set[str]:
    """The words right after a count ("3 features" -> featur; "三个核心特征" -> 核心, 特征)."""
    return set(tokenize(text[end:end + 24].replace("-", " "))[:3]) - _CLASSIFIERS


def _count_value(word: re.Match) -> int:
    return _EN_COUNT_WORDS.get((word.group(1) or "").lower()) or _ZH_COUNT_WORDS[word.group(2)]


def count_words(text: str) -> list[tuple[str, float, float]]:
    """Small counts written as words before what they count: "three-feature core" -> 3, "三个核心特征" -> 3."""
    return [(word.group(0), float(value), float(value))
            for word in _COUNT_WORD_RE.finditer(text) for value in (_count_value(word),)]


def count_word_sites(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of each small count written as a word ("across six languages", "三个核心特征")."""
    return [(word.start(), word.end(), float(_count_value(word))) for word in _COUNT_WORD_RE.finditer(text)]


def words_counted(text: str) -> set[str]:
    """The words right after each count word of the text ("covers six languages" -> languag)."""
    return set().union(*(_counted_after(text, word.end()) for word in _COUNT_WORD_RE.finditer(text)))


def worded_counts(claim: str, texts: list[str]) -> list[tuple[str, float, float]]:
    """The small counts of the claim that a cited text writes as a word before the same thing: "a stable core of 3
    features" ~ "a strict three-feature core", "3个核心特征" ~ "三个核心特征" (h3-t-bestofn-core's right count was only
    supported by the "3)" of a numbered list)."""
    found = []
    for match in NUMBER_RE.finditer(CITATION_RE.sub(" ", claim)):
        raw = match.group(1)
        if not raw.isdigit() or not 2 <= int(raw) <= 12:
            continue
        after = _counted_after(claim, match.end())
        if after and any(_count_value(word) == int(raw) and after & _counted_after(text, word.end())
                         for text in texts for word in _COUNT_WORD_RE.finditer(text)):
            found.append((raw, float(raw), float(raw)))
    return found


# the answer prompt's last line said back ("Cite sources [1].", "Answer in English."): nothing of the papers
_CITE_INSTRUCTION = r"(?:please\s+)?cite\s+(?:the\s+)?sources?(?:\s+like)?|请?引用来源"
_INSTRUCTION_ECHO_RE = re.compile(rf"^\W*(?:{_CITE_INSTRUCTION}|answer\s+in\s+(?:english|chinese)|请?用中文回答)\W*$",
                                  re.IGNORECASE)
# ... said back as a sentence's last clause: "这个数据集同时发布在EMPLACE论文中，Cite sources like [1]." (h12-x-emplace-images,
# session 32): the clause and its citation go, the sentence before it is checked as any other
_TRAILING_ECHO_RE = re.compile(rf"\s*[,，;；]\s*(?:{_CITE_INSTRUCTION})"
                               r"\s*(?:\[\d+(?:\s*[,，]\s*\d+)*\]\s*)*(?:[.。!！]|(?=\s*$))", re.IGNORECASE)


# a sentence going on from the one before it ("This is achieved …", "这表明 …"), not one naming the paper ("This paper …")
_CONTINUES_RE = re.compile(r"^(?:this|these|that|those|such)\b(?!\s+(?:paper|study|work|article|survey|method|model|"
                           r"framework|approach|system|benchmark|dataset|algorithm|technique|pipeline)s?\b)|"
                           r"^(?:这|这些|这一|此)(?!篇|项研究|种方法|个方法|个模型|个框架|一方法|一框架|个基准|个数据集|个系统)",
                           re.IGNORECASE)
_ITEM_WORDS = 12  # an item of a list the model announced with a colon: a short phrase


def _announces_items(body: str, parsed: list, index: int) -> bool:
    """The sentence ends with a colon and short items follow it ("PatternGSL encodes the following elements …: 1. Panel
    boundaries 2. Parameterized seams 3. …", d27-l-patterngsl-encodes): it announces the list, it leaves no value out."""
    if not re.search(r"[:：]\s*$", body):
        return False
    following = [entry[0] for entry in parsed[index + 1:index + 3]]
    return len(following) == 2 and all(len(tokenize(item)) <= _ITEM_WORDS for item in following)


def blank_slot(body: str) -> bool:
    """True when the sentence ends where its fact should be (the model left the asked value out)."""
    stripped = re.sub(r"[。.!！?？\s]+$", "", body)
    return bool(_BLANK_RE.search(stripped) or _POINTER_RE.match(stripped))


# "We introduce GRAPHTREX, a novel method", "we propose Warrant, a path-localized interface", "提出Warrant框架",
# "构建RuVerBench基准": the name a paper gives what it introduces, though its title never says it
_INTRODUCED_EN_RE = re.compile(r"\b(?:introduce|propose|present|develop|release|build|construct|design)[sd]?\s+"
                               r"(?:(?:a|an|the|our|new|novel|first)\s+)*([A-Z][A-Za-z0-9\-]*[A-Za-z0-9])"
                               r"(?=\s*[,(:]|\s+(?:a|an|the|which|that)\b)")
_INTRODUCED_ZH_RE = re.compile(r"(?:提出|构建|引入|推出|设计|开发)了?(?:一种|一个|新的|名为|称为)*\s*"
                               r"([A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9])(?=\s*(?:方法|框架|模型|基准|系统|算法|数据集|[，,（(。]))")


def introduced_names(text: str) -> set[str]:
    """Names (lowercased) the text says its paper introduces; the field's words (LLM, RAG …) are nobody's name."""
    from assistant.number_labels import COMMON_ACRONYMS

    found = _INTRODUCED_EN_RE.findall(text) + _INTRODUCED_ZH_RE.findall(text)
    return {w.lower() for w in found if len(w) >= 3 and w.lower() not in COMMON_ACRONYMS}


def source_names(sources: dict[int, str]) -> dict[int, set[str]]:
    """Method names a source is known by: CamelCase words of its title's head ("GCRank: A ..." -> GCRank), and the
    names its text says the paper introduces ("We introduce RuVerBench, the first benchmark …")."""
    from assistant.number_labels import COMMON_ACRONYMS

    names = {}
    for n, text in sources.items():
        title = text.split("\n", 1)[0]
        head = title.split(":", 1)[0] if ":" in title else title
        # the field's words are no paper's name ("Are Multimodal LLMs Ready …": LLMs names every LLM paper)
        names[n] = {w.lower() for w in _NAME_RE.findall(head) if len(w) >= 3 and re.search(r"[a-z]", w)
                    and w.lower() not in COMMON_ACRONYMS} | introduced_names(text)
    return names


_NUMERIC_TOKEN = re.compile(r"[\d.,%×x]+")


def _sentences_with(number: tuple[str, float, float], text: str) -> list[str]:
    return [s for s in split_sentences(text) if number_supported(number, parse_numbers(s))]


def holding_sentences(number: tuple[str, float, float], texts: list[str]) -> list[str]:
    """The sentences of the texts that state the number (any spelling)."""
    return [s for text in texts for s in _sentences_with(number, text)]


def number_in_context(number: tuple[str, float, float], body_tokens: set[str], cited_texts: list[str],
                      names: set[str], spellings: tuple[str, ...] = ()) -> bool:
    """The number sits, in some cited sentence, next to at least one of the claim's own words (not only the
    paper's name), or their translation (`spellings`: both languages of the term-list entries the claim uses,
    so an English claim may rest on a Chinese summary), or their dictionary glosses (zh->en, either way round:
    "人工标注了461分钟的录音" rests on "We manually annotated 461 minutes of audio"): a value copied from another
    setting or metric shares none of them."""
    from assistant.chains.translate.glossary import term_occurs
    from assistant.zh_en_dictionary import glossed

    context = {t for t in body_tokens if not _NUMERIC_TOKEN.fullmatch(t) and t not in names}
    if not context:
        return True
    english = glossed(context)  # a Chinese claim resting on an English sentence: 人工标注了461分钟 ~ "annotated 461 minutes"
    for text in cited_texts:
        for sentence in _sentences_with(number, text):
            tokens = set(tokenize(sentence))
            if (context & tokens or english & tokens or context & glossed(tokens)
                    or any(term_occurs(t, sentence) for t in spellings)):
                return True
    return False


def claim_spellings(body: str, terms: list) -> tuple[str, ...]:
    """Every spelling, in both languages, of the term-list entries (zh⇄en) that the claim uses."""
    from assistant.chains.translate.glossary import used_spellings

    return tuple(t for spellings in used_spellings(body, terms) for t in spellings)


def metric_mismatch(number: tuple[str, float, float], body: str, cited_texts: list[str], metrics: list,
                    question: str | None = None) -> bool:
    """The claim names what the number measures (memory, perplexity, 用户数 …: `metrics`, zh⇄en entries) but
    no cited sentence holding the number names any of it, in either language: "内存占用降低了3倍" when the
    source's 3× is a speed-up. A claim naming no metric is left to `number_in_context`. Given the question, only
    a metric its asking clause names or one right beside the number counts: "多尼亚纳国家公园…标注了461分钟" names
    no count of countries (国家 is a word of the park's name, which the question's description also gives)."""
    from assistant.chains.evidence import asked_clause
    from assistant.chains.translate.glossary import term_occurs, used_spellings
    from assistant.number_labels import labels

    named = used_spellings(body, metrics)
    if question is not None:
        beside = set().union(*labels(number, body, metrics))
        asked = used_spellings(asked_clause(question) or question, metrics)
        named = [entry for entry in named if entry in beside or entry in asked]
    if not named:
        return False
    holding = holding_sentences(number, cited_texts)
    if any("parameters" in spellings for spellings in named) and any(model_size(number, s) for s in holding):
        return False  # "ILLUME+ (3B)": a model's size written as 3B is its parameter count
    return bool(holding) and not any(term_occurs(t, s) for s in holding for spellings in named for t in spellings)


# "ILLUME+ (3B)", "Llama-3-8B", "a 1.3B model": digits with B or M right after them give a model's size
_SIZE_RE = re.compile(r"(?<![A-Za-z0-9_.])(\d+(?:\.\d+)?)\s?([BM])(?![A-Za-z])|-(\d+(?:\.\d+)?)([BM])(?![A-Za-z])")


def model_size(number: tuple[str, float, float], sentence: str) -> bool:
    """The sentence writes the number as a model size (3B, 1.3B, 70M, Llama-3-8B): 3B = 3e9, 30亿 = 3e9."""
    for match in _SIZE_RE.finditer(sentence):
        raw, unit = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        size = float(raw) * (1e9 if unit == "B" else 1e6)
        if _close(size, number[2]) or (_close(float(raw), number[1]) and number[2] == number[1]):
            return True
    return False


# Words that say a value changed (or compares it): "降低到", "reduced from … to", "3 points above".
# English stems start a word: "execution" holds no cut, "again" no gain, "flower" no lower.
CHANGE_RE = re.compile(r"降|减|缩短|提升|提高|增|改进|改善|加速|超过|高出|优于|节省|从.{0,40}?(?:到|至)|倍|"
                       r"(?<![A-Za-z])(?:reduc|decreas|lower|drop|cut|shorten|improv|increas|rais|boost|gain|"
                       r"speed-?up|faster|slower|saving|above|higher|more than|outperform)|"
                       r"\bfrom\b.{0,40}?\bto\b|\bx\b|×",
                       re.IGNORECASE)


def _copied(body: str, match: re.Match, question: str) -> bool:
    """A change word inside words the claim copied from the question ("检索增强生成" of "多轮检索增强生成评测"): a name the
    question gives, not a change the claim states (h4-n-mtrag-ndcg's right nDCG@5 was dropped for its 增)."""
    before = body[max(0, match.start() - 1):match.end()]
    after = body[match.start():match.end() + 1]
    return bool(question) and len(before) > len(match.group(0)) < len(after) and before in question and after in question


def change_without_source(number: tuple[str, float, float], body: str, cited_texts: list[str],
                          question: str = "") -> bool:
    """The claim says the value changed ("推理延迟降低到了13分钟") but every cited sentence holding the number
    states it as a level ("现有模型推理延迟高（13分钟/1000请求）"): the number is the before, or another
    system's, not the result."""
    if not any(not _copied(body, m, question) for m in CHANGE_RE.finditer(body)):
        return False
    holding = holding_sentences(number, cited_texts)
    return bool(holding) and not any(CHANGE_RE.search(s) for s in holding)


@dataclass
class Verification:
    text: str
    cited: list[int] = field(default_factory=list)  # source numbers used, in order of first use
    removed_citations: int = 0
    attached_citations: int = 0
    dropped: list[dict] = field(default_factory=list)  # {"sentence", "reason"}
    flagged: list[dict] = field(default_factory=list)
    refused: bool = False
    recited: int = 0  # citations moved to the paper a sentence names


def _overlap(sentence_tokens: set[str], source_tokens: set[str]) -> float:
    return len(sentence_tokens & source_tokens) / len(sentence_tokens) if sentence_tokens else 0.0


def verify(answer: str, sources: dict[int, str], question: str = "", metrics: list | None = None,
           terms: list | None = None, papers: dict[int, tuple[str, set[str]]] | None = None) -> Verification:
    """Check a raw model answer against the sources it was given (source number -> text). `metrics` (zh⇄en
    entries, prompts/metric_terms.tsv) turn on the metric check of claimed numbers; `terms` (every zh⇄en list)
    let a claim's words match a cited sentence in the other language. `papers` (a comparison's synthesis: source
    number -> (the name a citation standing as a subject becomes, the name words only that paper has)): a sentence
    naming a compared paper must cite that paper's evidence, and its evidence must say it."""
    from assistant.number_labels import counted_alike

    result = Verification(text="")
    if not answer.strip() or REFUSAL_MARK in answer:
        result.refused = True
        return result
    answer = _TRAILING_ECHO_RE.sub(lambda m: "。" if has_chinese(answer[max(0, m.start() - 1):m.start()]) else ".",
                                   answer)
    # "[1] PROVE … isolation; [2]\n[2] ADR …": a list line's trailing number is the next line's, which it leads
    answer = _LIST_LEAD_RE.sub(r"\n\2", answer)
    if papers:
        answer = subject_citations(answer, {n: label for n, (label, _) in papers.items() if label})
    answer = object_citations(answer, {n: text.split("\n", 1)[0] for n, text in sources.items()})
    source_tokens = {n: set(tokenize(t)) for n, t in sources.items()}
    source_numbers = {n: parse_numbers(t) for n, t in sources.items()}
    question_numbers = parse_numbers(question)
    names = source_names(sources)
    all_names = set().union(*names.values()) if names else set()
    asked = asked_names(question)
    asked_terms = list(dict.fromkeys(asked + exact_terms(question)))  # names, models, metrics (Llama-2-13b, F1)
    title_terms = {t.lower() for text in sources.values() for t in exact_terms(text.split("\n", 1)[0])}
    kept: list[str] = []
    said: set[str] = set()
    parsed = []  # (sentence or clause body, valid citation numbers, paragraph index, separator after a clause)
    paragraphs = [p for p in re.split(r"\n\s*\n|\n(?=\s*[-*\d]+[.)]?\s)", answer) if p.strip()]
    # the trailing paragraphs whose every line is led by a source's number (a "[1] <its content>" paragraph before
    # the answer's last one restates what it cites: h6-l-rft-visual)
    entries = [all(_REFERENCE_ENTRY_RE.match(line) for line in p.strip().splitlines()) for p in paragraphs]
    trailing = next((i for i in range(len(paragraphs)) if all(entries[i:])), len(paragraphs))
    if papers:  # a comparison's "[1] <A's half>\n[2] <B's half>" after its answer is the model's answer paper by paper
        start = max(trailing, 1)
        for i in range(start, len(paragraphs)):
            paragraphs[i], cut = _entries_as_claims(paragraphs[i], sources, last=i == len(paragraphs) - 1)
            if cut:
                result.dropped.append({"sentence": cut, "reason": "cut off at the end of the answer"})
        paragraphs = [p for p in paragraphs if p.strip()]
        entries = [all(_REFERENCE_ENTRY_RE.match(line) for line in p.strip().splitlines()) for p in paragraphs]
        trailing = next((i for i in range(len(paragraphs)) if all(entries[i:])), len(paragraphs))
    lists = _list_groups(paragraphs)
    for para_index, paragraph in enumerate(paragraphs):
        if para_index and (_REFERENCES_RE.match(paragraph) or para_index >= trailing):
            result.dropped.append({"sentence": paragraph.strip(), "reason": "the model's list of sources, not a claim"})
            continue
        paragraph = _LIST_MARK_RE.sub("", paragraph, count=1)  # "1. …": the item, not a claim of the number 1
        for sentence in split_sentences(paragraph):
            if _MID_BLANK_RE.search(sentence):
                result.dropped.append({"sentence": CITATION_RE.sub("", sentence).strip(),
                                       "reason": "the asked value is missing"})
                continue
            clauses = cited_clauses(sentence)
            if papers:  # "Both …, but PM4Bench …", "A …, while B …": each compared paper's clause is its own claim
                clauses = [piece for clause, joiner in clauses for piece in named_clauses(clause, joiner, papers)]
            for clause, joiner in clauses:
                cites: list[int] = []
                for group in CITATION_RE.findall(clause):
                    for part in re.split(r"[,，、]", group):
                        n = int(part.strip())
                        if n in sources:
                            if n not in cites:
                                cites.append(n)
                        else:
                            result.removed_citations += 1
                body = CITATION_RE.sub("", clause).strip()
                if body:
                    parsed.append((body, cites, para_index, joiner))
    kept_at: list[int] = []  # the parsed index of each kept sentence
    subject: tuple[int, list[int]] = (-1, [])  # (paragraph, the compared papers the last sentence named)
    known = list(dict.fromkeys(_NAME_RE.findall(question) + [w for t in sources.values() for w in _NAME_RE.findall(t)]))
    for index, (body, cites, para_index, _) in enumerate(parsed):
        body = _respelt(body, known, result)
        if (index and (not kept_at or kept_at[-1] != index - 1) and parsed[index - 1][2] == para_index
                and _CONTINUES_RE.match(body)):
            # "This is achieved using only 0.5670 million parameters …" after a dropped made-up PSNR (d27-m-psv-psnr):
            # it says more of the dropped claim, and alone it reads as an answer
            result.dropped.append({"sentence": body, "reason": "continues a sentence that was dropped"})
            continue
        tokens = set(tokenize(body))
        if papers and tokens and tokens <= _ABOUT_PAPERS_WORDS:
            # "Both systems are described in their respective papers, which can be found at [1] and [2]." (c-memory)
            result.dropped.append({"sentence": body, "reason": "says where the papers are, nothing of what they do"})
            continue
        joint = False  # attached to every given paper it names (a comparison sentence): not re-cited below
        if papers:
            named = named_papers(body, papers)
            if not named and _PRONOUN_SUBJECT_RE.match(body) and subject[0] == para_index:
                named = subject[1]  # "It achieves this through …": the paper the sentence before named
            subject = (para_index, named) if named else subject
            if not cites and named and not _BOTH_RE.search(body) and not _BOTH_SUBJECT_RE.match(body):
                # "SoftBinary Coding compresses … by …" (uncited): the paper it names, when its evidence says it
                cites = _supported_by_named(body, named, papers, source_tokens, result)
                if cites:
                    result.attached_citations += 1
        # (a single answer's restated lead too: "一个整合 FFDM … 的系统，后来推出了…改进版本[1]。" was all that h20-x-mammo's
        # answer kept once its wrong number was dropped)
        if cites and ((papers and _echoes_question(body, question, papers)) or _restates_lead(body, question, papers or {})):
            # "CoCMT exchanges between agents instead of intermediate feature maps such as BEV representations": the
            # question's words without the asked thing (what CoCMT exchanges)
            result.dropped.append({"sentence": body, "reason": ECHO_REASON})
            continue
        if not cites:
            # (an item of a list takes the citation the list's items end with: "结果揭示了三个问题：\n1. …\n2. …\n3. …[1]")
            following = next((c for b, c, p, _ in parsed[index + 1:]
                              if c and (p == para_index or lists[p] is not None and lists[p] == lists[para_index])), [])
            cites = _attach(tokens, following, source_tokens)
            attached = [sources[n] for n in cites]
            strangers = unmentioned_names(body, attached)
            if cites and strangers and (glossless := _without_invented_glosses(body, strangers, attached)) != body \
                    and not unmentioned_names(glossless, attached):
                # "自回归离散预测（R-Discrete）+连续回归精化（Continuous Regression）" (h11-l-nala-pose): the model's own
                # English labels in brackets after the source's words; the words are the claim, the labels go
                result.flagged.append({"sentence": body, "reason": f"bracketed names {', '.join(strangers)} that no "
                                       "source uses: removed"})
                body, strangers = glossless, []
                tokens = set(tokenize(body))
            if cites and strangers:
                # "EpiEvolve …, while the BIM paper …": a name another given source holds cites that source too;
                # "MetaPoint … 3.7个百分点" with no MetaPoint source given: another paper's 3.7 is not MetaPoint's
                holders = [n for n in sources if n not in cites
                           and any(w.lower() in sources[n].lower() for w in strangers)]
                # a name the question itself gives ("According to the MedDistractQA benchmark paper, …") is the
                # question's framing, repeated, when the source is known by no name of its own (it may be that paper;
                # a name none of the retrieved papers mentions refuses the answer in the chain); CFCamo's 3.7 stays
                # no MetaPoint's
                left = unmentioned_names(body, [sources[n] for n in cites + holders])
                if any(w not in question for w in left) or (left and any(names[n] for n in cites)):
                    result.dropped.append({"sentence": body, "reason": f"names {', '.join(strangers)}, which the "
                                           "source it would be attached to does not mention"})
                    continue
                if holders:
                    cites = sorted(cites + holders)
                    joint = True
            if not cites:  # "微调后的 Llama-2-13b 准确率是0.83。": the one source with its asked name and its numbers
                cites = _owner_by_numbers(body, asked_terms, sources, source_numbers, question_numbers, [])
            if not cites and papers:  # "它们分别在 nuScenes 和 TUMTraf V2X 数据集上做实验。": each paper its name, in order
                cites = _respective_owners(body, sources, papers)
                joint = bool(cites)
            if papers and cites and (_echoes_question(body, question, papers) or _restates_lead(body, question, papers)):
                # uncited, the question's lead said again ("RuVerBench 和那篇…的论文都用 LLM 来代替人工判断或标注"): attached to
                # both papers, it stood as their halves (h18-c-ruverbench-em, h17-c-vcllm-veu)
                result.dropped.append({"sentence": body, "reason": ECHO_REASON})
                continue
            if cites:
                result.attached_citations += 1
            elif REFUSAL_HINTS.search(body):
                continue  # a hedge like "the sources do not say X" carries no claim
            else:
                result.dropped.append({"sentence": body, "reason": "no source supports it"})
                continue
        if _INSTRUCTION_ECHO_RE.match(body):
            # "Cite sources [1]." after the answer (d27-l-gaze-dataset): the prompt's instruction, not a claim
            result.dropped.append({"sentence": body, "reason": "repeats the prompt's instruction"})
            continue
        blank = blank_slot(body)
        announcing = blank and _announces_items(body, parsed, index)
        if blank and not announcing:
            result.dropped.append({"sentence": body, "reason": "the asked value is missing"})
            continue
        if re.search(r"[?？]\s*$", body) and not re.search(r"[\"“'‘]", body):
            result.dropped.append({"sentence": body, "reason": "a question, not an answer (the model repeated it)"})
            continue
        if papers and cites:
            owned = _cite_named(body, cites, papers, source_tokens, result)
            if not owned:
                continue
            cites = _only_named(body, owned, papers, sources, source_tokens, result)
            lone = _lone_names(body, cites, papers, sources, question)
            if lone:
                # "这两篇论文都用SARC2.0数据集的政治和平衡部分进行实验 [1][2]": one paper's data said of both
                result.dropped.append({"sentence": body, "reason": f"says it of every paper, but {', '.join(lone)} "
                                       "only one compared paper's evidence names"})
                continue
        if not joint:
            cites = _recite(body, cites, names, sources, result, source_numbers, question_numbers)
        elsewhere = [w for w in asked if w in body and not any(w.lower() in sources[n].lower() for n in cites)
                     and any(w.lower() in sources[m].lower() for m in sources if m not in cites)]
        if elsewhere:  # "HAA … 高出约1.4-5.2% [3]": [3] is another paper; the one about HAA is [1]
            owner = _owner_by_numbers(body, asked_terms, sources, source_numbers, question_numbers, cites)
            if not owner:
                result.dropped.append({"sentence": body, "reason": f"names {', '.join(elsewhere)}, which the cited "
                                       "source does not mention (another given source does)"})
                continue
            # … unless one other source holds the names and every number: the model wrote the wrong [n]
            result.flagged.append({"sentence": body, "reason": f"names {', '.join(elsewhere)} and states numbers "
                                   f"that only [{owner[0]}] holds, not the cited [{', '.join(map(str, cites))}]: "
                                   "citation moved"})
            result.recited += 1
            cites = owner
        evidence = [num for n in cites for num in source_numbers[n]] + question_numbers
        dated = dated_numbers(body, [sources[n] for n in cites]) + worded_counts(body, [sources[n] for n in cites])
        evidence += dated
        given = question_numbers + dated  # numbers that need no metric or label of their own
        numbers = parse_numbers(body)
        missing = [raw for raw, *rest in numbers if not number_supported((raw, *rest), evidence)]
        if missing:  # the numbers are all in one other given source: the model cited the wrong one
            holders = [n for n in sources if n not in cites
                       and all(number_supported(x, source_numbers[n] + question_numbers) for x in numbers)]
            lowered = body.lower()
            if any(name in lowered for n in cites for name in names[n]):
                holders = []  # "MetaPoint … 3.7个百分点 [1]": the 3.7 of another paper is not MetaPoint's
            if len(holders) == 1:
                result.flagged.append({"sentence": body, "reason": f"its numbers are in [{holders[0]}], not in "
                                       f"the cited [{', '.join(map(str, cites))}]: citation moved"})
                cites, missing = holders, []
        if missing:
            result.dropped.append({"sentence": body,
                                   "reason": f"number(s) {', '.join(missing)} not in the cited source(s)"})
            continue
        out_of_context = [raw for raw, *rest in numbers
                          if not number_supported((raw, *rest), given)
                          and not number_in_context((raw, *rest), tokens, [sources[n] for n in cites], all_names,
                                                    claim_spellings(body, terms or metrics or []))]
        if out_of_context:
            result.dropped.append({"sentence": body, "reason": f"number(s) {', '.join(out_of_context)} stand "
                                   "next to other words in the cited source(s) (another setting or metric)"})
            continue
        unchanged = [raw for raw, *rest in numbers if not number_supported((raw, *rest), given)
                     and change_without_source((raw, *rest), body, [sources[n] for n in cites], question)]
        if unchanged:
            result.dropped.append({"sentence": body, "reason": f"number(s) {', '.join(unchanged)} are stated as a "
                                   "level in the cited source(s), not as the change this sentence claims"})
            continue
        other_metric = [raw for raw, *rest in numbers if metrics
                        and not number_supported((raw, *rest), given)
                        and metric_mismatch((raw, *rest), body, [sources[n] for n in cites], metrics, question)
                        and not counted_alike((raw, *rest), body, [sources[n] for n in cites], terms or metrics)]
        if other_metric:
            result.dropped.append({"sentence": body, "reason": f"number(s) {', '.join(other_metric)} measure "
                                   "something else in the cited source(s) than the metric this sentence names"})
            continue
        repaired = _paired_value(numbers, body, [sources[n] for n in cites], given)
        if repaired:
            result.flagged.append({"sentence": body, "reason": "the cited source pairs the values with names one by "
                                   "one: the value of the name this sentence names put in"})
            body, numbers = repaired, parse_numbers(repaired)
        reason = _mislabelled(numbers, body, [sources[n] for n in cites], question, given,
                              all_names | title_terms, metrics or [], terms or metrics or [])
        if reason:
            result.dropped.append({"sentence": body, "reason": reason})
            continue
        if len(sources) >= 2 and len(cites) == 1 and _BOTH_RE.search(body):
            # "Both papers show that their method outperforms the state of the art, achieving 7% higher CRS … [1]": a
            # claim made of every paper that rests on numbers only its one cited paper holds (misattribution)
            claimed = [x for x in numbers if not number_supported(x, given)]
            if claimed and not any(number_supported(x, source_numbers[m]) for x in claimed for m in sources
                                   if m not in cites):
                result.dropped.append({"sentence": body, "reason": f"says it of every paper, but its numbers are only "
                                       f"[{cites[0]}]'s"})
                continue
        if body in said or (len(body) >= 12 and index == len(parsed) - 1 and not re.search(r"[。！？.!?]$", body)
                            and any(s.startswith(body) for s in said)):
            # the 1.5B model sometimes loops, writing the same sentences again; its last one cut by the token limit
            # ("而阿拉伯语句子分割（AraSEG）实验表明轻量级编码" after the whole sentence: h3-c-simple-beats-llm)
            result.dropped.append({"sentence": body, "reason": "a repeat of an earlier sentence"})
            continue
        said.add(body)
        if max((_overlap(tokens, source_tokens[n]) for n in cites), default=0.0) < 0.15:
            result.flagged.append({"sentence": body, "reason": "weak overlap with the cited source"})
        for n in cites:
            if n not in result.cited:
                result.cited.append(n)
        marks = "" if announcing else "".join(f"[{n}]" for n in cites)  # its items carry the citation
        end = re.search(r"[。！？.!?]+$", body)
        space = "" if re.search(r"(?:[\u3400-\u9fff，。！？）]|……)$", body[:end.start()] if end else body) else " "
        if not end:  # "… state isolation;" (a list line): no dangling separator before its citation
            body = body.rstrip(";；,， ")
        kept.append(f"{body[:end.start()]}{space}{marks}{end.group(0)}" if end else f"{body}{space}{marks}".rstrip())
        kept_at.append(index)
    if not kept:
        result.refused = True
        return result
    result.text = _join(_rejoin_clauses(kept, kept_at, [joiner for *_, joiner in parsed]))
    if REFUSAL_HINTS.search(result.text) and len(kept) == 1 and not result.cited:
        result.refused = True
    return result


def _paired_value(numbers: list, body: str, cited_texts: list[str], given: list) -> str | None:
    """The sentence with its one value replaced by the value a cited "respectively" sentence pairs with the name it
    names ("比 CFNet 快8倍" from "… PSMNet, CFNet, and LEAStereo … is 8x, 5x, and 8x faster respectively" -> "快5倍"),
    or None. The 1.5B model does not count along two lists; the pairing is read off the source, not guessed."""
    from assistant.number_labels import respective_value_elsewhere

    claimed = [n for n in numbers if not number_supported(n, given)]
    if len(claimed) != 1:
        return None
    paired = respective_value_elsewhere(claimed[0], body, cited_texts)  # (names the sentence itself gives only)
    raw = claimed[0][0]
    sites = list(re.finditer(rf"(?<![\d.]){re.escape(raw)}(?![\d])", body))
    if not paired or len(sites) != 1:
        return None
    value = paired.rsplit(": ", 1)[1]
    return body[:sites[0].start()] + value + body[sites[0].end():]


# the reason a value of a sibling setting is dropped for (the rescue reads it: that value's sentence is no quote)
SIBLING_SETTING_REASON = "not for the setting the question names"


def _mislabelled(numbers: list, body: str, cited_texts: list[str], question: str, question_numbers: list,
                 names: set[str], metrics: list, terms: list) -> str | None:
    """Why a claimed number belongs to another label in its source (assistant/number_labels.py), or None."""
    from assistant.number_labels import (
        counted_alike,
        counted_otherwise,
        entity_value_elsewhere,
        labelled_otherwise,
        others_level_claimed,
        respective_value_elsewhere,
        setting_named_elsewhere,
        sibling_compound_value,
        sized_sibling_value,
    )

    claimed = [n for n in numbers if not number_supported(n, question_numbers)]
    other = [n[0] for n in claimed if labelled_otherwise(n, body, cited_texts, metrics)]
    if other:
        return f"number(s) {', '.join(other)} stand beside another metric in the cited source(s)"
    others = [n[0] for n in claimed if others_level_claimed(n, body, cited_texts, question)]
    if others:
        return (f"number(s) {', '.join(others)} are the level of other models (current, baseline, zero-shot, "
                "remaining …) in the cited source(s), not a result of what this sentence names")
    for number in claimed:
        setting = setting_named_elsewhere(number, body, cited_texts, question, names)
        if setting:
            return f"the cited source(s) state {number[0]} for {setting}, not for the setting this sentence names"
    for number in claimed:
        sibling = sized_sibling_value(number, body, cited_texts, question)
        if sibling:
            return f"the cited source(s) give {number[0]} for {sibling}, not for the model size the question names"
        sibling = sibling_compound_value(number, body, cited_texts, question)
        if sibling:
            return f"the cited source(s) give {number[0]} for {sibling}, {SIBLING_SETTING_REASON}"
        entity = entity_value_elsewhere(number, body, cited_texts, question, names, metrics, terms)
        if entity:
            return f"the cited source(s) give {entity}'s value as another number than {number[0]}"
        paired = respective_value_elsewhere(number, body, cited_texts, question)
        if paired:
            return f"the cited source(s) pair the values with names one by one ({paired}), not {number[0]}"
    counted = [n[0] for n in claimed if counted_otherwise(n, body, cited_texts, terms)
               and not counted_alike(n, body, cited_texts, terms)]
    if counted:
        return f"number(s) {', '.join(counted)} count something else in the cited source(s)"
    return None


# HAA, LER-YOLO; and two capitals joined to more by hyphens (AV-GAS, VQ-VAE): a method's name, not a word
_ACRONYM_RE = re.compile(r"(?<![A-Za-z0-9\-])(?:[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*|[A-Z][A-Z0-9](?:-[A-Z][A-Z0-9]+)+)"
                         r"(?![A-Za-z0-9\-])")


def asked_names(question: str) -> list[str]:
    """Names the question asks about: method names (CamelCase: MetaPoint, APT-Tune) and acronyms of three or more
    capitals (HAA, SPpruner's SP does not count), not the field's words (LLM, GPU)."""
    from assistant.number_labels import COMMON_ACRONYMS

    found = [w for w in _NAME_RE.findall(question) if len(w) >= 3 and re.search(r"[a-z]", w)]
    found += _ACRONYM_RE.findall(question)
    return [w for w in dict.fromkeys(found) if w.lower() not in COMMON_ACRONYMS]


def _respelt(body: str, known: list[str], result: Verification) -> str:
    """A name the model wrote with two neighbouring letters swapped ("VUE-Bench" for VEU-Bench, h17-x-veu-general)
    is the known name (the question's or a source's), not a stranger that gets its sentence dropped. Only a swap:
    a name one letter off (GPT-4o, GPT-4) can be another."""
    for name in dict.fromkeys(_NAME_RE.findall(body)):
        if name in known or len(name) < 5:
            continue
        meant = next((k for k in known if len(k) == len(name) and _one_swap(name, k)), None)
        if meant is not None:
            body = re.sub(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", meant, body)
            result.flagged.append({"sentence": body, "reason": f"{name} read as {meant} (two letters swapped)"})
    return body


def _one_swap(a: str, b: str) -> bool:
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def unmentioned_names(body: str, texts: list[str]) -> list[str]:
    """Method names (CamelCase: MetaPoint, GCRank) a sentence uses that none of `texts` mentions."""
    lowered = [t.lower() for t in texts]
    return [w for w in dict.fromkeys(_NAME_RE.findall(body)) if len(w) >= 3 and re.search(r"[a-z]", w)
            and not any(w.lower() in t for t in lowered)]


def _owner_by_numbers(body: str, asked: list[str], sources: dict[int, str], source_numbers: dict[int, list],
                      question_numbers: list, cites: list[int]) -> list[int]:
    """[m] when exactly one given source other than `cites` mentions every name of the question that the sentence
    uses (at least one) and holds every number the sentence states beyond the question's (at least one); else []."""
    names = [w for w in asked if w in body]
    claimed = [x for x in parse_numbers(body) if not number_supported(x, question_numbers)]
    if not names or not claimed:
        return []
    owners = [m for m in sources if m not in cites and all(w.lower() in sources[m].lower() for w in names)
              and all(number_supported(x, source_numbers[m]) for x in claimed)]
    return owners if len(owners) == 1 else []


def _without_invented_glosses(body: str, strangers: list[str], texts: list[str]) -> str:
    """The sentence without bracketed glosses that hold a name no source uses ("…预测（R-Discrete）"), or English
    words none of the sources has ("…精化（Continuous Regression）"); a bracket right after a word, not one
    standing for a subject of its own."""
    known = " ".join(texts).lower()

    def drop(match: re.Match) -> str:
        inner = match.group(1)
        invented = any(w in inner for w in strangers) or (
            re.fullmatch(r"[A-Za-z][A-Za-z\- ]*", inner.strip()) is not None
            and not any(w.lower() in known for w in re.findall(r"[A-Za-z]{3,}", inner)))
        return "" if invented else match.group(0)

    return re.sub(r"(?<=[\w\u4e00-\u9fff])\s*[（(]([^（()）]{1,40})[)）]", drop, body)


def _cross_overlap(tokens: set[str], source: set[str]) -> float:
    """`_overlap` across the two languages: a claim's word counts when the source has it, or has a Chinese word
    whose dictionary senses include it, or the claim's Chinese word has a sense the source uses."""
    from assistant.zh_en_dictionary import glosses

    seen = source | {g for t in source for g in glosses(t)}
    hits = sum(1 for t in tokens if t in seen or glosses(t) & seen)
    return hits / len(tokens) if tokens else 0.0


# a list item's mark at the start of its line: "1. ", "2) ", "- ", "• " (not the "1.5" of a number)
_LIST_MARK_RE = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)、])\s+")


def _list_groups(paragraphs: list[str]) -> list[int | None]:
    """Which list each paragraph is an item of (None: no list): consecutive items, with the line before them that
    announces them ("结果揭示了三个问题：", "The three stages are:")."""
    groups: list[int | None] = [None] * len(paragraphs)
    for i, paragraph in enumerate(paragraphs):
        if not _LIST_MARK_RE.match(paragraph):
            continue
        if i and groups[i - 1] is not None:
            groups[i] = groups[i - 1]
        elif i and re.search(r"[:：]\s*$", paragraphs[i - 1]):
            groups[i] = groups[i - 1] = i - 1
        else:
            groups[i] = i
    return groups


def _attach(tokens: set[str], following: list[int], source_tokens: dict[int, set[str]]) -> list[int]:
    """Citations for an uncited sentence. Models often cite once at the end of a paragraph: inherit the next
    citation in the paragraph when that source overlaps the sentence (in either language: h11-l-pointrie-pretrain
    (session 15) answered in English from the Chinese method sentence '通过刚性变换合成伪运动轨迹', its only
    evidence of the fact on the bundled model's budget); else the single clearly best source."""
    inherited = [n for n in following if _overlap(tokens, source_tokens[n]) >= 0.25]
    if not inherited:
        inherited = [n for n in following if _cross_overlap(tokens, source_tokens[n]) >= 0.25]
    if inherited:
        return inherited
    scores = sorted(((_overlap(tokens, st), n) for n, st in source_tokens.items()), reverse=True)
    best = scores[0] if scores else (0.0, 0)
    second = scores[1][0] if len(scores) > 1 else 0.0
    if best[0] >= 0.5 or (best[0] >= 0.35 and best[0] - second >= 0.1):
        return [best[1]]
    # in the other language, most of its words: an English claim drawn from the Chinese TL;DR ("Standard online
    # learning algorithms achieve regret guarantees relative to the optimal sequence of liquidity decisions",
    # h18-l-liquidity-mixing), not the model's own gloss of a word ("Pose: This is the key information about …")
    scores = sorted(((_cross_overlap(tokens, st), n) for n, st in source_tokens.items()), reverse=True)
    second = scores[1][0] if len(scores) > 1 else 0.0
    if scores and scores[0][0] >= CROSS_ATTACH and scores[0][0] - second >= 0.1:
        return [scores[0][1]]
    return []


CROSS_ATTACH = 0.6  # the share of an uncited claim's words that one source must have in either language


NAMED_SUPPORT = 0.5  # share of a sentence's words (its papers' names aside) a named paper's evidence must have
NAMED_FOREIGN = 3  # ... and fewer words than this that only another compared paper's evidence has


def _cite_named(body: str, cites: list[int], papers: dict[int, tuple[str, set[str]]],
                source_tokens: dict[int, set[str]], result: Verification) -> list[int]:
    """A comparison's sentence that names a compared paper it does not cite (misattribution: "AV-GAS is evaluated
    on … OmniVideoBench [2]" citing AVOC; "SkelHCC 和 Intent Projection 都是单样本骨架动作识别框架 [1]"; "Both papers …
    [1]" names them all): cited to that
    paper too when its evidence says what the sentence says (at least `NAMED_SUPPORT` of the words, in either
    language), else dropped: the model wrote about one paper from another's evidence. Returns the citations, []
    when dropped."""
    # "Both papers rely on fusion … [1]", "两篇论文都…", "Both benchmarks evaluate …": said of every compared paper
    named = list(papers) if _BOTH_RE.search(body) or _BOTH_SUBJECT_RE.match(body) else named_papers(body, papers)
    missing = [n for n in named if n not in cites and n in source_tokens]
    if not missing:
        return cites
    own_words = _name_words(papers)
    content = set(tokenize(body)) - own_words
    support = {n: _cross_overlap(content, source_tokens[n]) for n in missing}
    # words only another compared paper's evidence has: the sentence blends the papers ("AGCLR 的记忆由三个门控制：…
    # 另一个用于控制离线预训练模型的记忆，第三个用于控制流式视频理解的缓存 [1]": DSCache's 离线, 预训练, 流式, 视频, 缓存)
    foreign = {n: {t for t in content if t not in source_tokens[n]
                   and any(t in source_tokens[m] for m in source_tokens if m != n)} for n in missing}
    if all(v >= NAMED_SUPPORT and len(foreign[n]) < NAMED_FOREIGN for n, v in support.items()):
        # naming none of the papers it cites, it is about the ones it names (those cited stay if they say it too)
        kept = cites if set(named) & set(cites) else [n for n in cites
                                                       if _cross_overlap(content, source_tokens[n]) >= NAMED_SUPPORT]
        result.flagged.append({"sentence": body, "reason": f"names [{', '.join(map(str, missing))}], whose evidence "
                               "says it: cited"})
        result.recited += 1
        return sorted(kept + missing)
    blended = sorted({t for n in missing for t in foreign[n]})
    result.dropped.append({"sentence": body, "reason": f"names the paper [{', '.join(map(str, missing))}] but cites "
                           f"[{', '.join(map(str, cites))}], and that paper's evidence does not say it "
                           f"({min(support.values()):.2f} of its words"
                           + (f"; words of another paper's only: {', '.join(blended)})" if len(blended) >= NAMED_FOREIGN
                              else ")")})
    return []


def _only_named(body: str, cites: list[int], papers: dict[int, tuple[str, set[str]]], sources: dict[int, str],
                source_tokens: dict[int, set[str]], result: Verification) -> list[int]:
    """A comparison's sentence that names one compared paper and no other but cites others too ("Warrant multiplies
    the weighted value term alpha_ij * v_j by g_ij … [1][2]": the model's closing "[1] [2]" went to its last
    sentence, h18-c-lightkv-warrant): cited to the paper it names alone, when that paper's evidence says it
    (`_cite_named`'s test) and the others' name it nowhere. A sentence with `NAMED_FOREIGN` words of another cited
    paper's evidence only blends the two and keeps both citations."""
    if len(cites) < 2 or _BOTH_RE.search(body) or _BOTH_SUBJECT_RE.match(body) or _EACH_RE.search(body):
        return cites
    named = named_papers(body, papers)
    if len(named) != 1 or named[0] not in cites or named[0] not in source_tokens:
        return cites
    n = named[0]
    own = papers[n][1]
    if any(w.lower() in sources[m].lower() for m in cites if m != n for w in own):
        return cites  # another cited paper speaks of it (a baseline, a comparison)
    own_words = _name_words(papers)
    content = set(tokenize(body)) - own_words
    foreign = {t for t in content if t not in source_tokens[n]
               and any(t in source_tokens[m] for m in cites if m != n and m in source_tokens)}
    if _cross_overlap(content, source_tokens[n]) < NAMED_SUPPORT or len(foreign) >= NAMED_FOREIGN:
        return cites
    result.flagged.append({"sentence": body, "reason": f"names [{n}] only: citation(s) "
                           f"{sorted(set(cites) - {n})} removed"})
    result.recited += 1
    return [n]


# the words of a sentence that only points the reader at the compared papers
_ABOUT_PAPERS_WORDS = set(tokenize("both two system systems method methods paper papers work works study studies model "
                                   "models framework frameworks describe described detail details respective respectively "
                                   "found find refer see available cited given listed 论文 详见 参见 具体 细节 描述 见 两篇 分别"))
_EACH_RE = re.compile(r"respectively|分别|各自", re.IGNORECASE)
# a dataset's or model's name as papers write it: capitals inside or a digit ("SARC2.0", "nuScenes", "GPT-4o"); an
# acronym alone ("SOTA", "VQA") is the field's word
_LONE_NAME_RE = re.compile(r"(?<![A-Za-z0-9])(?![A-Z\-]+(?![A-Za-z0-9.\-]))[A-Za-z][A-Za-z0-9.\-]*(?:[A-Z][A-Za-z0-9.\-]*|\d)"
                           r"(?<![.\-])(?![A-Za-z0-9])")


def _respective_owners(body: str, sources: dict[int, str], papers: dict[int, tuple[str, set[str]]]) -> list[int]:
    """An uncited "respectively" sentence of a comparison that names one thing of each compared paper, in the papers'
    order ("它们分别在 nuScenes 和 TUMTraf V2X 数据集上做实验": nuScenes is only FM4SU's evidence's, TUMTraf and V2X only the
    second's; h8-c-fm4su-bev-data's right answer was dropped as unsupported and both halves quoted): cited to every
    compared paper. [] unless each name is held by one compared paper's evidence alone and every paper is named."""
    from assistant.number_labels import COMMON_ACRONYMS

    if not _EACH_RE.search(body):
        return []
    holders = []
    for name in dict.fromkeys(re.findall(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9.\-]*(?<![.\-])(?![A-Za-z0-9])", body)):
        if not re.search(r"[A-Z0-9]", name) or name.lower() in COMMON_ACRONYMS:
            continue  # a name is capitalised or numbered ("nuScenes", "V2X"); not the field's "LLM"
        held = [n for n in papers if n in sources and re.search(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])",
                                                                 sources[n], re.IGNORECASE)]
        if len(held) != 1:
            return []
        holders.append(held[0])
    order = list(dict.fromkeys(holders))
    return order if len(order) == len(papers) >= 2 and order == sorted(order) else []


def _lone_names(body: str, cites: list[int], papers: dict[int, tuple[str, set[str]]], sources: dict[int, str],
                question: str) -> list[str]:
    """The names a sentence says of every compared paper ("Both papers …", "这两篇论文都…") that only one of them
    holds: a dataset or model named by one cited paper's evidence alone and not by the question ("这两篇论文都用SARC2.0
    数据集…" of the sarcasm paper and MedDistractQA, h7-c-sarcasm-meddistract-data), or the name of the one compared
    paper it names ("Both papers use a TinyTrees benchmark data set", h4-c-labels-aerial)."""
    from assistant.number_labels import COMMON_ACRONYMS

    if len(cites) < 2 or not (_BOTH_RE.search(body) or _BOTH_SUBJECT_RE.match(body)) or _EACH_RE.search(body):
        return []
    named = named_papers(body, papers)
    if len(named) == 1:
        return sorted(w for w in papers[named[0]][1] if w in body)
    lone = []
    for name in dict.fromkeys(_LONE_NAME_RE.findall(body)):
        if name.lower() in COMMON_ACRONYMS or name.lower() in question.lower():
            continue
        holders = [n for n in cites if name.lower() in sources.get(n, "").lower()]
        if len(holders) == 1:
            lone.append(name)
    return lone


# a clause whose subject is every compared paper, by a plural noun: "Both benchmarks evaluate …" (not "on both
# benchmarks", which are one paper's data)
_BOTH_SUBJECT_RE = re.compile(r"^(?:(?:and|but|while|whereas)\s+)?(?:both|the two|these two)\s+(?:[a-z\-]+\s+)?"
                              r"(?:benchmarks|datasets|frameworks|models|systems|methods|approaches|pipelines|tools|"
                              r"architectures|techniques|algorithms)\b", re.IGNORECASE)
# a sentence going on about the paper the one before named: "It achieves this through …", "该方法…", "其…"
_PRONOUN_SUBJECT_RE = re.compile(r"^(?:It|Its|They|Their|This (?:method|framework|approach|model|scheme|system|"
                                 r"benchmark|paper|work|study)|该(?:方法|框架|模型|系统|论文|研究|基准)|它|其)(?![A-Za-z])")
# where a comparison's sentence turns from one paper to another: "…, but PM4Bench …", "…, while Any2Poster …", "…，而 B …"
_TURN_RE = re.compile(r"\s*([,，;；])\s*(?=(?:but|while|whereas|and|而|但是|但|然而|不过)\s*)", re.IGNORECASE)


def _name_words(papers: dict[int, tuple[str, set[str]]]) -> set[str]:
    """The words of the compared papers' name words, which say nothing of what a sentence claims (not the words of a
    Chinese description: what it describes may be the claim)."""
    return {t for _, own in papers.values() for w in own if not re.search(r"[\u4e00-\u9fff]", w) for t in tokenize(w)}


def named_papers(body: str, papers: dict[int, tuple[str, set[str]]]) -> list[int]:
    """The compared papers a sentence names by a name word only that paper has, or by the Chinese words the question
    describes or points at it with ("那篇基准论文": `compare.described_phrases`), which it holds as they are."""
    words = set(re.findall(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9\-]*(?![A-Za-z0-9])", body))
    return [n for n, (_, own) in papers.items()
            if own & words or any(w in body for w in own if re.search(r"[\u4e00-\u9fff]", w))]


def named_clauses(clause: str, joiner: str, papers: dict[int, tuple[str, set[str]]]) -> list[tuple[str, str]]:
    """A comparison's sentence as the claims it makes of different papers, each with its separator: "Both
    benchmarks evaluate memory consistency …, but PM4Bench identifies OCR capability … [1]" is a claim of both
    papers (false of PM4Bench) and one of PM4Bench (true: the asked fact), judged each on its own (h12-c-memobench-
    pm4bench, session 20: the whole sentence was dropped); "MINARD grounds … figure regions, while Any2Poster Bench
    pairs …" (h15-c-minard-any2poster) likewise. A turn counts when the clause after it names a compared paper and
    the one before says something of other papers (or of all)."""
    def named(text: str) -> set[int]:
        if _BOTH_RE.search(text) or _BOTH_SUBJECT_RE.match(text.strip()):
            return set(papers)
        return set(named_papers(text, papers))

    pieces, start = [], 0
    for match in _TURN_RE.finditer(clause):
        head, rest = clause[start:match.start()], clause[match.end():]
        after = re.split(r"[,，;；]", rest, maxsplit=1)[0]
        if CITATION_RE.search(head) and not CITATION_RE.sub("", head).strip():
            continue
        if not (first := named(head)) or not (second := named(_CONNECTIVE_RE.sub("", after))) or first == second:
            continue
        pieces.append((head.strip(), match.group(1)))
        start = match.end()
    return pieces + [(clause[start:].strip(), joiner)]


def _supported_by_named(body: str, named: list[int], papers: dict[int, tuple[str, set[str]]],
                        source_tokens: dict[int, set[str]], result: Verification) -> list[int]:
    """An uncited sentence of a comparison that names compared papers: cited to them when each one's evidence
    says it (`_cite_named`'s test: half of its words, few of another paper's only), else [] (the usual attachment
    then decides)."""
    own_words = _name_words(papers)
    content = set(tokenize(body)) - own_words
    for n in named:
        if n not in source_tokens or _cross_overlap(content, source_tokens[n]) < NAMED_SUPPORT:
            return []
        foreign = {t for t in content if t not in source_tokens[n]
                   and any(t in source_tokens[m] for m in source_tokens if m != n)}
        if len(foreign) >= NAMED_FOREIGN:
            return []
    result.flagged.append({"sentence": body, "reason": f"uncited; names [{', '.join(map(str, named))}], whose "
                           "evidence says it: cited"})
    return sorted(named)


ECHO_REASON = "the question's own words, without the asked thing"
_CHOICE_RE = re.compile(r"哪个|哪一个|哪篇|哪一篇|还是|\bwhich (?:one|paper|of|is|was)\b|\bor\b", re.IGNORECASE)
_ASKING_RE = re.compile(r"\b(?:what|which|how|where|who|when)\b|什么|哪|如何|怎样|怎么|多少|几", re.IGNORECASE)


def _echoes_question(body: str, question: str, papers: dict[int, tuple[str, set[str]]]) -> bool:
    """A comparison's sentence that is the question's own words (names aside) answering a what/which/how with
    nothing ("CoCMT exchanges between agents instead of intermediate feature maps such as BEV representations":
    what it exchanges is left out, h16-c-sbc-cocmt)."""
    if not question or not _ASKING_RE.search(question) or _CHOICE_RE.search(question):
        return False  # "GCRank 和 HarmonRank 哪个用了更多数据？" is answered in its own words: "GCRank 用了更多数据"
    own_words = _name_words(papers)
    content = set(tokenize(body)) - own_words
    return len(content) >= 3 and content <= set(tokenize(question))


def _restates_lead(body: str, question: str, papers: dict[int, tuple[str, set[str]]]) -> bool:
    """A comparison's sentence that is the question's lead said again, the sentences before it asks anything
    ("BoundaryRouter 和那篇…的论文，都是让模型来做决定": h16-c-boundaryrouter-hri; the lead asks nothing, so a choice asked
    after it, "…还是交给 Agent？", does not make it an answer)."""
    lead = []
    for sentence in re.split(r"(?<=[。！？!?])|(?<=\.)\s+", question):
        if _ASKING_RE.search(sentence):
            break
        lead.append(sentence)
    content = set(tokenize(body)) - _name_words(papers)
    return len(content) >= 3 and content <= set(tokenize(" ".join(lead)))


def _recite(body: str, cites: list[int], names: dict[int, set[str]], sources: dict[int, str],
            result: Verification, source_numbers: dict[int, list] | None = None,
            question_numbers: list | None = None) -> list[int]:
    """A sentence that names paper m's method but cites only other papers that never mention it is about m:
    cite m instead (misattribution in comparisons: B's motivation under A's name). A sentence whose numbers
    are all in its cited sources and not all in m's stays where it is: the numbers say whose claim it is."""
    mentioned = {w.lower() for w in _NAME_RE.findall(body)}
    owners = [m for m, ns in names.items() if ns & mentioned]
    if len(owners) != 1:
        return cites
    if owners[0] in cites:  # "GCRank is deployed … [1][2]": keep only sources that talk about GCRank
        kept = [n for n in cites if n == owners[0]
                or names[owners[0]] & {t.lower() for t in _NAME_RE.findall(sources[n])}]
        if len(kept) < len(cites):
            result.recited += 1
            result.flagged.append({"sentence": body, "reason": f"names the method of [{owners[0]}] only: "
                                   f"citation(s) {sorted(set(cites) - set(kept))} removed"})
        return kept
    owner = owners[0]
    if any(names[owner] & {t.lower() for t in _NAME_RE.findall(sources[n])} for n in cites):
        return cites  # the cited paper itself talks about the named method
    if source_numbers is not None:
        given = question_numbers or []
        claimed = [x for x in parse_numbers(body) if not number_supported(x, given)]
        held = [num for n in cites for num in source_numbers[n]]
        if claimed and all(number_supported(x, held) for x in claimed) and not all(
                number_supported(x, source_numbers[owner]) for x in claimed):
            return cites
    result.recited += 1
    result.flagged.append({"sentence": body, "reason": f"cited [{', '.join(map(str, cites))}] but names the "
                           f"method of [{owner}]: citation moved"})
    return [owner]


# "A…[1]，而B…[2]。": a citation inside a sentence that closes a clause, the next clause citing another source; the
# connective that opens the next clause ("而", "while")
_CLAUSE_END_RE = re.compile(r"((?:\s*[\[【]\d{1,2}(?:\s*[,，、]\s*\d{1,2})*[\]】])+)\s*([，,；;])\s*")
_CONNECTIVE_RE = re.compile(r"^(?:而且|而|但是|但|然而|不过|and\s+|but\s+|while\s+|whereas\s+)", re.IGNORECASE)


def _cite_set(text: str) -> set[str]:
    return {part.strip() for group in CITATION_RE.findall(text) for part in re.split(r"[,，、]", group)}


def cited_clauses(sentence: str) -> list[tuple[str, str]]:
    """A sentence as its claims, each with the separator that followed it ("" for the last): "TAG-HGT …[1]，而
    TextBridgeGNN …[2]。" is two claims, each checked against its own citation (as one sentence, it was attributed
    to the paper it names first, [1], whole: misattribution of the second half). A sentence whose clauses cite the
    same sources stays one claim."""
    clauses, start = [], 0
    for match in _CLAUSE_END_RE.finditer(sentence):
        head, rest = sentence[start:match.end(1)], sentence[match.end():]
        if not rest.strip() or not _cite_set(rest) or _cite_set(rest) == _cite_set(match.group(1)):
            continue
        clauses.append((head.strip(), match.group(2)))
        start = match.end()
    return clauses + [(sentence[start:].strip(), "")]


# a citation standing for its paper as a clause's subject: "[1] focuses on X, while [2] addresses Y", "[1] 和 [2] 都是…"
_SUBJECT_CITE_RE = re.compile(r"[\[【](\d{1,2})[\]】](?:\s*(?:和|与|及|以及|and)\s*[\[【](\d{1,2})[\]】])?")
_BEFORE_SUBJECT_RE = re.compile(r"(?:^|[.!?。！？\n]|[,，;；]|\b(?:while|whereas|but|and)|而|但)\s*$", re.IGNORECASE)
_CLAUSE_STOP_RE = re.compile(r"[,;，；]\s*(?:while|whereas|but|and|而|但)|[;；]|[.!?。！？](?=\s|$)|\n|$", re.IGNORECASE)


def subject_citations(text: str, labels: dict[int, str]) -> str:
    """A citation the model used as a paper's name ("[1] focuses on document tampering, while [2] addresses …",
    "[1] 和 [2] 都是…") becomes that paper's name (`labels`: source number -> the name the question gave it, or
    its title's head), cited at the end of its clause; read as a trailing citation, the clause had lost its subject
    and the first paper's citation went to the sentence before ("… and results [1]. focuses on …, while addresses
    … [2]"). An English subject is followed by a lowercase word; a Chinese one must pair two citations or follow
    而/但 (after 。 a citation usually closes the sentence before)."""
    out, end = [], 0
    for match in _SUBJECT_CITE_RE.finditer(text):
        numbers = [int(g) for g in match.groups() if g]
        after = text[match.end():]
        before = text[:match.start()]
        if match.start() < end or any(n not in labels for n in numbers) or not _BEFORE_SUBJECT_RE.search(before):
            continue
        latin = re.match(r"\s*[a-z]", after) is not None and not re.match(
            r"\s*(?:and|or|but|while|whereas|which|that|where|when|so|as|with|in|on|at|of|to|for|from|by|the|an?|"
            r"respectively|see|e\.g|i\.e)\b", after)
        chinese = re.match(r"\s*[\u4e00-\u9fff]", after) is not None and (
            len(numbers) == 2 or re.search(r"(?:而|但)\s*$", before) is not None)
        if not (latin or chinese):
            continue
        joint = " 和 " if chinese else " and "
        name = joint.join(labels[n] for n in numbers)
        if not before.strip() or re.search(r"[.!?。！？\n]\s*$", before):
            name = name[:1].upper() + name[1:]
        stop = _CLAUSE_STOP_RE.search(text, match.end())
        marks = "".join(f"[{n}]" for n in numbers)
        clause = text[match.end():stop.start()].strip()
        if latin and len(clause.split()) < 3:
            continue  # a reference entry ("[1] org/documents/…"), not a clause
        out.append(text[end:match.start()] + name + (" " if latin else "") + clause + (" " if latin else "") + marks)
        end = stop.start()
    return "".join(out) + text[end:]


# a citation standing for its paper as what "是"/"is" says the paper is: "…的那篇论文是 [1]，一共…", "The paper is [1]."
_OBJECT_CITE_RE = re.compile(r"(?P<verb>(?:论文|文章|工作|研究)(?:是|为)|\b(?:paper|study|work) (?:is|was)|\b(?:called|titled|"
                             r"named))\s*[\[【](?P<n>\d{1,2})[\]】](?=\s*(?:[,，.。;；:：]|$))", re.IGNORECASE)


def object_citations(text: str, titles: dict[int, str]) -> str:
    """A citation the model used as the paper's name after "是"/"is" gets the paper's title (its head, before a
    colon) before it: moved to the end of its sentence as a citation, it had left "…的那篇论文是，一共在7个模型…"
    (h17-x-softprompt-scale)."""
    def named(match: re.Match) -> str:
        n = int(match.group("n"))
        if n not in titles or not titles[n].strip():
            return match.group(0)
        head = titles[n].split(":", 1)[0].strip()
        chinese = re.search(r"[\u4e00-\u9fff]", match.group("verb")) is not None
        return f"{match.group('verb')}{'《' + head + '》' if chinese else ' ' + head} [{n}]"
    return _OBJECT_CITE_RE.sub(named, text)


def _rejoin_clauses(kept: list[str], kept_at: list[int], joiners: list[str]) -> list[str]:
    """Kept clauses joined again by their separators; a clause whose continuation was dropped ends the sentence,
    and one whose first half was dropped loses its connective ("而", "while")."""
    out = []
    for j, (text, index) in enumerate(zip(kept, kept_at)):
        continued = j + 1 < len(kept_at) and kept_at[j + 1] == index + 1
        if joiners[index]:
            text += joiners[index] if continued else ("。" if re.search(r"[\u3400-\u9fff]", text) else ".")
        elif j + 1 < len(kept) and not re.search(r"[.!?。！？:：]$", text):
            # a line without a stop ("… state isolation [1]") before the next sentence
            text += "。" if re.search(r"[\u3400-\u9fff]", text) else "."
        if index and joiners[index - 1] and not (j and kept_at[j - 1] == index - 1):
            text = _CONNECTIVE_RE.sub("", text)
            text = text[:1].upper() + text[1:]
        out.append(text)
    return out


_ENTRY_LEAD_RE = re.compile(r"^\s*((?:[\[【]\d+[\]】]\s*)+)(.*?)\s*$")


def _entries_as_claims(paragraph: str, sources: dict[int, str], last: bool = False) -> tuple[str, str]:
    """A comparison's trailing paragraph of "[n] …" lines as the claims they are, each line cited to its leading
    number ("[2] 人机交互那篇论文比较了四种不同的系统设计模式，使用了LLMs和VLMs…。" -> "…测试集上进行了测试[2]。"), when every line
    leads with one source's number, each a different one, and says something beyond that source's title (three words
    not in it); a list of titles, URLs, names or bare numbers stays the model's list of sources. Returns the paragraph
    and, for the answer's `last` paragraph, its last line when the token limit cut it (no stop at its end: "ADR
    introduces the first large-scale, production-pro"), which is left out."""
    lines = [line for line in paragraph.strip().splitlines() if line.strip()]
    out, seen, cut = [], set(), ""
    for index, line in enumerate(lines):
        lead, body = _ENTRY_LEAD_RE.match(line).groups()
        numbers = [int(x) for x in re.findall(r"\d+", lead)]
        title = set(tokenize(sources.get(numbers[0], "").split("\n", 1)[0]))
        if (len(numbers) != 1 or numbers[0] not in sources or numbers[0] in seen or CITATION_RE.search(body)
                or len(set(tokenize(body)) - title) < 3 or re.search(r"https?://|www\.|\.(?:org|com|pdf)\b", body)):
            return paragraph, ""
        seen.add(numbers[0])
        if last and index == len(lines) - 1 and not re.search(r"[。.!！?？；;)）]$", body):
            # "…89.7% AP50。LER-YOLO 通过显式建模跨模态": the whole sentences stay, the cut one goes
            body, cut = re.match(r"(.*(?:[。！？；]|[.!?;](?=\s))|)\s*(.*)$", body).groups()
        if body:
            stop = re.search(r"[。.!！?？；;]$", body)
            out.append(body[:-1] + f"[{numbers[0]}]" + body[-1] if stop else body + f"[{numbers[0]}]")
    return "\n".join(out), cut.strip()


def _join(sentences: list[str]) -> str:
    out = ""
    for s in sentences:
        if out and not re.search(r"[\u3000-\u303f\uff00-\uffef]$", out):
            out += " "
        out += s
    return out
