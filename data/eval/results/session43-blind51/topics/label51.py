"""The fifty-first fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, fifty-first group'): the confirmed
papers and the notes per topic, written after reading every proposed paper (candidates51.json: make_topics.py's
lexical rule and the hybrid top 50, from propose51.py; read with read51.py); rejected = proposed - confirmed. Prints
the six topics.jsonl lines.

    python data/eval/results/session43-blind51/topics/label51.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "llm-data-select": ["2605.30407", "2605.30857", "2605.31164", "2605.31175", "2606.01049", "2606.04261",
                        "2606.07778", "2606.11127"],
    "physics-sim": ["2605.31120", "2606.00444", "2606.01538", "2606.03479", "2606.03921", "2606.03994", "2606.05359",
                    "2606.05399", "2606.10473"],
    "hypothesis-test": ["2606.07443", "2606.08106", "2606.08124", "2606.08895"],
    "llm-routing": ["2605.30898", "2606.01803", "2606.03557", "2606.06098", "2606.07392", "2606.08970"],
    "llm-eng-design": ["2605.30794", "2606.00138", "2606.03410", "2606.04823", "2606.05058", "2606.06525",
                       "2606.07024", "2606.09037", "2606.10833", "2606.10928"],
    "credit-assign": ["2606.00172", "2606.00593", "2606.01830", "2606.03937", "2606.04120", "2606.04396",
                      "2606.04889", "2606.05784", "2606.07027", "2606.08501", "2606.08708", "2606.08875",
                      "2606.09871"],
}

NOTES = {
    "llm-data-select": (
        "two concepts: selecting training data (choosing, filtering, curating, pruning, scheduling, reweighting or "
        "mixing training examples by quality, diversity, difficulty, influence or value) is the paper's "
        "contribution, and the model trained on the selected data is an LLM, a vision-language / multimodal LLM or "
        "an agent built on one; generating new data is not this unless the contribution is how it is filtered; "
        "accepted MADS, model-aware diverse core-set selection for instruction tuning (2605.30857), DiReCT, "
        "principled sample selection for LLM annealing (2605.31175), taxonomy-guided recovery of high-value data "
        "from low-tier web corpora (2606.07778), Curation-Bench, coding agents that automate data-selection "
        "policies for VLM instruction tuning (2606.04261), provenance-grounded gating and recovery in synthetic "
        "post-training data curation (2606.11127) and PMC-InterCPT, LLM-classifier quality filtering and "
        "modality-aware resampling of a biomedical interleaved corpus for multimodal continued pre-training "
        "(2606.01049); borderline, accepted: autonomous agentic data engineering, LLM agents that curate (plan, "
        "generate, iteratively optimise) the training data of a student model (2605.30407) and D^3, influence-graph "
        "data scheduling (training order) for LLM pre- and post-training (2605.31164); rejected Terminal-Lego, which "
        "teacher's trajectories train terminal agents best (2606.03461; borderline), PaddleOCR-VL-1.6's "
        "region-aware data optimisation of a document-parsing VLM (2606.03264; borderline), quality assessment of "
        "multilingual parallel data with no model trained (2606.00285; borderline), AdaGRPO's prompt filtering for "
        "flow-based image generators (2606.06828; borderline), data synthesis (GAIS 2606.02001, ANDES 2606.01279), "
        "translated pre-training corpora (KletterMix 2606.03773), a historical pre-training corpus (TypewriterLM "
        "2606.02991), in-context demonstration selection (2606.05134), LLM rating of time-series data quality "
        "(TSQAgent 2606.03629), data selection or condensation for non-LLM models (SlideCheck 2606.07590, Arctic "
        "remote-sensing pre-training 2605.30467, dataset condensation for diffusion 2606.05883, a compact detector "
        "training set 2606.08634), data-efficient training methods (LC-QAT 2606.10531, OPDLM 2606.06712), data "
        "valuation and pricing (2606.06325, 2606.10451), membership inference (2606.06946), a crowdsourcing survey "
        "(2606.04924) and 'data quality', 'selection' or 'curation' in other senses and, from retrieval (nothing on "
        "topic beyond the lexical ones), training, distillation and benchmark papers"),
    "physics-sim": (
        "one concept: physics-based simulation of the dynamics of rigid, deformable, fluid, granular or articulated "
        "bodies (material point method, particles, rigid-body, mesh-based or differentiable physics, learned "
        "simulators) for graphics, vision, 3D / 4D content, animation or robots is what the paper builds, learns, "
        "infers parameters for or makes simulation-ready; accepted real-time physics simulation with dynamic "
        "mesh-Gaussian reconstructions (2606.00444), MPMWorlds, inferring and extrapolating MPM physical dynamics "
        "(2606.01538), PersistGS, differentiable rigid-body simulation coupled with 4D Gaussian splatting "
        "(2606.03479), SimuScene, simulation-ready compositional scene reconstruction with a physics engine in the "
        "loop (2606.03994), GARDEN, gravity-aligned rigid-body scene factorisation for direct physics simulation "
        "(2606.03921), UniPixie, distributions of material parameters for MPM, LBS and spring-mass solvers "
        "(2606.05399) and AnisoLift, recovering high-resolution liquid detail from coarse particle simulations "
        "(2606.10473); borderline, accepted: SWIM, physically-based swimming character animation with fluid "
        "interaction (2605.31120) and RePHO, human-object interactions refined by an RL policy in a physics "
        "simulator (2606.05359); rejected engineering numerical simulation (immersed-boundary RANS turbulence "
        "2606.06135, a finite-element / neural-operator solid-mechanics solver 2606.08796, acoustic wave simulation "
        "correction 2606.08711, stone degradation 2606.02583, blood-flow topology optimisation VITO 2606.05487), a "
        "simulator used as the environment of an agent that discovers fluid control (2606.08405; borderline), "
        "physical-reasoning benchmarks built with simulators (NewtPhys 2606.03986, BilliardPhys-Bench 2605.30900, "
        "ChronoPhyBench 2606.07962), physics-informed video generation without a simulator (PILA 2606.04737, "
        "PhaseLock 2606.06361), intersection-free mesh optimisation (2606.06511; borderline), synthetic cloth "
        "renders for perception (2606.06292), deformation or 4D shape models without physics (2606.01021, "
        "2606.07670), scene generation for embodied simulators (HomeWorld 2606.06390), materials and molecular "
        "simulation (2606.00315, 2606.09279) and 'fluid', 'granular', 'liquid' or 'simulation' in other senses "
        "(fluid antennas, granularity, liquid neural networks, traffic and social simulation) and, from retrieval "
        "(nothing on topic beyond the lexical ones), physical-reasoning, world-model and engineering papers"),
    "hypothesis-test": (
        "one concept: hypothesis testing (deciding between hypotheses from observations: binary, multiple, list or "
        "sequential tests, their error exponents, Neyman-Pearson and likelihood-ratio tests, testing under privacy "
        "constraints, statistical tests with validity guarantees) is the paper's method or object of analysis; "
        "accepted optimal binary hypothesis testing under local differential privacy (2606.07443) and soft covering "
        "via hypothesis testing, false-alarm and missed-detection exponents of Neyman-Pearson tests (2606.08124); "
        "borderline, accepted: optimal regret exponents of Bayesian decision problems, which recover the exponents "
        "of multiple and list hypothesis testing (2606.08895) and PACE, committing a self-evolving agent's change as "
        "an anytime-valid sequential test by e-processes (2606.08106); rejected testing which of two strategic "
        "agents is better informed by scoring tests (2606.02095; borderline), conformal risk control (CARE "
        "2606.08969), estimator bias in RLVR reward design (2606.05932), KS-based benchmark metrics (UnpredictaBench "
        "2606.06622), statistical tools handed to a VLM (VESTA 2606.00384), hypothesis generation by LLMs "
        "(2606.03029, HypoAgent 2605.31370, DN-Hypo 2606.08532) and 'hypothesis', 'statistical test' or 'missed "
        "detection' in other senses and, from retrieval (nothing on topic beyond the lexical ones), reasoning, "
        "evaluation and information-theory papers"),
    "llm-routing": (
        "two concepts: routing (sending each query to one of several models, cascading from cheaper to stronger "
        "models, per-query model selection or deferral to trade cost against quality) is what the paper builds or "
        "studies, and the models routed among are LLMs, VLMs or other large generative models; expert routing "
        "inside one mixture-of-experts model is not this; accepted UniScale, joint online optimisation of model "
        "routing and test-time scaling (2605.30898), IR3DE, a linear router among domain-expert LLMs (2606.06098), "
        "an online contextual Pandora's-box model for LLM cascading (2606.07392), ARMS, a router for vision-language "
        "model selection (2606.08970) and OctoT2I, a self-evolving agentic router among text-to-image models "
        "(2606.01803); borderline, accepted: an SLM gateway that routes each user prompt by intent to heterogeneous "
        "AI back-end models (2606.03557); rejected ABLE, LLM embeddings with model routing one of three uses "
        "(2606.07524; borderline), DLLG, token-level logit fusion of expert LLMs instead of routing (2606.04378; "
        "borderline), OSTB, per-domain multi-VLM selection and ensembling (2606.08126; borderline), "
        "consequence-aware allocation of test-time compute tiers (2606.04402; borderline), adaptive deliberation "
        "inside one model (IDPR 2606.06745, ALAR 2606.02871, TARPO 2606.05859), mixture-of-experts routing (dMoE "
        "2605.30876, DAG-MoE 2606.01062, STAR 2606.08814, VSRAQ 2606.05688, expert-aware refusal steering "
        "2606.04160, MoE unlearning 2606.10338, PADD 2606.10369), layer skipping (LayerRoute 2606.01838) and "
        "'routing' or 'cascade' in other senses (evidence, memory, service or vehicle routing, cascaded speech "
        "systems, cascading failures) and, from retrieval (nothing on topic beyond the lexical ones), inference, "
        "agent and reasoning papers; AEGIS (2606.06660, escalation from a weak to a strong robot policy) was seen "
        "but not proposed, so it is unlabelled"),
    "llm-eng-design": (
        "two concepts: engineering design and analysis of physical products and structures (mechanical, "
        "mechanism, electrical-machine, structural, CAD modelling, engineering drawings, finite-element or "
        "multiphysics simulation set-up, design optimisation) is the application, and an LLM, VLM / MLLM or LLM "
        "agent does or supports it; software, chip and molecular design are not this; accepted AbaqusAgent, "
        "multi-agent end-to-end finite-element analysis of solid-mechanics problems (2606.00138), agentic LLMs for "
        "structural analysis of 3D frames in SAP2000 (2606.06525), a multi-agent system for IPMSM design "
        "optimisation with FEA-AI hybrid optimisation (2606.09037), a constrained natural-language interface for "
        "multiphysics FEniCS simulations (2606.10928), R-APS, reflective Pareto search with a frozen LLM for "
        "planar mechanism synthesis (2606.04823), MechVQA, MLLMs on mechanical drawings (2605.30794), Enginuity, "
        "VLMs on engineering diagrams and parts tables (2606.03410), UniCAD, an MLLM for CAD reconstruction, "
        "generation and QA (2606.05058) and GuideCAD, CAD construction sequences from a pretrained LLM with prefix "
        "embeddings (2606.07024); borderline, accepted: EngVQA, VLM engineering reasoning over technical diagrams "
        "(2606.10833); rejected BRepCLIP, CLIP-aligned BRep embeddings with no LLM (2606.05515; borderline), "
        "HAZDIAL, agentic hazard identification for operational safety (2606.03812; borderline), CAD or design "
        "work without a language model (attributed feature graphs 2606.06405, industrial sim-to-real with CAD "
        "priors 2605.30581, green-building optimisation 2606.01229, fusion mesh tools 2606.08822, AAS-to-PDDL for "
        "production systems 2606.02167), ML research and engineering agents (AutoLab 2606.05080), financial "
        "analyst tasks (Hedge-Bench 2606.03918), policy programs for hospitals (2605.30680) and 'engineering', "
        "'mechanism', 'CAD' or 'structural' in other senses (data engineering, mechanism design, structural "
        "analysis of representations) and, from retrieval (nothing on topic beyond the lexical ones), planning, "
        "reasoning and generation papers; KDH-CAD (2606.01702, CAD classification with foundation-model knowledge) "
        "was seen but not proposed, so it is unlabelled"),
    "credit-assign": (
        "two concepts: credit assignment (distributing an outcome or sparse reward over the tokens, steps, blocks, "
        "turns or components that produced it: token-, step- or turn-level advantages, dense step-wise credit, "
        "process rewards built to assign credit, attenuated or counterfactual credit) is what the paper proposes "
        "or studies, and the policy trained by reinforcement learning is an LLM, VLM, diffusion LLM or LLM agent; "
        "accepted SPADER, critic-free step-wise peer advantages for tool-using QA agents (2606.00593), VEPO, "
        "vision-anchored token selection where entropy-based credit fails (2606.03937), TAPO, credit transfer for "
        "multimodal search agents (2606.05784), GRAIL, gradient-reweighted token advantages (2606.04889), PRPO, "
        "token-level advantage reshaping of perception tokens (2606.08708), SD-GRPO, segment-wise vector "
        "advantages for long-form VL generation (2606.09871), T^2-GRPO, turn-level and trajectory-level rewards for "
        "caregiver agents (2606.08875), CAST, token-level advantage shaping by a self-teacher (2606.00172), PAPO, "
        "step-aware process rewards for diffusion LLMs (2606.08501), CAPR, redistributing the outcome reward over "
        "denoising blocks (2606.04396) and StainFlow, a process reward model for GUI-agent credit assignment "
        "(2606.07027); borderline, accepted: CAPF, credit-attenuated privileged feedback for search agents "
        "(2606.01830) and SaliMory, stage-wise process rewards against the credit-assignment bottleneck of a memory "
        "agent (2606.04120); rejected credit assignment as one component of a wider system (DriveMA 2605.31271, "
        "MERIT 2606.00547, HIPIF 2606.10507; borderline), tree-level informativeness weighting in tree RLVR (CATPO "
        "2606.08346; borderline), prefix utility models used mainly for search (PUM 2606.07190; borderline), "
        "retriever-generator co-optimisation targets (ACE-SQL 2606.05906; borderline), economic credit among "
        "agents without RL training (Economy of Minds 2606.02859; borderline), advantage noise in continual GUI RL "
        "(GUI-AC 2606.10522), tool-abuse reward shaping (EAPO 2606.02132), token-level distillation (TOPD "
        "2606.00305, PTD-PO 2606.07000, feedback distillation 2605.30861), GRPO for flow-based image generators "
        "(AdaGRPO 2606.06828), training-free process scorers (2606.01682), failure attribution (FALAT 2606.00765, "
        "StepFinder 2606.03467), reward and rubric design (DR-rubric 2606.01091, SDR 2606.00440) and 'advantage', "
        "'credit' or 'hindsight' in other senses and, from retrieval (nothing on topic beyond the lexical ones), "
        "RL, agent and reasoning papers"),
}


def main() -> None:
    cands = json.loads((HERE / "candidates51.json").read_text(encoding="utf-8"))
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
