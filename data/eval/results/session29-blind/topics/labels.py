"""The twenty-second group's labels (session 29, blind): the six lines appended to data/eval/topics.jsonl.

Reads the candidates written by `make_topics.py --store ... --json cands.json` (lexical and hybrid top-50 per topic)
and writes one JSON line per topic: relevant = the papers confirmed by reading, rejected = the other proposed ones.

    python labels.py cands.json >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from make_topics import PROPOSE  # noqa: E402

RELEVANT = {
    "supply-chain": ["2606.06201", "2606.08314", "2606.09455", "2606.10359", "2606.10766"],
    "scene-graph": ["2606.05916", "2606.05975", "2606.06100", "2606.06369", "2606.07529"],
    "pcg-games": ["2605.30570", "2606.02832", "2606.03857"],
    "psycholing-lm": ["2606.01045", "2606.01964", "2606.02953", "2606.03817", "2606.05346", "2606.05864", "2606.06857",
                      "2606.07066", "2606.08081", "2606.10467"],
    "speech-emotion": ["2606.01479", "2606.06168", "2606.07585", "2606.10581"],
    "assistive-tech": ["2605.31351", "2606.03788", "2606.07642"],
}

NOTES = {
    "supply-chain": (
        "managing or designing a supply chain (demand forecasting and replenishment of stock, inventory, distribution "
        "and last-mile logistics of goods, supply network design, supply chain resilience) is what the paper studies; "
        "accepted deep-RL replenishment for dynamic inventory management in the pharmaceutical supply chain "
        "(2606.06201), demand forecasting with multi-objective optimization for circular coffee supply chains "
        "(2606.08314), ReflectiChain, LLM-driven supply chain world models for resilience (2606.10359) and viable "
        "supply chain network design by ML-derived chance-constrained programming (2606.10766); borderline, accepted: "
        "dispatch thresholds for fixed last-mile parcel routes (2606.09455, distribution logistics, no 'supply chain' "
        "word); rejected graph-augmented retrieval over an aerospace supply-chain knowledge graph (2606.06003, the "
        "contribution is retrieval; borderline), warehouse computer vision for anomaly detection in material handling "
        "(2605.31487; borderline), online budget-feasible procurement auctions (2606.01142), firm-level crisis "
        "responses (2606.10297), vessel trajectory forecasting (2606.08633), optimal trade execution (2606.08379), "
        "retail product coding for price statistics (2606.02004), a retail agent (2606.03371), e-commerce query "
        "recommendation (2606.05671), wood identification (2606.10876), roadside infrastructure 'inventory' "
        "(2606.09882), 'inventory', 'order', 'logistics' and 'supplier' in other senses and, from retrieval (nothing "
        "on topic beyond the lexical ones), resource allocation, auctions, agent memory and other papers."),
    "scene-graph": (
        "a scene graph (a graph of the objects of an image, video or 3D scene and their relations) is what the paper "
        "generates or refines, or the central representation its method reasons over; accepted knowledge refinements "
        "for scene graph generation (2606.06369), CAPruner, a scene-graph pruner for 3D spatial reasoning of LLMs "
        "(2606.07529) and open-vocabulary object detection with scene graphs (2606.05916); borderline, accepted: "
        "T-FunS3D, task-driven 3D functionality segmentation over an open-vocabulary scene graph (2606.05975) and "
        "HyperVis, continuous latent visual relational graphs replacing scene-graph triplets for compositional "
        "reasoning (2606.06100); rejected a scene graph as one step of a larger method (SceneDiver focus plans "
        "2606.04046, PhyDrawGen diagrams from a typed scene graph of problem text 2605.30512; borderline), "
        "object-relation reasoning without a graph (ReGuLaR 2605.30587; borderline), memory graphs of embodied agents "
        "(EvoMemNav 2606.03509, UQ-DAAAM 2606.08277; borderline for the first), human-object interaction detection, "
        "reconstruction and retrieval (2606.02789, 2606.05359, 2606.05489), causal discovery in visual semantic graphs "
        "(polyDAG 2606.06908), graph-structured 3D or Gaussian representations (ManiSplat 2606.10645, GeoSAM-3D "
        "2606.00447, SceneConductor 2606.08402), relational databases, knowledge graphs and instruction constraint "
        "graphs, and, from retrieval, graph reasoning of LLMs, knowledge-graph RAG and other vision papers."),
    "pcg-games": (
        "generating game content procedurally (levels, maps, enemies, worlds of video games, by search, evolution or "
        "learning) is what the paper does; accepted procedural generation of first-person-shooter maps with MAP-Elites "
        "(2605.30570), collision-based enemy morphology generation (2606.02832) and procedural level design of mansions "
        "and dungeons (2606.03857); rejected a game engine used to generate driving data (PairedGTA 2606.01192), "
        "interactive video world models with game engines as one application (2606.01164), procedural 3D modelling "
        "by code outside games (3DCodeBench 2606.01057; borderline), agents playing games with distilled skills "
        "(MMG2Skill 2606.01993), 'procedural' memory and reasoning (eMoT 2606.02054) and, from retrieval (nothing on "
        "topic), game theory, layout generation, video and image generation and other papers."),
    "psycholing-lm": (
        "language models (or neural models of language) are studied as models of human language processing or "
        "acquisition: predicting human reading times, eye movements, ERPs or brain responses to language, or testing "
        "whether LMs show the effects and constraints of human language processing and learning; accepted trajectory "
        "dynamics of LM hidden states predicting human processing costs beyond surprisal (2606.05346), sparse LM "
        "features for fMRI encoding of language (2606.06857), LM embeddings for semantic association in self-paced "
        "reading and the N400 (2606.07066), child-directed speech in BabyLMs (2606.01045) and entrenchment and "
        "preemption in LLM linguistic productivity (2606.02953); borderline, accepted: Eyettention II, a neural model "
        "of eye movements in reading (2606.01964), idiom decomposability with LMs as distributional learners against "
        "human ratings (2606.03817), the neglect-zero effect in LLMs by structural priming (2606.05864), MLLM dyads "
        "against human dyads in repeated reference games (2606.08081) and LLMs as modal models in linguistics "
        "(2606.10467, philosophy of science); rejected human experiments without a language model (negative polarity "
        "illusions 2606.04340, ERPs of children with autism 2606.05620 from retrieval; borderline for the first), "
        "probing LMs' knowledge or heuristics without human processing (quantity comparison 2606.03982, multilinguality "
        "from a structural perspective 2606.01800), a child's egocentric word learning by a vision-text learner (BabyCL 2606.05115; borderline), VSR "
        "models against human lipreaders (2606.07435; borderline), LLM cognition outside language (risk decisions "
        "2606.04978, causal learning 2606.06464, uncertainty alignment 2605.30675), idiom benchmarks and MWE "
        "classification (IdiomX, MIDI, Varnika, 2606.07479), chatbots' meaning and thinking (2606.02973, 2606.07722), "
        "'human-like' or 'reading' in other senses (WaveFilter 2606.00724, AVI-Bench, BloomBench) and, from retrieval, "
        "multilingual, steering, evaluation and other LLM papers."),
    "speech-emotion": (
        "emotion or affective paralinguistic cues carried by speech are what the paper recognises, models or controls: "
        "speech emotion recognition, emotional speech synthesis, affective tone in speech models; accepted "
        "interpretable emotion control in LLM-based TTS with sparse autoencoders (2606.01479); borderline, accepted: "
        "ProSarc, audio-only sarcasm recognition from prosodic incongruity with a global emotion encoder "
        "(2606.06168), group emotion recognition from collective audio-video signals (2606.07585) and ParaBridge, "
        "speech language models acting on paralinguistic cues such as a fearful tone (2606.10581); rejected "
        "speech-driven facial animation with emotion in the face (Unreal Engine digital humans 2606.10753, TokTalk "
        "2605.31294; borderline for the first), talking-head evaluation (2606.01031), speech benchmarks with emotion "
        "as one facet (PolySpeech-100 2606.01016), emotion in text (LLM literary translation 2606.10113, Korean diary "
        "images 2606.05816, meme sentiment 2606.08770, sentiment-aware summarization 2606.08940), emotion-controllable "
        "avatar videos (2606.05896), facial reaction generation (REACT 2606.07935), hate in audio retrieval "
        "(2606.05857), a motivational architecture (2606.05411), emotion-cause video captioning (2606.08566) and, from "
        "retrieval, speech recognition, speech translation, speaker-group encoding, co-speech gestures and other "
        "speech papers."),
    "assistive-tech": (
        "technology that assists people with disabilities (visual, hearing, motor or cognitive impairments) is what "
        "the paper builds or evaluates: assistive systems and their evaluation, accessibility assessment, sign "
        "language technology presented as assistive; accepted VIABLE, a benchmark of VLM judges for visually impaired "
        "assistance (2605.31351) and wheelchair accessibility assessment from street view with VLMs (2606.07642); "
        "borderline, accepted: SLU-2K, semantic evaluation of sign language translation motivated by its use in "
        "assistive technology (2606.03788); rejected sign language processing presented as a language task only "
        "(LLM paraphrase augmentation for sign language translation 2605.31393, spatial indexing in sign language "
        "2606.08056; borderline), video-grounded 'assistive' action suggestion for general users (Pause and Think "
        "2606.00616), compliance of multi-agent systems (2606.07805) and, from retrieval (nothing on topic), autism "
        "epidemiology (2606.01217), Alzheimer's trajectories (2606.07798), empathy, mental-health crisis detection, "
        "speech translation usability for doctors and patients (Ouvia 2606.06177), device repair questions and other "
        "papers."),
}


def main() -> None:
    cands = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for key, relevant in RELEVANT.items():
        topic, lang, concepts, _forms = PROPOSE[key]
        proposed = list(dict.fromkeys(cands[key]["lexical"] + cands[key]["hybrid"]))
        assert set(relevant) <= set(proposed), (key, set(relevant) - set(proposed))
        rejected = sorted(set(proposed) - set(relevant))
        line = {"id": key, "topic": topic, "language": lang, "concepts": concepts, "relevant": sorted(relevant),
                "proposed": len(proposed), "rejected": rejected,
                "notes": NOTES[key]}
        print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
