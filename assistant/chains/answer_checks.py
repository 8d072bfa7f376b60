"""What a question asks and whether a sentence states it: the value checks of the answer chain.

The citation verifier (assistant.citations.verify) checks each claim against the source it cites. These checks
sit around it: does the question ask a value, a list of names, a ratio or a percentage, a setting (1/4°, 3.1 bits);
does a sentence state a value of the asked metric, or only other models' levels or another setting's results; did
the answer give the asked term's or counted thing's number, or a weaker sentence's. The chain (answer.py) uses them
to refuse an answer that does not answer, and the rescue (rescue.py) and the completion (completion.py) use them to
choose the evidence sentence they quote. Kept apart from the chain so that each rule can be read and tested alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.chains.evidence import (
    QUESTION_WORDS,
    WHAT_VALUE,
    Scored,
    asked_clause,
    asked_unit_pattern,
    asks_quantity,
)
from assistant.chains.translate.checks import number_evidence
from assistant.citations import CITATION_RE, asked_names, exact_terms, number_supported, parse_numbers
from assistant.lang import EN_CARDINALS, has_chinese, tokenize, zh_numeral
from assistant.number_labels import (
    COMMON_ACRONYMS,
    asked_noun,
    counts,
    labelled_by,
    labelled_otherwise,
    labels,
    number_sites,
    other_subject,
    unit_class,
)
from assistant.sources.clean import latex_accents

if TYPE_CHECKING:
    from assistant.chains.answer import Answer, _Plan


# a question that asks for a value, not merely mentions a metric ("which paper has the best accuracy?")
VALUE_ASKED_RE = re.compile(r"how (?:many|much|large|big|fast|long|often)|\bby how\b|what (?:is|was|are|were) the "
                            r"(?:\w+ ){0,3}(?:accuracy|score|rate|size|number|percentage|ratio|speed|cost|gain|"
                            r"improvement)|多少|几[个倍项篇种]|多大|多快|多长|"
                            # "What correlation coefficient … do they reach?" (not "what accuracy metric …")
                            r"\bwhat (?:[\w\-]+ ){0,2}(?:coefficient|correlation|accuracy|score|rate|percentage|"
                            r"ratio|f1|auc|auroc|bleu|perplexity|speed-?up|latency|throughput)s?\b"
                            r"(?!\s+(?:metrics?|measures?|benchmarks?|datasets?|methods?|types?|kinds?)\b)|"
                            # "Over what range of model sizes …": the answer is the range's two ends
                            r"\b(?:what|which) (?:[\w\-]+ ){0,2}ranges?\b|"
                            + WHAT_VALUE, re.IGNORECASE)


# Questions asking for names, in one place (they were three regexes in three modules, each with its own nouns):
# the named things a list answers, and the parts of a method one name answers
_LISTED_ZH, _LISTED_EN = "数据集|基准|基线|模型", ("dataset", "benchmark", "baseline", "model")
_PART_ZH = "组件|模块|部件|子模块|机制|算法|框架|模型|网络|数据集|基准|指标|损失|工具|系统|策略|编码器|解码器"
_PART_EN = ("component|module|mechanism|algorithm|framework|model|network|dataset|benchmark|metric|loss|tool|system|"
            "strategy|encoder|decoder")
# questions whose answer is a list of names (datasets, benchmarks, baselines, models)
NAMES_ASKED_RE = re.compile(rf"(?:哪些|哪几个).{{0,4}}(?:{_LISTED_ZH})|"
                            rf"\b(?:which|what)\s+(?:[\w\-]+\s+)?(?:{'|'.join(w + 's' for w in _LISTED_EN)})\b",
                            re.IGNORECASE)
# ... or one name or several (what a compared paper's half asks: "在什么数据集上", "which pretrained model", "蒸馏出什么模型")
NAME_ASKED_RE = re.compile(rf"(?:哪些|哪几个|哪个|哪一个|什么)\s*.{{0,4}}?(?:{_LISTED_ZH}|语料)|"
                           rf"\b(?:which|what)\s+(?:[\w\-]+\s+){{0,2}}?(?:{'|'.join(w + 's?' for w in _LISTED_EN)}|"
                           r"corpus|corpora)\b", re.IGNORECASE)
# ... or what one thing is called: "它用哪个组件选出…", "Which module aligns …", "这个基准叫什么"
CALLED_ASKED_RE = re.compile(
    rf"哪(?:个|一个|种)\s*(?:{_PART_ZH})|叫什么|什么名字|名称是什么|"
    rf"\b(?:which|what)\s+(?:[\w\-]+\s+)?(?:{_PART_EN})\b(?!\s+(?:is|are)\s+(?:used|needed))|"
    r"\bwhat is (?:it|this|the [\w\- ]{1,40}?) (?:called|named)\b|\bthe name of\b", re.IGNORECASE)


_NAME_WORD_RE = re.compile(r"(?<![\w\-])[A-Za-z][\w\-.]*(?:[A-Z]|\d)[\w\-.]*|(?<![\w\-])[A-Z]{2,}[\w\-]*")


def names_not_asked(text: str, question: str) -> set[str]:
    """The names (lower case) a text gives that the question did not (ImageNet, VOC2012, GSM8K, MMLU)."""
    asked = {w.lower() for w in _NAME_WORD_RE.findall(question)}
    return {w.lower() for w in _NAME_WORD_RE.findall(CITATION_RE.sub(" ", text))} - asked


def names_beyond(text: str, question: str) -> bool:
    """The answer names something the question did not."""
    return bool(names_not_asked(text, question))


RESCUE_POOL = 12  # evidence sentences (best first) a quote may come from, beyond the prompt's


def evidence_is_strong(best: Scored | None, question: str, min_relevance: float) -> bool:
    """The best evidence sentence answers the question on its own words: most of the question's terms, and a
    number when a quantity is asked (exact names and numbers pass a gate that dense similarity alone misses)."""
    if best is None:
        return False
    if asks_quantity(question) and not parse_numbers(best.sentence):
        return False
    return best.lexical >= 0.6 or (best.lexical >= 0.4 and best.dense >= min_relevance + 0.1)


def term_value_missed(answer: Answer, plan: _Plan, question: str) -> str | None:
    """The exact term a quantity question asks about ("d_model") when an evidence sentence gives a number beside
    it ("tiled to d_model=1024") and the answer states none of that sentence's numbers (the model answered with
    the paper's other figures): the rescue then quotes that sentence."""
    if not asks_quantity(question):
        return None
    stated = parse_numbers(answer.answer)
    # the terms of the asking clause: a term of the paper's description before it is not the asked label ("… from CT
    # images of the pelvis and skull. What overall patient-level recall …": the right recall 92.86% was dropped as not
    # giving "the asked CT", h23-n-sexdet-recall)
    for term in asked_terms(asked_clause(question) or question, answer.sources):
        holding = [s for s in plan.evidence[:RESCUE_POOL] if labelled_by(s.sentence, [term])]
        if holding and not any(number_supported(n, stated) for s in holding for n in parse_numbers(s.sentence)):
            return term
    # ... or the counted thing ("来自多少个项目"): a sentence counts it ("37 IFC models from 21 projects") and the
    # answer gives none of the numbers that count it (it gave the 37 models)
    noun = asked_noun(question)
    if noun and stated and len(asked_parts(question)) < 2 and not any(counts(n, answer.answer, noun, [])
                                                                     for n in stated):
        counting = [n for s in plan.evidence[:RESCUE_POOL] for n in parse_numbers(s.sentence)
                    if counts(n, s.sentence, noun, [])]
        if counting and not any(number_supported(n, stated) for n in counting):
            return noun
    # ... or the unit it asks the value in ("在哪个流式延迟层级（多少毫秒）"): a sentence of a cited paper states a value in
    # it ("at the matched 560 ms streaming tier") and the answer none (it restated the 3x and 0.5pp of the same
    # setting; h11-x-asr-quant-tier)
    unit = asked_unit_pattern(question)
    cited = {c.id for c in answer.citations}
    if unit and not unit.search(answer.answer) and any(unit.search(s.sentence) for s in plan.evidence[:RESCUE_POOL]
                                                       if s.paper_id in cited):
        return "value in the asked unit"
    return None


# how much better the evidence sentence the answer ignored must score than the one it used, overall and in meaning
# alone (dense): words shared with the question do not make the ignored one closer (x-arm-gpt4o's Chinese summary
# sentence outscored the English one holding GPT-4o's 58.7% by 0.2 on words; meaning differed by 0.13)
IGNORED_MARGIN = 0.1


IGNORED_DENSE_MARGIN = 0.2


def best_value_ignored(answer: Answer, plan: _Plan, question: str) -> Scored | None:
    """A one-value question answered with the numbers of a weaker evidence sentence of the cited paper while its
    best sentence, clearly closer to the question, holds a value the answer does not give (asked where goal
    relevance is scored against the held-out question, the model copied the blind-regime result of the other
    language's summary): the best sentence, so that the rescue may quote it; else None."""
    if not asks_quantity(question) or asked_parts(question) or not answer.citations:
        return None
    given = parse_numbers(question)
    stated = [n for n in parse_numbers(CITATION_RE.sub(" ", answer.answer)) if not number_supported(n, given)]
    if not stated:
        return None
    cited = {c.n for c in answer.citations}
    pool = [s for s in plan.evidence[:RESCUE_POOL] if s.n in cited]
    best = next((s for s in pool if any(not number_supported(n, given) for n in parse_numbers(s.sentence))), None)
    if best is None or any(number_supported(n, stated) for n in parse_numbers(best.sentence)):
        return None
    used = [s for s in pool if any(number_supported(n, parse_numbers(s.sentence)) for n in stated)]
    if not used or max(s.score for s in used) > best.score - IGNORED_MARGIN or max(
            s.dense for s in used) > best.dense - IGNORED_DENSE_MARGIN:
        return None
    return best


def names_the_metric(sentence: str, question: str, metrics: list) -> bool | None:
    """Whether the sentence names what the question measures (either language); None when the question names
    no metric of the term list."""
    from assistant.chains.translate.glossary import term_occurs, used_spellings

    asked = used_spellings(question, metrics)
    if not asked:
        return None
    if any(term_occurs(t, sentence) for spellings in asked for t in spellings):
        return True
    # "Maistros 8B" names its parameters: a model's size written as 8B is its parameter count (as in the verifier)
    from assistant.citations import model_size

    return any("parameters" in spellings for spellings in asked) and any(model_size(n, sentence)
                                                                         for n in parse_numbers(sentence))


_CAPITALISED_RE = re.compile(r"(?<![\w\-])[A-Z][a-z]{2,}(?![\w\-])")


def unnamed_in(sentence: str, question: str, sources: list) -> list[str]:
    """Capitalised names the question asks about (a language, a place, a dataset: "Twi") that the sentence does
    not contain; each sentence's first word and words of the sources' titles do not count."""
    titles = " ".join(c.title for c in sources).lower()
    # every sentence's first word is capitalised for being first ("MAEPose is … videos. Under zero-shot bystander
    # interference, by how much …": "Under" names nothing)
    rest = " ".join(s.split(None, 1)[1] for s in re.split(r"(?<=[.?!])\s+", question.strip()) if " " in s.strip())
    words = _CAPITALISED_RE.findall(rest)
    return [w for w in dict.fromkeys(words) if w.lower() not in titles and w.lower() not in QUESTION_WORDS
            and w not in sentence]


def asked_terms(question: str, sources: list) -> list[str]:
    """The exact terms a question names (BLEU, Success@5, d_model) that are not a paper's name or a field's word."""
    titles = plain_form(" ".join(c.title for c in sources))
    return [t for t in exact_terms(question) if plain_form(t) not in titles and t.lower() not in COMMON_ACRONYMS
            and not _PLAIN_HYPHENATED_RE.fullmatch(t)]


# "fine-tuned", "zero-shot", "state-of-the-art": hyphenated words, not names of a metric or setting
_PLAIN_HYPHENATED_RE = re.compile(r"[a-z]+(?:-[a-z]+)+")


def term_in(term: str, text: str) -> bool:
    """The exact term as a word of the text: "pet" (PET) is not in "competitive"."""
    return re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", text) is not None


def plain_form(text: str) -> str:
    """Lower case without math marks, for matching exact terms: "$E_8$" and "E8" are one name; a LaTeX accent
    ("T{\\"}ulu", "T\\"{u}lu") is the letter it writes (Tülu)."""
    return re.sub(r"[$_{}\\]", "", latex_accents(text).lower())


def carries_asked_label(sentence: str, question: str, metrics: list, terms: list) -> bool:
    """Some number of the sentence stands for what the question asks: not beside another metric (0.56% AUC
    for a CTR question), and, for "how many X", a count of X where the sentence's language can tell."""
    numbers = parse_numbers(sentence)
    if numbers and all(labelled_otherwise(n, question, [sentence], metrics) for n in numbers):
        return False
    noun = asked_noun(question)
    if not noun:
        return True
    verdicts = [counts(n, sentence, noun, terms) for n in numbers]
    return not verdicts or any(v is not False for v in verdicts)


_CLAUSE_SPLIT_RE = re.compile(r"[，,；;。]")


def _qualifier_words(question: str, noun: str) -> list[set[str]]:
    """The words that say whose count a "how many X" question asks ("外部验证队列有多少名患者" -> 外部, 验证, 队列:
    the external validation cohort's patients), each with its English glosses; [] when the asking clause has none."""
    from assistant.zh_en_dictionary import glosses

    clause = asked_clause(question) or question
    skip = set(tokenize(noun)) | _ASKING_WORDS | {w.lower() for w in QUESTION_WORDS}
    words = [t for t in dict.fromkeys(tokenize(clause)) if t not in skip and len(t) > 1 and not parse_numbers(t)]
    return [{t} | set(glosses(t)) for t in words]


def counts_another_group(sentence: str, question: str, terms: list) -> bool:
    """For "how many X does Y have" ("外部验证队列有多少名患者？"): the sentence counts X only in clauses before the
    first one naming Y ("在258名患者（来自6个中心）的数据集上，外部验证集的加权F1分数达…": 258 counts every patient;
    the external set has only F1 scores here). Quoting it would answer with another group's count. False when the
    question names no Y, or the sentence does not name Y at all (it cannot tell)."""
    from assistant.zh_en_dictionary import glossed

    noun = asked_noun(question)
    qualifier = _qualifier_words(question, noun) if noun else []
    if not qualifier:
        return False
    given = parse_numbers(question)
    clauses, start = [], 0
    for match in [*_CLAUSE_SPLIT_RE.finditer(sentence), None]:
        end = match.end() if match else len(sentence)
        clauses.append((start, end, sentence[start:end]))
        start = end

    def names_group(text: str) -> bool:
        words = set(tokenize(text))
        words |= glossed(words)
        return sum(1 for spellings in qualifier if spellings & words) * 2 >= len(qualifier)

    named = [names_group(text) for _, _, text in clauses]
    if not any(named):
        return False
    counting = [k for k, (_a, _b, text) in enumerate(clauses) for n in parse_numbers(text)
                if not number_supported(n, given) and counts(n, text, noun, terms)]
    # a count after the clause naming the group describes it ("构建TinyTrees基准数据集，覆盖三大洲，包含超过2.15亿棵树标注");
    # a count only before it belongs to something else (the whole study's 258 patients, then the external set's F1)
    return bool(counting) and max(counting) < named.index(True)


_MEASURE_AFTER_RE = re.compile(r"\s?(?:%|×|x(?![A-Za-z])|倍|pp\b|points?\b|个百分点|分(?![钟类析布]))")


def levels_of_others(sentence: str, given: list, question: str = "") -> bool:
    """The values the sentence measures (decimals, percentages, ratios; else any number the question does not
    give) are all levels of other models ("all remaining models range from 4.1% to 49.9%"): quoting it would
    answer with someone else's value -- unless the question asks for that level ("零样本 … 的 AP@50")."""
    fresh = [n for n in parse_numbers(sentence) if not number_supported(n, given)]
    measured = [n for n in fresh if _measured(n, sentence)]
    values = measured or fresh
    return bool(values) and all(other_subject(n, sentence, question) for n in values)


def _measured(number: tuple, sentence: str) -> bool:
    """A value with a decimal point or a unit of measure (%, ×, 倍, points), not a bare count."""
    return "." in number[0] or any(_MEASURE_AFTER_RE.match(clean[end:]) for clean, _start, end in
                                   number_sites(number, sentence))


def states_a_value(sentence: str, question: str, given: list, metrics: list) -> bool:
    """For a question asking a metric's value (not "how many"): some number the question does not give is a
    measured value (decimal, %, ×) or has the asked metric beside it. "With only 11 M LoRA parameters …,
    APT-Tune substantially improves APT recall" states no recall value."""
    from assistant.chains.translate.glossary import used_spellings

    asked = set(used_spellings(question, metrics))
    if not asked or asked_noun(question):
        return True
    fresh = [n for n in parse_numbers(sentence) if not number_supported(n, given)]
    from assistant.citations import model_size

    sizes = any("parameters" in spellings for spellings in asked)  # "(7B-72B)": model sizes state parameters
    return any(_measured(n, sentence) or any(site & asked for site in labels(n, sentence, metrics))
               or (sizes and model_size(n, sentence)) for n in fresh)


_RATIO_ASKED_RE = re.compile(r"多少倍|几倍|倍数|加速比|speed-?ups?\b|how many times|\bfold\b|\b(?:what|which) factor\b",
                             re.IGNORECASE)


# ... and a share of a whole ("What share of the total weights …", "占总权重的多少"), which papers state in percent
_PERCENT_ASKED_RE = re.compile(r"百分之|百分比|百分点|\bpercent|\bpercentage|\b(?:what|which) (?:share|proportion|fraction)\b|"
                               r"占比|占[^，,。？?]{0,12}?多少", re.IGNORECASE)


def asked_unit(question: str) -> str:
    """The kind of value a question asks for: "x" (a ratio: 多少倍, speedup), "%" (百分之多少, what percentage), else ""."""
    if _RATIO_ASKED_RE.search(question):
        return "x"
    return "%" if _PERCENT_ASKED_RE.search(question) else ""


def absent_names(question: str, plan: _Plan, sources: list, listed_terms: list) -> list[str]:
    """Names the question asks about (ARC-AGI, GPT-5) that no sentence or title of the retrieved papers mentions;
    the metric names of the zh⇄en lists (DAU) are exempt: a paper may state them in the other language."""
    seen = " ".join([s.sentence for s in plan.evidence] + [c.title for c in sources]).lower()
    listed = {t.lower() for entry in listed_terms for t in entry.zh + entry.en if t}
    return [w for w in asked_names(question) if w.lower() not in seen and w.lower() not in listed]


# a setting fixed by a number and its unit: "1/4° 分辨率", "at 1^\\circ", "3.1 bits", "3.1 位", "5-shot", "layer 10", "第10层"
_SETTING_RE = re.compile(r"(?<![A-Za-z0-9_.])(?P<value>\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)?)\s*(?P<unit>°|\^?\s*\\circ\b|"
                         r"\\degree\b|-?\s*bits?\b|位(?![数置])|-?\s*shots?\b|层)|"
                         r"\blayer\s+(?P<layer>\d+)\b|第\s*(?P<layer_zh>\d+)\s*层", re.IGNORECASE)


_SETTING_UNITS = (("deg", ("°", "circ", "degree")), ("bit", ("bit", "位")), ("shot", ("shot",)), ("layer", ("层",)))


def settings_named(text: str) -> set[tuple[str, float]]:
    """The numeric settings a text fixes, as (unit, value): "1/4° 分辨率" -> ("deg", 0.25), "3.1 bits" -> ("bit", 3.1)."""
    found = set()
    for match in _SETTING_RE.finditer(text):
        if match.group("layer") or match.group("layer_zh"):
            found.add(("layer", float(match.group("layer") or match.group("layer_zh"))))
            continue
        raw = match.group("value").replace(" ", "")
        top, _, bottom = raw.partition("/")
        value = float(top) / float(bottom) if bottom and float(bottom) else float(top)
        unit = match.group("unit").lower()
        found.add((next(name for name, marks in _SETTING_UNITS if any(m in unit for m in marks)), value))
    return found


def other_setting(sentence: str, question: str) -> bool:
    """Every value the sentence measures (decimal, %, ×) stands under another value of the kind of setting the
    question fixes (a resolution in degrees, a bit width, a layer), stated in its clause or an earlier one: asked for
    R² at 1/4°, "At 1°, … R² from 0.56 to 0.87" is another setting's result, even if a later clause mentions 1/4°."""
    asked = settings_named(question)
    if not asked:
        return False
    units = {u for u, _ in asked}
    given = parse_numbers(question)
    current: dict[str, set[float]] = {}
    verdicts = []
    for clause in re.split(r"[，,；;。]", sentence):
        for unit in units:
            values = {v for u, v in settings_named(clause) if u == unit}
            if values:
                current[unit] = values
        rest = _SETTING_RE.sub(" ", clause)
        if any(not number_supported(n, given) and _measured(n, rest) for n in parse_numbers(rest)):
            verdicts.append(all(unit in current and not any(abs(v - a) < 1e-9 for v in current[unit]
                                                            for u, a in asked if u == unit) for unit in units))
    return bool(verdicts) and all(verdicts)


PART_SPLIT_RE = re.compile(r"[？?](?=\s*\S)|[，,;；]\s*(?=并且|以及|另外|还有|其中|同时)|"
                           r"[,;]?\s+and\s+(?=(?:what|how|which|whose|by how)\b)", re.IGNORECASE)


def asked_parts(question: str) -> list[str]:
    """The quantities a question asks for, one clause each; [] when it asks for fewer than two."""
    parts = [p.strip(" ，,;；？?") for p in PART_SPLIT_RE.split(question)]
    parts = [p for p in parts if p and asks_quantity(p)]
    return parts if len(parts) >= 2 else []


def distinctive_tokens(part: str, question: str) -> set[str]:
    """The words of one asked part that the question's other parts do not use."""
    others = set()
    for other in asked_parts(question):
        if other != part:
            others |= _words(other)
    return {t for t in _words(part) if t not in others and t not in _ASKING_WORDS and not parse_numbers(t)
            and not (len(t) == 1 and has_chinese(t))}


def _words(text: str) -> set[str]:
    """Word stems, hyphenated words split ("single-asset" holds "asset")."""
    return set(tokenize(text.replace("-", " ")))


_ASKING_WORDS = {"what", "how", "mani", "much", "which", "doe", "did", "whose", "who", "多少", "其中", "哪些", "什么",
                 "是否"}


_EN_RATIO_WORDS = "|".join(sorted(EN_CARDINALS, key=len, reverse=True))
# a ratio or fraction written in words: "ten times lighter", "a twofold / two-fold speedup", "twice", "halved", 十倍, 一半
_RATIO_WORD_RE = re.compile(rf"\b(?P<en>{_EN_RATIO_WORDS})(?:\s+|-)?(?:times|fold)\b|"
                            r"\b(?P<fixed>twice|doubled?|halve[sd]?|half|tripled?|quadrupled?)\b|"
                            r"(?P<zh>[一二两三四五六七八九十百]+)\s?倍|(?P<zh_fixed>一半|减半|翻倍|翻番|翻了一番)",
                            re.IGNORECASE)
_RATIO_FIXED = {"twice": 2.0, "double": 2.0, "doubled": 2.0, "halve": 0.5, "halves": 0.5, "halved": 0.5, "half": 0.5,
                "triple": 3.0, "tripled": 3.0, "quadruple": 4.0, "quadrupled": 4.0, "一半": 0.5, "减半": 0.5,
                "翻倍": 2.0, "翻番": 2.0, "翻了一番": 2.0}


def ratio_words(text: str) -> list[tuple[str, float, float]]:
    """Ratios and fractions written in words ("ten times lighter", "twofold", "halved", 轻十倍, 减少一半), as numbers."""
    out = []
    for m in _RATIO_WORD_RE.finditer(text):
        if m.group("en"):
            value = EN_CARDINALS[m.group("en").lower()]
        elif m.group("zh"):
            value = float(zh_numeral(m.group("zh")))
        else:
            value = _RATIO_FIXED[(m.group("fixed") or m.group("zh_fixed")).lower()]
        if value:
            out.append((m.group(0), value, value))
    return out


def _numbers_beyond(text: str, question: str, sources: list[str] | None = None) -> list:
    """The answer's numbers that the question did not already give ("only one model exceeds 50% accuracy; what
    accuracy does it reach?" answered "50%" states no value). With `sources` (the cited texts), a ratio written in
    words counts only when they state it too (in words or digits: "ten times" = "10×"). A number word the question
    itself uses ("一个整合 FFDM … 的系统") is no value either: a restatement of the question states none."""
    given = parse_numbers(question) + number_evidence(question)
    clean = CITATION_RE.sub(" ", text)
    numbers = [n for n in number_evidence(clean) if not number_supported(n, given)]
    if not (asked_noun(question) or asked_unit(question) == "x"):
        # a number written as a word ("在所有三个维度上均提升了 QWK") counts the paper's parts, it is not the asked
        # value ("提高了多少"); it answers only a count ("几个维度") or a ratio ("两倍") -- or a ratio it writes
        # itself ("ten times lighter", as the paper writes it; 轻十倍)
        support = [n for s in sources for n in number_evidence(s) + ratio_words(s)] if sources is not None else None
        numbers = [n for n in numbers if re.search(r"\d", n[0])] + [
            n for n in ratio_words(clean) if not number_supported(n, given)
            and (support is None or number_supported(n, support))]
    return numbers


def other_kind_only(text: str, question: str) -> str:
    """For a question asking a percentage ("by how many percentage points", "百分之多少"): "x" when every number the
    text states beyond the question's is written as a ratio (2x, 3倍); "" when some number is a percentage or of no
    marked kind (a bare count, "5.2 points"), or the question asks no percentage."""
    unit = asked_unit(question)
    if unit != "%":  # a speed-up may be stated as a percentage ("up to a 20% speedup"); a percentage is never a ratio
        return ""
    given = parse_numbers(question)
    clean = CITATION_RE.sub(" ", text)
    kinds = {unit_class(n, clean) for n in parse_numbers(clean) if not number_supported(n, given)}
    return next(iter(kinds)) if len(kinds) == 1 and kinds != {unit} and "" not in kinds else ""
