"""Digests on the judged topic set (issue 16): the selection before issue 16 against the current one.

data/eval/topics.jsonl holds 20 topics (zh and en) over dw-dengwei 2026-06-01..10 with every on-topic paper of
the range labelled by hand (data/eval/TOPICS.md). For each topic, themed digests of 8 and of 20 papers without
the LLM (keyword theme names, no overview) are built on the store of bench/digest_relevance.py (the same slice)
by the code before issue 16 (`git archive` of commit 0f0c772, imported from a temporary folder) and by this
checkout, and scored by assistant/eval/digests.py: precision@N, recall within the max, theme purity, seconds.

    python -m bench.digest_topics [--before REF] [--previous REF] [--store DIR]  # writes the digest-topics section

Tuned / held-out: the selection's rules and constants were tuned looking only at the 1st, 3rd, 5th, … topics of the
file (`TUNED`); the 2nd, 4th, … are reported apart as held-out (`--previous REF` adds a middle column: the selection
at REF, e.g. the commit before the tuning). Fresh topics written after the tuning are reported apart, per group:
`NEW` (six, 2026-12-02 13:10), `NEW2` (eight, written blind 16:07-16:15 after f8d04e9), `NEW3` (seven, written
blind 20:55-21:10 at 1c82262), `NEW4` (six, written blind 2026-12-03 02:45-03:05 at 95737f7) and `NEW5` (six,
labelled blind 2026-12-03 07:55-08:00 in 0dcb1d4), `NEW6` (six, labelled blind 2026-12-03 in 922b657) and `NEW7` (six,
labelled blind in e38d7c4) and `NEW8` (six, labelled blind in b58330f); `--reuse SAVED.json
--previous REF` keeps the saved 'before' (running it for topics the saved run lacks) and runs REF as 'previous'
(e.g. the commit the blind figures were measured on, to report blind → after study).
    python -m bench.digest_topics --overview-report first/eval-report.json --overview-report again/eval-report.json
        # the digest-topics-overview section from `eval --digests` reports made with the bundled model
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, machine, machine_line, save_json, write_section
from bench.digest_relevance import BEFORE, default_store, ensure_store, open_app

TOPICS = ROOT / "data" / "eval" / "topics.jsonl"
SIZES = [8, 20]
# the topics the selection was tuned on (the file's 1st, 3rd, ... topic); the others are held out
TUNED = ("vlm-hallucination", "gen-rec", "kv-cache", "gs-recon", "llm-mt", "vla-manip", "graph-rag", "token-pruning",
         "llm-quant", "unlearning")
# six fresh topics written and labelled after the selection had been tuned (data/eval/TOPICS.md, 'Fresh topics'):
# reported apart, as the held-out figure of the selection they were first measured on
NEW = ("ts-forecast", "llm-sycophancy", "reward-hacking", "text2sql", "contamination", "long-video")
# a second fresh group, written and labelled blind after the topic reading of f8d04e9 (TOPICS.md, 'Fresh topics,
# second group'): reported apart from the first 20 and from the earlier fresh six
NEW2 = ("med-seg", "gui-agent", "prm", "deepfake-detect", "test-time-scaling", "theorem-proving", "image-editing",
        "ai-text-detect")
# a third fresh group, written and labelled blind at 1c82262 (session 10; TOPICS.md, 'Fresh topics, third group')
NEW3 = ("llm-distill", "dllm-accel", "world-model", "llm-tool-use", "radiology-report", "hate-speech", "spatial-vlm")
# a fourth fresh group, written and labelled blind at 95737f7 (session 11; TOPICS.md, 'Fresh topics, fourth group')
NEW4 = ("llm-kedit", "finance-llm", "mental-health-llm", "asr-llm", "model-merging", "llm-debate")
# a fifth fresh group, labelled blind in 0dcb1d4 (session 12; TOPICS.md, 'Fresh topics, fifth group')
NEW5 = ("llm-continual", "llm-peft", "ov-detect", "sae-interp", "motion-gen", "overthinking")
NEW6 = ("llm-bias", "doc-mllm", "edu-llm", "ai-scientist", "fact-check", "3d-gen")
# a seventh fresh group, labelled blind in e38d7c4 (session 14; measured blind by hand at a221d70, 309be8b)
NEW7 = ("llm-privacy", "mol-gen", "pc-seg", "low-resource-llm", "pref-opt", "vln")
# an eighth fresh group, labelled blind in b58330f (session 15; measured blind at 2974f3a and 342f719, studied in
# session 16)
NEW8 = ("tts", "llm-uncertainty", "industrial-anomaly", "ecc-codes", "llm-rerank", "llm-games")
# each fresh group with its ordinal: the row of the split table ('fresh, third group') and the tag of a topic's line
# ('fresh 3'); a new group is one line here
GROUPS = ((NEW, "first", ""), (NEW2, "second", " 2"), (NEW3, "third", " 3"), (NEW4, "fourth", " 4"),
          (NEW5, "fifth", " 5"), (NEW6, "sixth", " 6"), (NEW7, "seventh", " 7"), (NEW8, "eighth", " 8"),
          (("llm-roleplay", "pinn", "traj-pred", "fed-learning", "text-embed", "llm-tom"), "ninth", " 9"),
          (("llm-judge", "llm-writing", "talking-face", "fair-division", "act-steering", "semantic-comm"), "tenth", " 10"),
          (("search-agent-rl", "cot-faithfulness", "vlm-adversarial", "ai-companion", "beamforming", "agent-comm"),
           "eleventh", " 11"),
          (("agent-skills", "diff-privacy", "human-ai-collab", "spoken-dialogue", "driving-3d-det", "rag-conflict"),
           "twelfth", " 12"),
          (("llm-instruct", "visual-loc", "img-restore", "uav-comm", "auction", "unified-mm"), "thirteenth", " 13"),
          (("comp-pathology", "llm-culture", "av-llm", "video-grounding", "ml-surrogate", "occupancy"), "fourteenth",
           " 14"),
          (("speech-translation", "visual-quality", "ood-detect", "human-pose", "robot-video", "agent-security"),
           "fifteenth", " 15"),
          (("multihop-qa", "embodied-safety", "llm-social-sim", "cross-modal-retrieval", "personal-t2i",
            "backdoor-poison"), "sixteenth", " 16"),
          (("ssm", "voting-theory", "llm-fraud", "llm-citation", "fem", "llm-datavis"), "seventeenth", " 17"),
          (("rag-bench", "neural-compression", "marl", "mono-depth", "dna-storage", "llm-sentiment"), "eighteenth",
           " 18"),
          (("cad-gen", "ai-labor", "mas-failure", "llm-user-model", "obj-tracking", "nash-eq"), "nineteenth", " 19"),
          (("gnn", "ego-video", "llm-persuasion", "inverse-render", "sports-video", "code-switch"), "twentieth", " 20"),
          (("llm-guardrail", "blockchain", "sensor-fusion", "eeg-bci", "change-detect", "llm-peer-review"),
           "twenty-first", " 21"),
          (("supply-chain", "scene-graph", "pcg-games", "psycholing-lm", "speech-emotion", "assistive-tech"),
           "twenty-second", " 22"),
          (("shapley", "llm-watermark", "llm-creativity", "lidar", "self-evolving", "flow-matching"), "twenty-third",
           " 23"),
          (("sim-to-real", "quantum-it", "agent-orchestration", "med-triage", "neurosymbolic", "protein-ml"),
           "twenty-fourth", " 24"),
          (("weather-forecast", "ai-governance", "pronunciation", "safe-t2i", "llm-combopt", "tabular"), "twenty-fifth",
           " 25"),
          (("materials-ml", "image-caption", "llm-causal", "llm-summ", "image-reg", "llm-moral"), "twenty-sixth",
           " 26"),
          (("incentive-mech", "tokenization", "har", "satcom", "rl-image-gen", "visual-slam"), "twenty-seventh", " 27"),
          (("dialect", "agent-protocol", "surgery-ai", "space-vision", "virtual-tryon", "tta"), "twenty-ninth", " 29"),
          (("essay-scoring", "real2sim", "quant-trading", "conformal", "char-anim", "img-inpaint"), "twenty-eighth",
           " 28"),
          (("scaling-laws", "prediction-markets", "e2e-driving", "temporal-rag", "ocr", "epidemic-sim"), "thirtieth",
           " 30"),
          (("idiom-lm", "noregret-games", "movable-antenna", "thermal-ir", "agi-risk", "paraling"), "thirty-first",
           " 31"),
          (("facility-location", "ecom-agents", "cardiac-imaging", "rag-chunking", "gait-recog", "llm-hardware"),
           "thirty-second", " 32"),
          (("icl", "memes", "pricing", "mesh-geom", "stance", "ar-vr"), "thirty-third", " 33"),
          (("social-dilemma", "fer", "isac", "speech-ssl", "pluralistic", "prompt-injection"), "thirty-fifth", " 35"),
          (("market-eq", "llm-politics", "multiple-access", "optimal-transport", "stereo-vision", "speech-disease"),
           "thirty-fourth", " 34"),
          (("agent-economy", "stego-covert", "domain-gen", "social-media", "topo-opt", "channel-capacity"),
           "thirty-seventh", " 37"),
          (("xai", "rate-distortion", "health-disparities", "composition", "mcts-lm", "event-camera"), "thirty-sixth",
           " 36"),
          (("constitutive", "ff-recon", "global-illum", "imitation", "speaker-id", "autism"), "thirty-ninth", " 39"),
          (("ar-image-gen", "streaming-video", "pos-enc", "affordance", "crypto", "matching-markets"),
           "thirty-eighth", " 38"),
          (("latent-reasoning", "collusion", "hyperspectral", "video-editing", "efficient-attn", "mimo"), "fortieth",
           " 40"),
          (("authorship", "comp-em", "swipt", "llm-mobility", "sign-language", "latent-action"), "forty-first",
           " 41"),
          (("physical-reasoning", "referring-seg", "congestion-games", "ultrasound", "prompt-opt", "graphic-design"),
           "forty-third", " 43"),
          (("bilateral-trade", "bev", "avatar-recon", "ai-insurance", "llm-ie", "short-video"), "forty-second",
           " 42"),
          (("gesture-recog", "hoi", "llm-pddl", "class-imbalance", "llm-conformity", "leaderboards"), "forty-fifth",
           " 45"),
          (("synth-data", "ai-consciousness", "curriculum", "counting", "multi-party-dialogue", "vector-graphics"),
           "forty-fourth", " 44"),
          (("gec", "llm-randomness", "llm-empathy", "symbolic-regression", "smart-agri", "bayes-opt"), "forty-sixth",
           " 46"),
          (("llm-temporal", "active-perception", "llm-cog-bias", "few-shot", "precond", "sat-solving"),
           "forty-seventh", " 47"),
          (("forest-monitor", "infra-inspect", "smart-home", "causal-discovery", "data-agents", "animal-monitor"),
           "forty-eighth", " 48"),
          (("llm-table", "smart-energy", "ris", "llm-clarify", "llm-deception", "feature-matching"), "forty-ninth",
           " 49"),
          (("llm-data-select", "physics-sim", "hypothesis-test", "llm-routing", "llm-eng-design", "credit-assign"),
           "fifty-first", " 51"),
          (("super-res", "novel-view", "xling-consistency", "arabic-nlp", "clinical-notes", "scalable-oversight"),
           "fiftieth", " 50"))
FRESH = tuple(topic for group, _, _ in GROUPS for topic in group)
# the first 20 topics (tuned and held-out halves); a topic of the file in no group named here (e.g. a group being
# labelled blind by another session) is left out of the run, so that nobody tunes on its results by accident
FIRST = TUNED + ("llm-jailbreak", "speculative-decoding", "moe", "video-diffusion", "driving-vlm", "agent-memory",
                 "rl-code", "legal-llm", "rl-math", "remote-sensing-seg")
OTHER_NAMES = ("其他", "Other")

_BEFORE_SCRIPT = """
import json, sys, time
from pathlib import Path
from assistant.chains.digest import DigestRequest
from assistant.settings import Settings
from assistant.wiring import build_app
cfg = json.loads(sys.argv[1])
assert __import__("assistant").__file__.startswith(cfg["tree"]), "the archived tree was not imported"
app = build_app(Settings(store_dir=Path(cfg["store"]), embedding_workers=1, embedding_threads=1, llm_mode="mock",
                         _env_file=None))
out = []
for t in cfg["topics"]:
    for size in cfg["sizes"]:
        s = time.perf_counter()
        d = app.digest(DigestRequest(topic=t["topic"], language=t["language"], since=cfg["since"],
                                     until=cfg["until"], max_papers=size, style="themed"), use_llm=False)
        out.append({"id": t["id"], "max_papers": size, "seconds": round(time.perf_counter() - s, 2),
                    "ids": [p.id for p in d.papers], "notes": d.notes,
                    "themes": [{"name": th.name, "named_by": th.named_by, "items": th.items} for th in d.themes]})
print("JSON:" + json.dumps(out, ensure_ascii=False))
"""


def run_before(ref: str, store: Path, topics, header) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", ref, "assistant", "prompts", "pyproject.toml"], cwd=ROOT,
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        cfg = {"tree": tmp, "store": str(store), "since": header.since, "until": header.until, "sizes": SIZES,
               "topics": [{"id": t.id, "topic": t.topic, "language": t.language} for t in topics]}
        done = subprocess.run([sys.executable, "-c", _BEFORE_SCRIPT, json.dumps(cfg)], cwd=tmp,
                              env={**os.environ, "PYTHONPATH": tmp}, capture_output=True, text=True, check=True)
    line = next(x for x in done.stdout.splitlines() if x.startswith("JSON:"))
    return json.loads(line[5:])


def score_before(runs: list[dict], topics, papers: dict) -> list[dict]:
    """The before digests scored like the eval scores the current ones (themes named 'Other' count as Other)."""
    from assistant.eval.digests import paper_text, score_selection, theme_purity

    by_id = {t.id: t for t in topics}
    items = []
    for run in runs:
        topic = by_id[run["id"]]
        themes = [{**th, "named_by": "other" if th["name"] in OTHER_NAMES else th["named_by"]} for th in run["themes"]]
        texts = {n: paper_text(papers[pid]) for n, pid in enumerate(run["ids"], 1) if pid in papers}
        items.append({"id": topic.id, "topic": topic.topic, "language": topic.language, "max_papers": run["max_papers"],
                      "relevant": len(topic.relevant), **score_selection(run["ids"], topic.relevant, run["max_papers"]),
                      "ids": run["ids"], "purity": theme_purity(themes, texts), "seconds": run["seconds"],
                      "themes": [{"name": t["name"], "named_by": t["named_by"], "size": len(t["items"])} for t in themes],
                      "only_note": any(n.startswith(("Only ", "只有 ")) for n in run["notes"]), "overview": None,
                      "error": None})
    return items


def _missing(items: list[dict], ref: str, store: Path, topics, header, papers: dict) -> list[dict]:
    """The digests at `ref` of the topics that `items` (a reused run) lacks."""
    have = {i["id"] for i in items}
    todo = [t for t in topics if t.id not in have]
    return score_before(run_before(ref, store, todo, header), todo, papers) if todo else []


def _p(x) -> str:
    return "—" if x is None else f"{x:.2f}"


def _secs(items: list[dict], size: int) -> tuple[float, float]:
    s = [i["seconds"] for i in items if i["max_papers"] == size]
    return statistics.median(s), max(s)


def _group_sizes() -> str:
    """'6, then a second group of 8, a third of 7, …, a seventh of 6 and an eighth of 6'."""
    later = [f"{'an' if ordinal[0] in 'aeiou' else 'a'} {ordinal} of {len(group)}" for group, ordinal, _ in GROUPS[2:]]
    return f"{len(NEW)}, then a second group of {len(NEW2)}, " + ", ".join(later[:-1]) + " and " + later[-1]


def split_table(runs: list[tuple[str, list[dict]]], topics) -> list[str]:
    """Precision (all listed, mean over topics) and recall per size for all topics, the tuned and the held-out
    half, one column per run."""
    from assistant.eval.digests import summarize_digests

    first = {t.id for t in topics} - set(FRESH)
    halves = ((f"first {len(first)}", first), ("tuned half", set(TUNED) & first),
              ("held-out half", first - set(TUNED))) + tuple(
        ("fresh topics" if group is NEW else f"fresh, {ordinal} group", {t.id for t in topics} & set(group))
        for group, ordinal, _ in GROUPS)
    halves = tuple(h for h in halves if h[1])
    lines = ["| topics | measure | " + " | ".join(f"{name} @{n}" for n in SIZES for name, _ in runs) + " |",
             "|---|---|" + "---|" * (len(SIZES) * len(runs))]
    for label, ids in halves:
        sums = {name: summarize_digests([i for i in items if i["id"] in ids]) for name, items in runs}
        for measure, key in (("precision (all listed)", "precision"), ("precision (mean over topics)",
                                                                       "precision_macro"), ("recall", "recall")):
            cells = [_p(sums[name][str(n)][key]) for n in SIZES for name, _ in runs]
            lines.append(f"| {label} ({len(ids)}) | {measure} | " + " | ".join(cells) + " |")
    return lines


def report(m: dict, before: list[dict], after: list[dict], topics, ref: str, n_papers: int,
           previous: tuple[str, list[dict]] | None = None) -> str:
    from assistant.eval.digests import summarize_digests

    first = [t for t in topics if t.id not in FRESH]
    ob = summarize_digests([i for i in before if i["id"] not in FRESH])
    oa = summarize_digests([i for i in after if i["id"] not in FRESH])
    b = {(i["id"], i["max_papers"]): i for i in before}
    a = {(i["id"], i["max_papers"]): i for i in after}
    lines = ["## Digests on the judged topic set (`python -m bench.digest_topics`)", "",
             f"Machine: {machine_line(m)}. Topics: data/eval/topics.jsonl ({len(first)} topics, "
             f"{sum(t.language == 'zh' for t in first)} zh / {sum(t.language == 'en' for t in first)} en, "
             f"{sum(len(t.concepts) >= 2 for t in first)} with two or three concepts"
             + (f", and {len(topics) - len(first)} fresh topics written after the tuning ({_group_sizes()}), "
                f"reported apart"
                if len(topics) > len(first) else "") + "; on-topic papers labelled by "
             f"hand, data/eval/TOPICS.md) over dw-dengwei 2026-06-01..10 ({n_papers:,} papers, the store of "
             "bench/digest_relevance.py). Themed digests without the LLM (selection and keyword theme names; no "
             f"overview). Before = commit {ref}, the selection before issue 16 (`git archive`, same store); after = "
             "this commit. Scored by assistant/eval/digests.py, as `python -m assistant eval --digests "
             "data/eval/topics.jsonl --no-overview` does.", "",
             "Precision@N = listed papers judged on topic ÷ listed papers (N = the digest's size: fewer than asked "
             "when fewer match); recall = listed on-topic papers ÷ min(judged, max); purity = members of named "
             "themes (not Other) whose own text holds one of the theme's terms.", "",
             f"The first table is over the first {len(first)} topics.", "",
             "| | before @8 | after @8 | before @20 | after @20 |", "|---|---|---|---|---|"]
    for label, key in (("precision@N (all listed papers)", "precision"), ("precision@N (mean over topics)",
                                                                          "precision_macro"),
                       ("recall (mean over topics)", "recall"), ("theme purity", "purity")):
        lines.append(f"| {label} | {_p(ob['8'][key])} | **{_p(oa['8'][key])}** | {_p(ob['20'][key])} | "
                     f"**{_p(oa['20'][key])}** |")
    lines.append(f"| papers listed / on topic | {ob['8']['papers']} / {ob['8']['on_topic']} | "
                 f"{oa['8']['papers']} / {oa['8']['on_topic']} | {ob['20']['papers']} / {ob['20']['on_topic']} | "
                 f"{oa['20']['papers']} / {oa['20']['on_topic']} |")
    lines.append(f"| topics with every listed paper on topic | {ob['8']['topics_all_on_topic']}/{len(first)} | "
                 f"{oa['8']['topics_all_on_topic']}/{len(first)} | {ob['20']['topics_all_on_topic']}/{len(first)} | "
                 f"{oa['20']['topics_all_on_topic']}/{len(first)} |")
    lines.append(f"| 'only N' notes (fewer papers than asked) | {ob['8']['only_notes']} | {oa['8']['only_notes']} | "
                 f"{ob['20']['only_notes']} | {oa['20']['only_notes']} |")
    lines.append(f"| theme members (in Other) | {ob['8']['theme_members']} ({ob['8']['in_other']}) | "
                 f"{oa['8']['theme_members']} ({oa['8']['in_other']}) | {ob['20']['theme_members']} "
                 f"({ob['20']['in_other']}) | {oa['20']['theme_members']} ({oa['20']['in_other']}) |")
    firsts = [[i for i in run if i["id"] not in FRESH] for run in (before, after)]
    sb8, sb20, sa8, sa20 = _secs(firsts[0], 8), _secs(firsts[0], 20), _secs(firsts[1], 8), _secs(firsts[1], 20)
    lines.append(f"| seconds per digest, median / max (no LLM) | {sb8[0]:.1f} / {sb8[1]:.1f} | {sa8[0]:.1f} / "
                 f"{sa8[1]:.1f} | {sb20[0]:.1f} / {sb20[1]:.1f} | {sa20[0]:.1f} / {sa20[1]:.1f} |")
    runs = [(f"before ({ref})", before)] + ([(f"{previous[0]}", previous[1])] if previous else []) + \
        [("after", after)]
    lines += ["", f"Tuned and held-out halves: the selection was tuned looking only at the {len(TUNED)} tuned topics "
              "(the file's 1st, 3rd, 5th, … topic: " + ", ".join(TUNED) + "); the other half is held out"
              + (f"; '{previous[0]}' is the selection before the latest changes" if previous else "") + ".", ""]
    lines += split_table(runs, topics)
    lines += ["", "Per topic (P = precision@N with N listed, R = recall within the max):", "",
              "| topic | lang | judged (proposed) | before @8 P (N) | after @8 P (N) | before @20 P (N) | "
              "after @20 P (N) | R @8 before → after | R @20 before → after | purity @8 before → after |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    for t in topics:
        b8, a8, b20, a20 = b[(t.id, 8)], a[(t.id, 8)], b[(t.id, 20)], a[(t.id, 20)]
        fresh = next((f" (fresh{tag})" for group, _, tag in GROUPS if t.id in group), "")
        lines.append(f"| {t.topic}{fresh} | {t.language} | {len(t.relevant)} ({t.proposed}) | {_p(b8['precision'])} "
                     f"({b8['papers']}) | {_p(a8['precision'])} ({a8['papers']}) | {_p(b20['precision'])} "
                     f"({b20['papers']}) | {_p(a20['precision'])} ({a20['papers']}) | {_p(b8['recall'])} → "
                     f"{_p(a8['recall'])} | {_p(b20['recall'])} → {_p(a20['recall'])} | "
                     f"{_p(b8['purity']['purity'])} → {_p(a8['purity']['purity'])} |")
    off = [(i["id"], i["max_papers"], pid) for i in after for pid in i["off_topic_ids"]]
    lines += ["", f"After, papers listed that the labels call off topic: {len(off)} "
              f"({', '.join(f'{x[0]} @{x[1]}: {x[2]}' for x in off[:40])}{' …' if len(off) > 40 else ''})."]
    return "\n".join(lines)


def overview_section(report_paths: list[Path], labels: list[str] | None = None) -> str:
    """The bundled-model digests of `eval --digests` reports (run 1 = first run; a later run of the same command is
    served from the reply cache): times, overview checks. `labels` name the runs (default 1, 2, …)."""
    reports = [json.loads(p.read_text(encoding="utf-8")) for p in report_paths]
    labels = labels or [str(n) for n in range(1, len(reports) + 1)]
    d0 = reports[0]["digests"]
    lines = ["## Digest overviews and times on the bundled model (`python -m assistant eval --digests`)", "",
             f"Runs of {', '.join(r['created'] for r in reports)}; model {d0['model']}; store "
             f"{d0['store']['papers'] if d0.get('store') else '?'} papers (dw-dengwei 2026-06-01..10); topics of "
             "data/eval/topics.jsonl. Run 1 is the first run (nothing cached); a later run repeats the same command "
             "and its LLM replies come from the store's reply cache ('cached'). Seconds are the whole digest "
             "(selection, theme names, overview) on 2 shared cores; defects are counted by assistant/eval/digests.py "
             "on the overview as delivered.", "",
             "| run | topic | size | listed / on topic | precision | seconds | select / themes / overview s | "
             "cached replies | theme names (named by) | overview sentences | defects | dropped by the checks |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for run, report in zip(labels, reports):
        for i in report["digests"]["items"]:
            ov, t = i["overview"], i["timings"]
            parts = " / ".join(f"{t.get(k, 0) / 1000:.1f}" for k in ("select_ms", "themes_ms", "overview_ms"))
            names = ", ".join(f"{th['name']} ({th['named_by']})" for th in i["themes"]) or "—"
            lines.append(f"| {run} | {i['topic']} | {i['max_papers']} | {i['papers']} / {i['on_topic']} | "
                         f"{_p(i['precision'])} | {i['seconds']:.1f} | {parts} | {i['cached_llm_replies']} | {names} | "
                         f"{ov['sentences'] if ov else 'none: ' + '; '.join(i['notes'])[:80]} | "
                         f"{ov['defects'] if ov else '—'} | "
                         f"{'; '.join(ov['dropped_by_checks']) if ov and ov['dropped_by_checks'] else '—'} |")
    problems = [(run, i["topic"], i["max_papers"], p) for run, r in zip(labels, reports)
                for i in r["digests"]["items"] if i["overview"] for p in i["overview"]["problems"]]
    if problems:
        lines += ["", "Defects found: " + "; ".join(f"run {run}, {t} @{n}: {p['problem']} ('{p['sentence'][:60]}')"
                                                   for run, t, n, p in problems[:8])]
    return "\n".join(lines)


def main() -> None:
    from assistant.eval.digests import load_topic_file, run_digests

    parser = argparse.ArgumentParser()
    parser.add_argument("--before", default=BEFORE, help="git ref of the selection to compare with")
    parser.add_argument("--previous", default=None, help="git ref of a middle selection (reported per half)")
    parser.add_argument("--store", type=Path, default=None, help=f"store of the slice (default {default_store()})")
    parser.add_argument("--reuse", type=Path, default=None,
                        help="take 'before' and 'previous' from this bench/results JSON instead of running them "
                             "(topics the saved run lacks are run at its refs; --previous REF runs 'previous' anew)")
    parser.add_argument("--overview-report", type=Path, action="append",
                        help="write the overview section from this eval report (repeat: first run, cached run)")
    parser.add_argument("--overview-labels", default=None,
                        help="comma-separated names of the reports' runs (default 1, 2, …)")
    args = parser.parse_args()
    if args.overview_report:
        labels = args.overview_labels.split(",") if args.overview_labels else None
        section = overview_section(args.overview_report, labels)
        write_section("digest-topics-overview", section)
        print(section)
        return
    store = args.store or default_store()
    ensure_store(store)
    header, topics = load_topic_file(TOPICS)
    unknown = [t.id for t in topics if t.id not in FIRST + FRESH]
    topics = [t for t in topics if t.id in FIRST + FRESH]
    if unknown:
        print(f"left out: {len(unknown)} topics of no group this bench knows (add them as a group to report them)")
    m = machine()
    app = open_app(store)
    papers = {p.arxiv_id: p for p in app.store.iter_papers()}
    missing = sorted({i for t in topics for i in t.relevant} - set(papers))
    assert not missing, f"judged papers not in the store: {missing}"
    t0 = time.perf_counter()
    previous = None
    if args.reuse:
        saved = json.loads(args.reuse.read_text(encoding="utf-8"))
        before, previous = saved["before"], saved.get("previous")
        previous = tuple(previous) if previous and not args.previous else None
        args.before = saved["before_ref"]
        # topics added to the file since the saved run are run at the saved refs
        before = before + _missing(before, args.before, store, topics, header, papers)
        if previous:
            ref = previous[0].split("(")[-1].rstrip(")")
            previous = (previous[0], previous[1] + _missing(previous[1], ref, store, topics, header, papers))
    else:
        before = score_before(run_before(args.before, store, topics, header), topics, papers)
    print(f"before: {time.perf_counter() - t0:.0f} s", flush=True)
    if args.previous:
        t0 = time.perf_counter()
        ref = subprocess.run(["git", "rev-parse", "--short", args.previous], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.strip()
        previous = (f"previous ({ref})", score_before(run_before(ref, store, topics, header), topics, papers))
        print(f"previous: {time.perf_counter() - t0:.0f} s", flush=True)
    t0 = time.perf_counter()
    after = run_digests(app, topics, header, use_llm=False, sizes=SIZES)
    print(f"after: {time.perf_counter() - t0:.0f} s", flush=True)
    save_json("digest-topics", {"machine": m, "before_ref": args.before, "before": before, "after": after,
                                "previous": previous})
    section = report(m, before, after, topics, args.before, len(papers), previous)
    write_section("digest-topics", section)
    print(section)


if __name__ == "__main__":
    main()
