"""The forty-first fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, forty-first group'): the confirmed papers
and the notes per topic, written after reading every proposed paper (candidates41.json: make_topics.py's lexical rule
and the hybrid top 50, from propose41.py; read with read41.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session38-blind41/topics/label41.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "authorship": ["2606.05626", "2606.06755", "2606.09854", "2606.10794"],
    "comp-em": ["2605.31032", "2606.07427", "2606.08463", "2606.10784"],
    "swipt": ["2606.00406", "2606.00668", "2606.04537", "2606.09014"],
    "llm-mobility": ["2606.00991", "2606.01640", "2606.08122", "2606.10314"],
    "sign-language": ["2605.31393", "2606.03788", "2606.08056"],
    "latent-action": ["2606.07100", "2606.07687", "2606.10517"],
}

NOTES = {
    "authorship": (
        "one concept: authorship attribution: telling who wrote a text or a prompt (a person, or the language model "
        "that generated it) from its style or hidden traces: attribution, verification, stylometric fingerprinting, "
        "source-model provenance of generated text, is the paper's task; accepted PromptPrint, identifying users from "
        "their short LLM prompts as behavioural biometrics (2606.06755), stylometric fingerprinting of the model family "
        "behind anonymised political-analysis texts (2606.09854), READER, identifying the source LLM of black-box "
        "responses by authorship evidence in a proxy model's activations (2606.10794) and RidgeFT, lifelong "
        "machine-generated text attribution to the generator that wrote it (2606.05626); rejected binary AI-generated "
        "text detection (AEyeDE 2606.00016; OpAI-Bench, AI authorship signals in progressive human-AI co-editing "
        "2606.06481, borderline: detection of AI edits, not attribution to an author), interpreting style "
        "representations through style-eliciting prompts (2606.05716; borderline: the representations serve "
        "authorship analysis, the paper evaluates style description and imitation), author name disambiguation of "
        "bibliographic records (CrossND 2606.08617; borderline), provenance of edited 3D Gaussian splatting models "
        "(GaussTrace 2606.10612), AI-generated evidence detection (2606.07916), students' authorship confidence "
        "under LLM access (2606.00250), failure attribution in agent trajectories (FALAT 2606.00765, StepFinder "
        "2606.03467, REFLECT 2606.09071) and 'attribution', 'provenance' or 'fingerprint' in other senses (Shapley "
        "attribution, feature attribution, citation attribution, event sourcing) and, from retrieval (nothing on "
        "topic beyond the lexical ones), agent governance, insurance and evaluation papers"),
    "comp-em": (
        "one concept: computational electromagnetics: computing or modelling electromagnetic fields as solutions of "
        "Maxwell's equations (integral-equation and finite-element solvers of electromagnetic and magnetostatic "
        "problems, their preconditioning and fast methods, full-wave field models) is the paper's method or object; "
        "accepted high-frequency preconditioners for electromagnetic integral equations based on Helmholtz "
        "regularisations (2606.07427), numerical operator filtering within the adaptive integral method for "
        "electromagnetic integral equations (2606.10784) and hybrid mixed domain decomposition of the magnetostatic "
        "finite element problem of a permanent magnet synchronous machine (2605.31032); borderline, accepted: "
        "Maxwellian random field models of stochastic line-of-sight MIMO channels from the dyadic Green's function, "
        "exact solutions of Maxwell's equations (2606.08463; analytic rather than numerical, but the field model is "
        "the contribution); rejected an IPMSM design-optimisation framework of LLM agents that automates "
        "electromagnetic FEA as its simulator (2606.09037; borderline: the FEA is a tool), curved mesh adaptation "
        "for high-order finite elements demonstrated on radio-frequency analysis of a fusion antenna (2606.10763; "
        "borderline: the mesh procedure is the contribution), acoustic wave simulation correction (2606.08711; hard "
        "near-miss: acoustic, not electromagnetic), guided-wave damage localisation (2606.03933), circuit DAEs "
        "(index-aware learning 2605.30955), electromagnetic tracking for surgical navigation (2606.03893), "
        "antenna, beamforming, metasurface and MIMO signal-processing papers (MiLAC 2605.31549, rotatable, fluid "
        "and coupler antennas 2606.02193, 2606.03035, 2606.05600, 2606.08017, 2606.08829, FIM 2606.06845, XL-array "
        "beam focusing 2606.01096), physics diagram generation (PhyDrawGen 2605.30512), fluid field lines "
        "(Streami 2606.02627) and 'field', 'scattering' or 'antenna' in other senses and, from retrieval (nothing "
        "on topic beyond the lexical ones), PINNs, quantum and unrelated papers"),
    "swipt": (
        "one concept: simultaneous wireless information and power transfer: a communication system whose signals "
        "carry both information and energy (SWIPT, integrated data and energy transfer, wireless-powered "
        "communication networks with energy harvesting, time or power splitting between the two) is what the paper "
        "designs or analyses; accepted quantum simultaneous information and power transfer, the capacity-power "
        "trade-off of quantum channels (2606.00406), hybrid bit and semantic communication in UAV-enabled wireless "
        "power transfer networks (2606.00668), enhanced fluid index modulation for integrated data and energy "
        "transfer (2606.04537) and joint path planning and dynamic time splitting of information and energy "
        "transfer in multiple-UAV-cached wireless-powered IoT networks with backscatter (2606.09014); rejected SAR "
        "ship detection (2605.30380; a lexical match only) and, from retrieval (nothing on topic beyond the lexical "
        "ones), UAV-enabled ISAC (2606.05262), multiple access, antennas and beamforming, semantic communication "
        "without energy transfer (2606.00114, 2606.01284, 2606.05216), jamming, coded caching, over-the-air "
        "computation, secure aggregation and communication among LLM agents"),
    "llm-mobility": (
        "two concepts: an LLM (or LLM agent) is the method, and human mobility (where and how people move: "
        "trajectories, next-location or POI prediction, mobility or origin-destination generation, travel demand, "
        "transport operations serving travellers) is the application; accepted MobEvolve, LLM agents that evolve "
        "interpretable heuristics for human mobility generation (2606.01640), IntentPOI, intention-guided LLM "
        "reasoning for next-POI prediction (2606.08122) and mobility anomaly generation with LLM-driven behaviour "
        "under kinematic constraints (2606.10314); borderline, accepted: a survey of LLMs and multimodal LLMs in "
        "transportation systems management and operations, supply and travel-demand sides (2606.00991); rejected "
        "LLM travel-planning agents that plan itineraries (TravelEval 2606.01046; borderline: trip planning, not "
        "modelling how people move), mobility data analysis and transit resilience without an LLM (higher-order "
        "networks of mobility data 2606.00733, urban transit disruption response 2606.08849), wheelchair "
        "accessibility from street view with VLMs (2606.07642; borderline), traffic-accident liability RAG "
        "(TrafficRAG 2606.01737), driving benchmarks and lane-level map generation (GeoDrive-Bench 2606.02774, "
        "MapAgent 2606.04513), urban perception, image geolocation and regional-knowledge benchmarks (2606.00871, "
        "Pinpoint 2606.04133, CARTE 2606.01995), news-aided forecasting that includes traffic series (2606.03097) "
        "and 'trajectory', 'transport' or 'POI' in other senses (agent trajectories, optimal transport, points of "
        "interest in speech) and, from retrieval (nothing on topic beyond the lexical ones), LLM personalisation, "
        "social simulation and other LLM papers"),
    "sign-language": (
        "one concept: sign language: recognising, translating, evaluating or linguistically analysing signed "
        "languages is the paper's task; accepted target-side paraphrase augmentation with an LLM for sign language "
        "translation (2605.31393), SLU-2K, a question-based benchmark of the semantics of sign language translation "
        "(2606.03788) and spatial grammar and index resolution (pointing signs) for sign language processing "
        "(2606.08056); rejected co-speech gesture recognition and retrieval (GRW 2605.31589, semantic motion anchors "
        "2605.30608; hard near-misses: gestures that accompany speech, not a signed language), micro-gesture and "
        "event-camera gesture recognition (2606.07355, OpenGlass 2606.07431), EMG hand-action semantics (MyoSem "
        "2606.00174), audio-driven portrait animation (2606.03402), interlinear glossing tools (GlossAssist "
        "2606.04367) and 'gesture', 'gloss' or 'signing' in other senses and, from retrieval (nothing on topic), "
        "idiom, speech-translation, low-resource language and other language papers"),
    "latent-action": (
        "two concepts: latent actions (action representations learned from visual dynamics without, or beside, action "
        "labels: latent action models, latent action policies, action-relevant latents of video models probed by "
        "inverse dynamics) used for robot learning (robot policies, VLAs, manipulation); accepted LARA, joint "
        "representation alignment of latent action models and VLA models for robotic manipulation (2606.07100) and "
        "LAFP, flow-matching latent action policies decoded to physical actions, evaluated on imitation-learning tasks "
        "(2606.10517); borderline, accepted: which pretraining signals make video world-model latents "
        "action-relevant, measured by inverse-dynamics probes across robotic benchmarks (2606.07687); rejected the "
        "generalized action manifold for VLAs (GAM 2606.00110; borderline: an explicit action parameterisation, not "
        "latents learned from video), an action-free latent planner of subgoals in a JEPA world model (FF-JEPA "
        "2606.09311; borderline), discrete camera-motion action primitives of a video world model (DisCo 2606.07967), "
        "VLA architectures and action decoders without latent actions (one-step action generation 2606.05737, "
        "TBD-VLA 2606.07895, Light-WAM 2606.08242, 3DThinkVLA 2606.04436), joint video-action denoising for dexterous "
        "hands (Donk 2606.03868), memory in action world models (Echo-Memory 2606.09803) and 'action space', "
        "'latent' or 'policy' in other senses (continuous-action RL, LLM agents, latent reasoning) and, from "
        "retrieval (nothing on topic beyond the lexical ones), world-model, policy-evaluation and latent-reasoning "
        "papers"),
}


def main() -> None:
    cands = json.loads((HERE / "candidates41.json").read_text(encoding="utf-8"))
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
