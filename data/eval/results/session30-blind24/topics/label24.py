"""The twenty-fourth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, twenty-fourth group'): the confirmed papers
and the notes per topic, written after reading every proposed paper (candidates24.json: make_topics.py's lexical rule and
the hybrid top 50, from propose24.py); rejected = proposed - confirmed. Prints the six topics.jsonl lines.

    python data/eval/results/session30-blind24/topics/label24.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "sim-to-real": ["2605.30581", "2606.07017", "2606.07891", "2606.10602"],
    "quantum-it": ["2606.00406", "2606.02137", "2606.02323", "2606.04247", "2606.05412", "2606.06736", "2606.07409",
                   "2606.09522"],
    "agent-orchestration": ["2606.01316", "2606.01351", "2606.02859", "2606.05670", "2606.08878"],
    "med-triage": ["2606.01204", "2606.03641"],
    "neurosymbolic": ["2605.30512", "2606.00671", "2606.00981", "2606.01106", "2606.01215", "2606.03269", "2606.04223",
                      "2606.04505", "2606.04648", "2606.06518", "2606.08312", "2606.09027", "2606.10787"],
    "protein-ml": ["2606.00451", "2606.01781", "2606.03422", "2606.04228", "2606.07258"],
}

NOTES = {
    "sim-to-real": (
        "transferring models, policies or perception trained in simulation or on synthetic / rendered data to the real "
        "world (the sim-to-real or synthetic-to-real gap, its measurement or closing, domain randomisation, "
        "sim-to-real translation) is what the paper is about, in any field; accepted the review of industrial visual "
        "sim-to-real by prior availability (CAD-guided or not, 2605.30581) and the sim-to-real gap of foundation model "
        "agents as an MDP research agenda (2606.07017); borderline, accepted: WARG, lunar rover cross-view localisation "
        "pretrained on synthetic LuSNAR and validated zero-shot on real YuTu-2 data, simulation-to-real domain shift one "
        "of its three stated challenges (2606.10602) and C3VD-DEFCOL, deformable colonoscopy data rendered from "
        "simulation and turned into in-vivo-like video by a sim-to-real translation model (2606.07891); rejected "
        "cross-domain methods where sim-to-real is one gap or one test set among several (XIPER reward from "
        "cross-domain videos 2606.03201, G2G pose estimation 2606.08284; borderline for the first), digital-to-physical "
        "transfer of adversarial patches (2606.00159, from retrieval; borderline), scene transfer between simulated "
        "environments (2606.05506, from retrieval), digital twins without transfer (DT-assisted DRL for UAV networks "
        "2606.01324, traffic-sign inspection 2606.06375, ManiSplat 2606.10645), simulation-ready or simulated worlds "
        "(SimuScene 2606.03994 from retrieval, ABot-Earth 2606.09967), calibrating a traffic simulation to real "
        "observations (2606.03823, from retrieval; borderline) and comparing real with simulated mobility data "
        "(2606.00733, from retrieval), synthetic data generation without a sim-to-real question (ReSAGE-PAR "
        "2606.06020, mobility anomaly generation 2606.10314), 'reality gap', 'domain gap', 'zero-shot transfer' and "
        "'虚实' in other senses (CardioLens clinical reality gap 2606.00123, Z-FLoc 2606.04788, CIPER 2606.05011, "
        "mixed-reality cockpit segmentation 2606.06520) and, from retrieval, transfer learning, unlearning transfer and "
        "other papers."),
    "quantum-it": (
        "quantum information theory is what the paper studies: quantum error-correcting codes and their constructions "
        "and bounds, quantum channels and their capacities or rates, quantum key distribution's channel models and "
        "coding, entanglement-assisted communication; accepted quantum simultaneous information and power transfer "
        "(capacity-power functions of quantum channels, 2606.00406), QEC and EAQEC codes from Hermitian hulls of cyclic "
        "codes (2606.02137), multidimensional reconciliation in continuous-variable QKD (2606.02323), an effective "
        "Pauli-channel model for passive-user loop-back QKD (2606.04247), entanglement-assisted capacity gains of "
        "classical multiple access channels (2606.05412), quantum hierarchical locally recoverable codes (2606.06736), "
        "rate loss in classical-quantum channels and quantum broadcast channels (2606.07409) and quantum (r,delta)-LRCs "
        "from cyclic codes (2606.09522); rejected binary quantum codes as a by-product of new classical Z4 codes "
        "(2606.08750; borderline), quantum machine learning and quantum computing (HQ-JEPA 2605.31068, quantum SWAP-test "
        "similarity for materials 2606.07766, quantum image encoding 2606.10874, and from retrieval Universal Quantum "
        "Transformer 2606.00045, VQA portfolio optimisation 2606.10098, CARVE-Q 2606.06531, quantum-fuzzy ontologies "
        "2606.08658), quantum-inspired optimisation (EP-HUBO 2606.06941), classical information theory (secrecy and "
        "covertness 2606.10374, secure aggregation capacity 2606.07277 from retrieval, collision statistics 2606.01218 "
        "from retrieval, the semantic-communication survey 2606.05216), 'entanglement' in other senses (representational "
        "entanglement in L2 speech recognition 2606.06065) and, from retrieval, other papers."),
    "agent-orchestration": (
        "orchestration of an LLM multi-agent system is what the paper builds or studies: how a task is decomposed, "
        "assigned, routed or scheduled among several LLM agents and their workflow managed (by an orchestrator, a "
        "protocol or a mechanism), its design, reliability or evaluation being the contribution, not a multi-agent "
        "pipeline built for one application; accepted Recognize Your Orchestrator, entropy dynamics of centralised "
        "orchestration (2606.01351) and PerspectiveGap, a benchmark of LLMs writing orchestration prompts for "
        "multi-agent systems (2606.08878); borderline, accepted: BenchAgent, single-agent against fixed and evolving "
        "multi-agent workflows under one execution protocol (2606.05670), Economy of Minds, agents self-orchestrating "
        "through auctions for the right to act without a central orchestrator (2606.02859) and Science Earth, the EACN "
        "protocol by which capabilities discover each other and negotiate task ownership (2606.01316); rejected the "
        "orchestration of one agent's tools or components (self-healing agentic orchestrator 2606.01416, declarative "
        "skills for tool-use workflows 2606.06923, MOSAIC 2606.00708, MAVEN 2605.30738; borderline for the first two), "
        "routing prompts to AI backends (SLM agent orchestration gateway 2606.03557; borderline), multi-agent pipelines "
        "for one application with an orchestrator or staged roles (SceneConductor 2606.08402, LeanMarathon 2606.05400, "
        "agentic clustering 2606.01255, TaskWeave 2606.01199, Crafter, Crayotter, ViMax, FineGen, Data2Story, "
        "DuMate-DeepResearch, SAGE fraud detection, IPMSM design, AbaqusAgent; borderline for the first four), "
        "inter-agent communication (multi-LLM message passing 2606.00405; from retrieval MOC 2606.02359 and the latent "
        "communication survey 2606.05711), debate and consensus (EAGLE 2605.30698, SMADE-IE 2606.04691, stance convergence "
        "2606.00820 from retrieval), failure detection and attribution (POIROT 2606.02282, StepFinder 2606.03467, "
        "wasted computation 2606.01365), coordination and collaboration without an orchestrator (alem coordination "
        "benchmark 2606.08340, CollabSim 2606.06399, CollabBench 2606.05793, LLM quiz teams 2605.30459; borderline for "
        "the first), cloud-edge memory circulation (CoMIC 2606.00756), delegation and authorisation governance "
        "(2606.03518), token-level gating of LLM experts (DLLG 2606.04378, from retrieval), self-evolving agents, skills "
        "and harnesses and, from retrieval, other agent papers."),
    "med-triage": (
        "LLMs (or LLM agents, MLLMs) doing or evaluated on medical triage: judging a patient's urgency or acuity, "
        "recommending emergency care or the level of care, prioritising patients, is what the paper studies; accepted "
        "implicit geographic inference in LLM medical triage (2606.01204) and gender-dependent diagnostic substitution "
        "in LLM triage of neurological symptoms (2606.03641); rejected LLM-guided evolution of medical decision "
        "pipelines, urgency triage one of its three tasks (2606.07342; borderline), patient safety event triage, "
        "deciding whether an adverse-event report is reportable (PSEBench 2606.05463; borderline), clinical "
        "decision-making benchmarks with triage one stage or absent (ClinicalMC 2606.03157, borderline; MedSP1000 "
        "2606.05112, EHRBench 2605.30637, ClinicalBr 2606.07853), self-harm detection from emergency-department triage "
        "notes without LLM triage (2606.01678, from retrieval; borderline), legal triage (2606.00272), curator triage "
        "of biomedical entities (2605.30826), 'triage' in other senses (CYGNET 2606.04645, TRACE 2606.07054, Pali "
        "translation audit 2606.01136), clinical agents and medical LLMs (CAREAgent 2606.01094, ChatHealthAI "
        "2606.02802, Med-HEAL 2606.01301, orthopedic decision support 2605.31512, Baichuan-M4 2606.08982 and prompt "
        "sensitivity 2605.30646, 2606.07237 from retrieval) and, from retrieval, other medical AI papers."),
    "neurosymbolic": (
        "a neuro-symbolic system for reasoning is what the paper builds, trains or evaluates: a neural model (LLM, MLLM "
        "or another learned model) coupled with symbolic representations or reasoners (logic programs and answer-set "
        "programming, temporal logic, solvers, computer algebra, symbolic programs or rules) so that part of the "
        "reasoning is done symbolically; accepted AXIOM, a language model normalising problems for a CAS pipeline "
        "(2606.00671), APEIRIA, neuro-symbolic programs distilled into a 3D MLLM (2606.01215), ASP rules distilled from "
        "LLMs for neurosymbolic VQA (2606.03269), BiNSGPS, bidirectional neuro-symbolic geometry solving (2606.04648), "
        "LTLf constraints injected into transformer RL policies (2606.08312), faster NeurASP (2606.10787), MechSim, "
        "neuro-symbolic reasoning over executable simulators (2606.04505) and PhyDrawGen, a neuro-symbolic pipeline with "
        "a constraint solver for physics diagrams (2605.30512); borderline, accepted: TimeLogicQA evidence routing, MLLM "
        "evidence with deterministic temporal rules (2606.01106), DiBS, a diffusion model guiding branching in a "
        "complete symbolic Sudoku solver (2606.06518), reasoning-trace disagreement as a symbolic knowledge-representation "
        "layer over LLM agents (2606.04223), LLM auto-formalisation of asynchronous planning into CP-SAT or PDDL "
        "(2606.00981) and SafeRun, LLM interpretation with a deterministic constraint solver (2606.09027); rejected a "
        "survey where neuro-symbolic systems are one of three threads (2606.08728; borderline), symbolic reasoning "
        "without a neural part or with an LLM only to extract rules (ASP abstractions for relational RL 2605.31444, "
        "MONIR compliance reasoning 2606.04619, both borderline; standpoint logics 2606.08503 and 2606.03655 from "
        "retrieval; robust shielding 2606.00270), learned models inside a classical search not "
        "framed as symbolic (generative planning with OCL search 2606.00618; borderline), code or Python as a tool "
        "(eMoT 2606.02054, MAVEN 2605.30738; borderline), symbolic regression (EditSR 2606.07915, Deliberate Evolution "
        "2606.04360, MGP 2606.10237), formal theorem proving with LLMs (LEAP 2606.03303, LeanMarathon 2606.05400, "
        "agentic Lean provers 2606.04883, EVA 2606.01160), LLM optimisation modelling (constraint injection 2606.04816), "
        "an LLM front end to a finite-element solver (2606.10928; borderline), the FOLIO and MALLS NL-to-FOL audit "
        "(2606.02837; borderline), symbolic explanations (Symb-xMIL 2606.06224), vector-symbolic denoising (2606.00248), "
        "visual predicates (2606.08121), neural ODE, PDE and TSP solvers and hybrid physics models and, from retrieval, "
        "other reasoning papers. The forms were widened once before the labels were committed (solver, computer "
        "algebra, auto-formalisation), which proposed SafeRun and the planning paper."),
    "protein-ml": (
        "machine learning (deep models, protein language models, LLMs) applied to proteins, their structure, "
        "interactions, binding or function, is what the paper contributes or evaluates; accepted ProtStructQA, "
        "executable protein structural question answering for LLMs (2606.00451), SGAP-PPIS, structure-guided "
        "protein-protein interaction site prediction (2606.01781), HonestAffinity, leak-aware evaluation of ESM-2 and "
        "pocket priors for binding affinity (2606.03422) and the information bonus of AlphaFold2 representations over "
        "protein language models (2606.04228); borderline, accepted: CaliPPer, calibrating binding-prediction models "
        "of antibodies and T-cell receptors (2606.07258); rejected ligand optimisation against a protein pocket by LLM "
        "agents (PROBE 2606.00555; borderline), casein gelation microscopy analysed without learning (2606.02048; "
        "borderline), genomic models (LDARNet 2606.04552, the dark regulome 2606.06834), molecules and materials "
        "(AMREC 2606.05847, inorganic synthesis 2606.00315, biomedical world models 2606.05925; all from retrieval), a "
        "categorical framework for discovery systems (2606.01444), 'antibody', 'residue' and 'pocket' in other senses "
        "(Immuno-VLM 2605.30745, SteerFace 2605.30894, a pocket speech translation model 2606.03948) and, from retrieval, "
        "other papers."),
}


def main() -> None:
    cands = json.loads((HERE / "candidates24.json").read_text(encoding="utf-8"))
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
