"""The thirty-sixth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, thirty-sixth group'): the confirmed
papers and the notes per topic, written after reading every proposed paper (candidates36.json: make_topics.py's lexical
rule and the hybrid top 50, from propose36.py; read with read36.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session36-blind36/topics/label36.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "xai": ["2605.31563", "2606.00098", "2606.00461", "2606.01148", "2606.01237", "2606.01632", "2606.02049",
            "2606.04364", "2606.04764", "2606.05180", "2606.05461", "2606.06224", "2606.07113", "2606.07180",
            "2606.07531", "2606.07533", "2606.08497", "2606.11016"],
    "rate-distortion": ["2606.03813", "2606.07933", "2606.09858", "2606.09895"],
    "health-disparities": ["2606.01204", "2606.01217", "2606.03214", "2606.03641"],
    "composition": ["2606.05635", "2606.07638", "2606.10894"],
    "mcts-lm": ["2606.01230", "2606.04246", "2606.06002", "2606.06473", "2606.07925", "2606.08445"],
    "event-camera": ["2606.01280", "2606.06142", "2606.06856", "2606.07431", "2606.10790"],
}

NOTES = {
    "xai": (
        "one concept: explainable AI: explaining why a model makes its decisions or predictions (post-hoc explanation "
        "methods such as feature attribution, Shapley values, saliency and counterfactuals, concept-based or symbolic "
        "explanations, models built to be explainable, and the evaluation of explanations and their faithfulness) is "
        "what the paper proposes, applies as its headline contribution or evaluates; accepted verbalized feature "
        "attributions versus self-generated rationales of LLMs (2606.01148), PatentXAI, graph-conditioned hierarchical "
        "Shapley attribution for patent valuation (2606.01632), explainable deep RL for building energy management "
        "(2606.02049), SHAP and LLM rationales for rubric-based teaching-quality scoring (2606.05180), an XAI "
        "admissibility rubric derived from driving-safety standards (2606.05461), Symb-xMIL, symbolic post-hoc "
        "explanations for multiple-instance learning in pathology (2606.06224), Glassbox AI via probabilistic mediation "
        "(2606.07113), OPTIMUS, minimal and sufficient concept explanations for vision models (2606.07180), mllm-shap "
        "(2606.07531) and an XAI-based Shapley analysis of multimodal multilingual models (2606.07533), learned "
        "word-subset explanations of black-box language models (2606.08497) and counterfactual attention for explainable "
        "cognitive-decline diagnosis (2606.01237); borderline, accepted: classification and explainability evaluation "
        "(plausibility, faithfulness) with disagreeing human rationales in hate speech (2605.31563), segmentation-guided "
        "spatial indexing for explainable deepfake detection (2606.00098; the region is the explanation), an explainable "
        "hierarchical tremor detector with post-hoc Grad-CAM analysis (2606.00461), spatially grounded concept "
        "bottleneck models (2606.04364), attention maps of pathology foundation models evaluated against spatial "
        "transcriptomics (2606.04764) and whether LLMs' stated reasons match the behaviourally inferred drivers of their "
        "decisions (2606.11016); rejected mechanistic interpretability of model internals that explains no decision "
        "(SAE features and SAEExplainer 2606.08496, ViSAE concept circuits 2606.06664, latent reasoning vectors "
        "2606.01243, the partisan direction 2606.08792, function vectors 2606.05079; borderline where they name "
        "explanation), attribution used as a tool for another task (re-ranking by C-LIME attribution 2606.03728, "
        "attention attribution for AI-text detection 2606.00016, probe attribution of prompt ambiguity 2606.05486, "
        "attribution-based LLM embeddings 2606.07524, gradient feature selection 2606.04453), post-hoc explanations as "
        "disclosure in strategic off-policy evaluation (2606.07308; borderline), 'interpretable' as an adjective of a "
        "model or feature set (linguistic features for AI-text detection 2606.04177, interpretable sheaf-based pathology "
        "localization 2606.00092 and concept lattices 2606.05471, both borderline; varifold moments 2606.07333), an "
        "XAIxArts network-bending tool (2606.06497; borderline), detector comparison to guide explainability methods "
        "(DnD 2606.07503; borderline), Grad-CAM as one analysis of a deepfake detector (2606.04863), interpretable policy "
        "trees for human-AI collaboration (2606.08596), 'explanation', 'saliency' and 'attribution' in other senses "
        "(salient object segmentation, human attention modelling, failure attribution of agents, grammatical error "
        "explanation, ELI5 answers) and, from retrieval (nothing on topic beyond the lexical ones), AI-and-society "
        "papers."),
    "rate-distortion": (
        "one concept: rate-distortion theory (rate-distortion functions and their computation, Blahut-Arimoto, "
        "finite-blocklength lossy source and joint source-channel coding bounds, and formulations that are a "
        "rate-distortion problem) is what the paper studies or builds its result on; accepted finite-temperature de "
        "Bruijn identities from the spectral theory of Blahut-Arimoto dynamics (2606.03813), translation symmetry, "
        "Fisher information and the entropy power inequality in Blahut-Arimoto rate-distortion geometry (2606.09895) "
        "and finite-blocklength lossy joint source-channel coding over unknown channels, bounds in terms of the "
        "rate-distortion and rate-dispersion functions (2606.07933); borderline, accepted: support sufficiency as "
        "action-sufficient compression, a rate-regret problem whose optimal channel has the rate-distortion Gibbs form "
        "(2606.09858); rejected information-theoretic lower bounds for bit-constrained stochastic optimisation with a "
        "sequential rate-distortion perspective only as an extension (2606.00703; borderline), minimum-distortion "
        "quantization with a specified output distribution (2606.10458; borderline, quantizer design without a rate "
        "function) and information maximisation with distortion minimisation in feedback communication (2606.09698; "
        "borderline), a bioelectrical compression-limit framework (2606.09922; borderline), learned and neural "
        "compression systems that report rate-distortion trade-offs (DCVC-UF video codec 2606.04410, few-step generative "
        "models as lossy codecs 2606.10450, scientific-data residual coding 2606.05389, lossy text compression "
        "2606.08184; hard near-misses), a rate-distortion objective as a clustering tool (2606.08236), semantic "
        "communication surveys (2606.01284, 2606.05216), 'information bottleneck' and compression in other senses "
        "(ML research agents 2606.11045) and, from retrieval (nothing on topic beyond the lexical ones), theory, logic "
        "and LLM papers."),
    "health-disparities": (
        "one concept: health disparities: unequal health outcomes, diagnoses or care (including the recommendations "
        "of clinical AI) across patient groups defined by sex, age, ethnicity, language, geography or social position "
        "is what the paper measures, explains or mitigates; accepted language-driven disparities in LLM emergency "
        "triage through implicit geographic inference (2606.01204), gender-dependent diagnostic substitution in LLM "
        "triage (2606.03641) and the effect of demographic bias (patient sex and age) on skin-lesion classification "
        "(2606.03214); borderline, accepted: ethnic disparities in autism spectrum disorder among toddlers (2606.01217; "
        "an epidemiological group difference, no AI); rejected studies where group differences are one finding of a "
        "broader evaluation (medical LLM red teaming with an equity domain 2606.00027, narrative stress testing with a "
        "counterfactual fairness index 2606.07929, speech-translation usability gaps across dialects and genders in "
        "doctor-patient and everyday talk 2606.06177, sociodemographic outcome disparities of LLM advice across legal, "
        "medical and financial scenarios 2606.02776; all borderline), response variation of consumer health LLMs across "
        "simulated users and the barriers to auditing it (2606.08483; borderline), income and education driving "
        "reporting in an LLM epidemic simulation (2606.06360; borderline), a language gap of medical VLMs in Indonesian "
        "radiology VQA (2606.03693; borderline, robustness rather than patients), clinical LLM robustness to "
        "rephrasing (2605.30646, 2606.07237), fairness and bias outside health (fair personalised text, LLM bias "
        "benchmarks, fair division), 'bias' and 'disparity' in other senses (stereo disparity, spatial lexical bias) "
        "and, from retrieval (nothing on topic beyond the lexical ones), mental-health, medical-AI and game-theory "
        "papers."),
    "composition": (
        "one concept: image composition (how a photograph or picture is framed and arranged: cropping, shot framing, "
        "composition understanding, assessment and composition-controlled generation) is the paper's task; accepted "
        "ShotCrop3, cropping human-centric images into cinematic triple-shot compositions (2606.05635), the "
        "PortraitCraft challenge on portrait composition understanding and generation (2606.10894) and anchor-"
        "conditioned compositional control (horizon and layout anchors) for landscape image generation (2606.07638); "
        "rejected image aesthetic assessment without composition (RED-Aes 2606.05778; borderline), cinematic video "
        "background replacement (PAI-Studio 2606.01399), portrait relighting and animation, crop segmentation in UAV and "
        "Sentinel imagery (2606.01118, 2606.00676; 'crop' as plants), cropping as a visual-token or GUI-grounding tool "
        "(VisionPulse, GUI-C2, VistaHop), 'composition' and 'compositional' in other senses (composed image and video "
        "retrieval, compositional 3D scenes, concept composition in sentence encoders), 'framing' as news and issue "
        "framing, 构图 in other senses (graph construction) and, from retrieval (nothing on topic beyond the lexical "
        "ones), image generation, restoration and retrieval papers."),
    "mcts-lm": (
        "two concepts: Monte Carlo tree search (search over a tree of steps with rollouts or sampled evaluations and "
        "value backup, incl. Monte Carlo graph search) used with a language or vision-language model, over its "
        "reasoning steps, actions or outputs, as the paper's method or core component; accepted PRM-guided "
        "global-local MCTS in LVLMs for text-to-3D indoor scenes (2606.06002), ROSUM-MCTS for LLM HDL code "
        "summarization (2606.07925), MCTS-Flow synthesising verifiable multi-turn trajectories for smart-home LLM agents "
        "(HomeFlow 2606.01230) and, from retrieval, S3, segment-level summary composition of long meetings by Monte "
        "Carlo tree search with a 7B model (2606.08445); borderline, accepted: StepPRM-RTL, where MCTS explores "
        "alternative reasoning paths for PRM-guided RTL fine-tuning (2606.04246), and MLEvolve's progressive Monte "
        "Carlo graph search for LLM agents discovering ML algorithms (2606.06473); rejected tree search that is not "
        "Monte Carlo (LinTree, LLM traces as linearized search trees against best-first search 2605.31492; guided beam "
        "search for LM proofs of entropy inequalities 2606.05729; both borderline), tree-structured rollouts in RLVR "
        "(CATPO 2606.08346; borderline) and tree-like supervision for diffusion LMs (CAPR 2606.04396), MCTS without a "
        "language model (S3TS energy planning 2606.02151, Monte Carlo pass search in football 2606.11120), look-ahead and "
        "rollouts in other senses (agent RL rollouts, GRPO, look-ahead guards, speculative draft trees 2606.01813), "
        "sequential Monte Carlo decoding (2606.01926) and, from retrieval, other LLM reasoning and linguistics papers."),
    "event-camera": (
        "one concept: event cameras (dynamic vision sensors, neuromorphic and event-based vision: asynchronous "
        "brightness-change events) are the sensor the paper builds on, processes or surveys; accepted a survey of "
        "event-based vision in space (2606.01280), event-to-frame reconstruction (2606.06142), FS-DVS, a "
        "frequency-selective dynamic visual sensing paradigm (2606.06856), OpenGlass smart glasses for on-device "
        "event-based gesture recognition (2606.07431) and an RGB and events dataset for first-person hand detection "
        "(2606.10790); rejected multimodal systems where events are one optional input (low-light video enhancement "
        "with event streams as one auxiliary modality 2606.11186, driving perception fusing RGB, DVS and LiDAR "
        "2606.02979; both borderline), 'event' in other senses (video event prediction, audio-visual events, event "
        "languages), the DAVIS dataset (2606.00522), streaming and tokenisation papers and, from retrieval (nothing on "
        "topic beyond the lexical ones), camera calibration, novel-view synthesis and video-generation papers."),
}


def main() -> None:
    cands = json.loads((HERE / "candidates36.json").read_text(encoding="utf-8"))
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
