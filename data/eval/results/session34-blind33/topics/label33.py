"""The thirty-third fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, thirty-third group'): the confirmed papers
and the notes per topic, written after reading every proposed paper (candidates33.json: make_topics.py's lexical rule
and the hybrid top 50, from propose33.py; read with read33.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session34-blind33/topics/label33.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "icl": ["2605.31145", "2606.00014", "2606.00872", "2606.01301", "2606.03110", "2606.03782", "2606.04434",
            "2606.05079", "2606.05134", "2606.05409", "2606.06428", "2606.07479", "2606.07560", "2606.10902",
            "2606.10905", "2606.10967"],
    "memes": ["2605.31349", "2606.03604", "2606.05316", "2606.05997", "2606.08770"],
    "pricing": ["2606.01142", "2606.01275", "2606.04753", "2606.04890", "2606.05363", "2606.06151", "2606.10169",
                "2606.10451"],
    "mesh-geom": ["2605.30744", "2606.00444", "2606.00454", "2606.01891", "2606.04891", "2606.05581", "2606.06508",
                  "2606.06511", "2606.07115", "2606.07288", "2606.10050", "2606.10763"],
    "stance": ["2606.03334", "2606.04450", "2606.06022", "2606.06715"],
    "ar-vr": ["2606.03557", "2606.04992", "2606.06520", "2606.10550"],
}

NOTES = {
    "icl": (
        "one concept: in-context learning (a model learning a task from demonstrations, examples or knowledge given in "
        "its context at inference, without weight updates; textual, multimodal or visual) is what the paper studies, "
        "explains, improves or uses as its method: mechanisms (function vectors), demonstration selection and "
        "retrieval, multimodal and visual ICL models and benchmarks; accepted DOPA, OOD-proxy demonstration retrieval "
        "for robust ICL (2606.00014), Hyper-ICL, attention calibration reproducing multimodal ICL (2606.04434), fast "
        "and faithful function vectors (2606.05079), writer and canceller function-vector heads (2606.07560), "
        "activation-based active learning for ICL example selection (2606.05134), a tiny visual in-context learner "
        "(2606.10905) and VIBE, a visual ICL benchmark (2606.10967); borderline, accepted: FOCUS, in-context object "
        "localization from support examples (2605.31145), TabPFN in-context learning for low-data AI-generated image "
        "detection (2606.00872), Med-HEAL's hallucination-aware ICL (2606.01301), coherence-maximised in-context "
        "examples for pluralistic alignment (2606.03110), linguistic reasoning traces in ICL for low-resource MT "
        "(2606.03782), VLMs learning novel visual references in context (NVRD 2606.05409), RL that elicits learning "
        "an unseen language from in-context linguistic knowledge (2606.06428), supervision versus demonstration-based "
        "ICL for multiword-expression classification (2606.07479) and Pose-ICL, 3D-aware in-context subject "
        "customization (2606.10902); rejected 'in-context' as conditioning in image and video generation (VICR "
        "super-resolution 2606.00704, safe in-context image generation 2606.06875, SCAIL-2 2606.10804; hard "
        "near-misses), in-context distillation for unlearning (2606.00105), in-context visual contrastive optimisation "
        "against hallucination (2605.31312), ICL as a measuring device (Decan diversity 2606.01811), preferences "
        "passed in context (2606.07653; borderline), LLM judges' rigid priors (2606.07874), few-shot prompting of "
        "MT or NLI where ICL is not studied (2606.06420, 2606.03304), continual learning with ICL as a baseline "
        "(CL-Bench 2606.05661), skills moved from context into weights (LatentSkill 2606.06087), KV cartridges "
        "(2606.04557), steering vectors (SALSA 2606.00460), 'demonstration' and 'exemplar' in other senses (robot "
        "demonstrations, teaching by demonstration) and, from retrieval (nothing on topic beyond the lexical ones), "
        "other learning and LLM papers."),
    "memes": (
        "memes (internet memes: image-text memes, meme videos) are what the paper's model understands, interprets, "
        "classifies or detects harmful content in; accepted FBHM, a functional benchmark and steering of VLMs for "
        "hateful meme detection (2605.31349), Intent Projection, pragmatic intent in multimodal meme understanding "
        "(2606.03604), QRC, understanding newly emerged memes through open-world knowledge retrieval (2606.05316) "
        "and hate-speech detection and sentiment analysis of Nepali memes (2606.08770); borderline, accepted: "
        "multimodal sexism identification in memes and short videos (2606.05997); rejected LLM stance simulation "
        "where memes are one revision strategy of the context (2606.06443; borderline), time-series foundation "
        "models (GITCO 2606.05332) and financial RL (GIFT 2606.08450) proposed by 'GIF' as a word prefix, sticker "
        "economics (2606.10330, a sticker-collecting dilemma, no memes) and, from retrieval (nothing on topic beyond "
        "the lexical ones), facial-expression, emotion, VLM-diagnosis and hateful-audio papers."),
    "pricing": (
        "one concept: setting prices is what the paper studies: pricing mechanisms (posted, item, fixed or uniform "
        "prices and their revenue or welfare guarantees), pricing algorithms and their market dynamics (learning "
        "sellers, algorithmic collusion) and the pricing of goods such as data; accepted Repeated Descent, adaptive "
        "posted pricing for online budget-feasible procurement (2606.01142), item pricing for a unit-demand buyer "
        "(2606.10169), buyer-offer and fixed-price mechanisms in bilateral trade (2606.04890), competitor prices in "
        "demand models of pricing algorithms and algorithmic collusion (2606.05363) and arbitrage-free data pricing "
        "(2606.10451); borderline, accepted: learners competing on prices that cannot collude (2606.01275), a "
        "uniform-price resource-allocation mechanism family between Kelly and first-price auctions (2606.06151) and "
        "the El Farol bar as a learning designer with dynamic pricing (2606.04753); rejected auctions without "
        "pricing (first-price dynamics 2606.05108, no-swap-regret revenue 2606.06085, competing auctions 2606.06633, "
        "autobidding 2605.31036, deep auction duality 2606.10112, accuracy auctions 2606.02435), price formation of "
        "prediction-market contracts (2605.31431; borderline), data valuation without prices (2606.06325; "
        "borderline), insurance of agentic AI with pricing as one part (2606.05449; borderline), pseudo-market "
        "equilibria (Hylland-Zeckhauser 2606.00951), 'price of decentralization' and 'shadow price' in other senses "
        "(2606.01874, 2606.03092), blockchain economics (2606.06700, 2606.03587, 2606.00720), consumer-price "
        "category coding (2606.02004), ad allocation (HMAF 2606.09896), 'fee' as a prefix of feedback and "
        "feed-forward and, from retrieval (nothing on topic beyond the lexical ones), mechanism-design and agent "
        "papers."),
    "mesh-geom": (
        "processing the geometry of 3D surface or volume meshes (triangle, polygonal, tetrahedral or curved finite "
        "element meshes) is what the paper does: remeshing and mesh adaptation, parameterization and UV repair, "
        "iso-surface extraction, mid-surface abstraction, intersection handling, operators on surfaces, surface "
        "reconstruction into meshes, mesh editing and topology conversion; accepted BijectiveRemesh (2605.30744), "
        "subgrid marching tetrahedra (2606.00454), MidSurfNet mid-surface abstraction (2606.01891), Monte Carlo "
        "Steklov operators for geometry processing (2606.05581), a differentiable triangle-triangle intersection "
        "energy (2606.06511) and neural reparameterization for fixed-chart UV repair (2606.10050); borderline, "
        "accepted: fixed-topology mesh conversion of dynamic reconstructions for physics simulation (2606.00444), "
        "compact polygonal surface reconstruction from point clouds by hierarchical space partition (2606.04891), "
        "importing STL/OBJ triangle meshes into Geant4 with geometric accuracy checks (CADmesh 2606.06508), 3DMorph "
        "local shape editing and morphing of meshes (2606.07115), ExMesh explicit mesh optimisation with topology "
        "adaptation (2606.07288) and, from retrieval, curved mesh adaptation for high-order finite elements "
        "(2606.10763); rejected mesh generation from scratch (MeshFlow 2606.04621, MeshWeaver 2606.04688, Native3D "
        "2606.07117; hard near-misses), mesh texturing (survey 2606.00137; borderline), face rigging (OmniFaceRig "
        "2606.08043), new shape representations without meshes (SADH 2606.07337, lattice structures 2606.06500; "
        "borderline), level-set PDE simulation on scanned artworks (2606.02583; borderline), cortical folding flows "
        "(2606.08404), stereo terrain models exported as meshes (2606.10364), point-cloud and Gaussian "
        "reconstruction (2606.07907, 2605.31577, 2605.31419), CAD learning (BRepCLIP 2606.05515, 2606.06405), "
        "'网格' as grid and 'manifold', 'surface', 'spectral', 'geometry' in other senses and, from retrieval, "
        "3D generation, 3D mesh evaluation (DB-3DME 2606.10142), FEM solvers and 3D medical imaging."),
    "stance": (
        "one concept: identifying the stance, attitude or ideological position a text (or its author) takes "
        "towards a target (favour / against, left / right, polarised positions) is the paper's task; accepted "
        "contextualized prompting for zero-shot stance detection on social media (2606.06022); borderline, "
        "accepted: SemEval-2026 polarization detection (2606.03334), perceived political ideology of news articles "
        "labelled by humans and LLMs (2606.06715) and construction workers' safety attitudes identified from Reddit "
        "by LLM classifiers (2606.04450); rejected stance convergence and homogenisation of agents in multi-agent "
        "debate (2606.00820, 2606.03032, 2606.01637; hard near-misses), LLM stance simulation audited by context "
        "revision (2606.06443; borderline), a conceptual framework of AI-discourse stances (VET 2606.01929; "
        "borderline), a partisan direction probed and steered inside an LLM (2606.08792; borderline), attitude "
        "survey from text (TaDaS 2606.01958), the attitudes of LLMs themselves (2606.02741), factual opinion editing "
        "(2606.03096), standpoint logics (2606.03655, 2606.08503), perspectivist annotation (2606.07123), "
        "discriminatory language with a stance-polarity prior (MAAM 2606.09114), 'stance' in essays and persuasion, "
        "'viewpoint' in vision papers and, from retrieval (nothing on topic beyond the lexical ones), detection "
        "papers of other kinds."),
    "ar-vr": (
        "one concept: augmented, virtual or mixed reality (head-mounted displays, AR overlays, immersive virtual "
        "environments and telepresence) is the setting the paper builds a system for or evaluates in; accepted a "
        "multi-camera AR guidance system for surgical instrument handling with a user study (2606.04992) and cockpit "
        "segmentation for mixed-reality simulators (2606.06520); borderline, accepted: an SLM orchestration gateway "
        "for AI-driven virtual worlds evaluated in an XR virtual museum (2606.03557) and PrismAvatar, real-time "
        "autostereoscopic telepresence (2606.10550); rejected 'AR' as autoregressive (Robust Dreamer 2605.30855 and "
        "other AR video or image generators; hard near-misses), AR/VR named only as an application (PHAF hand "
        "avatars 2606.03420; borderline), a VR attention test used only to record the video of ASD screening "
        "(2606.04836; borderline), smart glasses without AR (OpenGlass gesture recognition 2606.07431, AmbientEye "
        "pupil segmentation 2606.03774; borderline), panoramic view synthesis (UniSHARP 2606.07514), 'VRAM', "
        "'immersive' and 'virtual' in other senses and, from retrieval (nothing on topic), world models, "
        "simulation and 3D papers."),
}


def main() -> None:
    cands = json.loads((HERE / "candidates33.json").read_text(encoding="utf-8"))
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
