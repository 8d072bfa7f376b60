"""The forty-sixth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, forty-sixth group'): the confirmed papers
and the notes per topic, written after reading every proposed paper (candidates46.json: make_topics.py's lexical rule
and the hybrid top 50, from propose46.py; read with read46.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session41-blind46/topics/label46.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "gec": ["2605.30545", "2606.00020", "2606.01820", "2606.10765"],
    "llm-randomness": ["2606.01451", "2606.01811", "2606.05874", "2606.06622", "2606.08998", "2606.10302"],
    "llm-empathy": ["2606.00728", "2606.03132", "2606.04389", "2606.06794", "2606.10581"],
    "symbolic-regression": ["2606.04360", "2606.07915", "2606.10237"],
    "smart-agri": ["2606.00548", "2606.00676", "2606.01118", "2606.06359", "2606.06709", "2606.08272"],
    "bayes-opt": ["2606.00009", "2606.01457", "2606.01730"],
}

NOTES = {
    "gec": (
        "one concept: grammatical error correction: detecting, correcting, annotating or explaining grammatical, "
        "morphosyntactic or spelling errors in written or transcribed language (GEC and Chinese text / spelling "
        "correction systems, GEC data, error annotation schemes and evaluation, error explanation for learners) is "
        "the paper's task; accepted refined word-based grammatical error annotation and multi-reference evaluation "
        "for L2 Korean GEC (2605.30545), CSRP, chain-of-thought reasoning and RL for Chinese grammatical error and "
        "spelling correction (2606.00020) and ArabiGEE, a taxonomy for Arabic grammatical error explanation "
        "(2606.10765); borderline, accepted: TalkTag, LLM-based morphosyntactic error annotation of children's "
        "spoken-language transcripts (2606.01820; error detection and tagging, not correction); rejected "
        "mispronunciation detection (2606.05569) and L2 speech recognition (2606.06065) (speech, not text), "
        "automated scoring of Arabic text (2606.09830), speech-translation error labelling (2606.06047), LLM "
        "self-correction of reasoning (2606.05976), Arabic sentence segmentation (2606.08025), logical-fallacy "
        "tutoring (2606.01020), grammaticality and negative-polarity illusions in psycholinguistics (2606.04340), "
        "child-directed speech in BabyLMs (2606.01045) and 'error correction', 'learner' or 'L2' in other senses "
        "(error-correcting and quantum codes, learner agency, QKD reconciliation) and, from retrieval (nothing on "
        "topic beyond the lexical ones), linguistic-probing, translation-audit and language-model papers"),
    "llm-randomness": (
        "two concepts: randomness of outputs: how random, stochastic or variable the outputs of a model are across "
        "samples or runs (sampling randomness and temperature, sampling from a requested distribution, "
        "run-to-run variability and reproducibility of outputs, the diversity of a set of sampled outputs and its "
        "collapse) is what the paper measures, explains or changes; and the model is an LLM, MLLM or LLM agent; "
        "accepted UnpredictaBench, LLMs sampling from target distributions (2606.06622), RandomBench, stochastic "
        "collapse of MLLMs asked to choose at random (2606.05874) and the sources of run-to-run variability of AI "
        "agent outputs, sampling, state and reproducibility (2606.08998); borderline, accepted: how sampling "
        "temperature reshapes the token distribution, as a signal of creative generation (2606.01451), a diversity "
        "measure of sampled outputs that tracks post-training mode collapse (2606.01811) and where to inject "
        "diversity so that sampled outputs differ (2606.10302); rejected probabilistic reasoning on dice problems "
        "(2606.07515; borderline: reasoning about chance, not random outputs), distributional replication of "
        "human survey responses (2606.09013; borderline), policy-entropy collapse and temperature in RL training "
        "(2606.00755, PAEC 2606.08543; borderline), diversity kept by feedback distillation (2605.30861), template "
        "collapse in CT report generation (2605.30984), stability of decision trajectories across layers "
        "(2606.01202), sensitivity to prompt, model and schema choices (2606.05970, 2606.07237), deterministic "
        "memory and pipelines replacing LLM calls (DMF 2606.03463, 2606.01435, SafeRun 2606.09027), "
        "non-deterministic agent traces for simulation (GAIATrace 2606.01725), reproducibility of research and "
        "benchmarks (trading systems 2606.08285, human evaluation protocols 2606.07936, RealClawBench) and "
        "'random', 'stochastic', 'temperature' or 'reproducible' in other senses (stochastic remasking in diffusion "
        "LMs, temperature scaling for calibration, random forests, initial noise of image diffusion) and, from "
        "retrieval (nothing on topic beyond the lexical ones), LLM-judge reliability, watermarking, model "
        "fingerprinting and memorization papers"),
    "llm-empathy": (
        "two concepts: LLMs (or speech / multimodal LLMs and dialogue agents built on them); empathy: recognising "
        "and responding to a person's feelings and perspective (empathetic or emotionally supportive replies, "
        "counselling and peer-support dialogue, empathy evaluation) is what the paper builds, trains or evaluates; "
        "accepted personalized empathy, adapting empathetic strategies to individual users with the PersonaEmp "
        "data set and a reward model (2606.00728); borderline, accepted: TA-RAG, tone-aware RAG with empathy "
        "rephrasing for HIV peer support (2606.06794), ParaBridge, speech LMs replying to paralinguistic cues such "
        "as a fearful tone (2606.10581), resistance-aware CBT counselling LLMs and simulated clients, against "
        "'superficial empathy' (2606.04389) and DMT-CBT, longitudinal therapeutic-state modelling for CBT "
        "counselling (2606.03132); rejected lifelong digital companions whose benchmark centres on memory and user "
        "understanding (LifeSide 2606.04660; borderline), users' emotional dependence on AI (2606.04150), LLM "
        "safety under user delusions and distress (2606.00975), simulated patients with self-stigma (2606.08254), "
        "conversational sycophancy (BenSyc 2606.10061), community resonance of user posts (2606.01897), legal "
        "triage and advising chatbots (2606.00272, 2606.02983, 2606.00333) and 'supportive', 'counsel' or "
        "'therapy' in other senses (supportive tokens in diffusion decoding, academic advising, medical treatment) "
        "and, from retrieval (nothing on topic beyond the lexical ones), persona, alignment and unrelated papers"),
    "symbolic-regression": (
        "one concept: symbolic regression: discovering closed-form mathematical expressions or equations that fit "
        "data (genetic programming, neural, search-based or LLM-guided equation discovery) is the paper's task; "
        "accepted Deliberate Evolution, agentic LLM reasoning for sample-efficient symbolic regression "
        "(2606.04360), EditSR, edit-based rectification of neural symbolic regression (2606.07915) and Minimalist "
        "Genetic Programming, benchmarked on symbolic-regression tasks (2606.10237); rejected identifiability of "
        "second-order ODE parameters from video (2606.00115; borderline: parameters of a known form, not an "
        "expression), physics-informed networks and differentiable FEM (2606.02585, 2606.03210), neural-operator "
        "surrogates (2606.07215, 2606.08711), KAN blocks for classification (2606.00116), hyperparameter scaling "
        "laws (2606.05610), neuro-symbolic reasoning and geometry solving (PhyDrawGen 2605.30512, BiNSGPS "
        "2606.04648, AXIOM 2606.00671, NeurASP) and 'physical law', 'closed-form' or 'symbolic' in other senses "
        "(physics-aware video generation and world models, closed-form capacity results, symbolic explanations) "
        "and, from retrieval (nothing on topic beyond the lexical ones), regression, reasoning and coding-theory "
        "papers"),
    "smart-agri": (
        "one concept: AI for agriculture: crops and fields, weeds, plant diseases, livestock facilities and farm "
        "operations, agricultural remote sensing and the data or policy resources of farmers are the paper's "
        "subject; accepted CAFOSat, a dataset for mapping concentrated animal feeding operations from agricultural "
        "imagery (2606.00548), EuroCrops-driven Sentinel-2 crop segmentation (2606.00676), motion-robust crop "
        "segmentation in UAV imagery (Agriculture-Vision, 2606.01118), rice disease mapping from UAV multispectral "
        "images (2606.06359) and USU-Corn-WeedDB, UAV images for weed detection in forage corn (2606.06709); "
        "borderline, accepted: AgriGov, a trilingual dataset of Indian government schemes for farmers (2606.08272); "
        "rejected agriculture as one of several domains (Count Anything 2605.30846, model science 2606.01189, "
        "physical tool use 2606.10803), tropical species and plant-trait resources (2606.03156, 2606.00994; "
        "borderline), veterinary toxicology across species (2606.06207; borderline), a coffee supply chain "
        "(2606.08314), forests, floods, methane and land cover from satellites (2606.07780, 2606.03675), green "
        "buildings and data-centre emissions and 'plant', 'crop', 'farm' or 'fruit' in other senses (process "
        "plants, image cropping, server farms) and, from retrieval (nothing on topic beyond the lexical ones), "
        "markets, agents and unrelated papers"),
    "bayes-opt": (
        "one concept: Bayesian optimization: optimising an expensive black-box function with a probabilistic "
        "surrogate and an acquisition function (GP or TPE based, multi-objective, causal, constrained or with LLM "
        "priors) is the paper's method or subject; accepted permutation-invariant BO with optimal transport for "
        "offshore wind-farm layouts (2606.00009), graph-coupled causal Bayesian optimization (2606.01457) and "
        "evidence-gated LLM priors for multi-objective BO (2606.01730); rejected Bayesian experimental design for "
        "question selection in dialogue (CA-BED 2606.01182; borderline), an LLM agent for hyperparameter "
        "optimization compared against TPE and GP-BO (2606.05489; borderline: replaces BO), hyperparameter "
        "scaling laws (2606.05610), evolutionary and genetic optimisation (green buildings 2606.01229, traffic "
        "calibration 2606.03823), Gaussian processes used for other ends (GP-Adapter 2606.07102, MResOpt "
        "2606.06300), bandits, UCB and Thompson sampling elsewhere (LLM cascading 2606.07392, ReSkill "
        "2606.01619), surrogate models for simulation and 'surrogate', 'BO' or 'experimental design' in other "
        "senses (surrogate attacks, factorial designs) and, from retrieval (nothing on topic beyond the lexical "
        "ones), policy optimization, preference optimization and fairness papers"),
}


def main() -> None:
    cands = json.loads((HERE / "candidates46.json").read_text(encoding="utf-8"))
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
