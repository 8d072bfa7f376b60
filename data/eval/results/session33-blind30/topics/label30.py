"""The thirtieth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, thirtieth group'): the confirmed papers and
the notes per topic, written after reading every proposed paper (candidates30.json: make_topics.py's lexical rule and
the hybrid top 50, from propose30.py; read with read30.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session33-blind30/topics/label30.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "scaling-laws": ["2606.03219", "2606.04409", "2606.05610"],
    "prediction-markets": ["2605.31431", "2606.02798", "2606.04217", "2606.07434"],
    "e2e-driving": ["2605.31041", "2605.31116", "2605.31271", "2605.31572", "2606.04271", "2606.06014", "2606.07338",
                    "2606.08525", "2606.08684"],
    "temporal-rag": ["2605.31086", "2606.00029", "2606.01435", "2606.04555", "2606.05316", "2606.06044", "2606.09900",
                     "2606.10694"],
    "ocr": ["2606.01393", "2606.03264", "2606.04166", "2606.04684", "2606.05018", "2606.05785", "2606.07161",
            "2606.07401", "2606.07661", "2606.08855", "2606.09132"],
    "epidemic-sim": ["2606.04562", "2606.05513", "2606.06360"],
}

NOTES = {
    "scaling-laws": (
        "how model performance (loss, accuracy, optimal hyperparameters) changes with scale (parameters, data, "
        "compute, samples) is what the paper measures, fits or predicts: scaling laws and systematic scaling studies; "
        "accepted predictable scaling laws of the optimal hyperparameters for LLM continued pre-training (2606.05610); "
        "borderline, accepted: a sample-size scaling study of NLI in 16 African languages that finds non-monotonic "
        "scaling behaviour (2606.03219) and an empirical study of data scale and model complexity (with input "
        "modality) in visual generalization on CIFAR (2606.04409, proposed by retrieval only); rejected test-time "
        "and inference scaling (UniScale 2605.30898, routing and test-time scaling; hard near-miss), "
        "scaling a system up without a scaling analysis (C-GSPN vision encoders 2606.00746, TMEM self-evolving agents "
        "2606.04536, scaling participation 2606.07812, linear-scaling video VLMs 2605.31598), scaling laws as "
        "motivation only (ProbeScale subnetwork selection 2606.01806, borderline; the training-dynamics position "
        "paper 2606.06533; lower bounds for low-precision optimization 2606.00703), a step-level scaling law as one "
        "finding of a multi-agent streaming system (StreamMA 2606.05158; borderline), an inverse-scaling observation "
        "that motivates a method (A2, smaller ViTs localize better 2606.03148; borderline), model size as one factor "
        "of another study (factual sycophancy across 56 models 2606.06306, borderline; TLA+ generation 2606.05792; a "
        "tiny visual in-context learner 2606.10905), phase-transition-like fine-tuning dynamics (2606.07559), "
        "'extrapolation', 'power law', 'model scale' and 'compute budget' in other senses and, from retrieval, "
        "other learning and modelling papers."),
    "prediction-markets": (
        "one concept: prediction markets (markets whose contracts pay on the outcome of future events, e.g. "
        "Polymarket, Kalshi) are what the paper studies: their prices, microstructure and settlement, their "
        "mechanisms, their data and their traders; accepted capital lock-up and settlement discounting in "
        "prediction markets (2605.31431), the Polymarket-v1 database of on-chain trades with microstructure tools "
        "evaluated on it (2606.04217) and Evidence Markets, a generalised prediction-market mechanism that elicits "
        "beliefs and evidence (2606.07434); borderline, accepted: BehaviorBench, personalised decision modelling "
        "built from wallet-level prediction-market histories (belief and trade prediction; 2606.02798); rejected "
        "automated market makers in DeFi (2606.04959), algorithmic pricing and collusion (2606.05363, 2606.01275), "
        "data pricing and data markets (2606.10451), tokenised real-world assets (2606.01131), a 'reputation "
        "market' weighting LLM priors in Bayesian optimization (2606.01730; borderline), LLM 'wisdom of crowds' "
        "for causal graphs (2606.07525), event prediction in long videos (2605.31069), pandemic forecasting "
        "(EpiEvolve 2606.05513), financial RAG and trading (2605.31201, RankGLU 2606.08930, GIFT 2606.08450, "
        "DOSS 2606.03704), market equilibria and auctions (Hylland-Zeckhauser 2606.00951, 2606.06317, bilateral "
        "trade, arctic auctions), the many 'manifold' papers proposed because the platform name Manifold matches "
        "the word, and, from retrieval (nothing on topic beyond the lexical ones), other economics and forecasting "
        "papers."),
    "e2e-driving": (
        "an end-to-end driving model (sensor input mapped directly to a planned trajectory, actions or control, "
        "including driving VLA models and world-model-based planners) is what the paper builds, trains, "
        "evaluates or supplies data and tooling for; accepted NTR, scene-token reconstruction for perception-free "
        "end-to-end driving (2605.31116), StandardE2E, a unified framework for end-to-end driving datasets "
        "(2606.04271), DriveMA, a driving VLA with verifiable meta-actions for end-to-end planning (2605.31271), "
        "PLAN-S, style-conditioned cost maps between latent world models and planners (2606.06014) and BLUE, "
        "efficient language use in driving VLAs (2606.08684); borderline, accepted: the visual-perturbation "
        "analysis of VLA driving models in open- and closed-loop evaluation (2605.31041), VeriDrive, verifiable "
        "counterfactual supervision for vision-language planning (2606.07338), DriveReward, a VLM reward model "
        "for trajectory scoring and RL fine-tuning of driving policies (2606.08525) and nuReasoning, a reasoning "
        "dataset with planning evaluation of VLAs (2605.31572); rejected a dataset where end-to-end driving is one "
        "of four benchmarks (KITScenes 2606.02956; borderline), generative or reconstructed simulators and "
        "scenario generation (OmniDreams 2606.03159, borderline; Dash2Sim 2606.07366, EvoDrive 2606.03678), "
        "certified repair of vetoed manoeuvres (CARVE-Q 2606.06531), driving VQA benchmarks (GeoDrive-Bench "
        "2606.02774), perception and reconstruction modules (compact multi-task perception 2606.02979, LiAuto-GeoX "
        "2606.05774, 360-degree LiDAR 2606.07626, 4D radar 2606.00416, LFA introspection 2606.00372, Envision4D "
        "2606.10656, PairedGTA 2606.01192), map generation (MapAgent 2606.04513), XAI and risk analyses "
        "(2606.05461, 2606.06396), human harsh-driving events (2606.00261), robot policy evaluation (StressDream "
        "2606.00267), 'end-to-end' and 'driving' in other senses (SCAIL-2 2606.10804, driving videos for "
        "animation 2606.06903) and, from retrieval (nothing on topic beyond the lexical ones), agent and "
        "planning papers."),
    "temporal-rag": (
        "time is what the retrieval (RAG or retrieval-based memory) handles: retrieving over time-stamped, "
        "versioned or evolving knowledge, temporal constraints and temporal order in retrieval, freshness and "
        "outdated facts; accepted TCAR-Gen, temporal graph retrieval with temporal evidence fusion (2606.00029), "
        "IA-RAG, interval-algebra temporal reasoning for dynamic knowledge retrieval (2606.06044), Engram, a "
        "bi-temporal memory engine with point-in-time retrieval (2606.09900), REAL, a memory graph with valid-time "
        "intervals and non-destructive temporal updates (2606.10694) and the deterministic recipe for fact-version "
        "conflicts in memory retrieval (2606.01435); borderline, accepted: SegTreeMem, temporally ordered segment "
        "trees for agent memory retrieval (2606.04555), RHELM, a benchmark of evolving long-term memory evaluating "
        "RAG and memory systems (2605.31086) and QRC, retrieving open-web evidence to understand memes that "
        "emerged after the models' knowledge (2606.05316); rejected video moment retrieval and temporal grounding "
        "(GIRL-DETR 2606.00775, CoSTL 2606.01149, one-to-many temporal grounding 2606.06294, TAGV 2606.08436; hard "
        "near-misses), temporal video QA (TimeLogicQA 2606.01106), knowledge editing on MQuAKE-T (HyperPatch "
        "2606.03179), point-in-time financial RAG that learns source trust (2605.31201; borderline), LANTERN, "
        "episodic retrieval after context compaction, 'temporal' only in its name (2606.05182; borderline), legal "
        "citation hallucination with citation temporality as one of three components (2606.00898; borderline), "
        "ForeSci, a cutoff-controlled research-judgement benchmark (2606.00644; borderline), query-operator "
        "retrieval over event tuples (QO-Bench 2606.04646), masking stale observations in search agents "
        "(2606.00408), agent memory without a temporal focus (MemPro 2606.00619, MRAgent 2606.06036, the memory "
        "characterization 2606.06448, M3Exam 2606.07402), news-based time-series forecasting (2606.03097), "
        "time-series agents (TimeClaw 2606.05404) and, from retrieval (nothing on topic beyond the lexical ones), "
        "graph RAG, deep research and reasoning papers."),
    "ocr": (
        "one concept: reading text in images is the paper's task or main contribution: OCR, scene and video "
        "text detection, recognition and spotting, handwriting and licence-plate recognition, text-line "
        "detection and document parsing of page images into text; accepted end-to-end text-line detection and "
        "reading order for historical documents (Orli 2606.04166), real-time licence-plate recognition (2606.04684), "
        "the parallel LPDR decoder for licence-plate detection and recognition (2606.05785), TraRA, video text "
        "spotting in urban surveillance (2606.07161), handwriting extraction from Swiss signature lists "
        "(2606.05018), PaddleOCR-VL-1.6 document parsing (2606.03264) and Dr. DocBench, an expert-level document "
        "parsing and recognition benchmark (2606.01393); borderline, accepted: RealDocBench, field-level "
        "parsing of regulated documents evaluating OCR models and parsers (2606.07401), PereStruct, historical "
        "newspaper parsing by layout analysis and article assembly (2606.07661), recognition of handwritten "
        "intermediate results for semi-automated exam grading (2606.08855) and VisShield, targeted OCR of "
        "privacy-sensitive text in images by VLMs (2606.09132); rejected scene text editing (TextWand "
        "2606.05730; borderline), AI-generated image detection on text-rich images (TextFake 2606.01050), page "
        "image classification ahead of OCR (2606.07558; borderline), chart parsing and correction (ChartArena "
        "2606.01348, borderline; ChartLens 2606.10640), font generation (NIV 2606.05261), VLM reports with OCR "
        "among their benchmarks (Zamba2-VL 2606.00390, the Romanian VLM 2605.31401), OCR compression in video "
        "reasoning (VTI-CoT 2606.05736), speech transcription (LaSR 2606.00507, BaltiVoice 2606.03504, "
        "Hungarian ASR 2605.31469, punctuation restoration 2606.05179, TalkTag 2606.01820), sign language "
        "(2606.08056, 2606.03788), table understanding (STR 2605.31550), 'signature' and 'glyph' in other senses "
        "(activation and steering signatures, AI-text detection) and, from retrieval (nothing on topic beyond "
        "the lexical ones), AI-text detection and gesture papers."),
    "epidemic-sim": (
        "modelling, simulating or forecasting the spread of an infectious disease (epidemic models, agent-based "
        "epidemic simulation, epidemic forecasting, intervention policies evaluated on epidemic dynamics) is what "
        "the paper does; accepted a spatial agent-based simulation of influenza-like illness spread driven by LLM "
        "decisions (2606.06360), EpiEvolve, self-evolving LLM agents for streaming COVID-19 hospitalisation "
        "forecasting (2606.05513) and Neetyabhas, hierarchical-RL policy optimisation in an agent-based epidemic "
        "model with measurement and implementation uncertainty (2606.04562); rejected SIR/SIRS dynamics used as a "
        "model of synthetic-data contamination and model collapse (2606.05168; hard near-miss), financial "
        "contagion (stablecoins after SVB 2606.07442), COVID-19 as an economic shock (firm-level crisis "
        "responses 2606.10297), LLM medical triage (2606.03641) and consumer health LLM evaluation (2606.08483), "
        "synthetic human mobility compared with observed mobility, no disease (2606.00733), air quality "
        "(AQIFormer 2606.07648), 'SIR' in SIREN, SIRI and SIRIUS-SQL, 'contagion' and 'transmission' in other "
        "senses and, from retrieval (nothing on topic beyond the lexical ones), physics, traffic, social and "
        "world-model simulation papers."),
}


def main() -> None:
    cands = json.loads((HERE / "candidates30.json").read_text(encoding="utf-8"))
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
