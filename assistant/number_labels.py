"""What a number in a sentence stands for, read from the words right beside it.

A source sentence often lists several values: "claude-sonnet-4-5 at 24.87 (BLEU: 22.46, chrF: 27.28)",
"CTR prediction improves by 0.56% AUC", "60 English math word problems into …". The number's own label is the
metric or counted noun next to it, not any word of the sentence. The verifier uses the labels to drop a claim
that gives a value under another label (27.28 as the average score, 0.56% as a CTR gain, 60 as the count of
languages), and the extractive rescue to quote only a sentence whose number carries the asked label.
"""

from __future__ import annotations

import re

from assistant.citations import (
    CITATION_RE,
    NUMBER_RE,
    count_word_sites,
    exact_terms,
    holding_sentences,
    number_supported,
    parse_numbers,
    split_sentences,
)
from assistant.lang import CJK_RE, tokenize

# where a number's neighbourhood ends: clause punctuation, brackets, another number
_STOP = re.compile(r"[,，;；(（)）。、\[\]【】!?！？]|\d")
# joining words between a label and its number: "average score of 26.88", "chrF: 27.28", "平均分为26.88"
_JOIN_BEFORE = re.compile(r"(?:\s|[:：=]|\b(?:of|at|is|was|were|are|by|to|reaches|reached|achieves|achieved|with|"
                          r"about|around|approximately|only|just|a|an)\b|为|是|达到|达|约|仅)+$", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"^(?:\s|%|倍|×|x(?![A-Za-z]))+")
# Chinese measure words between a count and its noun: "7种语言", "980张贴纸"
_CLASSIFIER = re.compile(r"^(?:个|种|道|张|篇|项|条|名|位|家|所|款|类|次|门|部|组|对|份|层|轮|段|句|例|台|幅|帧|首|本|件|批|届)")
_LATIN_WORD = re.compile(r"[A-Za-z][\w@\-]*")
# acronyms that name the field, not an asked entity: a quote need not contain them
COMMON_ACRONYMS = {"llm", "llms", "ai", "nlp", "ml", "vlm", "vlms", "mllm", "mllms", "lvlm", "lvlms", "gpu", "gpus",
                   "cpu", "api", "rl", "cv"}


def _matches(match: re.Match) -> tuple[str, float, float]:
    parsed = parse_numbers(match.group(0))
    return parsed[0] if parsed else (match.group(1), 0.0, 0.0)


def number_sites(number: tuple[str, float, float], sentence: str) -> list[tuple[str, int, int]]:
    """(clean sentence, start, end) of each place the sentence states `number` (same value, any spelling)."""
    clean = CITATION_RE.sub(" ", sentence)
    sites = [(clean, m.start(), m.end()) for m in NUMBER_RE.finditer(clean) if number_supported(number, [_matches(m)])]
    if not number[0][:1].isdigit():  # a count written as a word ("across six languages": `counts` read no site)
        sites += [(clean, start, end) for start, end, value in count_word_sites(clean) if value == number[1]]
    return sites


def _head(text: str, words: int = 2, chars: int = 8) -> str:
    """The first few words of a stretch of text (Latin words, or CJK characters)."""
    text = text.strip()
    if CJK_RE.match(text[:1] or " "):
        return text[:chars]
    return " ".join(_LATIN_WORD.findall(text)[:words])


def _tail(text: str, words: int = 2, chars: int = 8) -> str:
    text = text.strip()
    if CJK_RE.match(text[-1:] or " "):
        return text[-chars:]
    return " ".join(_LATIN_WORD.findall(text)[-words:])


def beside(clean: str, start: int, end: int) -> tuple[str, str]:
    """The words right before and right after a number, within its clause ("chrF:" 27.28; 0.56% "AUC over")."""
    before = clean[max(0, start - 40):start]
    cut = max((m.end() for m in _STOP.finditer(before)), default=0)
    before = _JOIN_BEFORE.sub("", before[cut:])
    after = _UNIT_AFTER.sub("", clean[end:end + 40])
    stop = _STOP.search(after)
    after = after[:stop.start()] if stop else after
    return _tail(before), _head(after)


def labelled_by(sentence: str, terms: list[str]) -> bool:
    """Some number of the sentence has one of the exact terms right beside it ("d_model=1024", "BLEU-4 of 31.2";
    a term of the field such as LLM does not count)."""
    wanted = [t.lower() for t in terms if t.lower() not in COMMON_ACRONYMS]
    if not wanted:
        return False
    clean = CITATION_RE.sub(" ", sentence)
    for match in NUMBER_RE.finditer(clean):
        before, after = beside(clean, match.start(), match.end())
        if any(t in f"{before} {after}".lower() for t in wanted):
            return True
    return False


def labels(number: tuple[str, float, float], sentence: str, metrics: list) -> list[set[tuple[str, ...]]]:
    """For each place the sentence states the number: the metric entries (zh⇄en) named right beside it."""
    from assistant.chains.translate.glossary import used_spellings

    out = []
    for clean, start, end in number_sites(number, sentence):
        before, after = beside(clean, start, end)
        out.append(set(used_spellings(before, metrics)) | set(used_spellings(after, metrics)))
    return out


def labelled_otherwise(number: tuple[str, float, float], claim: str, texts: list[str], metrics: list) -> bool:
    """The claim names a metric (average score, CTR) but everywhere the sources state the number, another
    metric stands right beside it (chrF: 27.28; 0.56% AUC): the value is that metric's, not the claimed one's.
    A number with no label beside it is left alone."""
    from assistant.chains.translate.glossary import used_spellings

    claimed = set(used_spellings(claim, metrics))
    if not claimed:
        return False
    sites = [site for s in holding_sentences(number, texts) for site in labels(number, s, metrics)]
    return bool(sites) and all(site and not site & claimed for site in sites)


# a model named with its size: Llama-2-7b, Qwen2.5-1.5B, GPT-2 355M (stem, size)
_SIZED_NAME_RE = re.compile(r"(?<![A-Za-z0-9_.\-])([A-Za-z][A-Za-z0-9_.\-]*?[\-_ ]?)(\d+(?:\.\d+)?[BbMm])(?![A-Za-z0-9_])")


def _sibling_everywhere(places: list[tuple[set, list[str]]]) -> str | None:
    """For each place stating a number, (the asked settings it names, the siblings of them it names): the first
    sibling when every place names a sibling and none names an asked one; else None (also for no place)."""
    if not places or any(asked or not siblings for asked, siblings in places):
        return None
    return places[0][1][0]


def sized_sibling_value(number: tuple[str, float, float], claim: str, texts: list[str], question: str) -> str | None:
    """The claim gives a number to a model the question names with its size (Llama-2-7b), and every cited sentence
    stating that number names another size of the same model instead (Llama-2-13b): returns that sibling's name.
    h7-m-sarcasm-llama7b, a near-miss: "The fine-tuned Llama-2-7b reaches an accuracy of 0.83" (0.83 is Llama-2-13b's;
    the paper gives no 7b score)."""
    low_claim = claim.lower()
    holding = holding_sentences(number, texts)
    for stem, size in _SIZED_NAME_RE.findall(question):
        name = (stem + size).lower()
        if name not in low_claim:
            continue
        places = [({name} if name in sentence.lower() else set(),
                   [st + sz for st, sz in _SIZED_NAME_RE.findall(sentence)
                    if st.lower() == stem.lower() and sz.lower() != size.lower()])
                  for sentence in holding]
        if places:
            return _sibling_everywhere(places)
    return None


# a setting written as a hyphenated compound whose head its siblings share: line-level / word-level / token-level,
# zero-shot / few-shot, coarse-grained / fine-grained
_COMPOUND_RE = re.compile(r"(?<![A-Za-z0-9])([a-z]+)-(level|wise|shot|grained|scale|based|only|tuned|aware)(?![\w\-])",
                          re.IGNORECASE)
_CLAUSE_SPLIT_RE = re.compile(r"[;；。]|,\s|，")


def sibling_compound_value(number: tuple[str, float, float], claim: str, texts: list[str], question: str) -> str | None:
    """The claim gives a number to a setting the question names as a compound (line-level shuffling), and every
    English cited clause stating the number names a sibling of it instead (word-level): returns the sibling.
    h23-n-cot-pretrained: "keeps 62%-89% accuracy under line-level shuffling" from "No--line-level shuffling reduces
    accuracy by less than 0.5 pp; word-level shuffling retains 62%-89% accuracy"."""
    asked = {(m.group(1).lower(), m.group(2).lower()) for m in _COMPOUND_RE.finditer(question)}
    asked = {a for a in asked if f"{a[0]}-{a[1]}" in claim.lower()}
    if not asked:
        return None
    places = []
    for sentence in holding_sentences(number, texts):
        if CJK_RE.search(sentence):
            continue  # a Chinese sentence does not write the compound; it decides nothing
        for clean, start, end in number_sites(number, sentence):
            cuts = [m.end() for m in _CLAUSE_SPLIT_RE.finditer(clean, 0, start)]
            stop = _CLAUSE_SPLIT_RE.search(clean, end)
            clause = clean[cuts[-1] if cuts else 0:stop.start() if stop else len(clean)]
            found = {(m.group(1).lower(), m.group(2).lower()) for m in _COMPOUND_RE.finditer(clause)}
            places.append((found & asked, [f"{mod}-{head}" for mod, head in found for _m, h in asked if head == h]))
    return _sibling_everywhere(places)


# how a metric's name is varied without naming anything else: macro-F1, micro F1, weighted-F1, Recall@20, nDCG@10
_METRIC_VARIANT_RE = re.compile(r"^(?:macro|micro|weighted|balanced|mean|avg|average)[\s\-]?|@\d+$", re.IGNORECASE)


# a number that is an interval's bound or a spread ("95% 置信区间是 [0.863, 0.872]", "± 0.004"), or an interval's level
_LEVEL_RE = re.compile(r"\s*%\s*(?:CI\b|置信区间|confidence interval)", re.IGNORECASE)
_SPREAD_RE = re.compile(r"置信区间|标准差|方差|\bCI\b|confidence interval|standard deviation|\bstd\b|±", re.IGNORECASE)


def entity_value_elsewhere(number: tuple[str, float, float], claim: str, texts: list[str], question: str,
                           names: set[str], metrics: list, terms: list | None = None) -> str | None:
    """The claim gives the value of a metric for something the question names exactly (DeepSeek-R1), and a
    source sentence naming that thing states its value of that metric beside another number ("DeepSeek-R1,
    0.852 AUROC" when the claim says 0.95): returns the entity, else None."""
    from assistant.chains.translate.glossary import used_spellings

    claimed = set(used_spellings(claim, metrics))
    if not claimed or any(_SPREAD_RE.search(clean[max(0, start - 25):start]) or _LEVEL_RE.match(clean[end:])
                          for clean, start, end in number_sites(number, claim)):
        # (a claim about the metric's interval or spread gives its bounds, not its value: "平均 DSC 的 95% 置信区间是
        # [0.863, 0.872]" is right where SwinUNETR's DSC is 0.868, h16-x-lvcp-dsc-ci)
        return None
    metric_words = {t.lower() for entry in metrics for t in entry.zh + entry.en}
    low_claim = claim.lower()
    for spellings, place in named_entities(question, terms or []):
        entity = spellings[0]
        keys = {s.lower() for s in spellings}
        if keys & (names | metric_words | COMMON_ACRONYMS) or not any(k in low_claim for k in keys):
            continue
        if _METRIC_VARIANT_RE.sub("", entity).lower() in metric_words:
            # a metric's own spelling (macro-F1, Recall@20) is no entity with a value: "79.2% macro-F1 and 63.1% pair
            # accuracy" writes the value before the name, and the number after it is the next metric's (h22-t-scilens)
            # (a setting holding a metric's word, "high-precision models", still is one)
            continue
        pattern = re.compile("|".join(rf"(?<![\w\-]){re.escape(s)}(?![\w\-])" if s.isascii() else re.escape(s)
                                      for s in spellings), re.IGNORECASE)
        # the claim gives this name another of its numbers ("<= 0.018% for high-precision models and <= 0.288% for
        # low-precision models"): the number checked is another name's
        plain = CITATION_RE.sub(" ", claim)
        own = [_value_of(plain, m.start(), m.end(), place) for m in pattern.finditer(plain)]
        if any(own) and not any(v is not None and number_supported(number, [v]) for v in own):
            continue
        stated_here, stated_other = False, False
        for text in texts:
            for sentence in split_sentences(text):
                clean = CITATION_RE.sub(" ", sentence)
                for match in pattern.finditer(clean):
                    value = _value_of(clean, match.start(), match.end(), place)
                    if value is None:
                        continue
                    if number_supported(number, [value]):
                        stated_here = True
                    else:
                        sites = labels(value, clean, metrics)
                        # "flip rates up to 66.7% in Cameroon and 34.2% in Nigeria": a list's later values share
                        # the metric its sentence names once
                        if any(site & claimed for site in sites) or (place and not any(sites) and any(
                                spelling.lower() in clean.lower() for entry in claimed for spelling in entry)):
                            stated_other = True
        if stated_other and not stated_here:
            return entity
    return None


_IN_PLACE_RE = re.compile(NUMBER_RE.pattern + r"\s*(?:%|percent|points?|pp)?\s+(?:in|on|for|at)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_PROPER_RE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")


def named_entities(question: str, terms: list) -> list[tuple[tuple[str, ...], bool]]:
    """What the question names exactly, with its spellings: Latin terms (DeepSeek-R1) and, marked True, proper
    names of the zh⇄en lists (尼日利亚 = Nigeria), places whose values a source lists ("66.7% in Cameroon")."""
    found = [((t,), False) for t in exact_terms(question)]
    low = question.lower()
    for entry in terms:
        if entry.en and _PROPER_RE.fullmatch(entry.en[0]) and any(s and s.lower() in low for s in entry.zh + entry.en):
            found.append((tuple(s for s in entry.zh + entry.en if s), True))
    return found


def _value_of(clean: str, start: int, end: int, place: bool = False) -> tuple[str, float, float] | None:
    """The number that belongs to a name: the one whose "in"/"for" points at it ("66.7% in Cameroon and 34.2% in
    Nigeria", "<= 0.018% for high-precision models and <= 0.288% for low-precision models"), else the first one
    after it in its clause ("DeepSeek-R1, 0.852 AUROC", "claude-sonnet-4-5 at 24.87"), else one right before it."""
    pointed = _IN_PLACE_RE.search(clean[max(0, start - 30):start])
    if pointed:  # the first number after "high-precision" is low-precision's
        return _matches(NUMBER_RE.search(pointed.group(0)))
    after = clean[end:end + 40]
    stop = re.search(r"[;；。]", after)
    match = NUMBER_RE.search(after[:stop.start()] if stop else after)
    if match:
        return _matches(match)
    before = list(NUMBER_RE.finditer(clean[max(0, start - 20):start]))
    return _matches(before[-1]) if before else None


def _first_noun(text: str) -> str:
    """The counted noun right after a count: "60 languages" -> languages; "980张贴纸" -> 贴纸."""
    text = _UNIT_AFTER.sub("", text)
    stop = _STOP.search(text)
    text = text[:stop.start()] if stop else text
    text = text.strip()
    if CJK_RE.match(text[:1] or " "):
        text = _CLASSIFIER.sub("", text)
        words = [w for w in tokenize(text[:8]) if CJK_RE.match(w)]
        return words[0] if words else ""
    words = _LATIN_WORD.findall(text)
    return words[0] if words and len(words[0]) > 2 else ""


# a one-character locative after the counted noun ends its phrase: "多少次检查上训练" counts 检查 (exams), not 检查训练
_POSTPOSITIONS = frozenset("上中里内下时后前间")


def _before_postposition(text: str) -> str:
    """The text up to its first locative word after a noun (jieba's words, so 上下文 stays whole)."""
    from assistant.lang import jieba_segmenter

    at = 0
    for word in jieba_segmenter().lcut(text):
        if word in _POSTPOSITIONS and at:
            return text[:at]
        at += len(word)
    return text


def _noun_phrase(text: str) -> str:
    """The counted noun phrase after a Chinese count word, up to three words ("条人工标注来验证" -> 人工标注,
    "段真实人类对话" -> 真实人类对话): the head noun is its last word, the ones before it narrow it."""
    text = _CLASSIFIER.sub("", _UNIT_AFTER.sub("", text).strip())
    stop = _STOP.search(text)
    words = []
    tokens = tokenize(_before_postposition(text[:stop.start()] if stop else text))
    for i, word in enumerate(tokens):
        if len(word) >= 2 and CJK_RE.match(word):
            # a word the next one contains is read twice by the tokenizer ("准确" · "准确率"; "百分" · "分点" · "百分点"):
            # "多少绝对准确率提升" counted "绝对准确准确率", which no answer states
            if not any(word in later for later in tokens[i + 1:i + 3]):
                words.append(word)
        elif words:
            break
    return "".join(words[:3])


def noun_spellings(noun: str, terms: list) -> tuple[set[str], bool, bool]:
    """Tokens of a noun and of its term-list translations; and whether it can be matched in zh, in en."""
    from assistant.chains.translate.glossary import used_spellings
    from assistant.zh_en_dictionary import glossed

    spellings = {noun} | {t for entry in used_spellings(noun, terms) for t in entry}
    tokens = {t for s in spellings for t in tokenize(s)}
    english = glossed(tokens)  # "人工标注" -> artifici, manual, annot, mark, …: counted in an English sentence too
    return (tokens | english, any(CJK_RE.search(s) for s in spellings),
            bool(english) or any(not CJK_RE.search(s) for s in spellings))


_GLOSS_AFTER = re.compile(r"^[（(]\d[\d.,]*\s?(?:万|亿|million|billion)[）)]")


def counts(number: tuple[str, float, float], sentence: str, noun: str, terms: list) -> bool | None:
    """Whether the sentence states `number` as a count of `noun` (the noun, or its translation, follows it in
    its clause); None when it cannot tell (the noun has no spelling in the sentence's language)."""
    tokens, in_zh, in_en = noun_spellings(noun, terms)
    if tokens & {"参数", "paramet", "param"}:
        from assistant.citations import model_size

        if model_size(number, sentence):  # "ILLUME+ (3B)": a model's size counts its parameters
            return True
    zh_sentence = bool(CJK_RE.search(sentence)) and len(CJK_RE.findall(sentence)) * 3 > len(sentence)
    if (zh_sentence and not in_zh) or (not zh_sentence and not in_en):
        return None
    for clean, _start, end in number_sites(number, sentence):
        # (the prompt's gloss of a large number is no noun: "over 32.2M（3220万） masks … across 1M（100万） images")
        after = _UNIT_AFTER.sub("", _GLOSS_AFTER.sub("", clean[end:end + 40]))
        stop = _STOP.search(after)
        after = after[:stop.start()] if stop else after
        seen = set(tokenize(after[:24]))
        if tokens & seen or any(_clipped(word, tokens) for word in seen):
            return True
    return False


def _clipped(word: str, spellings: set[str]) -> bool:
    """An English word written as a clipping of a gloss's stem: "exams" (exam) for 检查's "examination" (examin)."""
    return len(word) >= 4 and word.isascii() and any(s.startswith(word) and 0 < len(s) - len(word) <= 2
                                                      for s in spellings if s.isascii())


_PHRASE_STOP = {"the", "of", "and", "in", "on", "for", "to", "an", "with", "by", "from", "than", "more", "less", "time",
                "times", "higher", "lower", "over", "per", "at", "as", "all", "its", "their", "our", "这些", "以上"}


def _count_phrase_tokens(clean: str, end: int) -> set[str]:
    """Content tokens of the phrase right after a number in its clause ("5,949条属性提取判断" -> 属性, 提取, 判断)."""
    after = _UNIT_AFTER.sub("", clean[end:end + 40])
    stop = _STOP.search(after)
    after = _CLASSIFIER.sub("", (after[:stop.start()] if stop else after).strip())
    return {t for t in tokenize(after[:12]) if len(t) > 1 and t not in _PHRASE_STOP and not t.isdigit()}


def counted_alike(number: tuple[str, float, float], claim: str, texts: list[str], terms: list) -> bool:
    """The claim and a source sentence holding the number count the same thing with it ("5,949条人类判断" and
    "5,949条属性提取判断" share 判断; "550 conversations" and "550段对话" through the term lists): the number's
    label agrees, whatever other metric word the claim's sentence also has (its "用户属性" is not a user count)."""
    claimed: set[str] = set()
    for clean, _s, end in number_sites(number, claim):
        claimed |= _count_phrase_tokens(clean, end)
    if not claimed:
        return False
    from assistant.chains.translate.glossary import used_spellings

    spelled = claimed | {t for word in claimed for entry in used_spellings(word, terms) for s in entry
                         for t in tokenize(s)}
    return any(spelled & _count_phrase_tokens(clean, end)
               for sentence in holding_sentences(number, texts) for clean, _s, end in number_sites(number, sentence))


def counted_otherwise(number: tuple[str, float, float], claim: str, texts: list[str], terms: list) -> bool:
    """The claim states a whole count of something ("into 60 languages") but every source sentence holding the
    number counts something else with it ("60 English math word problems"): the count is not of that thing."""
    raw, value, scaled = number
    # a count written with its scale ("32.2M", "6.5万") is checked too, but only where the source counts the claim's
    # thing with another number: "32.2M masks and captions across 1M images" gives the images 1M, not 32.2M
    # (h21-x-mres-images); "在仅6.5万样本上" beside "约6.5万个体" only words the same count another way
    scale_written = scaled != value
    if not scale_written and (not value.is_integer() or "." in raw):
        return False
    sites = [(clean, end) for clean, _s, end in number_sites(number, claim)]
    nouns = [n for n in (_first_noun(clean[end:end + 40]) for clean, end in sites) if n]
    if not nouns:
        return False
    # "15个评价指标": a Chinese count's noun phrase ends in its head (指标, metrics), which its first word (评价) is not
    phrases = [p for clean, end in sites if CJK_RE.match(clean[end:end + 2].strip()[:1] or " ")
               and (p := _noun_phrase(clean[end:end + 40])) and p != nouns[0]]
    # "1,246次试验（trials）": the English the claim gives its noun in brackets is a spelling of it too
    bracketed = [m.group(1) for clean, end in sites if (m := _GLOSSED_NOUN_RE.match(clean[end:end + 40]))]
    holding = holding_sentences(number, texts)
    spellings = nouns[:1] + phrases[:1] + bracketed
    verdicts = [counts(number, s, noun, terms) for noun in spellings for s in holding]
    if not verdicts or not all(v is False for v in verdicts):
        return False
    return not scale_written or any(counts(other, s, noun, terms) for s in holding for other in parse_numbers(s)
                                    if abs(other[2] - scaled) > 1e-6 * scaled for noun in spellings)


# a count's Chinese noun followed by its English in brackets: "次试验（trials）", "个任务 (tasks)"
_GLOSSED_NOUN_RE = re.compile(r"\s*[\u4e00-\u9fff]{1,8}\s*[（(]\s*([A-Za-z][A-Za-z\- ]{1,30}?)\s*[）)]")


_PHRASE_END = {"were", "was", "are", "is", "do", "does", "did", "have", "has", "had", "in", "on", "of", "for", "from",
               "with", "by", "to", "at", "and", "or", "can", "could", "would", "will", "the", "a", "an", "that", "which"}


_CHANGE_HEAD_RE = re.compile(r"(?:提升|提高|增益|降低|下降|减少|增长|增加|改进|加速)$")


def asked_noun(question: str) -> str:
    """What a "how many" question counts: "into how many languages" -> languages; "多少张贴纸" -> 贴纸."""
    match = re.search(r"how many\s+(?:of\s+the\s+|different\s+|distinct\s+)?((?:[A-Za-z][\w\-]*\s*){1,3})",
                      question, re.I)
    if match:  # the noun phrase, up to the verb or preposition: "how many evaluation queries were used"
        words = []
        for word in match.group(1).split():
            if word.lower() in _PHRASE_END:
                break
            words.append(word)
        return " ".join(words)
    if re.search(r"从多少(?:到|至)多少|多少(?:到|至)多少", question):
        return ""  # "参数规模从多少到多少": a range of values, no counted noun (the second 多少 is none)
    # "几轮检索", "几个数据集": 几 before a measure word asks a count like 多少 (not 几乎, 几何)
    match = re.search(r"多少(.{0,10})", question) or re.search(r"几(" + _CLASSIFIER.pattern[1:] + r".{0,10})", question)
    noun = _noun_phrase(match.group(1)) if match else ""
    if _CHANGE_HEAD_RE.search(noun):
        return ""  # "带来了多少绝对准确率提升": an amount of change is asked, no counted thing
    before = re.search(r"([\u4e00-\u9fff]{2,8})(?:一共|总共|共)?有多少", question)
    if not noun and before:  # "金属特殊贴纸有多少张" counts 贴纸
        words = [w for w in tokenize(before.group(1)) if len(w) >= 2]
        noun = words[-1] if words else ""
    return noun


# Who a stated level belongs to when it is not the paper's own result: "current VLMs … zero-shot recall at most
# 14%", "all remaining models range from 4.1% to 49.9%", "当前VLM零样本APT召回率最高仅14%", "其余模型在4.1%-49.9%之间".
OTHER_SUBJECT_RE = re.compile(r"(?<![A-Za-z\-])(?:current|existing|prior|previous|baselines?|competing|remaining|other|"
                              r"zero-shot|off-the-shelf|vanilla|untuned)(?![A-Za-z])|当前|现有|已有|先前|以往|此前|"
                              r"基线|零样本|其余|其他|其它|未微调", re.IGNORECASE)
_OWN_SUBJECT_RE = re.compile(r"(?<![A-Za-z])(?:our|ours|proposed)(?![A-Za-z])|本文|我们|所提|本方法|该方法", re.IGNORECASE)
# a gain over the others is the paper's own result ("相比基线YOLO模型，mAP@50提升约12%")
_GAIN_RE = re.compile(r"提升|提高|改进|改善|加速|高出|优于|超越|节省|降低|减少|(?<![A-Za-z])(?:improv|increas|reduc|"
                      r"decreas|boost|gain|outperform|speed-?up|faster|better|higher than|lower than)", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[,，;；。:：!?！？]")
_BRACKETED = re.compile(r"[（(][^（()）]{0,40}[)）]")
_RANGE_ONLY = re.compile(r"^\s*(?:%|×|x)?\s*(?:-|–|—|~|～|to|到|至)\s*$", re.IGNORECASE)


# the same other subject in either language: a question asking for "零样本 … 的 AP@50" asks for the zero-shot level
_OTHER_KINDS = (("zero-shot", "零样本"), ("baseline", "baselines", "基线"), ("current", "当前"),
                ("existing", "现有", "已有"), ("prior", "previous", "先前", "以往", "此前"),
                ("remaining", "other", "其余", "其他", "其它"), ("untuned", "未微调"), ("off-the-shelf",), ("vanilla",),
                ("competing",))


def _other_kinds(text: str) -> set[int]:
    return {next((i for i, kind in enumerate(_OTHER_KINDS) if m.group(0).lower() in kind), -1)
            for m in OTHER_SUBJECT_RE.finditer(text)} - {-1}


def asks_others_level(question: str, stretch: str) -> bool:
    """The question itself asks for the level the source gives to other models ("开放词汇 2D 基础模型做零样本野生动物
    定位的 AP@50 是多少" for "… zero-shot wildlife localisation (50.55 AP@50)"): it names the same kind of subject
    (zero-shot, baseline, existing …, either language) and asks for no gain over it."""
    return bool(_other_kinds(stretch) & _other_kinds(question)) and not _GAIN_RE.search(question) \
        and not re.search(r"比|相比|than|compared|over\b", question, re.IGNORECASE)


def _subject_sites(number: tuple[str, float, float], sentence: str) -> list[tuple[bool, bool]]:
    """For each place the sentence states the number: (the stretch before it in its clause names other models,
    the clause states a gain or says "our"/"proposed"). The second end of a range goes with the first."""
    return [(other, own) for _stretch, other, own in _subject_sites_full(number, sentence)]


def _subject_sites_full(number: tuple[str, float, float], sentence: str) -> list[tuple[str, bool, bool]]:
    out = []
    for clean, start, _end in number_sites(number, sentence):
        clause_start = max((m.end() for m in _CLAUSE_STOP.finditer(clean, 0, start)), default=0)
        stop = _CLAUSE_STOP.search(clean, start)
        clause = clean[clause_start:stop.start() if stop else len(clean)]
        previous = [m for m in NUMBER_RE.finditer(clean, clause_start, start) if m.end() <= start]
        stretch = clean[previous[-1].end() if previous else clause_start:start]
        if previous and _RANGE_ONLY.match(_BRACKETED.sub("", stretch)):  # "4.1% to 49.9%": the range's first end
            start = previous[-1].start()
            earlier = [m for m in NUMBER_RE.finditer(clean, clause_start, start) if m.end() <= start]
            stretch = clean[earlier[-1].end() if earlier else clause_start:start]
        out.append((stretch, bool(OTHER_SUBJECT_RE.search(stretch)),
                    bool(_OWN_SUBJECT_RE.search(clause) or _GAIN_RE.search(clause))))
    return out


def other_subject(number: tuple[str, float, float], sentence: str, question: str = "") -> bool:
    """Every place the sentence states the number, it is the level of something other than the paper's method:
    its clause names current/existing/baseline/zero-shot/remaining models (either language) before the number,
    states no gain, and does not say "our"/"proposed" -- unless the question asks for that very level."""
    sites = _subject_sites_full(number, sentence)
    return bool(sites) and all(other and not own and not (question and asks_others_level(question, stretch))
                               for stretch, other, own in sites)


def others_level_claimed(number: tuple[str, float, float], claim: str, texts: list[str], question: str = "") -> bool:
    """The claim gives as a result a number that every cited sentence holding it states as the level of other
    models ("APT-Tune 的召回率能达到14%" when the source's 14% is current VLMs' zero-shot recall); a claim that
    itself says whose level it is ("当前VLM的零样本召回率最高14%"), or answers a question asking for that level, is
    left alone."""
    holding = holding_sentences(number, texts)
    return (bool(holding) and all(other_subject(number, s, question) for s in holding)
            and not any(other for other, _own in _subject_sites(number, claim)))


_CLAUSE_END_RE = re.compile(r"[，,；;。]")


def setting_named_elsewhere(number: tuple[str, float, float], claim: str, texts: list[str], question: str,
                            names: set[str]) -> str | None:
    """The claim gives the number for a setting the question names exactly (a task, a benchmark: "PET") that the
    cited source does mention, but every cited sentence stating the number names other exact terms instead ("On
    MVC, IPT improves accuracy by 3.4%", "在MVC上准确率提升3.4%") and never the asked one: the value is that other
    setting's. Returns the other term, else None."""
    def bare(term: str) -> str:
        return term.lower().strip("()（）")

    def named(term: str, text: str) -> bool:
        return re.search(rf"(?<![\w\-]){re.escape(term)}(?![\w\-])", text) is not None

    skip = {bare(n) for n in names} | COMMON_ACRONYMS
    asked = [t for t in exact_terms(question) if bare(t) not in skip and named(t, claim)]
    holding = holding_sentences(number, texts)
    missing = [t for t in asked if not any(named(t, s) for s in holding) and any(named(t, x) for x in texts)]
    if not holding or not missing:
        return None
    question_terms = {bare(t) for t in exact_terms(question)}
    other = ""
    for sentence in holding:
        # the setting a value is stated for stands before it, in its clause or an earlier one ("On MVC, IPT improves
        # accuracy by 3.4%"); a name after it labels the next value ("EpiEvolve平均准确率0.629，优于…CDC集成的0.325")
        ends = [_CLAUSE_END_RE.search(clean, end) for clean, _start, end in number_sites(number, sentence)]
        stated = " ".join(clean[:m.start() if m else len(clean)]
                          for (clean, _s, _e), m in zip(number_sites(number, sentence), ends)) or sentence
        # Latin terms beside Chinese too ("在MVC上"); "closed-source" is a plain word, not a setting's name
        here = [t for t in exact_terms(CJK_RE.sub(" ", stated)) if bare(t) not in skip
                and bare(t) not in question_terms and not t.islower()]
        if not here:
            return None
        other = other or here[0]
    return other


_RESPECTIVELY_RE = re.compile(r"分别|respectively", re.IGNORECASE)
# what joins the items of a list ("A, B, and C", "A、B和C"); a space alone joins the words of one name ("STAS CSU")
_LIST_JOIN_RE = re.compile(r"^\s*(?:,|，|、|;|；|和|与|及|以及|and|,\s*and|, the|and the)\s*$", re.IGNORECASE)


def unit_class(number: tuple[str, float, float], text: str) -> str:
    """What kind of value the text states the number as: "%", "x" (a ratio: ×, x, 倍, times) or ""."""
    for clean, start, end in number_sites(number, text):
        after = clean[end:end + 6]
        if re.search(r"[×x]$", clean[start:end]):  # "4.14×": the sign is part of the number's match
            return "x"
        if re.match(r"\s?%", after):
            return "%"
        if re.match(r"\s?(?:×|x(?![A-Za-z])|倍|times\b|-fold\b)", after):
            return "x"
    return ""


def respective_values(sentence: str) -> list[tuple[str, tuple[str, float, float]]]:
    """(name, value) pairs of a "respectively" sentence: "on Parti-Prompts, MSCOCO2017, and T2ICompBench …
    4.14×, 3.95×, and 4.18×, respectively", "在A、B和C上分别实现4.14×、3.95×和4.18×". The listed names (exact
    terms joined by commas or 'and') after the last number pair with the numbers in order, when as many ("delivering
    9.5%, 6.5%, and 6.0% absolute accuracy gains for DeepSeek-Math-7B, Qwen2.5-Math-7B, and Gemma2-9B
    respectively"); else those before the first number."""
    if not _RESPECTIVELY_RE.search(sentence):
        return []
    clean = CITATION_RE.sub(" ", sentence)
    numbers = list(NUMBER_RE.finditer(clean))
    if len(numbers) < 2:
        return []
    # the names after the numbers first: "251 and 319 STAS samples in CPTAC and TCGA, respectively" pairs with CPTAC
    # and TCGA, not with the "STAS CSU" before the numbers
    for start, end in ((numbers[-1].end(), len(clean)), (0, numbers[0].start())):
        run = _name_run(clean, start, end)
        if len(run) == len(numbers):
            return [(m.group(0), _matches(v)) for m, v in zip(run, numbers)]
    return []


def _name_run(text: str, start: int, end: int) -> list[re.Match]:
    """The last run (two or more) of exact terms joined by list words in text[start:end]."""
    names = [m for m in re.finditer(r"(?<![A-Za-z0-9_@.\-])[A-Za-z][A-Za-z0-9_@.\-]*[A-Za-z0-9_%]", text[:end])
             if m.start() >= start and m.group(0) in exact_terms(m.group(0))]
    run: list[re.Match] = []
    for m in names:
        if run and _LIST_JOIN_RE.match(text[run[-1].end():m.start()]):
            run.append(m)
        else:
            run = [m]
    return run if len(run) >= 2 else []


def respective_value_elsewhere(number: tuple[str, float, float], claim: str, texts: list[str],
                               question: str = "") -> str | None:
    """The claim gives a value for a name that a cited "respectively" sentence pairs with another value of the
    same kind ("在Parti-Prompts和MSCOCO2017上分别实现约4倍加速" when the source pairs them with 4.14× and 3.95×),
    and states none of that name's values: returns "name: value", else None. A claim naming none of the listed
    names answers for the one the question names ("为 Qwen2.5-Math-7B-Instruct 带来了多少提升？" "9.5% [1]")."""
    kind = unit_class(number, claim)

    def names(text: str, listed: list[str]) -> list[str]:
        low = text.lower()
        return [n for n in listed if re.search(rf"(?<![a-z0-9_\-]){re.escape(n.lower())}(?![a-z0-9_\-])", low)]

    for text in texts:
        for sentence in split_sentences(text):
            pairs = respective_values(sentence)
            listed = [name for name, _ in pairs]
            asked = names(question, listed)
            about = names(claim, listed) or (asked if len(asked) == 1 else [])
            for name, value in pairs:
                if name not in about:
                    continue
                if unit_class(value, sentence) != kind or number_supported(number, [value]):
                    continue
                if not any(number_supported(value, [n]) for n in parse_numbers(claim)):
                    return f"{name}: {value[0]}"
    return None
