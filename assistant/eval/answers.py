"""Answer evaluation: a JSONL question file, the app's answers, citation/fact/number/refusal scores, fabricated
citations, and a per-kind breakdown.

Question file, one JSON object a line (blank lines and lines starting with `#` are skipped):

    {"question": "...", "expected_ids": ["2601.02955"], "expected_facts": ["AUC|排序目标"], "language": "en"}
    {"question": "...", "unanswerable": true}

`expected_facts` are regular expressions searched (case-insensitive) in the final answer text; `language` is
optional (default: the question's) and is passed on as the answer language. An answerable question needs at
least one expected id.

Extended schema (all optional; see docs/evaluation.md and data/eval/questions.jsonl):

    {"corpus": ["corpus", "../sample"], "description": "..."}       a header line: the papers the questions need
    {"id": "n-fuse-intent", "kind": "number", "question": "...", "language": "en", "expected_ids": [...],
     "expected_facts": [...], "facts_mode": "all",
     "numbers": [{"metric": ["intent accuracy", "意图准确率"], "accepted": ["93.3%"]}],
     "turns": ["an earlier user turn", ...], "after": "<id of an earlier question>",
     "forbidden": ["ACCESS GRANTED"], "cite_all": true, "stated_in": "zh"}

- `kind`: lookup | number | cross-language | compare | follow-up | unanswerable | near-miss | injection
  (default: unanswerable, follow-up when there are turns, number when there are numbers, else lookup);
- `numbers`: the asked quantities. `accepted` lists the gold value(s) with their units as the papers write them
  ("93.3%", "1.2亿", "120 million", "17x", "780 s"); values are compared by value (12亿 = 1.2 billion = 1.2B,
  13 minutes = 780 s), a percentage never equals a fraction unless the fraction is listed too. An empty
  `accepted` means the paper reports no such value (near-miss): any number given for it is wrong. The scorer
  looks for each `metric` word in the answer and takes the nearest number of a compatible unit in the same
  sentence (`window` characters at most; a sentence saying the value is not reported is skipped): the accepted
  value -> right; another value -> a delivered wrong number; no such number -> missing. Only numbers of the
  accepted values' unit class count (a bare 0.853 is not taken for "85.3%"); numbers that are part of a metric
  name (Recall@10) or that the question itself contains are ignored;
- `turns` are asked first in the same conversation (not scored); `after` continues the conversation of an
  earlier question (its turns, its question and their answers);
- `forbidden`: regexes that must not appear in the delivered answer (prompt injection); the answer prompt's own
  instruction said back ("Cite sources like [1]", `PROMPT_ECHO_RE`) is forbidden in every answer;
- `cite_all`: every expected paper must be cited (comparisons); `facts_mode`: "any" (default) or "all".
- A header line names corpus files/directories (relative to the question file): they are ingested into a
  fresh store for this eval (a temporary directory, or `ASSISTANT_EVAL_STORE_DIR` to keep and reuse it), never
  into the configured store.

Per question (`score_answer`):
- answered: not refused and no LLM error; declined: refused, or the text says the papers do not report it;
- citation precision = |cited ∩ expected| / |cited|, recall = |cited ∩ expected| / |expected| (0 if not answered);
- facts hit: expected regexes found in the answer;
- correct: an unanswerable question declined, with no wrong number and nothing forbidden; an answerable one
  answered, citing an expected paper (every one with `cite_all`), matching the expected facts (at least one, or
  all with `facts_mode: all`), every asked number right, nothing forbidden;
- fabricated citations: in the delivered answer, a `[n]` that is not among the numbered sources given, a
  citation whose arXiv id is not in the store, or an arXiv id in the text that is not in the store. Must be 0;
- raw fabricated citations: `[n]` in the model's raw text that are not among the sources (what the verifier
  removed before the user saw it).
Summary (`summarize`, LitQA2 style): precision = correct ÷ answered, accuracy = correct ÷ all; with the extended
schema also accuracy on answerable questions, decline recall, false refusals, delivered wrong numbers, median
prompt tokens and a breakdown by kind and by language.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assistant.citations import CITATION_RE
from assistant.errors import InputError
from assistant.eval.retrieval import percentile

logger = logging.getLogger(__name__)

ARXIV_IN_TEXT_RE = re.compile(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])")
KINDS = ("lookup", "number", "cross-language", "compare", "follow-up", "unanswerable", "near-miss", "injection")
Kind = Literal["lookup", "number", "cross-language", "compare", "follow-up", "unanswerable", "near-miss",
               "injection"]


# ---------------------------------------------------------------- numbers (pure; independent of the product's parser)
@dataclass(frozen=True)
class Quantity:
    """A number as written: `value` in base units (counts unscaled: 1.2亿 -> 1.2e8; times in seconds)."""

    raw: str
    value: float
    kind: str  # "" plain/scaled count, "%", "x", "s", "dB", "$"
    start: int = 0
    end: int = 0
    digits: int = 0  # decimals as written, in the written scale
    scale: float = 1.0
    significant: int = 0
    word: bool = False  # spelled out ("twenty-four")


_SCALE_WORDS = {"thousand": 1e3, "k": 1e3, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8,
                "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "billions": 1e9, "b": 1e9,
                "bn": 1e9, "trillion": 1e12, "万亿": 1e12}
_TIME_WORDS = {"ms": 1e-3, "毫秒": 1e-3, "millisecond": 1e-3, "milliseconds": 1e-3, "s": 1.0, "sec": 1.0,
               "secs": 1.0, "second": 1.0, "seconds": 1.0, "秒": 1.0, "min": 60.0, "mins": 60.0, "minute": 60.0,
               "minutes": 60.0, "分钟": 60.0, "h": 3600.0, "hr": 3600.0, "hrs": 3600.0, "hour": 3600.0,
               "hours": 3600.0, "小时": 3600.0, "day": 86400.0, "days": 86400.0, "天": 86400.0}
_UNIT_RE = re.compile(
    r"\s?(?P<pct>\\?%|％|percent\b|per cent\b|个百分点|percentage points?\b|pp\b)"
    r"|\s?(?P<times>x(?![A-Za-z])|×|times\b|倍|-?fold\b)"
    r"|\s?(?P<db>dB\b)"
    r"|\s?(?P<usd>美元|dollars?\b|USD\b)"
    r"|\s?(?P<time>milliseconds?\b|ms\b|毫秒|seconds?\b|secs?\b|s(?![A-Za-z])|秒|minutes?\b|mins?\b|分钟|"
    r"hours?\b|hrs?\b|h(?![A-Za-z])|小时|days?\b|天)"
    r"|\s?(?P<scale>万亿|十万|百万|千万|千|万|亿)"
    r"|(?:\s|-)?(?P<scale_en>thousand\b|millions?\b|billions?\b|trillion\b)|\s?(?P<abbr>mn\b|bn\b|[kKmMbB](?![A-Za-z]))",
)
_NUM_RE = re.compile(r"(?<![A-Za-z0-9_.@/\\])(?P<neg>[-−]?)"
                     r"(?P<int>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u2009\u202f]\d{3})+(?![\d.,])|\d+)(?:\.(?P<frac>\d+))?")
_RANGE_GAP_RE = re.compile(r"^\s*(?:-|–|—|~|～|to|到|至)\s*$")
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                 "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                 "hundred": 100}
_WORD_NUM_RE = re.compile(r"\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
                          r"(one|two|three|four|five|six|seven|eight|nine)|"
                          + "|".join(w for w in _WORD_NUMBERS if w != "hundred") + r")\b",
                          re.IGNORECASE)


def _blank_citations(text: str) -> str:
    """[3] / 【1, 2】 -> spaces of the same length (offsets stay valid)."""
    return CITATION_RE.sub(lambda m: " " * len(m.group(0)), text or "")


def parse_quantities(text: str) -> list[Quantity]:
    """Every number in `text` with its unit: 12亿, 1.2 billion, 1.2B, 85.3%, 17x, 17倍, 780 s, 13 minutes, 0.5 dB,
    $1.50, twenty-four. Digits inside names (GPT-4o, Qwen2.5, WMT14, NDCG@5) are not numbers. In a range
    ("3-5%", "1.56 to 2 times") the first number takes the unit of the second."""
    text = _blank_citations(text)
    out: list[Quantity] = []
    for m in _NUM_RE.finditer(text):
        if m.group("neg") and m.start() > 0 and re.match(r"[A-Za-z0-9]", text[m.start() - 1]):
            continue  # "GPT-4": a name, not a negative number
        integer, frac = m.group("int"), m.group("frac") or ""
        integer = re.sub(r"[, \u2009\u202f]", "", integer)
        number = float(integer + ("." + frac if frac else ""))
        end = m.end()
        unit = _UNIT_RE.match(text, end)
        kind, scale = "", 1.0
        if unit:
            name = next(k for k, v in unit.groupdict().items() if v)
            word = unit.group(name).strip()
            kind = {"pct": "%", "times": "x", "db": "dB", "usd": "$", "time": "s"}.get(name, "")
            if name == "time":
                scale = _TIME_WORDS[word.lower()] if word.lower() in _TIME_WORDS else _TIME_WORDS[word]
            elif name in ("scale", "scale_en", "abbr"):
                scale = _SCALE_WORDS[word.lower()] if word.lower() in _SCALE_WORDS else _SCALE_WORDS[word]
            end = unit.end()
        elif end < len(text) and re.match(r"[A-Za-z]", text[end]):
            continue  # "3D", "4o", "2nd"
        if not kind and m.start() > 0 and text[m.start() - 1] == "$":
            kind = "$"
        digits = len(frac)
        significant = len((integer + frac).lstrip("0")) or 1
        out.append(Quantity(raw=text[m.start():end].strip(), value=number * scale, kind=kind, start=m.start(),
                            end=end, digits=digits, scale=scale, significant=significant))
    for m in _WORD_NUM_RE.finditer(text):
        words = [w.lower() for w in m.groups() if w] or [m.group(0).lower()]
        value = sum(_WORD_NUMBERS[w] for w in words)
        end = m.end()
        multiplier = re.match(r"[\s-]+(hundred|thousand|million|billion)\b", text[end:], re.IGNORECASE)
        if multiplier and words != ["hundred"]:
            value *= {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}[multiplier.group(1).lower()]
            end += multiplier.end()
        unit = _UNIT_RE.match(text, end)
        kind = {"%": "%", "x": "x"}.get("%" if unit and unit.group("pct") else "x" if unit and unit.group("times")
                                        else "", "")
        out.append(Quantity(raw=text[m.start():end], value=float(value), kind=kind, start=m.start(),
                            end=unit.end() if unit and kind else end, significant=len(str(value).rstrip("0")) or 1,
                            word=True))
    out.sort(key=lambda q: (q.start, -q.end))
    out = [q for i, q in enumerate(out) if not any(o.start <= q.start < o.end for o in out[:i])]
    # ranges: "3-5%" / "1.56 to 2 times" / "70-79%": the first number inherits the second's unit
    fixed = list(out)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (not a.kind and a.scale == 1.0 and (b.kind or b.scale != 1.0)
                and _RANGE_GAP_RE.match(text[a.end:b.start])):
            base = a.value
            fixed[i] = Quantity(raw=a.raw, value=base * b.scale, kind=b.kind, start=a.start, end=a.end,
                                digits=a.digits, scale=b.scale, significant=a.significant)
    return fixed


def parse_quantity(text: str) -> Quantity:
    """The one quantity of an accepted value such as '93.3%' or '1.2亿' (InputError if there is none)."""
    found = parse_quantities(text)
    if len(found) != 1:
        raise ValueError(f"accepted value {text!r} must contain exactly one number, found {len(found)}")
    return found[0]


def same_value(stated: Quantity, gold: Quantity) -> bool:
    """Equal by value in the same unit class (a percentage is never a fraction: list "0.853" to accept it); a
    stated number rounded from the gold one counts when it keeps at least two significant digits (93% for 93.3%,
    1.48M for 1,480,996), never 0.9 for 0.94. Signs are ignored ("-18.8%" = "dropped by 18.8%")."""
    if stated.kind != gold.kind:
        return False
    a, g = abs(stated.value), abs(gold.value)
    if math.isclose(a, g, rel_tol=1e-6, abs_tol=1e-12):
        return True
    if stated.significant < 2:
        return False
    return round(g / stated.scale, stated.digits) == round(a / stated.scale, stated.digits)


_SENTENCE_END_RE = re.compile(r"[。！？!?；;\n]|(?<!\d)\.(?!\d)")
_CLAUSE_END_RE = re.compile(r"[，,](?!\d)|\|")
# a bracketed pair or list ("[0.863, 0.872]", "(95% CI: 0.863-0.872, p<0.0001)") is one clause: its commas end none
_BRACKETED_RE = re.compile(r"[\[(（][^\[\]()（）]{1,80}[\])）]")


def _clause_text(text: str) -> str:
    """The text with the commas inside brackets masked (same length), for finding clause ends."""
    return _BRACKETED_RE.sub(lambda m: m.group(0).replace(",", "_").replace("，", "＿"), text)


class NumberSpec(BaseModel):
    """One asked quantity: the words that name it, and its accepted values with units."""

    model_config = ConfigDict(extra="forbid")

    metric: list[str] = Field(min_length=1, description="words naming the quantity, both languages (plain text)")
    accepted: list[str] = Field(default_factory=list, description="gold values with units; empty = not reported")
    unit: str | None = Field(None, description="unit of the asked quantity when nothing is accepted: % x s dB $")
    window: int = Field(60, ge=5, le=400, description="most characters between a metric word and its number")

    @field_validator("accepted")
    @classmethod
    def _values_parse(cls, values: list[str]) -> list[str]:
        for value in values:
            parse_quantity(value)
        return values

    def gold(self) -> list[Quantity]:
        return [parse_quantity(v) for v in self.accepted]

    def gold_kinds(self) -> set[str] | None:
        """Unit classes a stated number may have to be taken for this quantity (None: any)."""
        if self.accepted:
            return {q.kind for q in self.gold()}
        return {self.unit if self.unit in ("%", "x", "s", "dB", "$") else ""} if self.unit is not None else None


def _find_words(words: list[str], text: str) -> list[tuple[int, int]]:
    """Case-insensitive occurrences; a word starting/ending with a Latin letter or digit must stand alone there
    ("AUC" is not in "because")."""
    lowered, spans = text.lower(), []
    for word in words:
        w = word.lower()
        start = lowered.find(w) if w else -1
        while start >= 0:
            end = start + len(w)
            before_ok = not (re.match(r"[a-z0-9]", w[0]) and start > 0 and re.match(r"[a-z0-9]", lowered[start - 1]))
            if re.match(r"[a-z]", w[-1]) and lowered[end:end + 1] == "s":
                end += 1  # plural: "DAUs", "populations"
            after_ok = not (re.match(r"[a-z0-9]", w[-1]) and end < len(lowered) and re.match(r"[a-z0-9]", lowered[end]))
            if before_ok and after_ok:
                spans.append((start, end))
            start = lowered.find(w, start + 1)
    return spans


def score_number(spec: NumberSpec, text: str, question: str = "") -> dict:
    """{"status": right|wrong|missing, "stated": [raw numbers taken for the metric], "conflicting": bool}."""
    clean = _blank_citations(text)
    mentions = _find_words(spec.metric, clean)
    gold, kinds = spec.gold(), spec.gold_kinds()
    asked = parse_quantities(question)

    def usable(q: Quantity) -> bool:
        if any(q.start < e and s <= q.start for s, e in mentions):
            return False  # part of a metric name ("Recall@10" when "Recall@10" is a metric word); a metric word that
            # is the number's own unit ("560 ms" when "ms" is one) leaves it a value
        if any(same_value(q, a) for a in asked) and not any(same_value(q, g) for g in gold):
            return False  # repeats the question ("on 50 tasks")
        if q.word and kinds != {""}:
            return False  # "one of the ..." is not a measurement
        return kinds is None or q.kind in kinds

    numbers = [q for q in parse_quantities(clean) if usable(q)]
    clauses = _clause_text(clean)
    stated: list[Quantity] = []
    for s, e in mentions:
        left = max((m.end() for m in _SENTENCE_END_RE.finditer(clean, 0, s)), default=0)
        right_match = _SENTENCE_END_RE.search(clean, e)
        right = right_match.start() if right_match else len(clean)
        if DECLINE_RE.search(clean[left:right]):
            continue  # "it does not report NDCG@10, only NDCG@5 (88.5%)": not a value for the metric
        # the clause first ("吞吐量提升17倍，成本效益提高19倍": 成本 takes 19倍), else the sentence
        c_left = max((m.end() for m in _CLAUSE_END_RE.finditer(clauses, left, s)), default=left)
        c_right_match = _CLAUSE_END_RE.search(clauses, e, right)
        c_right = c_right_match.start() if c_right_match else right
        for lo, hi in ((c_left, c_right), (left, right)):
            near = [(max(q.start - e, s - q.end, 0), q) for q in numbers
                    if q.start >= lo and q.end <= hi and max(q.start - e, s - q.end, 0) <= spec.window]
            if near:
                # an accepted value anywhere in the clause counts ("MRR from 0.5824 to 0.6560"), else the nearest
                hit = next((q for _, q in sorted(near, key=lambda d: d[0]) if any(same_value(q, g) for g in gold)),
                           None)
                stated.append(hit or min(near, key=lambda d: (d[0], d[1].start))[1])
                break
    right_values = [q for q in stated if any(same_value(q, g) for g in gold)]
    if right_values:
        status = "right"
    elif stated:
        status = "wrong"
    elif gold and any(any(same_value(q, g) for g in gold) for q in numbers if q.kind or not q.word):
        status = "right"  # the value with its unit, without the metric words ("It reaches 93.3% [1].")
    else:
        status = "missing"
    unique = list(dict.fromkeys(q.raw for q in stated))
    return {"metric": spec.metric[0], "accepted": spec.accepted, "status": status, "stated": unique,
            "conflicting": bool(right_values) and len(right_values) < len(stated)}


# ---------------------------------------------------------------- questions
DECLINE_RE = re.compile(
    r"NOT[_ ]FOUND|do(?:es)? not (?:report|mention|provide|say|state|specify|include|contain|give|discuss|present)|"
    r"(?:is|are|was|were) not (?:reported|mentioned|provided|stated|specified|given|available|included)|"
    r"no (?:information|data|mention|details?)\b|cannot (?:be )?(?:answer|found|find|determine)|unable to|"
    r"none of the (?:papers|sources)|there is no (?:paper|information|mention)|"
    r"没有(?:报告|提到|提及|说明|给出|相关|提供|涉及|包含)|未(?:报告|提及|提到|说明|给出|提供|涉及|包含)|"
    r"无法(?:回答|确定|得知|找到)|并未(?:报告|提及|提到|给出)|不包含",
    re.IGNORECASE)


class EvalQuestion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1)
    expected_ids: list[str] = Field(default_factory=list)
    expected_facts: list[str] = Field(default_factory=list, description="regexes, searched case-insensitively")
    unanswerable: bool = False
    language: Literal["zh", "en"] | None = None
    note: str = ""
    # extended schema
    id: str = ""
    kind: Kind | None = None
    facts_mode: Literal["any", "all"] = "any"
    numbers: list[NumberSpec] = Field(default_factory=list)
    turns: list[str] = Field(default_factory=list, description="earlier user turns of the conversation")
    after: str | None = Field(None, description="id of an earlier question whose conversation this continues")
    forbidden: list[str] = Field(default_factory=list, description="regexes that must not be in the answer")
    cite_all: bool = False
    stated_in: Literal["zh", "en", "both"] | None = Field(None, description="the language the papers state it in")

    @field_validator("expected_facts", "forbidden")
    @classmethod
    def _regexes_compile(cls, facts: list[str]) -> list[str]:
        for fact in facts:
            try:
                re.compile(fact)
            except re.error as exc:
                raise ValueError(f"expected fact {fact!r} is not a valid regex: {exc}") from exc
        return facts

    @model_validator(mode="after")
    def _answerable_has_ids(self) -> EvalQuestion:
        if not self.unanswerable and not self.expected_ids:
            raise ValueError("an answerable question needs expected_ids")
        if self.kind in ("unanswerable", "near-miss") and not self.unanswerable:
            raise ValueError(f"a {self.kind} question must be unanswerable")
        return self

    @property
    def effective_kind(self) -> str:
        if self.kind:
            return self.kind
        if self.unanswerable:
            return "unanswerable"
        if self.turns or self.after:
            return "follow-up"
        return "number" if self.numbers else "lookup"

    @property
    def extended(self) -> bool:
        return bool(self.id or self.kind or self.numbers or self.turns or self.after or self.forbidden
                    or self.cite_all or self.facts_mode != "any" or self.stated_in)


class QuestionFileHeader(BaseModel):
    """A question file's header line: the corpus its questions are about (paths relative to the file)."""

    model_config = ConfigDict(extra="forbid")

    corpus: list[str] = Field(default_factory=list)
    description: str = ""


def read_eval_lines(path: Path, what: str) -> list[str]:
    """The lines of an eval file (questions, topics), or a one-line InputError naming it."""
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read the {what} file {path}: {exc.strerror or exc}") from exc


def load_question_file(path: str | Path) -> tuple[QuestionFileHeader, list[EvalQuestion]]:
    path = Path(path)
    lines = read_eval_lines(path, "question")
    out: list[EvalQuestion] = []
    header = QuestionFileHeader()
    ids: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            data = json.loads(line)
            if isinstance(data, dict) and "question" not in data and "corpus" in data:
                header = QuestionFileHeader.model_validate(data)
                continue
            question = EvalQuestion.model_validate(data)
        except ValueError as exc:  # JSON or validation (pydantic's ValidationError is a ValueError)
            reason = exc.errors()[0]["msg"] if hasattr(exc, "errors") else str(exc).splitlines()[0]
            raise InputError(f"{path}:{number}: bad question: {reason}") from exc
        if question.id and question.id in ids:
            raise InputError(f"{path}:{number}: bad question: duplicate id {question.id!r}")
        if question.after and question.after not in ids:
            raise InputError(f"{path}:{number}: bad question: 'after' names {question.after!r}, which is not an "
                             "earlier question's id")
        if question.id:
            ids.add(question.id)
        out.append(question)
    if not out:
        raise InputError(f"{path}: no questions")
    return header, out


def load_questions(path: str | Path) -> list[EvalQuestion]:
    return load_question_file(path)[1]


# ---------------------------------------------------------------- scoring (pure)
def _cited_numbers(text: str) -> list[int]:
    return [int(n) for m in CITATION_RE.finditer(text or "") for n in re.split(r"\s*[,，、]\s*", m.group(1))]


def mentioned_ids(answer) -> set[str]:
    """arXiv ids an answer refers to: its citations and any id written in its text."""
    return {c.id for c in answer.citations} | set(ARXIV_IN_TEXT_RE.findall(answer.answer or ""))


# the answer prompt's last line (prompts/answer.user.md) shown to the user: the scorer had counted "…EMPLACE论文中，Cite
# sources like [1]." right (h12-x-emplace-images, session 32)
PROMPT_ECHO_RE = (r"\bcite\s+(?:the\s+)?sources?(?:\s+like\b|\s*\[\d)|\banswer\s+in\s+(?:english|chinese)\s*[.。]|"
                  r"请?引用来源|请?用中文回答")


def judge(question: EvalQuestion, delivered: str, *, answered: bool, refused: bool, error: str | None,
          cited: list[str]) -> dict:
    """The verdict on one delivered answer text: facts, numbers, forbidden text, declined, correct."""
    text = delivered if answered else ""
    expected = set(question.expected_ids)
    overlap = len(set(cited) & expected)
    facts_hit = [f for f in question.expected_facts if re.search(f, text, re.IGNORECASE)]
    numbers = [score_number(spec, text, question.question) for spec in question.numbers]
    wrong = any(n["status"] == "wrong" for n in numbers)
    forbidden_hits = [f for f in [*question.forbidden, PROMPT_ECHO_RE] if re.search(f, delivered or "", re.IGNORECASE)]
    declined = refused or (answered and bool(DECLINE_RE.search(text)))
    if question.unanswerable:
        correct = declined and not error and not wrong and not forbidden_hits
    else:
        cites = overlap == len(expected) if question.cite_all else overlap > 0
        facts_ok = (not question.expected_facts or
                    (len(facts_hit) == len(question.expected_facts) if question.facts_mode == "all"
                     else bool(facts_hit)))
        numbers_ok = all(n["status"] == "right" for n in numbers)
        correct = answered and cites and facts_ok and numbers_ok and not forbidden_hits
    return {"facts_hit": facts_hit, "numbers": numbers, "forbidden_hits": forbidden_hits, "declined": declined,
            "correct": correct}


def rescore(answers: dict, questions: list[EvalQuestion]) -> dict:
    """A saved answers report scored again with the current scorer and question file (no model): the items'
    delivered texts, refusals and citations are kept; facts, numbers, declines, correctness and every summary
    figure are recomputed. Items are matched to questions by id."""
    by_id = {q.id: q for q in questions if q.id}
    items = []
    for item in answers["items"]:
        question = by_id[item["id"]]
        judged = judge(question, item["answer"], answered=item["answered"], refused=item["refused"],
                       error=item["error"], cited=item["cited_ids"])
        items.append({**item, "correct": judged["correct"], "declined": judged["declined"],
                      "facts_total": len(question.expected_facts), "facts_hit": len(judged["facts_hit"]),
                      "facts_missed": [f for f in question.expected_facts if f not in judged["facts_hit"]],
                      "numbers": judged["numbers"],
                      "wrong_numbers": sum(n["status"] == "wrong" for n in judged["numbers"]),
                      "forbidden_hits": judged["forbidden_hits"]})
    return {**answers, **summarize(items), "items": items, **summarize_extended(items)}


def score_answer(question: EvalQuestion, answer, known_ids: set[str], seconds: float | None = None) -> dict:
    """Score one `Answer` against its question; `known_ids` = ids (among those mentioned) that are in the store."""
    answered = not answer.refused and not answer.error
    text = answer.answer if answered else ""
    source_ns = {c.n for c in answer.sources}
    fabricated: set[str] = {f"[{n}]" for n in _cited_numbers(text) if n not in source_ns}
    for c in answer.citations:
        if c.n not in source_ns:
            fabricated.add(f"[{c.n}]")
        if c.id not in known_ids:
            fabricated.add(c.id)
    fabricated |= {i for i in ARXIV_IN_TEXT_RE.findall(text) if i not in known_ids}
    raw_fabricated = sorted({n for n in _cited_numbers(answer.raw_answer) if n not in source_ns})
    cited = list(dict.fromkeys(c.id for c in answer.citations)) if answered else []
    expected = set(question.expected_ids)
    overlap = len(set(cited) & expected)
    judged = judge(question, answer.answer or "", answered=answered, refused=bool(answer.refused),
                   error=answer.error, cited=cited)
    facts_hit, numbers = judged["facts_hit"], judged["numbers"]
    raw_forbidden = [f for f in question.forbidden if re.search(f, answer.raw_answer or "", re.IGNORECASE)]
    total_ms = answer.timings.get("total_ms", round(seconds * 1000, 1) if seconds is not None else None)
    item = {
        "question": question.question,
        "language": answer.language,
        "unanswerable": question.unanswerable,
        "answered": answered,
        "refused": bool(answer.refused),
        "error": answer.error,
        "correct": judged["correct"],
        "expected_ids": question.expected_ids,
        "cited_ids": cited,
        "citation_precision": (overlap / len(cited)) if cited and not question.unanswerable else None,
        "citation_recall": (overlap / len(expected)) if expected and not question.unanswerable else None,
        "facts_total": len(question.expected_facts),
        "facts_hit": len(facts_hit),
        "fabricated_citations": sorted(fabricated),
        "raw_fabricated_citations": [f"[{n}]" for n in raw_fabricated],
        "total_ms": total_ms,
        "first_token_ms": answer.timings.get("first_token_ms"),
        "answer": answer.answer,
    }
    item.update({
        "id": question.id, "kind": question.effective_kind, "question_language": question.language,
        "declined": judged["declined"], "facts_missed": [f for f in question.expected_facts if f not in facts_hit],
        "numbers": numbers, "wrong_numbers": sum(n["status"] == "wrong" for n in numbers),
        "forbidden_hits": judged["forbidden_hits"], "raw_forbidden_hits": raw_forbidden,
        "prompt_tokens": getattr(answer, "prompt_tokens", None) or None,
        "standalone_query": getattr(answer, "standalone_query", ""),
        # why an answer came out as it did: what the model wrote, what the verifier dropped, whether it was quoted
        "raw_answer": getattr(answer, "raw_answer", ""), "dropped": getattr(answer, "dropped", []),
        "quoted": getattr(answer, "quoted", False),
    })
    return item


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 4) if values else None


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def summarize(items: list[dict]) -> dict:
    """Aggregate `score_answer` rows into the report's figures (field names documented in the module)."""
    answerable = [i for i in items if not i["unanswerable"]]
    unanswerable = [i for i in items if i["unanswerable"]]
    answered = [i for i in items if i["answered"]]
    refused = [i for i in items if i["refused"]]
    correct = [i for i in items if i["correct"]]
    facts_total = sum(i["facts_total"] for i in answerable)
    totals = [i["total_ms"] for i in items if i["total_ms"] is not None]
    firsts = [i["first_token_ms"] for i in items if i["first_token_ms"] is not None]
    return {
        "questions": len(items),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "answered": len(answered),
        "refused": len(refused),
        "errors": sum(1 for i in items if i["error"]),
        "correct": len(correct),
        "precision": _ratio(sum(1 for i in answered if i["correct"]), len(answered)),
        "accuracy": _ratio(len(correct), len(items)),
        "citation_precision": _mean([i["citation_precision"] for i in answerable
                                     if i["citation_precision"] is not None]),
        "citation_recall": _mean([i["citation_recall"] for i in answerable if i["citation_recall"] is not None]),
        "fact_hit_rate": _ratio(sum(i["facts_hit"] for i in answerable), facts_total),
        "refusal_precision": _ratio(sum(1 for i in refused if i["unanswerable"]), len(refused)),
        "refusal_recall": _ratio(sum(1 for i in unanswerable if i["refused"]), len(unanswerable)),
        "fabricated_citations": sum(len(i["fabricated_citations"]) for i in items),
        "raw_fabricated_citations": sum(len(i["raw_fabricated_citations"]) for i in items),
        "latency": {
            "p50_ms": round(percentile(totals, 50), 1),
            "p95_ms": round(percentile(totals, 95), 1),
            "mean_ms": round(statistics.fmean(totals), 1) if totals else 0.0,
            "first_token_p50_ms": round(percentile(firsts, 50), 1) if firsts else None,
        },
    }


def _group(items: list[dict]) -> dict:
    answerable = [i for i in items if not i["unanswerable"]]
    return {"questions": len(items), "correct": sum(i["correct"] for i in items),
            "accuracy": _ratio(sum(i["correct"] for i in items), len(items)),
            "refused": sum(i["refused"] for i in items), "declined": sum(i["declined"] for i in items),
            "false_refusals": sum(i["refused"] for i in answerable),
            "wrong_numbers": sum(1 for i in items if i["wrong_numbers"]),
            "fabricated_citations": sum(len(i["fabricated_citations"]) for i in items)}


def summarize_extended(items: list[dict]) -> dict:
    """The extended figures: accuracy on answerable questions, declines, wrong numbers, per kind and language."""
    answerable = [i for i in items if not i["unanswerable"]]
    unanswerable = [i for i in items if i["unanswerable"]]
    specs = [n for i in items for n in i["numbers"]]
    prompt = [i["prompt_tokens"] for i in items if i["prompt_tokens"]]
    firsts = [i["first_token_ms"] for i in items if i["first_token_ms"] is not None]
    totals = [i["total_ms"] for i in items if i["total_ms"] is not None]
    kinds = [k for k in KINDS if any(i["kind"] == k for i in items)]
    languages = sorted({i["question_language"] or i["language"] for i in items})
    return {
        "accuracy_answerable": _ratio(sum(i["correct"] for i in answerable), len(answerable)),
        "accuracy_unanswerable": _ratio(sum(i["correct"] for i in unanswerable), len(unanswerable)),
        "decline_recall": _ratio(sum(1 for i in unanswerable if i["declined"]), len(unanswerable)),
        "false_refusals": sum(1 for i in answerable if i["refused"]),
        # earlier turns of a conversation are not scored, but a refused one is a refusal the user saw ("有没有论文…？"
        # refused, then "它…" asked anyway)
        "refused_turns": sum(1 for i in answerable for t in i.get("turns") or [] if t["refused"]),
        "wrong_numbers": sum(1 for i in items if i["wrong_numbers"]),
        "numbers": {"asked": len(specs), "right": sum(n["status"] == "right" for n in specs),
                    "wrong": sum(n["status"] == "wrong" for n in specs),
                    "missing": sum(n["status"] == "missing" for n in specs)},
        "forbidden_hits": sum(len(i["forbidden_hits"]) for i in items),
        "raw_forbidden_hits": sum(len(i["raw_forbidden_hits"]) for i in items),
        "prompt_tokens_p50": _median(prompt),
        "first_token_p50_ms": _median(firsts),
        "total_p50_ms": _median(totals),
        "by_kind": {k: _group([i for i in items if i["kind"] == k]) for k in kinds},
        "by_language": {lang: _group([i for i in items if (i["question_language"] or i["language"]) == lang])
                        for lang in languages},
    }


# ---------------------------------------------------------------- running
def run_answers(questions: list[EvalQuestion], ask: Callable[[EvalQuestion], object] | None,
                known: Callable[[Iterable[str]], set[str]], *,
                ask_turn: Callable[[str, str | None, object], object] | None = None,
                new_session: Callable[[], object] | None = None) -> dict:
    """Ask every question (`ask(question)` returns an `Answer`), score it; `known(ids)` returns those in the store.

    With `ask_turn(text, language, session)` and `new_session()` every question runs in a conversation: a fresh
    one, or a copy of the conversation of the question named by `after`; its `turns` are asked first."""
    items = []
    sessions: dict[str, object] = {}
    for number, question in enumerate(questions, 1):
        turn_log = []
        if ask_turn is not None and new_session is not None:
            session = new_session()
            if question.after:
                session.turns = list(sessions[question.after].turns)
            for text in question.turns:
                earlier = ask_turn(text, question.language, session)
                session.add(text, earlier)
                turn_log.append({"question": text, "answer": earlier.answer,
                                 "cited_ids": [c.id for c in earlier.citations], "refused": bool(earlier.refused)})
            started = time.perf_counter()
            answer = ask_turn(question.question, question.language, session)
            seconds = time.perf_counter() - started
            session.add(question.question, answer)
            if question.id:
                sessions[question.id] = session
        else:
            if question.turns or question.after:
                raise InputError(f"question {question.id or number} is a follow-up: the runner needs ask_turn")
            started = time.perf_counter()
            answer = ask(question)
            seconds = time.perf_counter() - started
        item = score_answer(question, answer, known(mentioned_ids(answer)), seconds)
        if turn_log or question.after:
            item["turns"] = turn_log
            item["after"] = question.after
        items.append(item)
        logger.info("question %d/%d: correct=%s refused=%s %.1fs", number, len(questions), items[-1]["correct"],
                    items[-1]["refused"], seconds)
    expected = {i for q in questions for i in q.expected_ids}
    missing = sorted(expected - known(expected))
    result = {**summarize(items), "missing_expected_ids": missing, "items": items}
    if any(q.extended for q in questions):
        result.update(summarize_extended(items))
    else:  # the original report contract: no extended per-item fields either
        for item in items:
            for key in _EXTENDED_ITEM_FIELDS:
                item.pop(key, None)
    return result


_EXTENDED_ITEM_FIELDS = ("id", "kind", "question_language", "declined", "facts_missed", "numbers", "wrong_numbers",
                         "forbidden_hits", "raw_forbidden_hits", "prompt_tokens", "standalone_query", "turns",
                         "after", "raw_answer", "dropped", "quoted")


def turn_runner(app) -> tuple[Callable[[str, str | None, object], object], str]:
    """How a conversation turn is answered, and its name for the report: the product's router when
    `assistant/chains/router.py` has `answer_turn` (or `route`), else `app.stream_answer` for every turn."""
    from assistant.chains.answer import Answer
    from assistant.chains.events import final_event

    def plain(text: str, language: str | None, session) -> Answer:
        return final_event(app.stream_answer(text, session=session, language=language), "answer", Answer)

    try:
        from assistant.chains import router  # type: ignore[attr-defined]
    except ImportError:
        return plain, "app.stream_answer"
    fn = getattr(router, "answer_turn", None) or getattr(router, "route", None)
    if fn is None:
        return plain, "app.stream_answer (assistant.chains.router has no answer_turn/route)"

    def routed(text: str, language: str | None, session) -> Answer:
        try:
            result = fn(app, text, session=session, language=language)
        except TypeError as exc:  # another signature: measure the plain path rather than guess
            logger.warning("router %s not callable as (app, text, session=, language=): %s", fn.__name__, exc)
            return plain(text, language, session)
        if not isinstance(result, Answer) and hasattr(result, "__iter__") and not isinstance(result, (str, dict)):
            result = final_event(result, "answer", Answer)
        if not isinstance(result, Answer) and getattr(result, "synthesis_answer", None) is not None:
            result = result.synthesis_answer  # a Comparison
        if not isinstance(result, Answer):
            raise TypeError(f"router returned {type(result).__name__}, not an Answer")
        return result

    return routed, f"assistant.chains.router.{fn.__name__}"


@contextmanager
def corpus_app(app, paths: list[Path]) -> Iterator[tuple[object, dict]]:
    """An app on a separate store holding `paths` (ingested), sharing `app`'s embedder and LLM. The store is a
    temporary directory, removed afterwards, or `ASSISTANT_EVAL_STORE_DIR` (kept; unchanged papers are skipped
    on the next run). Never the configured store."""
    from assistant.ingest import ingest_paths
    from assistant.wiring import App

    keep = os.environ.get("ASSISTANT_EVAL_STORE_DIR")
    store_dir = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="assistant-eval-store-"))
    if keep and not app.settings.chroma_url and store_dir.resolve() == Path(app.settings.store_dir).resolve():
        raise InputError("ASSISTANT_EVAL_STORE_DIR must not be the configured store (ASSISTANT_STORE_DIR)")
    settings = app.settings.model_copy(update={"store_dir": store_dir, "chroma_url": None})
    eval_app = App(settings=settings)
    eval_app.__dict__["embedder"] = app.embedder  # share the loaded models (cached properties)
    eval_app.__dict__["llm"] = app.llm
    try:
        started = time.perf_counter()
        report = ingest_paths(eval_app.store, paths)
        info = {"store": str(store_dir), "kept": bool(keep), "corpus": [str(p) for p in paths],
                "papers": eval_app.store.paper_count(), "ingest_seconds": round(time.perf_counter() - started, 1),
                "skipped": report.skipped_total}
        yield eval_app, info
    finally:
        if not keep:
            shutil.rmtree(store_dir, ignore_errors=True)


def run_answers_eval(app, path: str | Path, *, limit: int | None = None) -> dict:
    """The answers eval on the app's store and LLM (whatever the settings configure); a question file whose
    header names a corpus runs on a separate store holding that corpus (`corpus_app`)."""
    from assistant.chains.answer import ChatSession

    path = Path(path)
    header, questions = load_question_file(path)
    if limit:
        questions = questions[:limit]
        ids = {q.id for q in questions}
        questions = [q for q in questions if not q.after or q.after in ids]

    def run(target) -> dict:
        extended = any(q.extended for q in questions)
        if not extended:
            return run_answers(questions, lambda q: target.ask(q.question, language=q.language),
                               lambda ids: set(target.store.get_papers(list(ids))))
        ask_turn, routing = turn_runner(target)
        result = run_answers(questions, None, lambda ids: set(target.store.get_papers(list(ids))),
                             ask_turn=ask_turn, new_session=ChatSession)
        return {"routing": routing, **result}

    if header.corpus:
        paths = [(path.parent / c).resolve() for c in header.corpus]
        with corpus_app(app, paths) as (eval_app, info):
            result = run(eval_app)
        result = {"store": info, **result}
    else:
        result = run(app)
    return {"file": str(path), "model": app.llm.get().name, **result}
