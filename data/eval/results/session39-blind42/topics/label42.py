"""The forty-second fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, forty-second group'): the confirmed
papers and the notes per topic, written after reading every proposed paper (candidates42.json: make_topics.py's lexical
rule and the hybrid top 50, from propose42.py; read with read42.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines (and, on stderr, per topic: proposed, confirmed, and how many confirmed papers the hybrid top 50
held).

    python data/eval/results/session39-blind42/topics/label42.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "bilateral-trade": ["2606.02050", "2606.04890"],
    "bev": ["2605.30983", "2606.02979", "2606.07708", "2606.08680", "2606.08744"],
    "avatar-recon": ["2606.01493", "2606.03420", "2606.05912", "2606.08041", "2606.10550"],
    "ai-insurance": ["2606.03777", "2606.05449"],
    "llm-ie": ["2605.30826", "2606.01982", "2606.04691", "2606.05970", "2606.07721", "2606.08051", "2606.10392"],
    "short-video": ["2606.01352", "2606.03635", "2606.04701", "2606.05997"],
}

NOTES = {
    "bilateral-trade": (
        "one concept: bilateral trade: one buyer and one seller, each with a private value, trading an item, and the "
        "mechanisms, welfare or gains-from-trade guarantees, learning or pricing of that trade, is what the paper "
        "studies; accepted private (differentially private) learning of bilateral-trade mechanisms from samples, profit "
        "and efficiency (2606.02050) and welfare maximization in bilateral trade, buyer-offer mechanisms with a reserve "
        "price beyond the fixed-price barrier (2606.04890); rejected LLMs as bargaining agents in a simulated used-car "
        "negotiation under partial information (2605.31445; borderline: a buyer and a seller haggle, but the paper "
        "studies the agents' honesty and credulity, not the trade's mechanism or welfare), revenue maximization for a "
        "unit-demand buyer by a seller without a value of its own (2606.10169; monopoly pricing), online budget-feasible "
        "procurement auctions (2606.01142), competing auctions with intermediaries in proposer-builder separation "
        "(2606.06633), negotiation support by conditional graph diffusion in a bilateral utility space (2606.02209; "
        "borderline: a bargaining recommender, not trade between private values), the El Farol bar as a 'bilateral' "
        "learning system (2606.04753), strategy-proofness in automated market makers (2606.04959) and 'bilateral' or "
        "'intermediary' in other senses (bilateral grids in image retouching, mediators of LLM cascades) and, from "
        "retrieval (nothing on topic beyond the lexical ones), trade execution, trading agents, data valuation, "
        "prediction markets and other mechanism-design papers"),
    "bev": (
        "one concept: BEV perception: a bird's-eye-view representation (camera, LiDAR or fused features lifted or "
        "projected to a top-down grid) is the paper's method or output, for 3D detection, map or scene segmentation, "
        "tracking or localization; accepted Grace-BEV, multimodal BEV perception that degrades gracefully under sensor "
        "failures (2605.30983), DAPETR, BEV object detection with mixed pinhole-fisheye cameras (2606.08680), MB-Loc, "
        "LiDAR localization from multi-planar BEV projections (2606.08744) and a cross-view urban traffic dataset for "
        "monocular ego-to-BEV localization supervised by drones (2606.07708); borderline, accepted: a compact "
        "multi-task driving perception model with bird's-eye-view projection as one of its four outputs (2606.02979); "
        "rejected learned NMS for LiDAR 3D detection whose GossipNet3D passes messages in BEV (2606.03568; borderline: "
        "the contribution is the suppression step, BEV only the space it works in), voxel semantic occupancy without a "
        "BEV representation (UnsOcc 2606.03581, SkyShield 2606.00747, Mean Flow Distillation's 4D occupancy "
        "2606.11155), driving geometry transformers and datasets (LiAuto-GeoX 2606.05774, KITScenes 2606.02956), "
        "lane-level vectorized map production (MapAgent 2606.04513), collaborative perception by sparse evidence "
        "queries (INTACT 2606.04437), 360-degree LiDAR detection (2606.07626), camera-LiDAR calibration (2605.31576), "
        "floorplan localization and layout generation (Z-FLoc 2606.04788, HomeWorld 2606.06390, Architect-Ant "
        "2606.10953) and 'top view', 'occupancy' or 'floorplan' in other senses and, from retrieval (nothing on topic "
        "beyond the lexical ones), VLM perception benchmarks, LiDAR attacks and unrelated papers"),
    "avatar-recon": (
        "two concepts: a 3D avatar (a renderable, usually animatable 3D model of a real person's head, face, hair, "
        "hands or body: Gaussian, mesh or neural avatars) and its reconstruction from photos, video or multi-view "
        "captures; accepted Splatshot, a 3D face avatar from a single unconstrained photo (2606.01493), PHAF, "
        "personalized hand avatars from two images (2606.03420), SAGE, data-efficient animatable Gaussian head avatars "
        "from a single frame or a monocular head rotation (2606.05912) and PrismAvatar, a Gaussian head avatar "
        "reconstructed from monocular portrait video for stereoscopic communication (2606.10550); borderline, "
        "accepted: strand-level facial hair (beard, brows, lashes) reconstructed from multi-view images for digital "
        "avatars (2606.08041); rejected AvatarMix, composing the head and body of two existing Gaussian avatars for "
        "outfit transfer (2606.03506; borderline: avatar editing, not reconstruction), automatic face rigging of "
        "existing 3D character meshes (OmniFaceRig 2606.08043; borderline), audio-driven 3D facial animation (TokTalk "
        "2605.31294), portrait video animation and relighting (2606.03402, DirectAnimator 2606.06903, Pixel Cube "
        "2606.02919), social avatars as generated video (Resonant Minds 2606.05896), multi-view 3D human pose "
        "(DisPOSE 2606.07419), contact dynamics from motion capture (GraCE 2606.08133), text-driven motion editing "
        "(2606.01014), 3D face features for autism screening (2606.04836) and 'avatar', 'digital human' or 'portrait' "
        "in other senses and, from retrieval (nothing on topic beyond the lexical ones), scene and object "
        "reconstruction, 3D generation and medical 3D papers"),
    "ai-insurance": (
        "two concepts: AI (AI systems, models or agents) and insurance: insuring the losses AI causes (underwriting, "
        "pricing, claims, coverage of AI risk) or AI built for insurance work, is what the paper is about; accepted "
        "Insurance of Agentic AI, the insurance market, underwriting, pricing, reinsurance and product design for "
        "agentic-AI exposures (2606.05449) and the CER framework, reconstructing AI-mediated losses of an insured "
        "organisation's AI system for insurance claim recovery (2606.03777); rejected an interaction-based framework "
        "for tort liability of agentic AI that situates itself beside insurance-based proposals (2606.00518; "
        "borderline: liability, insurance named in passing), ontology-grounded pre-deployment assurance of enterprise "
        "agents piloted in four regulated industries including insurance (2606.04037; borderline), traffic accident "
        "liability determination with multimodal RAG (TrafficRAG 2606.01737), deontic reasoning over tax liability "
        "(DAR 2606.05009), regulated-document parsing that names mortgage underwriting (RealDocBench 2606.07401), "
        "algorithmic collusion (2606.05363) and 'premium', 'liability' or 'compensation' in other senses and, from "
        "retrieval (nothing on topic beyond the lexical ones), AI safety, governance, agent benchmarks and AI economy "
        "papers"),
    "llm-ie": (
        "two concepts: an LLM (a generative large language model of any size, incl. small open-weight and "
        "instruction-tuned ones, or an ensemble or agents of them) is the extractor, and information extraction "
        "(named entities, relations, events or schema-defined fields extracted from text into structured records) is "
        "the task; accepted BioConCal, scoring biomedical NER candidates surfaced by a panel of eight LLMs "
        "(2605.30826), schema-constrained LLM extraction of competency records from syllabi and job postings "
        "(2606.01982), SMADE-IE, a sparse multi-agent debate framework for zero-shot information extraction "
        "(2606.04691), the sensitivity of LLM structured extraction from clinical discharge summaries to prompt, "
        "model and schema (2606.05970), structured information extraction from Dutch brain MRI reports with LLaMA 3.1 "
        "(2606.07721), LoRA fine-tuning of 270M-8B models for merchant information extraction from bank transaction "
        "strings (2606.08051) and financial named entity recognition with DeepSeek-R1-8B, LoRA and NEFTune "
        "(2606.10392); rejected FiVeD, a verifier for aspect sentiment triplet extraction trained on LLM-written "
        "scores and rationales (2605.31446; borderline: the LLM only supervises the verifier), EvoPool, LLM agents "
        "that write annotator code for specialised tasks among which biomedical relation extraction (2606.01617; "
        "borderline: extraction one task of several), schema discovery and extraction into a knowledge graph for "
        "multi-source QA (2606.05415; borderline: extraction a step of a QA system), VLM de-identification of "
        "sensitive text in images (VisShield 2606.09132) and token-level redaction of clinical text (HERALD "
        "2606.03399), keyphrase and term extraction with encoder PLMs (2606.10716, 2606.01469), domain BERTs with NER "
        "as one benchmark (2606.03250, 2606.01904, 2606.06738), answer extraction in QA (2606.06197), table "
        "triplets, KG reasoning and memory extraction (2605.31550, 2606.04454, 2606.00050, 2606.06337) and "
        "'extraction' or 'triple' in other senses and, from retrieval (nothing on topic beyond the lexical ones), "
        "LLM analysis, multimodal and linguistics papers"),
    "short-video": (
        "one concept: short videos: short-form videos or short-video platforms (TikTok, Douyin, Kuaishou, Reels, "
        "Shorts) are the paper's object: their understanding, moderation, recommendation, creation or use; accepted "
        "FlowTime, watch-time prediction in short-video recommender systems (2606.01352), VidMsg, implicit message "
        "inference in short videos (2606.03635) and LivingScreen, GUI agents on short-video platforms that decide what "
        "to watch and for how long (2606.04701); borderline, accepted: sexism identification in memes and short-form "
        "videos (EXIST 2026, 2606.05997; videos are one of its two tasks); rejected user-generated content judged "
        "for community resonance (CASTER 2606.01897; borderline: UGC items, not said to be short videos), long-video "
        "event prediction that contrasts itself with short-video work (VISTA 2605.31069), streaming and live video "
        "assistants (LyraV 2606.06991), North-African fake news with user comments (BOUTEF 2606.00193) and "
        "'creator', 'platform' or 'viral' in other senses and, from retrieval (nothing on topic beyond the lexical "
        "ones), long-video, streaming-video, video generation and video grounding papers"),
}


def main() -> None:
    cands = json.loads((HERE / "candidates42.json").read_text(encoding="utf-8"))
    for key, relevant in RELEVANT.items():
        topic, lang, concepts, _forms = mt.PROPOSE[key]
        proposed = list(dict.fromkeys(cands[key]["lexical"] + cands[key]["hybrid"]))
        assert set(relevant) <= set(proposed), (key, set(relevant) - set(proposed))
        assert len(set(relevant)) == len(relevant), key
        rejected = sorted(set(proposed) - set(relevant))
        line = {"id": key, "topic": topic, "language": lang, "concepts": concepts, "relevant": sorted(relevant),
                "proposed": len(proposed), "rejected": rejected, "notes": NOTES[key]}
        print(json.dumps(line, ensure_ascii=False))
        lex, hyb = set(cands[key]["lexical"]), set(cands[key]["hybrid"])
        print(f"{key:16s} lexical {len(lex):3d} hybrid {len(hyb)} ({len(hyb - lex)} not lexical) proposed "
              f"{len(proposed):3d} confirmed {len(relevant):2d} rejected {len(rejected):3d}; hybrid held "
              f"{len(set(relevant) & hyb)}/{len(relevant)}, only hybrid {len(set(relevant) - lex)}", file=sys.stderr)


if __name__ == "__main__":
    main()
