"""The twenty-sixth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, twenty-sixth group'): the confirmed papers
and the notes per topic, written after reading every proposed paper (candidates26.json: make_topics.py's lexical rule and
the hybrid top 50, from propose26.py); rejected = proposed - confirmed. Prints the six topics.jsonl lines.

    python data/eval/results/session31-blind26/topics/label26.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "materials-ml": ["2606.00315", "2606.00938", "2606.01012", "2606.02258", "2606.08150"],
    "image-caption": ["2605.31029", "2606.00673", "2606.08031", "2606.08566", "2606.08572", "2606.10533"],
    "llm-causal": ["2606.01789", "2606.01810", "2606.04915", "2606.06464", "2606.07525"],
    "llm-summ": ["2606.01252", "2606.03867", "2606.05436", "2606.05494", "2606.08000", "2606.08940", "2606.08969"],
    "image-reg": ["2606.00890", "2606.02935", "2606.03341", "2606.03893", "2606.07658", "2606.11012"],
    "llm-moral": ["2605.30934", "2606.01552", "2606.05890", "2606.08310"],
}

NOTES = {
    "materials-ml": (
        "machine learning (including LLMs and generative models) used to discover, design, synthesise or predict the "
        "properties of materials is what the paper does; accepted LLMs coupled with physics-based simulation for "
        "inorganic synthesis planning (2606.00315), multimodal learning for property prediction of stacked bilayer 2D "
        "materials (2606.01012), Matter to Mechanism, a benchmark for AI co-scientists in materials and battery "
        "research (2606.02258) and PropDiff-TMG, property-informed diffusion generating 3D metamaterial "
        "microstructures from text (2606.08150); borderline, accepted: a neural surrogate predicting the effective "
        "Lame parameters of hyperelastic composites from microstructure descriptors (2606.00938, structure-property "
        "prediction; also labelled for ML surrogates); rejected mechanics surrogates that reconstruct fields rather "
        "than predict material properties (LSTM-GNN stress fields in heterogeneous microstructures 2606.10909; "
        "borderline), chemistry without materials (ChemCoTBench-V2 2606.03660), protein models (2606.04228), "
        "semiconductor process metrology (2606.00923), material recognition in images or by polarimetry (MAOAM "
        "2606.04880, quantum polarimetric classification 2606.07766), material rendering and physics simulation in "
        "graphics (2606.08469, 2606.04319, MPMWorlds 2606.01538, UniPixie 2606.05399), hyperspectral decomposition "
        "(2606.03806), 'crystallization' and 'lattice' in other senses (MechLens 2606.07978, concept lattices "
        "2606.05471) and the many reinforcement-learning papers proposed only because 强化学习 contains 化学 and, from "
        "retrieval (nothing on topic), generic machine-learning papers."),
    "image-caption": (
        "generating natural-language descriptions of images or videos (image, dense, video and audio-visual "
        "captioning) is the paper's task or a main contribution: captioning models, their efficiency, captioning "
        "benchmarks and caption datasets built by a captioning pipeline, and analyses of how models caption; accepted "
        "PEEK, distilled frame selection for efficient video captioning (2605.31029), the bistable-image captioning "
        "analysis of LLaVA (2606.08031), emotion-attributed video captioning by emotion-cause pair extraction "
        "(2606.08566), OmniCap-IF, instruction following in omni-modal video captioning (2606.08572) and AVEX-Prune, "
        "RL token pruning for efficient audio-visual captioning (2606.10533); borderline, accepted: T-CLIP, whose "
        "first contribution is IR-Cap, a physics-aware thermal-image captioning pipeline and dataset (2606.00673); "
        "rejected pathology report generation with WSI caption pretraining (2605.30716; report generation, not "
        "captioning), long-form vision-language RL where dense captioning is one of three settings (SD-GRPO "
        "2606.09871; borderline), personality induction where captioning is one evaluated task (2606.11074), "
        "multi-view object descriptions for robot memory (2606.08277), interleaved biomedical corpora with recovered "
        "figure captions (PMC-InterCPT 2606.01049), temporal grounding, composed retrieval, 3D recognition and other "
        "VLM papers that only mention descriptions, and, from retrieval (nothing on topic), video generation, editing "
        "and understanding papers."),
    "llm-causal": (
        "causal reasoning by (multimodal) LLMs is what the paper studies or builds: causal inference, causal "
        "discovery, cause-effect and counterfactual reasoning about the world done by the model, and benchmarks of "
        "it; accepted Caliper, lexical anchors versus causal structure on CLadder, CRASS and e-CARE (2606.04915), "
        "implicit causal graph construction from text by LLMs (2606.07525), Causal-Plan-Bench and Causal Planner for "
        "physically grounded causal reasoning in embodied planning (2606.01810) and humans and LLMs identifying "
        "conjunctive causal rules in a blicket-detector task (2606.06464); borderline, accepted: LLMs checking "
        "benchmark causal graphs against the literature, for LLM-based causal discovery (2606.01789); rejected a "
        "statistical compatibility score for bivariate causal statements with LLM causal claims as one "
        "demonstration (2606.00278; borderline), LLM root-cause diagnosis of network faults with causal priors in "
        "attention (PropLLM 2606.00582; borderline), causal studies that use LLMs as annotators or text analysers "
        "(topic sentiment and perceived ideology 2606.06715, conditional hypothesis generation with covariates "
        "2606.03029), causal tracing and interventions in mechanistic interpretability (2606.03780, 2606.08644, "
        "2606.01243, 2606.07978), counterfactual techniques for other tasks (CRAFT table QA 2606.06842, "
        "counterfactual calibration 2605.30653, fair CoT decoding 2605.30641, RePO 2606.09124, counterfactual visual "
        "probes for medical VQA Ask4VG 2606.01044), causal tool filtering for agents (2606.06284, 2606.07904), "
        "'causal language model' and 'intervention' in other senses and, from "
        "retrieval (nothing on topic), LLM reasoning and linguistics papers."),
    "llm-summ": (
        "summarizing text (documents, articles, literature, multiple documents, across languages) with LLMs or "
        "pretrained transformer language models is the paper's task: summarization methods, evaluation and safety of "
        "summaries; accepted multi-target cross-lingual summarization behaviour of LLMs (2606.01252), a training-free "
        "mixture-of-agents framework with knowledge graphs for multi-document summarization (2606.03867), headache "
        "specialists versus RAG-based agentic LLM summaries of clinical literature (2606.05436), 'Summarization is "
        "Not Dead Yet', multi-dimensional evaluation of LLM summaries against human references (2606.08000), "
        "sentiment drift in RLHF summarization (2606.08940) and CARE, a conformal safety layer for hallucinations and "
        "omissions in medical summarization (2606.08969); borderline, accepted: MASF, adaptive selection among "
        "fine-tuned transformer summarizers on CNN/DailyMail compared with LLMs (2606.05494); rejected summarizing "
        "something other than text (HDL code summarization ROSUM-MCTS 2606.07925, multi-video summarization with "
        "MLLMs 2606.04596; borderline), title generation from abstracts (2606.05085; borderline), science news "
        "generation (KnowledgeGain 2605.31099), LLM corpus synthesis that avoids recursive summarization "
        "(ReadingMachine 2606.07753; borderline), a non-LLM BiGRU legal summarizer (2606.00116), general methods "
        "with summarization as one task (DSL-LLaDA 2606.01024, lexicality 2606.02750), summaries used as a tool for "
        "memory or context compression of agents (2606.10209, 2606.10062, 2606.03463, 2606.08151) and, from retrieval "
        "(nothing on topic), other LLM papers."),
    "image-reg": (
        "registering images or image volumes (aligning two or more images, or an image and a model, into one "
        "coordinate frame: rigid, deformable, multimodal, 2D-3D, atlas registration) is the paper's task or central "
        "to it; accepted RegNetMamba-2, multimodal image registration by structured state space duality "
        "(2606.03341), CAD-to-CT registration of cylindrical objects (2606.02935), X-ray-to-CT registration for "
        "electromagnetic navigation in femoral osteotomy (2606.03893) and synthetic intra-operative MRI from "
        "ultrasound with synthesis-anchored deformable registration for brain shift (2606.07658); borderline, "
        "accepted: a cohort-scale neural atlas registering ultrasound videos to one canonical chart for annotation "
        "transfer (2606.00890) and the uncertainty of deformable image registration propagated to accumulated dose "
        "in adaptive radiotherapy (2606.11012); rejected point cloud registration (Generalized-CVO 2606.10019; "
        "borderline), feature matching and correspondence pruning as such (SAMatcher 2606.03406, SFMambaNet "
        "2606.04493, wide-baseline matching for MLLM spatial reasoning 2606.03577; borderline for the first), "
        "camera-LiDAR extrinsic calibration (2605.31576), cross-view localization (2606.10602, 2606.10166), map "
        "registration as one step of boundary reconstruction (Plan2Map 2606.02747), pose alignment in RGB-thermal "
        "splatting (2606.05491), deformable colonoscopy reconstruction (2606.07891), 'alignment', 'warp', "
        "'deformation' and 'correspondence' in other senses (feature-space alignment, deformation fields of dynamic "
        "Gaussians, noisy correspondence in retrieval) and, from retrieval (nothing on topic), image restoration, "
        "detection and generation papers."),
    "llm-moral": (
        "the moral or ethical reasoning, judgment or decision-making of LLMs (or LLM agents) is what the paper "
        "studies or shapes: moral dilemmas, ethical decisions, moral advice; accepted cross-linguistic moral "
        "reasoning of LLMs under institutional ambiguity (2605.30934) and LLMs' missing ethical reasoning about "
        "nuclear escalation in a Civilization V simulation (2606.08310); borderline, accepted: RoleCDE, role-playing "
        "agents choosing between role values and alignment/morality in dilemma instances (2606.01552) and LLMs as "
        "artificial moral advisors in dialogues on ethical dilemmas (2606.05890); rejected normative action "
        "reasonableness in first-person video (NoRA 2606.04806; borderline), values and preferences without moral "
        "reasoning (pluralistic alignment 2606.03110, preference plurality 2606.06674, value diversity of agent "
        "societies 2606.05985, human value expression annotation 2606.11018, environmental attitudes 2606.02741), "
        "sycophancy where moral reasoning is one domain (2606.10949), the moral status of AI (precautionary "
        "framework for AI consciousness 2606.05528, soul computing 2606.10413), normative concepts in alignment "
        "geometry (MENTIS 2606.01060), persuasion tactics (2606.05256), jurisdictional defaults of chatbots "
        "(2606.00333), safety, refusal and trustworthiness benchmarks (2606.07535, 2606.11046, "
        "2606.00027), 'values' and 'dilemma' in other senses (value vectors, social-dilemma games) and, from "
        "retrieval (nothing on topic), LLM reasoning papers. Not proposed by either rule, so unlabelled: moral "
        "credences for value alignment (2606.06972, no LLM form)."),
}


def main() -> None:
    cands = json.loads((HERE / "candidates26.json").read_text(encoding="utf-8"))
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
