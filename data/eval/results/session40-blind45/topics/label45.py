"""The forty-fifth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, forty-fifth group'): the confirmed papers
and the notes per topic, written after reading every proposed paper (candidates45.json: make_topics.py's lexical rule
and the hybrid top 50, from propose45.py; read with read45.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session40-blind45/topics/label45.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "gesture-recog": ["2605.30608", "2605.31589", "2606.00174", "2606.07355", "2606.07431", "2606.08056"],
    "hoi": ["2606.00694", "2606.02789", "2606.05359", "2606.06872", "2606.08121"],
    "llm-pddl": ["2605.31492", "2606.00981", "2606.10489"],
    "class-imbalance": ["2606.00647", "2606.03576", "2606.05740", "2606.05785"],
    "llm-conformity": ["2605.30653", "2606.00820", "2606.01637", "2606.03032", "2606.05985"],
    "leaderboards": ["2605.31142", "2606.00931", "2606.01400", "2606.02547", "2606.03650", "2606.04525"],
}

NOTES = {
    "gesture-recog": (
        "one concept: gesture recognition: recognising, detecting, retrieving or interpreting hand or body gestures "
        "(co-speech, micro-, hand or pointing gestures) from video, event cameras, skeletons or muscle signals is "
        "the paper's task; accepted GRW, a large in-the-wild benchmark for co-speech gesture recognition "
        "(2605.31589), a spatial-temporal decoupled adapter for online micro-gesture recognition (2606.07355), "
        "OpenGlass, open smart glasses demonstrated on on-device event-based hand gesture recognition (2606.07431) "
        "and semantic motion anchors for text-to-gesture and gesture-to-text retrieval of co-speech gestures "
        "(2605.30608); borderline, accepted: index (pointing-gesture) detection and resolution in sign language "
        "recognition (2606.08056) and MyoSem, EMG-to-text alignment for hand action understanding on NinaPro-style "
        "hand movement data (2606.00174); rejected hand detection from RGB and events in first-person view "
        "(2606.10790; borderline: hands, not gestures), LLMs inferring pragmatic meaning from non-verbal responses "
        "written as text (2606.01845; borderline), sign language translation and its evaluation (2605.31393, "
        "SLU-2K 2606.03788: signs, not gestures), hand trajectories for egocentric query grounding (2606.02962), "
        "audio-driven portrait animation and gesture generation (2606.03402), teaching-observation and cultural "
        "video benchmarks (TeachObs 2605.30673, CultureScore 2606.07311), hand pressure and wrist orientation "
        "(EgoPressDiff 2606.06872, WristCompass 2605.30671), action and gait recognition (TrAction 2606.03490, "
        "2605.30784, DiffCrossGait 2606.00153) and 'pointing' or 'EMG' in other senses (concept bottlenecks, "
        "antenna pointing) and, from retrieval (nothing on topic beyond the lexical ones), facial expression, "
        "speaker, deepfake and unrelated papers"),
    "hoi": (
        "one concept: human-object interaction: people, or their hands, interacting with objects is what the paper "
        "detects, recognises, reconstructs, anticipates or analyses (HOI detection, hand-object contact and "
        "pressure, interaction anticipation, manipulation predicates in human videos); accepted diagnosis of HOI "
        "detectors for educational (medical-training) video (2606.02789), RePHO, physically plausible HOI recovery "
        "from monocular video (2606.05359), FROST-STA, short-term object interaction anticipation on Ego4D "
        "(2606.00694) and reliability of manipulation predicates (contact, grasp, release, active hand) on "
        "EPIC-KITCHENS / H2O / ARCTIC under degradation (2606.08121); borderline, accepted: EgoPressDiff, "
        "egocentric hand-surface contact pressure estimation (2606.06872); rejected LLM-guided ANN index "
        "optimisation evaluated on HICO-DET HOI retrieval among three benchmarks (2606.05489; borderline: a "
        "hyper-parameter optimiser, HOI retrieval one test), hand trajectories for egocentric NLQ grounding "
        "(2606.02962; borderline), robot dexterous action and cloth manipulation (Donk 2606.03868, 2606.06292: "
        "robots, not people), whole-body ground contact dynamics (GraCE 2606.08133), collision grounding for human-robot collaboration (TouchSafeBench "
        "2605.31196) and 'interaction' in other senses (human-AI, multi-agent, interactive world models, GUI "
        "drag interactions, full-duplex speech) and, from retrieval (nothing on topic beyond the lexical ones), "
        "interaction and agent papers"),
    "llm-pddl": (
        "two concepts: PDDL / automated planning (symbolic planning problems and domains, PDDL and other planning "
        "languages, classical planners and heuristic search, auto-formalisation of plans) is the paper's problem, "
        "with LLMs (generating, formalising or solving the plans, or compared with planners); accepted robust "
        "asynchronous planning via LLM auto-formalisation into CP-SAT, PDDL2.1 or a planner (2606.00981) and a "
        "complementary study of PlanGPT against a simple planner (2606.10489); borderline, accepted: LinTree, "
        "LLM reasoning traces as linearised search trees against best-first search on Blocks World, grid "
        "navigation and Sokoban (2605.31492); rejected automatic PDDL generation from Asset Administration Shell "
        "capability models (2606.02167; borderline: PDDL, no language model), generative planning models with "
        "open-closed list search (2606.00618; borderline: learned generative models, not LLMs), SafeRun, LLM "
        "running plans checked by a deterministic solver (2606.09027; borderline: training schedules, not "
        "symbolic planning), ASP abstractions for relational RL (2605.31444; no LLM), LLM-agent planning "
        "benchmarks without a planning formalism (AdaPlanBench 2606.05622, APB 2606.04874, HIPIF 2606.10507, "
        "TravelEval 2606.01046), VLN, driving, scene-generation and "
        "procedural-assistance planners (2606.00095, 2606.06002, 2606.04970), Lean auto-formalisation (LEAP "
        "2606.03303, LeanMarathon 2606.05400) and 'planner' or 'task planning' in other senses (query planners, "
        "graph computation, memory) and, from retrieval (nothing on topic beyond the lexical ones), LLM reasoning, "
        "agent and search papers"),
    "class-imbalance": (
        "one concept: class imbalance / long-tailed learning: training or evaluating classifiers, detectors or "
        "recognisers when some classes are much rarer than others, with re-weighting, re-sampling, balanced losses "
        "or augmentation of the rare classes, is the paper's problem (named in its title or main claim); accepted "
        "class-specific branch attention against gradient interference under class imbalance (2606.05740), "
        "AutoTail-BSFGM, class-balance-aware fine-tuning for imbalanced Chinese scholarly text classification "
        "(2606.03576) and iterative imbalance-aware fine-tuning with minority-class augmentation for "
        "psychological defence mechanism classification (2606.00647); borderline, accepted: class-balanced GAN "
        "augmentation for minority provincial licence plates beside a new decoder (2606.05785); rejected papers "
        "where imbalance is one challenge among several or one component (micro-gesture adapter with balanced "
        "augmentation 2606.07355, StrokeTimer 2606.04722, insulator defect detection with focal loss 2606.06536, "
        "SAGE fraud detection 2606.08146, MoViD cardiac MRI re-weighting 2606.04414, minority-class upsampling in "
        "cross-environment reranking 2606.02204, UnsOcc 2606.03581, AML smear diagnosis 2606.10735; borderline), "
        "datasets that report imbalance (weed detection 2606.06709, WHU-Infra3D 2606.09882), class imbalance "
        "mentioned in legal, hate-speech and lung CT classification (2606.00116, 2606.01298, 2606.06950), rare "
        "or unseen categories in open-set and open-vocabulary recognition (HOLA 2606.01334, FlowOVD 2606.00782), "
        "demographic and user-group imbalance (2606.03214, PAFO 2606.07988) and 'imbalance' or 'long-tail' in other "
        "senses (long-tail driving scenarios, task and modality imbalance, KV merging imbalance, positional bias, "
        "long-tail knowledge) and, from retrieval (nothing on topic beyond the lexical ones), fairness, bias, "
        "calibration and unrelated papers"),
    "llm-conformity": (
        "two concepts: conformity: a model changing or aligning its answer, stance or judgement to follow peers, a "
        "majority or a group rather than its own evidence (conformity, herding, stance convergence and "
        "homogenisation, false consensus after communication) is what the paper measures or mitigates, in LLMs "
        "or LLM agents; accepted the decomposition of answer flips in multi-agent LLM debate into instability, "
        "conformity and persuasion (2606.00820), harmful and beneficial revision in LLM conformity under peer "
        "consensus and authority labels (2606.01637) and the deliberative illusion, factual attrition and stance "
        "homogenisation in multi-agent LLM deliberation (2606.03032); borderline, accepted: CAGE-CAL, calibrating "
        "multi-agent votes against false consensus induced by communication (2605.30653) and value diversity of "
        "multicultural agent systems eroded by social interaction (2606.05985); rejected adversarial social feeds "
        "tipping LLM agent decisions (2606.00914; borderline: curated information, not peers), evidence-aligned "
        "multi-VLM consensus (EAGLE 2605.30698; borderline: agreement without visual evidence, not conformity), "
        "group theory of mind of MLLMs about human groups (GroupToM-Bench 2606.04184), sycophancy toward users "
        "and its reduction (2606.06306, 2606.05183, PAD 2606.07532, 2606.08451, 2606.08483), agreement among LLM "
        "judges (2606.03043, 2606.00093, 2606.01034), deliberation and voting protocols (Consilium 2606.00005, "
        "deliberative curation 2606.00007, disagreement states 2606.04223, delegation voting 2606.08098), "
        "multi-LLM aggregation (2606.00405) and 'conform', 'consensus', 'flip' or 'majority' in other senses "
        "(conformal prediction, self-consistency, majority voting, answer flips under visual edits, output "
        "homogenisation in creativity and summaries) and, from retrieval (nothing on topic beyond the lexical "
        "ones), sycophancy, persuasion and other LLM behaviour papers"),
    "leaderboards": (
        "two concepts: leaderboards: ranking AI models by benchmark scores or pairwise human or model votes "
        "(leaderboard and arena construction, Elo / Bradley-Terry ratings, stability, robustness or validity of "
        "model rankings, ranking models without labels) is what the paper studies or builds, for LLMs or other "
        "foundation models; accepted Pluralistic Leaderboards, locally stable rankings beyond Bradley-Terry under "
        "heterogeneous user preferences (2606.02547), robustness of multilingual text-embedding rankings on MTEB "
        "(2605.31142), CoEval, ranking language models for custom tasks without labels (2606.03650) and GENEB, "
        "unstable aggregate leaderboards of 40 genomic foundation models (2606.04525); borderline, accepted: "
        "benchmark prompt selection judged by the consistency of the LLM rankings it yields (2606.01400) and "
        "CV-Arena, an image-editing benchmark whose Active Elo protocol ranks models from human-AI preferences "
        "(2606.00931); rejected 3DCodeBench with its 3DCodeArena pairwise-preference platform as one component "
        "(2606.01057; borderline), COMPASS, S2ST benchmarking that finds single-metric rankings misleading "
        "(2606.03241; borderline), pairwise reference alignment of response scores (2605.30758; borderline: "
        "responses, not models, are ranked), encoder rankings in multi-encoder VLMs (2606.03879), benchmark "
        "auditing with IRT (2605.30504), LLM-as-judge reliability and manipulability (SLMJury 2606.07810, "
        "2606.05384, 2606.10315, 2606.01034), benchmarks called arenas or reporting leaderboards (ChartArena "
        "2606.01348, LATTEArena 2606.09004, code LLM evaluation 2606.08840, KINA 2606.05104, challenge reports) "
        "and 'ranking', 'rating' or 'Elo' in other senses (re-ranking, stock ranking, answer ranking, Elo of game "
        "agents, aesthetic ratings) and, from retrieval (nothing on topic beyond the lexical ones), evaluation and "
        "LLM papers"),
}

def main() -> None:
    cands = json.loads((HERE / "candidates45.json").read_text(encoding="utf-8"))
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
