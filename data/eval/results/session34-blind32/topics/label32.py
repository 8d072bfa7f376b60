"""The thirty-second fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, thirty-second group'): the confirmed
papers and the notes per topic, written after reading every proposed paper (candidates32.json: make_topics.py's lexical
rule and the hybrid top 50, from propose32.py; read with read32.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session34-blind32/topics/label32.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "facility-location": ["2606.01874", "2606.05905", "2606.08621", "2606.10766"],
    "ecom-agents": ["2606.05671", "2606.07995", "2606.08790", "2606.10315"],
    "cardiac-imaging": ["2606.00109", "2606.00123", "2606.04414"],
    "rag-chunking": ["2606.00881", "2606.01240", "2606.04231"],
    "gait-recog": ["2605.30784", "2606.00153", "2606.06048"],
    "llm-hardware": ["2606.04246", "2606.07925", "2606.08976", "2606.10285"],
}

NOTES = {
    "facility-location": (
        "one concept: facility location (choosing where facilities, servers or other service points are placed, or "
        "which located facility serves whom, to minimise a service or social cost or to cover demand; incl. "
        "strategic, mechanism-design and limited-information versions and facility-location models inside network "
        "design) is the problem the paper studies; accepted strategyproof mechanisms for Euclidean facility location "
        "under Lp-norm social cost (2606.08621) and metric facility assignment with partial (ordinal, approval, "
        "distance) information (2606.05905); borderline, accepted: two-echelon supply chain network design with "
        "unreliable facilities, backup reassignment and mobile facilities, minimising fixed and service costs "
        "(2606.10766; the paper does not say 'facility location') and the builder-region game of decentralised "
        "block building, where builders choose regions to cover transaction sources (2606.01874; a location game "
        "with a price-of-anarchy bound for uncoordinated placement); rejected layout optimisation that serves no "
        "demand (offshore wind-farm layouts 2606.00009; borderline), 'facilities' and 'warehouse' in other senses "
        "(anomaly detection in warehouse material handling 2605.31487, hyperscale data-centre emissions 2606.05420, "
        "carpet manufacturing 2606.01023, CAFO mapping 2606.00548, roadside infrastructure 2606.09882), last-mile "
        "dispatch thresholds on fixed routes (2606.09455), 'social cost' in fair division, auctions and other "
        "mechanism-design papers, location prediction and visual localisation, and, from retrieval (nothing on topic "
        "beyond the lexical ones), coding-theory 'locally repairable codes', coordination games and other papers."),
    "ecom-agents": (
        "an LLM (or MLLM) agent acting in e-commerce or online commerce (shopping assistants and customer agents of "
        "a shopping platform, agents for product search or query recommendation, ordering and transaction agents, "
        "agents that buy, sell and settle payments) is what the paper builds, trains, evaluates or secures; "
        "accepted Customer-Agent, tool-augmented RLVR agents over ultra-long shopping trajectories with the "
        "ShopTrajQA benchmark (2606.07995) and QueryAgent-R1, a memory-augmented agentic framework with agentic RL "
        "for e-commerce query recommendation grounded in product retrieval (2606.05671); borderline, accepted: "
        "RAILS, a clearing protocol for agentic commerce, where autonomous agents purchase and move funds "
        "(2606.08790), and the LLM-as-judge blind spots of a deployed multi-turn food-and-beverage ordering agent "
        "(cart state, confirm gates; 2606.10315); rejected a smart-retail agent in a physical store that decides "
        "when to greet or recommend from pre-interaction video (SII / PIWM 2606.03371; borderline, not online "
        "commerce), a general user-simulation toolkit evaluated in e-commerce shopping and education customer "
        "service (VISTA 2606.11079; borderline, e-commerce is one of two settings), multi-domain and bank customer "
        "service agents (T1-Bench 2606.11070, Nubank 2606.08867, declarative skills 2606.06923, telecom support "
        "fine-tuning 2606.05176), LLM bargaining agents in a used-car negotiation game (2605.31445; borderline), "
        "fraud detection across payment, e-commerce and telecom data (SAGE 2606.08146), economic interactions "
        "inside a multi-agent system (Economy of Minds 2606.02859), business world models (2606.10044), trading "
        "agents, auctions and pricing, and, from retrieval (nothing on topic beyond the lexical ones), other agent, "
        "world-model and benchmark papers."),
    "cardiac-imaging": (
        "images of the heart or its vessels (cardiac MRI / CMR, echocardiography, coronary angiography, cardiac CT) "
        "are what the paper's method analyses, interprets, segments or synthesises, or what its benchmark "
        "evaluates; accepted CardioLens, an evaluation of MLLMs on multi-sequence cardiac MRI interpretation "
        "(2606.00123) and MoViD, motion-guided view-disease disentanglement for multi-view cine CMR diagnosis "
        "(2606.04414); borderline, accepted: VDSB-GWSyn, guidewire synthesis on coronary angiograms for guidewire "
        "endpoint localisation in PCI (2606.00109); rejected 4D cardiac mesh sequence generation for virtual "
        "populations (4D F-MeshLDM 2606.03827; borderline, a mesh generator, not image analysis), ultrasound-video "
        "neural atlases over cardiac and musculoskeletal data (2606.00890; borderline, a general ultrasound method "
        "with echocardiography as one domain), medical segmentation frameworks with a cardiac dataset among others "
        "(MS-DKC with ACDC 2606.06103), remote photoplethysmography of heart rate from face video (2606.04198), "
        "heart-focused medical question answering in text (2606.05174), fetal lateral "
        "ventricle and 'atrial width' in brain ultrasound (2606.06958), other organs and modalities (chest X-ray, "
        "brain, kidney, spine, lung CT, retina) and, from retrieval (nothing on topic beyond the lexical ones), "
        "other medical-imaging papers."),
    "rag-chunking": (
        "how documents are split into retrieval units for retrieval-augmented generation (chunking strategies, "
        "chunk size and boundaries, semantic or structure-aware splitting of documents at ingestion, repairing "
        "fragmented chunks) is a contribution of the paper; accepted the systematic evaluation of chunking methods "
        "for RAG against their cost (2606.00881) and InSemRAG, with semantics-preserving chunking that detects and "
        "repairs damaged evidence chunks (2606.01240); borderline, accepted: MM-BizRAG, a document-structure-aware "
        "split that routes enterprise documents to layout-aware or page-level ingestion for multimodal RAG "
        "(2606.04231); rejected structure-aware retrieval over given passages (SF-Re2G 2606.03247; borderline), "
        "a structural tree index with on-demand hypergraph memory for long-document QA (DocTrace 2606.10921; "
        "borderline), narrative knowledge units instead of chunks (NKW 2606.05724), chunked documents used as a "
        "plain tool (Nepali legal RAG 2606.07523), KV-cache reuse of retrieved chunks (QCFuse 2606.05875, "
        "LazyAttention 2606.04302), chunk-wise memory agents for long contexts (InfoMem 2606.03329), fixed-window "
        "chunking in knowledge editing, 'chunks' of video, actions, audio and attention (autoregressive video "
        "generation, VLA action chunks, chunkwise linear attention, streaming ASR), segment-level summarisation "
        "(2606.08445), hallucination and evidence-use studies of RAG and, from retrieval (nothing on topic beyond "
        "the lexical ones), other RAG, memory and document papers."),
    "gait-recog": (
        "one concept: gait recognition (recognising a person's identity or a gait class, e.g. a pathological gait, "
        "from their walking pattern: silhouettes, skeletons, 3D gait sequences) is the paper's task or the task its "
        "contribution serves; accepted TCFDNet, text-guided feature disentanglement for cross-modal gait "
        "recognition (2605.30784) and DiffCrossGait, 2D-3D cross-modal gait recognition by latent-diffusion "
        "alignment (2606.00153); borderline, accepted: LLM-conditioned synthesis of pathological 3D gait sequences "
        "that improves pathological gait classification (2606.06048); rejected appearance re-identification in "
        "pedestrian tracking (2606.07233), behavioural biometrics from prompts (PromptPrint 2606.06755), joint "
        "contact forces from monocular video (2606.06631), WiFi activity recognition where walking is a class "
        "(WISE-HAR 2606.02974), text-to-motion control (KV-Control 2606.05624), face ageing with identity "
        "preservation (2606.04881), 'walking' in other senses and, from retrieval (nothing on topic beyond the "
        "lexical ones), gesture, action and speech recognition papers."),
    "llm-hardware": (
        "LLMs that generate, reason about or summarise hardware designs written in a hardware description language "
        "(Verilog, VHDL, RTL), or the datasets and benchmarks for that, are what the paper contributes; accepted "
        "StepPRM-RTL, process-reward-guided fine-tuning for RTL synthesis on Verilog and VHDL benchmarks "
        "(2606.04246), RTL-BenchLS, a large benchmark of RTL reasoning and generation (2606.08976) and OpenRTLSet, "
        "an open dataset for LLM-based Verilog module design (2606.10285); borderline, accepted: ROSUM-MCTS, LLM "
        "summarisation of VHDL / Verilog code (2606.07925); rejected LLM evolution of macro-placement orders in "
        "chip physical design (OrderPlace 2606.08904; borderline, hardware design but not HDL / RTL; its forms "
        "were added to PROPOSE after the first reading and before any measurement), GPU kernel generation "
        "(MusaCoder 2606.04847; hard near-miss, software kernels), hardware for running models (streaming "
        "diffusion on GPUs 2606.05981, edge detectors, KV-cache serving 2606.06256), 'circuits' in "
        "interpretability (rebinding circuit 2606.08644) and quantum computing, floor plans of homes (HomeWorld "
        "2606.06390, Architect-Ant 2606.10953), automated research benchmarks (AutoLab 2606.05080) and, from "
        "retrieval (nothing on topic beyond the lexical ones), other LLM papers."),
}


def main() -> None:
    cands = json.loads((HERE / "candidates32.json").read_text(encoding="utf-8"))
    for key, relevant in RELEVANT.items():
        topic, lang, concepts, _forms = mt.PROPOSE[key]
        proposed = list(dict.fromkeys(cands[key]["lexical"] + cands[key]["hybrid"]))
        assert set(relevant) <= set(proposed), (key, set(relevant) - set(proposed))
        assert len(set(relevant)) == len(relevant), key
        for pid in [p for note in [NOTES[key]] for p in __import__("re").findall(r"\d{4}\.\d{5}", note)]:
            assert pid in proposed, (key, pid)
        rejected = sorted(set(proposed) - set(relevant))
        line = {"id": key, "topic": topic, "language": lang, "concepts": concepts, "relevant": sorted(relevant),
                "proposed": len(proposed), "rejected": rejected, "notes": NOTES[key]}
        print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
