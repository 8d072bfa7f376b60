"""The forty-third fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, forty-third group'): the confirmed papers
and the notes per topic, written after reading every proposed paper (candidates43.json: make_topics.py's lexical rule
and the hybrid top 50, from propose43.py; read with read43.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session39-blind43/topics/label43.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "physical-reasoning": ["2605.30542", "2605.30900", "2605.31196", "2606.00439", "2606.01538", "2606.01810",
                           "2606.03603", "2606.03986", "2606.04737", "2606.04811", "2606.05328", "2606.06361",
                           "2606.07962", "2606.11129"],
    "referring-seg": ["2606.00556", "2606.00987", "2606.03564", "2606.05975", "2606.06485", "2606.06819",
                      "2606.10594"],
    "congestion-games": ["2606.01594", "2606.01874", "2606.04753"],
    "ultrasound": ["2606.00630", "2606.00890", "2606.04427", "2606.04700", "2606.06958", "2606.07658", "2606.10378",
                   "2606.11106"],
    "prompt-opt": ["2606.01282", "2606.01967", "2606.03618", "2606.04465", "2606.04661", "2606.08492"],
    "graphic-design": ["2606.00592", "2606.01022", "2606.02915", "2606.05261", "2606.05268", "2606.06066",
                       "2606.06498", "2606.10334"],
}

NOTES = {
    "physical-reasoning": (
        "two concepts: physical reasoning (understanding, predicting or judging how the physical world behaves: "
        "intuitive physics, Newtonian dynamics, collisions and contact, physical plausibility of predicted or generated "
        "motion) is what the paper measures or improves, in a multimodal model (VLM / MLLM, video generation or "
        "world model, other multimodal foundation model); accepted BilliardPhys-Bench, object-motion prediction of "
        "MLLMs on billiards (2605.30900), NewtPhys, low-level Newtonian physics of VLMs and vision foundation models "
        "(2606.03986), ChronoPhyBench, temporal physical-dynamics reasoning of MLLMs against language priors "
        "(2606.07962), physical plausibility linearly decodable from video diffusion transformers (2606.05328), "
        "Dream.exe, whether generated manipulation videos are physically executable by a robot (2606.04811), "
        "MPMWorlds, code generation versus video diffusion for inferring and extrapolating physical dynamics "
        "(2606.01538), Causal-Plan-Bench, physical causal reasoning of models for embodied planning (2606.01810), a "
        "physically controllable world model that learns objects and their interactions from video (2606.00439), "
        "PILA, physics-informed latent guidance for physically plausible video generation (2606.04737) and PhaseLock, "
        "physical consistency of few-step image-to-video diffusion (2606.06361); borderline, accepted: physically "
        "viable world models for embodied AI, a position paper with benchmarks that vary latent physics "
        "(2605.30542), WorldOlympiad, a world-model benchmark whose first track is physical faithfulness (2606.11129), "
        "controlled concrete reasoning of MLLMs with world-model rollouts, evaluated on open-domain physical "
        "prediction (2606.03603) and TouchSafeBench, VLMs inferring present and imminent robot collisions "
        "(2605.31196); rejected force-controlled streaming video generation (StreamForce 2606.07508; borderline: a "
        "control signal, physical reasoning not what is measured), optimal control of trajectories in video "
        "generation (OptiWorld 2606.00499; borderline), physical-law identifiability from pixels with an encoder, no "
        "multimodal model (2606.00115; borderline), physical tool recognition and use planning by MLLMs (PhysTool-"
        "Bench 2606.10803; borderline), hazard guardrails for embodied agents (EMBGuard 2605.30924), physically "
        "grounded diagram generation (PhyDrawGen 2605.30512), engineering VQA (2606.10833), world models and video "
        "generators with physics as one result (Next Forcing 2606.11187, MetaWorld 2606.02753, CV-Arena 2606.00931), "
        "robustness to rendering stress (RoboStressBench 2606.00828), brick assembly, spatial reasoning and "
        "cognitive-map papers (2606.05445, AlloSpatial 2606.08952, CoCoSI 2606.10401) and 'physical' or 'physics' in "
        "other senses (physics-aware thermal captions, LLM fluid-control agents, AIGC video detection) and, from "
        "retrieval (one on topic beyond the lexical ones: 2606.03603, accepted above), spatial reasoning, MLLM "
        "benchmark and reasoning papers"),
    "referring-seg": (
        "one concept: referring / reasoning segmentation: producing the mask of the object or region that a natural-"
        "language expression, instruction or implicit query refers to (referring image, video or 3D segmentation, "
        "reasoning segmentation, language-driven grounding to masks) is the paper's task; accepted multi-temporal "
        "referring segmentation of remote-sensing change (MTRefSeg 2606.00987), CR-Seg, coarse-to-refined reasoning "
        "segmentation (2606.03564), VideoSEG-O3, multi-turn RL for reasoning video object segmentation "
        "(2606.06819), SEGA3D, 3D vision-language segmentation of objects described in language (2606.10594) and "
        "PAR3D, a part-aware 3D-MLLM for part-level QA and referring segmentation (2606.06485); borderline, "
        "accepted: visual grounding in remote sensing refined into SAM3 segmentations of language descriptions "
        "(2606.00556) and T-FunS3D, task-description-driven segmentation of functional parts in 3D scenes "
        "(2606.05975); rejected GeoSAM-3D, click-or-name prompt propagation for open-vocabulary 3D segmentation "
        "(2606.00447; borderline: a category name or a click, not an expression), referring expression detection "
        "with boxes in an MLLM detection benchmark (FindIt 2606.04282; borderline: detection, not masks), open-"
        "vocabulary semantic segmentation with class names (SCN 2606.08001; hard near-miss), SAM with point or box "
        "prompts in medical, waste, tissue, alloy and aerial segmentation (2606.04705, 2606.10696, 2606.00928, "
        "2606.11001, ZODS-RS 2606.10769, 2606.00489), SAM as a tool in matching, tracking, editing and audio-visual "
        "learning (SAMatcher 2606.03406, Seg2Track++ 2606.03875, SAM-Flow 2606.06228, 2606.10887), zero-shot "
        "industrial defect prompts (2606.07965), coastline polylines from a VLM (2606.10468) and 'referring' or "
        "'指代' in other senses (zero pronouns, reference games, word-referent mapping, pointing signs) and, from "
        "retrieval (two on topic beyond the lexical ones: SEGA3D 2606.10594 and T-FunS3D 2606.05975, accepted "
        "above), other segmentation (instance, panoptic, point-cloud, medical), text segmentation and unrelated "
        "papers"),
    "congestion-games": (
        "one concept: congestion games: strategic players choosing shared resources (routes, regions, venues) "
        "whose cost or value depends on how many others choose them (congestion and routing games, Wardrop "
        "equilibria, El Farol / minority games, resource-selection and coverage games), studied for their "
        "equilibria, learning dynamics, price of anarchy or tolls; accepted a distributed algorithm for robust "
        "Wardrop equilibria of uncertain aggregative congestion games (2606.01594) and the El Farol bar game with "
        "partial observability and a pricing venue (2606.04753); borderline, accepted: builders choosing regions in "
        "decentralised block building as a stochastic coverage game, an exact potential game with a price-of-"
        "anarchy bound (2606.01874); rejected V2V adoption and road safety under a signalling policy (2606.07873; "
        "borderline: congestion is the motivation, the model's accident probability the object), competing "
        "acquisition of a resource under price impact (2606.06882; borderline: a price-of-anarchy bound, but no "
        "congestion), local coordination games and N-player binary games (2606.01963, 2606.06625), urban traffic "
        "simulation calibration (2606.03823) and 'atomic' or 'congestion' in other senses (atomic facts and "
        "decompositions, crowded scenes) and, from retrieval (nothing on topic beyond the lexical ones), other game-"
        "theory (auctions, Nash learning, information design, blockchain MEV), multi-agent and game-playing papers"),
    "ultrasound": (
        "one concept: ultrasound imaging: medical ultrasound images or videos (sonography, echocardiography, fetal "
        "and intra-operative ultrasound) are the paper's data or object of analysis, synthesis or interpretation; "
        "accepted intra-operative ultrasound-to-MR synthesis benchmarked for brain tumour surgery (2606.00630), "
        "cohort-scale neural atlases of ultrasound video (2606.00890), synthetic intra-operative MRI from ultrasound "
        "for brain-shift compensation (2606.07658), MVSegNet, fetal lateral ventricle segmentation in prenatal "
        "ultrasound (2606.06958), FSS-Net, carotid artery ultrasound segmentation (2606.10378) and FADA, a vision-"
        "language model for fetal ultrasound interpretation (2606.11106); borderline, accepted: NoiseUNet, a general "
        "segmentation regulariser introduced with a thyroid ultrasound dataset (2606.04427) and bone pose estimation "
        "in X-ray and ultrasound, two of its three tasks in ultrasound (2606.04700); rejected MedSAM with a box "
        "predictor evaluated on four modalities, one of them ultrasound (2606.04705; borderline), BreastGPT across "
        "five breast imaging modalities (2606.04911; borderline), deep learning for fisheries echo-sounder data "
        "(2606.10811; borderline: acoustic echograms, not medical ultrasound), swine body condition from RGB-D with "
        "ultrasound measurements as labels (2606.05611), ultrasonic guided waves for structural damage localisation "
        "(2606.03933), MRI, CT and radar papers (placenta MRI 2606.00489, cine cardiac MRI 2606.04414, 4D radar "
        "Doppler 2606.00416) and 'echo', 'fetal' or 'transducer' in other senses and, from retrieval (nothing on "
        "topic beyond the lexical ones), other medical imaging (CT, MRI, X-ray, pathology, OCT) and unrelated papers"),
    "prompt-opt": (
        "one concept: automatic prompt optimization: an algorithm, an optimizer LLM or a trained rewriter searches, "
        "evolves, refines or rewrites the (system) prompts given to a language or generative model to improve its "
        "outputs or their cost, and this optimisation is the paper's contribution; accepted SePO, a self-evolving "
        "prompt agent for system prompt optimization (2606.04465), CRAFT, a Pareto-front prompt optimizer of "
        "accuracy and token cost (2606.04661), SAPO, state-adaptive optimization of training prompts against "
        "forgetting (2606.01967), KG-FairDiff, knowledge-graph-guided prompt refinement for demographically fair "
        "text-to-image generation (2606.01282) and FaithRewriter, prompt rewriting with visual anchors for text-to-"
        "image generation (2606.08492); borderline, accepted: an edge-side prompt-rewriting middleware that "
        "translates and restructures coding-agent prompts to cut tokens at equal accuracy (2606.03618); rejected "
        "LLM-guided MAP-Elites evolution of medical decision programs, prompt-only evolution in one of three settings "
        "(2606.07342; borderline), PerceptUI, persona-conditioned UI/UX evaluation with a reflective prompt-"
        "evolution stage (2606.05697; borderline), ZIPP, persona-based prompt rewriting for personalised images "
        "(2606.08841; borderline: personalisation), RL-trained source rewriting for machine translation (RLSR "
        "2606.08011; borderline: the source text, not the prompt), production customer-support agents with prompt "
        "iteration and GEPA as components (2606.08867), test-time and soft prompt tuning of CLIP-style VLMs "
        "(SS-TPT 2606.06943, OGKD 2606.04922; continuous prompt vectors, parameter-efficient tuning), prompt "
        "selection of benchmark items and RL prompts (2606.01400, AdaGRPO 2606.06828), manual prompting strategies "
        "(African NLI 2606.03304, neologism detection 2606.08715), visual prompt engineering inside a unified model "
        "(VPE 2606.04457), experience memory for text-to-image generation (MemoGen 2606.03243) and 'system prompt' or "
        "'prompt' in other senses (prompt KV caches, subliminal learning, adversarial prompt rewriting, defence "
        "prompts) and, from retrieval (nothing on topic beyond the lexical ones), LLM evolution, planning and "
        "optimisation papers"),
    "graphic-design": (
        "one concept: graphic design generation: generating, editing or assessing for revision designed visual "
        "compositions of text and graphics (posters, advertisements and product pages, slides, infographics and "
        "pictorial charts, fonts and typography, design layouts) is the paper's task; accepted Any2Poster, poster "
        "generation from any source (2606.02915), NIV, variable font generation (2606.05261), FontFusion, "
        "typographic font conditioning of diffusion transformers (2606.06066) and generative pictorial charts "
        "(2606.06498); borderline, accepted: aggregated LLM weak verifiers guiding 3D room and 2D poster layout "
        "generation (2606.05268), PRISM, principle-aware evaluation and targeted modification of professional "
        "layouts (2606.00592), ProductWebGen, product showcase webpage generation for marketing (2606.01022) and "
        "Visual-SDPO, fixing layout defects of code-generated charts, web pages and slides (2606.10334); rejected "
        "editable scientific figure generation (Crafter 2605.30611; borderline: research illustrations, not design), "
        "science illustration and visual-text reasoning benchmarks of T2I models (FEPBench 2606.05949, 2606.04479), "
        "physics diagrams (PhyDrawGen 2605.30512), data-journalism stories (Data2Story 2606.11176), cinematic crops "
        "(ShotCrop 2606.05635), interior and 3D scene layouts (Function2Scene 2605.30819, HomeWorld 2606.06390, "
        "Architect-Ant 2606.10953), interactive scientific web apps (2606.00750), document layout detection and "
        "parsing (2606.06242, PereStruct 2606.07661), ad auctions and ad allocation (2605.31036, HMAF 2606.09896) "
        "and 'poster', 'slide', 'font' or 'design' in other senses (posterior, design of mechanisms, CAD) and, from "
        "retrieval (nothing on topic beyond the lexical ones), planning, layout-free generation and unrelated "
        "papers"),
}


def main() -> None:
    cands = json.loads((HERE / "candidates43.json").read_text(encoding="utf-8"))
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
