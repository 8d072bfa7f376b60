"""The forty-seventh fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, forty-seventh group'): the confirmed
papers and the notes per topic, written after reading every proposed paper (candidates47.json: make_topics.py's
lexical rule and the hybrid top 50, from propose47.py; read with read47.py); rejected = proposed - confirmed. Prints
the six topics.jsonl lines.

    python data/eval/results/session41-blind47/topics/label47.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "llm-temporal": ["2606.00029", "2606.01106", "2606.04262", "2606.05702", "2606.05804", "2606.06044",
                     "2606.07962"],
    "active-perception": ["2605.30639", "2605.31251", "2606.01247", "2606.03175"],
    "llm-cog-bias": ["2606.01462", "2606.04751", "2606.04978", "2606.05864", "2606.06464"],
    "few-shot": ["2605.13672", "2605.31266", "2606.00872", "2606.00906", "2606.03610", "2606.04369", "2606.04528",
                 "2606.04898", "2606.04922", "2606.07102"],
    "precond": ["2606.06035", "2606.07427", "2606.10784"],
    "sat-solving": ["2605.30563", "2606.06518", "2606.06641", "2606.06656"],
}

NOTES = {
    "llm-temporal": (
        "two concepts: temporal reasoning (reasoning about time: event order and chronology, durations and time "
        "windows, dates and cutoffs, time intervals, facts that change over time, temporal question answering) is "
        "what the paper evaluates, improves or builds a method for, and the reasoner is an LLM / VLM / MLLM or a "
        "system built around one; accepted TimeLogicQA, temporal evidence routing that separates perception from "
        "symbolic temporal reasoning for video QA with an MLLM (2606.01106), ChronoVision, chronological reasoning "
        "and shortcut biases of VLMs (2606.05702), IA-RAG, interval-algebra temporal reasoning over time-stamped "
        "knowledge for temporal QA (2606.06044) and DOSEBENCH, LLM dosing decisions that need rolling 24-hour "
        "time-window reasoning (2606.04262); borderline, accepted: TCAR-Gen, temporal graph retrieval and temporal "
        "evidence fusion for LLM answers over historical case narratives (2606.00029), recall-based prompting that "
        "keeps an LLM to a knowledge cutoff date across multiple cutoff years (2606.05804) and ChronoPhyBench, MLLMs "
        "selecting and chronologically sorting frames of physical dynamics (2606.07962); rejected agent memory "
        "that keeps temporal order or time stamps (SegTreeMem 2606.04555, borderline; Engram 2606.09900, REAL "
        "2606.10694, SuperMemory-VQA's timeline task 2606.00825), time-series reasoning and forecasting agents "
        "(TimeClaw 2606.05404, TimeSage-MT 2606.01498; borderline), a historical-text LM with time-leakage "
        "evaluation (TypewriterLM 2606.02991; borderline), temporal consistency of image generators (ImageTime "
        "2606.10620), absent-answer detection where temporal tasks are one finding (2606.08239), LTL in safe RL "
        "(2606.00270), streaming and real-time video models, video editing timelines, 'time horizon' of task "
        "completion (2606.07157) and 'duration', 'timeline' or 时效 in other senses and, from retrieval (nothing on "
        "topic beyond the lexical ones), reasoning, planning and world-model papers"),
    "active-perception": (
        "one concept: active perception: an embodied or visual agent chooses where to look, which viewpoint to "
        "take, where to move or what to ask in order to gather the information a perception task needs "
        "(next-best-view, view planning, active exploration, active visual search) and this choice is what the "
        "paper studies or benchmarks; accepted PInVerify, active instance verification where an embodied agent "
        "picks viewpoints (next-best-view strategies) to verify a described object (2605.30639) and target "
        "viewpoint reproduction through active exploration in 3D environments (TVRBench 2606.01247); borderline, "
        "accepted: cost-aware question asking for instance goal navigation, queries chosen by information gain "
        "about the target (2606.03175) and ERGeoBench, whose embodied-view setting lets MLLMs actively acquire "
        "observations by changing yaw, pitch and zoom for geo-localization (2605.31251); rejected text-only "
        "clarification and question selection by information gain (2606.03135, borderline; CA-BED 2606.01182, NBQ "
        "2606.00809, a TCM diagnosis system's questioning 2606.06869), active exploration in causal learning "
        "without perception (blicket detectors, 2606.06464; borderline), internalized zooming in 'thinking with "
        "images' (Imagine-OPD 2606.08719; borderline), small-ViT attention crops ('where to look', 2606.03148), "
        "active inference for cancer treatment (2606.10376), visual skills for agents (2606.01414) and "
        "'information gain', 'exploration' or 'active' in other senses (memory rewards, agent entropy, active "
        "learning) and, from retrieval (nothing on topic beyond the lexical ones), proactive assistants, streaming "
        "video, gesture, BEV and unrelated papers"),
    "llm-cog-bias": (
        "two concepts: cognitive biases (systematic human-like errors of judgement or decision: confirmation bias, "
        "anchoring, framing, order and decoy effects, base-rate neglect, risk attitudes and prospect-theory "
        "behaviour, other heuristics-and-biases effects) are what the paper tests, explains or corrects, in LLMs or "
        "reasoning models (often against human baselines); social, demographic and cultural bias is not this; "
        "accepted LLM risk decisions in the St. Petersburg game against human behaviour (2606.04978), whether LLMs "
        "show the neglect-zero effect (2606.05864) and the production-evaluation gap of reasoning models explained "
        "by an answer confirmation bias (2606.01462); borderline, accepted: FALSIFYBENCH, the Wason 2-4-6 rule "
        "discovery task, where models that seek confirmation instead of falsification fail (2606.04751) and the "
        "conjunctive-handicap bias of causal learning compared in adults and LLMs (2606.06464); rejected an "
        "'ownership bias' that makes LLMs overconfident in their own answers (2606.03437; borderline: calibration), "
        "superficial beliefs in LLM binary decisions (2606.11016; borderline), positional bias in multi-video "
        "summarization (2606.04596), VLMs 'anchored' to a few slant angles (2606.06714), covert LLM agents that "
        "trigger human cognitive biases (2606.05256), social, gender and cultural bias papers (2605.30804, "
        "2606.01584, IndoBias 2606.01260, 2606.10931, 2606.07969), lexical 'anchors' in causal benchmarks "
        "(Caliper 2606.04915) and 'anchoring', 'base rate' or 'overconfidence' in other senses (rubric anchoring, "
        "visual anchoring, calibration) and, from retrieval (nothing on topic beyond the lexical ones), reasoning, "
        "self-assessment and debiasing papers"),
    "few-shot": (
        "one concept: few-shot learning: learning or adapting to new classes, categories or tasks from a handful of "
        "labelled examples (K-shot classification, detection, segmentation, landmark or anomaly detection, "
        "generation; prototype and meta-learning methods; few-shot class-incremental learning) is the paper's "
        "setting and method, in any modality; prompting an LLM with a few demonstrations (in-context learning) is "
        "not this; accepted SpurAudio, shortcut learning in few-shot audio classification (2605.13672), few-shot "
        "atypical layout-to-image generation (5-shot, 2605.31266), SkelHCC, one-shot skeleton action recognition "
        "(2606.03610), SAR few-shot class-incremental learning (2606.04528), CDPM-align, few-shot anatomical "
        "landmark detection (2606.04898), GP-Adapter, few-shot classification and OOD detection with CLIP "
        "(2606.07102) and VT-3DAD, few-shot cross-category 3D anomaly detection from a few normal references "
        "(2606.04369); borderline, accepted: hZACH-ViT, curved latent geometry with a prototype head evaluated in "
        "few-shot medical imaging (2606.00906), OGKD, prompt tuning of biomedical VLMs evaluated base-to-novel and "
        "few-shot (2606.04922) and TabPFN in-context classification for low-data AI-generated image detection "
        "from a small labelled set (2606.00872); rejected papers where few-shot adaptation is one result (FiSeR "
        "2606.00606, CrackGeoFM 2606.05641, CORE 2606.03066, AQIFormer 2606.07648; borderline for the first), "
        "single- and few-shot annotation transfer by ultrasound atlases (2606.00890; borderline), base-to-novel "
        "generalization without a few-shot setting (VACSR 2605.30968), learning under data scarcity (KDH-CAD "
        "2606.01702, data-efficient avatars 2606.05912, fMRI augmentation 2606.06345), novel class discovery "
        "(2606.07280), visual in-context learning models and benchmarks (2606.10905, VIBE 2606.10967; borderline), "
        "LLM zero- and few-shot prompting (NLI, translation, MT, text-to-SQL, extraction, classification papers) "
        "and 'one-shot' in other senses (one-shot GRPO) and, from retrieval (nothing on topic beyond the lexical "
        "ones), class-incremental, post-training and representation-learning papers"),
    "precond": (
        "one concept: preconditioners: designing, analysing, learning or applying a preconditioner (or an operator "
        "regularization that plays that role) so that iterative solvers of linear or integral-equation systems "
        "converge faster is the paper's contribution; accepted a modified augmented Lagrangian block "
        "preconditioner for mixed-dimensional beam-solid coupling (2606.06035) and high-frequency preconditioners "
        "for electromagnetic integral equations from Helmholtz regularizations (2606.07427); borderline, accepted: "
        "discrete operator filtering in the adaptive integral method to cut iterative-solver cost, applied to the "
        "Calderón-preconditioned EFIE (2606.10784); rejected a non-overlapping Schwarz coupling of finite elements "
        "and neural operators (2606.08796; borderline: domain decomposition as coupling, no preconditioner), "
        "hybrid mixed domain decomposition for machine simulation (2605.31032), 'subspace preconditioning' "
        "networks for constrained optimization (MResOpt 2606.06300; borderline: no linear solver), a stone "
        "degradation workflow that mentions its preconditioning (2606.02583), FEM, PINN and calibration papers "
        "(2606.03210, 2606.05465, 'thermal preconditioning') and 'precondition', 'Jacobi' or 'augmented Lagrangian' "
        "in other senses (tool preconditions, Jacobi decoding, Riemannian augmented Lagrangian in wireless "
        "design) and, from retrieval (nothing on topic beyond the lexical ones), optimizer, solver and reasoning "
        "papers"),
    "sat-solving": (
        "one concept: SAT solving: deciding Boolean satisfiability or a closely related constraint problem with a "
        "solver (SAT encodings, CDCL or local-search SAT solvers, pseudo-Boolean and MaxSAT solving, branching "
        "heuristics of constraint solvers) is what the paper builds or studies; accepted transforming and encoding "
        "factored transition systems for SAT-based planning (2605.30563), AFSAT, a GPU pseudo-Boolean SAT solver by "
        "continuous local search (2606.06641) and parallel continuous local search for pseudo-Boolean "
        "satisfiability (2606.06656); borderline, accepted: DiBS, diffusion-guided branch selection inside a "
        "symbolic Sudoku constraint solver (2606.06518); rejected LLM planning auto-formalized into CP-SAT "
        "(2606.00981; borderline: the solver is a target formalism), ASP-based compliance reasoning (MONIR "
        "2606.04619), standpoint and defeasible logics (2606.03655, 2606.08503), LTLf constraints in RL "
        "(2606.08312), constraint satisfaction in other senses (instruction constraints, diagram physics, travel "
        "planning, supply-chain programming) and, from retrieval (nothing on topic beyond the lexical ones), "
        "math reasoning, neuro-symbolic, routing and text-to-SQL papers"),
}


def main() -> None:
    cands = json.loads((HERE / "candidates47.json").read_text(encoding="utf-8"))
    for key, relevant in RELEVANT.items():
        topic, lang, concepts, _forms = mt.PROPOSE[key]
        proposed = list(dict.fromkeys(cands[key]["lexical"] + cands[key]["hybrid"]))
        assert set(relevant) <= set(proposed), (key, set(relevant) - set(proposed))
        assert len(set(relevant)) == len(relevant), key
        rejected = sorted(set(proposed) - set(relevant))
        line = {"id": key, "topic": topic, "language": lang, "concepts": concepts, "relevant": sorted(relevant),
                "proposed": len(proposed), "rejected": rejected, "notes": NOTES[key]}
        print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
