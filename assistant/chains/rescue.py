"""Extractive rescue: quote the evidence instead of refusing.

When the verifier leaves no claim of the model standing (or the model said NOT_FOUND) but an evidence sentence
answers the question on its own words -- for a quantity, a number beside the asked metric, term or counted thing, of
the asked setting and kind -- the answer quotes that sentence with its citation, marked as quoted, in the question's
language. A near-miss (the right paper, a metric it does not report) must stay a refusal, so a model's NOT_FOUND is
overruled only by near-complete evidence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.chains.answer_checks import (
    NAMES_ASKED_RE,
    RESCUE_POOL,
    absent_names,
    asked_terms,
    asked_unit,
    carries_asked_label,
    counts_another_group,
    evidence_is_strong,
    levels_of_others,
    names_beyond,
    names_the_metric,
    other_kind_only,
    other_setting,
    plain_form,
    states_a_value,
    term_in,
    unnamed_in,
)
from assistant.chains.evidence import (
    QUESTION_WORDS,
    Scored,
    asked_clause,
    asked_unit_pattern,
    asks_quantity,
    fullest_of_close,
)
from assistant.citations import (
    CHANGE_RE,
    SIBLING_SETTING_REASON,
    asked_names,
    exact_terms,
    number_supported,
    parse_numbers,
)
from assistant.lang import has_chinese, tokenize
from assistant.number_labels import asked_noun, counts, labelled_by, unit_class
from assistant.zh_en_dictionary import glossed, glosses

if TYPE_CHECKING:
    from assistant.chains.answer import Answer, _Plan


QUOTED = {
    "zh": "论文原文如下（模型未能给出可核验的回答，以下为引用）：",
    "en": "The papers say (quoted, since the model gave no answer that could be verified):",
}


# a question asking when, or over what period ("所分析的评论发布于哪段时间？", "When was it released?")
TIME_ASKED_RE = re.compile(r"哪段时间|哪个时间段|什么时间|什么时候|何时|哪一?年|哪个月|哪几个月|时间跨度|\bwhen\b|"
                           r"\bwhat (?:time )?(?:period|time ?span|time ?frame|dates?)\b|\bwhich (?:years?|months?|period)\b",
                           re.IGNORECASE)
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# a date: a year (1990-2039), a Chinese year or month, or an English month before a day or year
DATE_RE = re.compile(rf"(?<!\d)(?:19[9]\d|20[0-3]\d)(?!\d)|\d{{1,4}}\s*年|\d{{1,2}}\s*月|\b(?:{_MONTHS})\.?\s+\d")


# a question asking where a paper's method was deployed ("Where was it deployed?", "部署在哪里？", "在哪个平台上部署？")
DEPLOY_ASKED_RE = re.compile(r"\bwhere\b[^?？]{0,40}\bdeploy|部署(?:在|于|到)?(?:哪|什么)|(?:在|于)哪[^？?，,]{0,12}(?:部署|上线)",
                             re.IGNORECASE)
# ... and a sentence saying where it was ("deployed our method on a large-scale food delivery advertising platform",
# "已成功部署在大型食品配送广告平台", "在美团外卖上线")
DEPLOYED_RE = re.compile(r"\bdeployed\s+(?:[\w\-]+\s+){0,4}?(?:on|in|at|into|to|across)\s|部署(?:在|于|到)|"
                         r"(?:在|于)[^，,。；;]{1,30}(?:部署|上线)", re.IGNORECASE)


def rescue(answer: Answer, plan: _Plan, question: str, min_relevance: float, *, model_refused: bool,
           metrics: list | None = None, terms: list | None = None) -> None:
    """Extractive rescue instead of a refusal: when no model claim survived but an evidence sentence answers the
    question on its own words, quote it with its citation (marked as quoted). For a quantity the quote must
    hold a number and name the asked metric (in either language). A model that said NOT_FOUND is overruled
    only by near-complete evidence, or by a sentence naming the asked metric with a number: a near-miss (the
    right paper, a metric it does not report) must stay a refusal."""
    # the prompt's sentences, and the next best of the papers (the prompt's budget may have left the answer out)
    candidates = sorted(plan.chosen + [s for s in plan.evidence[:RESCUE_POOL] if s not in plan.chosen],
                        key=lambda s: -s.score)
    # a question naming its paper (GCRank; or an acronym its title starts with: FUSE) is answered from it only
    acronyms = re.findall(r"\b[A-Z][A-Z0-9]{2,}\b", question)
    # (by its title when one has the name: "那篇 YOLOv12 综述" is not HYolo, whose abstract names YOLOv8 and COCO)
    named = plan.titled or plan.named or {c.id for c in answer.sources if any(c.title.startswith(a) for a in acronyms)}
    if named:
        candidates = [s for s in candidates if s.paper_id in named]
    else:  # ... or, a name it asks about (LLM-Rec) that some papers' sentences give, from those papers (l-llmrec-data:
        # the first-ranked paper's "This study analyzes a publicly released dataset …" was quoted for LLM-Rec's data)
        asked = [w.lower() for w in asked_names(question)]
        holders = {s.paper_id for s in plan.evidence if any(w in s.sentence.lower() for w in asked)}
        if holders:
            candidates = [s for s in candidates if s.paper_id in holders]
    # a name the question asks about (ARC-AGI) that none of the papers' sentences or titles mentions: nothing to quote
    metrics, terms = metrics or [], terms or metrics or []
    if absent_names(question, plan, answer.sources, metrics + terms):
        return  # a name the question asks about (ARC-AGI) that none of the papers mentions: nothing to quote
    given = parse_numbers(question)
    asked_exact: list[str] = []
    metric_question = question
    # the unit a question asks its value in ("多少毫秒") labels the value as the asked thing's, in any language
    unit_asked = asked_unit_pattern(question) if asks_quantity(question) else None
    if asks_quantity(question):
        # an exact metric the question names (BLEU, Success@5), unless it is a paper's name, must be quoted too;
        # after a long description of the paper ("PathSpec (with PathExplore and PathRelax) …, on Parti-Prompts and
        # MSCOCO2017 how much …"), the terms of the asking clause
        clause = asked_clause(question)
        asked_exact = [plain_form(t) for t in asked_terms(clause or question, answer.sources)]
        # a metric named only in that description ("…约 14K 样本的数据配方），…，GAIA 提高了多少分？": 样本) is not what
        # an asking clause with a label of its own (GAIA) measures
        if clause and asked_exact and names_the_metric("", clause, metrics) is None:
            metric_question = clause
        # a number the question does not give itself ("a Lean 4 library": the 4 is no answer)
        candidates = [s for s in candidates if any(not number_supported(n, given) for n in parse_numbers(s.sentence))
                      and (names_the_metric(s.sentence, metric_question, metrics) is not False
                           or (unit_asked and unit_asked.search(s.sentence)))]
        if asked_exact:
            candidates = [s for s in candidates if all(term_in(t, plain_form(s.sentence)) for t in asked_exact)]
        candidates = [s for s in candidates if (carries_asked_label(s.sentence, question, metrics, terms)
                                                or (unit_asked and unit_asked.search(s.sentence)))
                      and not levels_of_others(s.sentence, given, question) and states_a_value(s.sentence, question, given,
                                                                                     metrics)]
        # asked a percentage ("by how many percentage points"), a sentence stating only a ratio ("up to 2x fewer
        # steps") holds another quantity
        candidates = [s for s in candidates if not other_kind_only(s.sentence, question)]
        # "how many patients does the external cohort have": a sentence counting patients of another group only
        candidates = [s for s in candidates if not counts_another_group(s.sentence, question, terms)]
        if CHANGE_RE.search(question):  # "降低到了多少": a sentence that states a change, if there is one
            candidates = [s for s in candidates if CHANGE_RE.search(s.sentence)] or candidates
        if unit_asked:  # "多少毫秒": a sentence stating a value in milliseconds, if there is one
            candidates = [s for s in candidates if unit_asked.search(s.sentence)] or candidates
    if NAMES_ASKED_RE.search(question):  # "在哪些数据集上": a sentence naming some, if there is one
        candidates = [s for s in candidates if names_beyond(s.sentence, question)] or candidates
    if TIME_ASKED_RE.search(question):  # "发布于哪段时间", "when": only a sentence that dates something answers it
        candidates = [s for s in candidates if DATE_RE.search(s.sentence)]
    deployment = bool(DEPLOY_ASKED_RE.search(question))
    if deployment:  # "Where was it deployed?": only a sentence saying where, in the question's language if close
        candidates = [s for s in candidates if DEPLOYED_RE.search(s.sentence)]
        own = [s for s in candidates if has_chinese(s.sentence) == has_chinese(question)
               and s.score >= candidates[0].score - TWIN_MARGIN]
        candidates = own + [s for s in candidates if s not in own]
    # a sentence stating another setting of the kind the question fixes (1° for "1/4° 分辨率下", 2 bits for "3.1 位时")
    # holds another setting's values
    candidates = [s for s in candidates if not other_setting(s.sentence, question)]
    if model_refused:  # a sentence naming all the question names ("Codabench") before a closer one that does not
        candidates = ([s for s in candidates if not setting_unnamed(s, question, plan, answer.sources)]
                      or candidates)
    if not candidates:
        return
    # the sentence the model drew its dropped answer from, when it did: the model's choice, not only the scores
    drawn = None if model_refused else drawn_on(answer.dropped, candidates, given)
    fullest = fullest_of_close(candidates)
    if (drawn is not None and asks_quantity(question)
            and names_the_metric(drawn.sentence, metric_question, metrics) is not True
            and names_the_metric(fullest.sentence, metric_question, metrics) is True):
        # ... unless it names no asked metric and the best one does: the model took the dataset sizes (100K, 300K) of
        # the sentence beside the one counting the asked emotion classes (h4-x-emopillars-classes)
        drawn = None
    best = drawn or fullest
    # the sentence holding a number the verifier just rejected as a sibling setting's value (the reason names it) is
    # the one the model misread: quoted, it delivers the same misreading (h23-n-cot-pretrained: "…line-level shuffling
    # reduces accuracy by less than 0.5 pp; word-level shuffling retains 62%-89% accuracy" for the asked line-level
    # accuracy). (Not for other rejections: a number put beside the wrong metric is often right in its own sentence.)
    rejected = [n for d in answer.dropped if SIBLING_SETTING_REASON in d.get("reason", "")
                for n in parse_numbers(d["reason"]) if not number_supported(n, given)]
    if any(number_supported(n, rejected) for n in parse_numbers(best.sentence)):
        return
    # a sentence with a number next to the asked metric (either language) answers a quantity on its own
    metric_named = asks_quantity(question) and names_the_metric(best.sentence, metric_question, metrics) is True
    # ... as does a number labelled by an exact term the question names ("tiled to d_model=1024")
    term_labelled = asks_quantity(question) and labelled_by(best.sentence, exact_terms(question))
    # ... and a sentence naming datasets or models (that the question does not) answers "which datasets"
    names_listed = bool(NAMES_ASKED_RE.search(question)) and names_beyond(best.sentence, question)
    # ... and a count of the very thing a "how many X" question counts ("11 formalized papers" for "how many papers")
    noun = asked_noun(question) if asks_quantity(question) else ""
    counted = bool(noun) and any(counts(n, best.sentence, noun, terms) for n in parse_numbers(best.sentence)
                                 if not number_supported(n, given))
    # ... and the exact names the asking clause gives ("在 Parti-Prompts 和 MSCOCO2017 上分别达到多少倍") with a value of
    # the asked kind (4.14×, 3.95×)
    unit = asked_unit(question)
    kind_value = bool(unit) and any(unit_class(n, best.sentence) == unit for n in parse_numbers(best.sentence)
                                    if not number_supported(n, given))
    placed = bool(asked_exact) and kind_value
    # ... and, with most of the asked words, a value of the asked kind ("by what factor … GPU hours": "GPU小时数减少了
    # 1.7倍"; h11-n-olmoearth-gpuhours, whose metric no term list names)
    kind_stated = kind_value and changed_thing_named(question, best.sentence)
    # ... and, asked by how much a thing rose or fell, every word of the asking clause with that thing beside a number
    # ("Under zero-shot bystander interference, by how much does its error increase?": "… under zero-shot bystander
    # interference with only a 6.5% error increase"; h19-n-maepose-bystander)
    change_stated = best.clause_lexical >= FULL_CLAUSE and change_beside_number(question, best.sentence, given)
    # ... and a value in the unit the question asks it in ("at the matched 560 ms streaming tier" for "多少毫秒")
    unit_stated = bool(unit_asked and unit_asked.search(best.sentence))
    # ... and the paper a "which paper …" or "X 是做什么的" question describes
    described = found_described(question, plan, answer.sources, best)
    # ... and the place a "where was it deployed" question asks, of the one paper the question is about (a follow-up's)
    deployed = deployment and (bool(named) or len({c.id for c in answer.sources}) == 1)
    if not (evidence_is_strong(best, question, min_relevance) or deployed
            or ((metric_named or counted or unit_stated) and best.asked_lexical >= 0.3)
            # the best evidence sentence of all naming the asked metric, in the other language, where few of the
            # question's words can match ("…覆盖多少个情感类别？": "… over 28 emotion classes", h4-x-emopillars-classes)
            or (metric_named and plan.evidence and best is plan.evidence[0] and has_chinese(question)
                != has_chinese(best.sentence) and best.asked_lexical >= CROSS_LEXICAL)
            or (kind_stated and best.asked_lexical >= 0.5) or term_labelled or placed or change_stated
            or (names_listed and (best.paper_id in named or best.lexical >= 0.25))
            or (drawn is not None and best.asked_lexical >= DRAWN_LEXICAL)
            or described):
        return
    # the words of what is asked count, not those of a long description of the paper ("用不平衡最优传输从卫星影像里数
    # 单棵树的那篇论文，新建的 TinyTrees 基准一共包含多少棵树的标注？": the counting sentence has most of the asking clause)
    if metric_named or counted or placed or unit_stated or change_stated:
        least = 0.3
    elif kind_stated or kind_named(question, best.sentence) or described:
        least = WHICH_PAPER_LEXICAL
    elif deployed:
        least = 0.0  # the question's words are a pronoun and "deployed"; the sentence saying where is the answer
    else:
        least = 0.75
    if model_refused and best.asked_lexical < least and not term_labelled:
        return
    if model_refused and setting_unnamed(best, question, plan, answer.sources):
        return  # "BLEU of gpt-4.1 on Twi": a sentence without Twi does not overrule the model's NOT_FOUND
    if model_refused and not named and len(undescribed(question, plan, answer.sources, best.paper_id)) >= 2:
        return  # "… the total leaf area of strawberry plants from drone images": a tomato study's R² is another's
    if not named and better_described(question, plan, answer.sources, best.paper_id):
        return
    runner_up = next((c for c in candidates if c is not best), None)
    also = (runner_up is not None and runner_up.n == best.n and runner_up.score >= best.score - 0.05
            and runner_up.clause_lexical >= best.clause_lexical
            # (not the same fact again in the other language: a quote in the question's language needs no translation)
            and (has_chinese(runner_up.sentence) == has_chinese(question)
                 or has_chinese(best.sentence) != has_chinese(question)))
    quotes = [best, runner_up] if also else [best]
    twins = [twin_in_language(q, plan, question, given, answer.sources) for q in quotes]
    quote(answer, list(dict.fromkeys(twins)))


def setting_unnamed(chosen: Scored, question: str, plan: _Plan, sources: list) -> list[str]:
    """The question's names (`unnamed_in`) a sentence lacks, but for those only its description of the paper uses and
    the paper's other sentences have: "…student models such as Ditto…. How many hours of work would manually labeling
    the same training sets require?" finds the paper by Ditto; "470 hours" needs no Ditto. A name in the asking
    clause ("BLEU of gpt-4.1 on Twi") is the setting asked, which the sentence must name."""
    missing = unnamed_in(chosen.sentence, question, sources)
    clause = asked_clause(question)
    if not missing or not clause:
        return missing
    paper = " ".join(s.sentence for s in plan.evidence if s.paper_id == chosen.paper_id)
    return [w for w in missing if w in clause or w not in paper]


TWIN_MARGIN = 0.1  # how far below the quote a sentence in the question's language may score and replace it


def twin_in_language(chosen: Scored, plan: _Plan, question: str, given: list, sources: list) -> Scored:
    """The same paper's sentence in the question's language stating every number of a quote in the other language,
    scored about as well, in its place: an English question got "均值集成在14/14个数据集-模型对上的NLL改进，12/14的ECE改进；"
    while the abstract's "… improves NLL on all 14 dataset-model evaluation pairs and ECE on 12/14 …" scored higher
    (h17-n-promptvar-ece). Only a sentence stating numbers has a twin that can be checked to say the same."""
    chinese = has_chinese(question)
    numbers = [n for n in parse_numbers(chosen.sentence) if not number_supported(n, given)]
    if has_chinese(chosen.sentence) == chinese or not numbers:
        return chosen
    # ... and every name of the question the quote has ("on the public Codabench test split": h8-n-bev-map's quote
    # was chosen for naming Codabench, which its Chinese twin does not)
    names = [t for t in exact_terms(question) if term_in(plain_form(t), plain_form(chosen.sentence))]
    unnamed = set(unnamed_in(chosen.sentence, question, sources))
    twins = [s for s in plan.evidence[:RESCUE_POOL] if s.paper_id == chosen.paper_id
             and has_chinese(s.sentence) == chinese and s.score >= chosen.score - TWIN_MARGIN
             and all(number_supported(n, parse_numbers(s.sentence)) for n in numbers)
             and all(term_in(plain_form(t), plain_form(s.sentence)) for t in names)
             and set(unnamed_in(s.sentence, question, sources)) <= unnamed]
    return max(twins, key=lambda s: s.score) if twins else chosen


CROSS_LEXICAL = 0.1  # the asked words a best sentence in the other language naming the asked metric must have
DRAWN_LEXICAL = 0.25  # the asked words a sentence the model drew on must still have (it is on the asked paper)
DRAWN_NUMBERS = 2  # numbers a dropped claim must share with a sentence to be drawn from it
DRAWN_WORDS = 0.6  # else the share of a numberless claim's words the sentence must have
# drops that say the claim's content is wrong (another setting, metric, paper or level), not only its form: the
# sentence such a claim drew on holds another setting's values, no answer
_WRONG_CONTENT_RE = re.compile(r"another setting|another metric|another number|measure something else|count something "
                               r"else|not for the setting|one by one|stated as a level|weaker evidence|of every paper|"
                               r"names the method of|does not give the asked|but names the")


def undescribed(question: str, plan: _Plan, sources: list, paper_id: str, *, chinese: bool = False) -> set[str]:
    """The English words of a question's description of its paper ("strawberry", "drone") that the paper has
    nowhere, in either language: a question naming no paper identifies it by these, and a paper without them is
    another paper, however well one of its sentences names the asked metric. With `chinese`, its Chinese words
    too ("量子"), each counted once with the longer words it is part of (纠错码, not also 纠错 and 错码): the
    tokenizer's cuts ("从卫星影像里数" gives 里数) make them fit for a question that is all description ("哪篇论文
    提出了…？"), not for counting what a long question leaves undescribed."""
    asking = set(tokenize(asked_clause(question)))  # "… and what R² does its best model reach": no description
    words = {t for t in tokenize(question) if re.fullmatch(r"[a-z]{4,}", t) and t not in QUESTION_WORDS | asking}
    title = next((c.title for c in sources if c.id == paper_id), "")
    sentences = [s.sentence for s in plan.evidence if s.paper_id == paper_id]
    tokens = set(tokenize(title)).union(*(tokenize(s) for s in sentences))
    english = glossed(tokens)
    missing = {t for t in words - tokens if t not in english and not glosses(t) & tokens}
    if not chinese:
        return missing
    text = " ".join([title, *sentences])
    chinese = {t for t in tokenize(question) if re.fullmatch(r"[\u4e00-\u9fff]{2,}", t)
               and t not in QUESTION_WORDS | asking | _ZH_GENERIC and t not in text and not glosses(t) & tokens}
    return missing | {t for t in chinese if not any(t != u and t in u for u in chinese)}


BETTER_DESCRIBED = 2  # how many fewer of the question's description words another paper must miss to be the one meant


def better_described(question: str, plan: _Plan, sources: list, paper_id: str) -> bool:
    """Another of the papers has clearly more of the question's description of its paper, in either language, than
    this one: the question asks about that paper, and this one's sentence is no answer to quote ("那篇基于结构共识 KAN
    原型学习的半监督胰腺分割论文 … Dice 系数达到了多少？": SCKAN reports no Dice, and a medical-segmentation paper's
    "超越CoreSet基线0.4-1.2 Dice点" was quoted for it, h21-m-sckan-dice). Compared paper against paper, so that the
    tokenizer's odd cuts, missing from every paper alike, do not count."""
    own = len(undescribed(question, plan, sources, paper_id, chinese=True))
    return own >= BETTER_DESCRIBED and any(
        len(undescribed(question, plan, sources, c.id, chinese=True)) <= own - BETTER_DESCRIBED
        for c in sources if c.id != paper_id)


# Chinese words of a question that describe no paper ("有没有论文把 … 结合起来做 …")
_ZH_GENERIC = frozenset("没有 有没有 起来 用于 提出 研究 一篇 那篇 这篇 通过 进行 使用 利用 基于 一种 一个 能否 是否 "
                        "可以 能够 实现 来做 工作 文章 这些 这种 那些 这个 那个".split())
# a question asking which paper does something ("有没有论文把符号证明器和小型推理 LLM 结合起来做三段论推理？", "Which
# paper repurposes … for amodal segmentation?"): its words are the description of the paper it asks for
WHICH_PAPER_RE = re.compile(r"(?:有没有|是否有|有哪些|有什么)(?:一篇|一项|哪篇)?(?:论文|文章|工作|研究)|哪一?篇(?:论文|文章|工作)|"
                            r"\b(?:is|are) there (?:a|an|any)?\s*(?:papers?|works?|stud(?:y|ies))\b|"
                            r"\b(?:does|do) any (?:papers?|works?|stud(?:y|ies))\b|\bwhich (?:papers?|works?|study|article)\b",
                            re.IGNORECASE)
WHICH_PAPER_LEXICAL = 0.5  # the share of the description's words a sentence of the described paper must have


# "What is ConvMemory v2?", "ConvMemory v2 是做什么的？", "FUSE 是一个什么系统？": what the named work is
WHAT_IS_RE = re.compile(r"^\s*(?:what(?: is|'s| does)|tell me about)\s+(?P<en>.+?)(?:\s+do)?\s*\??\s*$|"
                        r"^\s*(?P<zh>.+?)\s*是(?:做什么的|干什么的|什么|一个什么\S{0,4}|一种什么\S{0,4})\s*[？?]?\s*$",
                        re.IGNORECASE)


def found_described(question: str, plan: _Plan, sources: list, best: Scored) -> bool:
    """A "which paper …" question (no quantity asked) answered by the paper having every word of its description,
    in either language, with a sentence holding half of them: the model's NOT_FOUND is a refusal of a findable
    answer (h17-f-ufal-params' first turn), and the sentence names the paper's work in the question's terms. So is
    "X 是做什么的？" by a sentence of X's paper naming X (f-convmemory-mrr's first turn)."""
    if asks_quantity(question) or best.asked_lexical < WHICH_PAPER_LEXICAL:
        return False
    what = WHAT_IS_RE.match(question)
    if what:
        name = (what.group("en") or what.group("zh") or "").strip().lower()
        return bool(name) and best.paper_id in (plan.titled or plan.named) and name in best.sentence.lower()
    return (bool(WHICH_PAPER_RE.search(question))
            and not undescribed(question, plan, sources, best.paper_id, chinese=True))


def drawn_on(dropped: list[dict], candidates: list[Scored], given: list) -> Scored | None:
    """The evidence sentence the model's dropped claims were drawn from: the one sharing at least two of their
    numbers (those the question does not give), or, for claims without numbers, most of their words. A claim the
    verifier dropped for its form (an invented day after the right month: "2023 年 10 月 7 日至 2024 年 1 月 1 日" for
    "between October 2023 and January 2024", h2-x-youtube-period) still shows which sentence answers."""
    from assistant.lang import tokenize
    from assistant.zh_en_dictionary import glossed

    claims = [d["sentence"] for d in dropped if not _WRONG_CONTENT_RE.search(d.get("reason", ""))]
    if not claims:
        return None
    text = " ".join(claims)
    numbers = [n for n in parse_numbers(text) if not number_supported(n, given)]
    if numbers:
        shared = [(sum(number_supported(n, parse_numbers(s.sentence)) for n in numbers), s) for s in candidates]
        most, best = max(shared, key=lambda pair: pair[0])
        return best if most >= DRAWN_NUMBERS else None
    words = {w for w in tokenize(text) if len(w) > 1 and not w.isdigit()}
    if len(words) < 4:
        return None

    def share(sentence: str) -> float:
        tokens = set(tokenize(sentence))
        tokens |= glossed(tokens)
        return len(words & tokens) / len(words)

    most, best = max(((share(s.sentence), s) for s in candidates), key=lambda pair: pair[0])
    return best if most >= DRAWN_WORDS else None


# what a question asks to have changed: "reduce the GPU hours needed …" -> GPU hours; "训练所需显存减少了多少倍" -> 显存
_CHANGED_EN_RE = re.compile(r"\b(?:reduces?|cuts?|lowers?|improves?|increases?|speeds? up|accelerates?|shrinks?|saves?)\s+"
                            r"(?:the\s+|its\s+)?((?:[\w\-]+\s+){0,2}?[\w\-]+?)(?=\s+(?:needed|required|used|of|for|by|on|in|"
                            r"to|when|during|at)\b|\s*[?？,，]|$)", re.IGNORECASE)
_CHANGED_ZH_RE = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:减少|降低|缩短|提升|提高|加快|节省)了?(?:多少|几)")


def changed_thing_named(question: str, sentence: str) -> bool:
    """Whether a sentence names what the question asks to have changed (its head word, in either language): a
    ratio of GPU hours is no answer to "by what factor does it reduce the memory"; True when the question names no
    such thing."""
    from assistant.lang import tokenize
    from assistant.zh_en_dictionary import glosses

    match = _CHANGED_EN_RE.search(question) or _CHANGED_ZH_RE.search(question)
    if not match:
        return True
    words = [w for w in tokenize(match.group(1)) if len(w) > 1 and not w.isdigit()]
    if not words:
        return True
    head = words[-1]
    heads = [head] + [w for w in words[:-1] if w in head]  # 小时数 and its own words 小时, 时数
    seen = set(tokenize(sentence))
    seen |= {g for t in seen for g in glosses(t)}
    return any(h in seen or glosses(h) & seen for h in heads)


FULL_CLAUSE = 0.9  # the share of the asking clause's words a sentence has when it has them all (tokenizer cuts aside)
# "by how much does its error increase", "how much does the latency drop", "误差增加了多少": the thing that changes
_CHANGE_OF_EN_RE = re.compile(r"\b(?:does|do|did|would|will)\s+(?:its|the|their)?\s*((?:[\w\-]+\s+)?[\w\-]+)\s+"
                              r"(?:increase|decrease|rise|drop|grow|fall|decline|degrade)\b", re.IGNORECASE)
_CHANGE_OF_ZH_RE = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:增加|增长|上升|下降|降低|减少|提升|提高)了?(?:多少|几)")


def change_beside_number(question: str, sentence: str, given: list) -> bool:
    """Whether the sentence puts the thing the question asks the change of ("its error") within three words of a
    number the question does not give ("a 6.5% error increase", "误差仅增加6.5%")."""
    match = _CHANGE_OF_EN_RE.search(question) or _CHANGE_OF_ZH_RE.search(question)
    if not match:
        return False
    head = (tokenize(match.group(1)) or [""])[-1]
    if len(head) < 2:
        return False
    tokens = tokenize(sentence)
    numbered = [i for i, t in enumerate(tokens) if any(not number_supported(n, given) for n in parse_numbers(t))]
    return any(abs(i - j) <= 3 for i, t in enumerate(tokens) if head in t for j in numbered)


# "用的是什么实验范式" -> 实验范式; "what kind of transformations does it use" -> transformations
_KIND_ZH_RE = re.compile(r"(?:什么|哪种|哪类|何种|哪一种)(?:样的)?([\u4e00-\u9fff]{2,6}?)(?=[？?，,。；;]|$)")
_KIND_EN_RE = re.compile(r"\bwhat (?:kinds?|types?|sorts?) of ([A-Za-z\-]+(?: [A-Za-z\-]+)?)\b", re.IGNORECASE)


_AUXILIARIES = frozenset("does do did is are was were can will has have".split())
_NOT_MODIFIERS = frozenset("""the these those such its their our this that with via using uses used use and or of by
through from into over under other some many several all both each any more most new""".split())


def kind_named(question: str, sentence: str) -> bool:
    """Whether a sentence names a kind of what a "what kind of X" question asks: X's head word with a word of its
    own before it ("什么实验范式" <- "结构启动范式", "what kind of transformations" <- "rigid transformations")."""
    match = _KIND_ZH_RE.search(question)
    if match:
        phrase = match.group(1)
        head, modifier = phrase[-2:], phrase[:-2]
        for found in re.finditer(re.escape(head), sentence):
            before = sentence[max(0, found.start() - 2):found.start()]
            if (len(before) == 2 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9\-]{2}", before) and "的" not in before
                    and not (modifier and modifier.endswith(before))):
                return True
        return False
    match = _KIND_EN_RE.search(question)
    if not match:
        return False
    words = match.group(1).split()
    if len(words) > 1 and words[1].lower() in _AUXILIARIES:  # "what kind of transformations does it use"
        words = words[:1]
    head = words[-1].lower().rstrip("s")
    asked = {w.lower() for w in re.findall(r"[A-Za-z\-]+", question)} | _NOT_MODIFIERS
    return any(m.group(1).lower() not in asked
               for m in re.finditer(rf"\b([A-Za-z\-]{{3,}})\s+{re.escape(head)}s?\b", sentence, re.IGNORECASE))


def quote(answer: Answer, quotes: list[Scored]) -> None:
    """Answer with evidence sentences of one paper, quoted, marked as quoted and cited."""
    from assistant.chains.answer import Citation  # the chain's public type; answer.py imports this module
    from assistant.chains.completion import quoted

    by_n = {c.n: c for c in answer.sources}
    answer.refused = False
    answer.quoted = True
    answer.answer = QUOTED[answer.language] + " " + quoted(quotes)
    card = by_n[quotes[0].n]
    answer.citations = [Citation(n=card.n, id=card.id, title=card.title, url=card.url)]
