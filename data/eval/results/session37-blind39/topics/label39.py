"""The thirty-ninth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, thirty-ninth group'): the confirmed
papers and the notes per topic, written after reading every proposed paper (candidates39.json: make_topics.py's lexical
rule and the hybrid top 50, from propose39.py; read with read39.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session37-blind39/topics/label39.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "constitutive": ["2605.31560", "2606.00938", "2606.05465", "2606.09279"],
    "ff-recon": ["2605.31124", "2605.31577", "2605.31595", "2606.03254", "2606.03287", "2606.05035", "2606.05102",
                 "2606.08205", "2606.10656"],
    "global-illum": ["2606.00817", "2606.04319", "2606.08469", "2606.09606"],
    "imitation": ["2605.31120", "2606.00110", "2606.00336", "2606.00838", "2606.03201", "2606.10517"],
    "speaker-id": ["2606.05931", "2606.06211", "2606.07240", "2606.10654"],
    "autism": ["2606.01217", "2606.04836", "2606.05620"],
}

NOTES = {
    "constitutive": (
        "one concept: constitutive (material) models: formulating, calibrating, learning or homogenising the "
        "stress-strain (or damage, viscoelastic, thermomechanical) law of a material is what the paper contributes; "
        "accepted full-field calibration of coupled thermomechanical material models at finite strain from boundary "
        "data by PDE-constrained optimisation (2606.05465) and a coarse-grained-simulation-informed constitutive model "
        "of the rate- and temperature-dependent behaviour of epoxy nanocomposites (2606.09279); borderline, accepted: "
        "a neural surrogate predicting the effective Lamé parameters of hyperelastic composites from microstructure "
        "descriptors (2606.00938; data-driven homogenisation of the material law) and a new hydrogen-embrittlement "
        "model combining multi-trap transport, finite-strain plasticity and a hydrogen- and triaxiality-dependent "
        "damage law, validated on X65 steel and applied to dented pipelines (2605.31560); rejected solvers that take "
        "the material law as given (the non-overlapping FE-neural-operator Schwarz framework for solid mechanics "
        "2606.08796, reduced-integration virtual elements at finite strains 2606.09530; both borderline, hard "
        "near-misses), the LSTM-GNN reconstruction of local stress fields in elasto-plastic microstructures "
        "(2606.10909; borderline: a multiscale surrogate of the field, the constitutive law is von Mises and given), "
        "lattice-structure modelling (2606.06500), SIMP checkerboarding (2606.10509), an LLM interface to FEniCS "
        "(2606.10928), electric-machine domain decomposition (2605.31032), 'plasticity' of networks (SaluNet "
        "2606.02927, EvoBrain 2606.01767) and 'stiffness' or 'material' in other senses and, from retrieval (nothing "
        "on topic; the hybrid top 50 for the topic as typed is about 'models'), language, world and foundation "
        "models"),
    "ff-recon": (
        "two concepts: a feed-forward model (one network pass, no per-scene optimisation) that reconstructs 3D "
        "(or 4D) geometry, camera poses, point maps or 3D Gaussians from images or video is what the paper builds, "
        "improves, compresses or extends; accepted QVGGT, post-training quantisation of VGGT for edge deployment "
        "(2605.31124), SurGe, local surface geometry of feed-forward point-map prediction (2605.31577), C4G, "
        "feed-forward 4D reconstruction with compact Gaussians (2605.31595), FreeStreamGS, online feed-forward 3DGS "
        "from unposed streams (2606.03254), BA-T, an iterative bundle-adjustment transformer layer replacing the heavy "
        "decoders of feed-forward reconstruction models (2606.03287), Anchor3R, streaming feed-forward 3D "
        "reconstruction with transient anchors (2606.05035), ZipSplat, token-based pose-free feed-forward 3DGS "
        "(2606.05102) and metric scale for feed-forward reconstruction models from satellite images (2606.08205); "
        "borderline, accepted: Envision4D, feed-forward 4D Gaussian splatting for pose-free future extrapolation in "
        "driving scenes (2606.10656); rejected per-scene optimised reconstruction that uses a feed-forward model as "
        "a tool (DSD-GS with a feed-forward GS encoder and 10 minutes of per-scene training 2605.30863, unpaired "
        "RGB-thermal splatting with poses from VGGT 2606.05491; both borderline), generative single-view scene "
        "completion and view synthesis (VolFill 2605.31466, DeblurNVS 2606.01315; borderline, diffusion rather than "
        "a reconstruction pass), VLMs trained for depth and pose (VLM3 2605.30561; borderline), egocentric camera "
        "orientation compared with VGGT (WristCompass 2605.30671), 'feed-forward' as a network layer (TriLens, "
        "AttentionBender, the driving multi-task model 2606.02979) and 'reconstruction' in other senses (MRI, "
        "denoising, terrain fields) and, from retrieval (nothing on topic beyond the lexical ones), dynamic 3DGS "
        "surveys and benchmarks, 4D reconstruction from sparse dynamic cameras (2606.04593), reconstruction as VLM "
        "memory (2606.00963), single-image simulation-ready scenes (2606.03994), feed-forward animation or shape "
        "generation (2606.10988, 2606.05162) and 3D generation and understanding papers"),
    "global-illum": (
        "one concept: global illumination: simulating, learning or querying light transport beyond direct lighting "
        "(path or light tracing, radiosity, indirect and secondary-ray effects) for rendering is what the paper "
        "builds; accepted PureLight, neural models of complex luminaires learned with light tracing for low-sample "
        "rendering (2606.04319) and OctaOctree neural radiosity for real-time glossy global illumination "
        "(2606.08469); borderline, accepted: path-traced inverse rendering with global illumination in 3D Gaussian "
        "fields, forward light transport and its gradients in one ray-tracing pipeline (2606.09606; inverse "
        "rendering, but the light transport is the contribution) and directed distance fields distilled from 3DGS "
        "as constant-time ray oracles for the secondary rays of shadows, ambient occlusion and global illumination "
        "(2606.00817); rejected the minimal retroreflective microfacet BSDF (2606.08739; hard near-miss: a local "
        "reflectance model), physically based relighting and material decomposition (MaterialClusterGS 2606.09018; "
        "borderline), diffusion-based portrait and video relighting (Pixel Cube 2606.02919, PAI-Studio 2606.01399), "
        "albedo-guided video editing (2606.01362), appearance models beyond spherical harmonics (2606.09794), a "
        "VLM robustness benchmark built with a rendering equation (2606.00828), BRDF effects in UAV reflectance "
        "(2606.10350), 'shadow', 'path tracing' and 'irradiance' in other senses (shadow prices, shadowing in "
        "ultrasound and channels, solar irradiance forecasting) and, from retrieval (nothing on topic), lighting "
        "representations, image restoration and unrelated papers"),
    "imitation": (
        "one concept: imitation learning: a policy (of a robot, an agent or a physics-based character) learned from "
        "demonstrations or expert behaviour (behaviour cloning, diffusion policies, learning from demonstration or "
        "from expert videos, inverse RL) is the paper's method or object; accepted SWIM, whole-body imitation of a "
        "single swimming motion clip for physics-based characters (2605.31120), DIBS, decoupled behavioural cloning "
        "of per-task teacher policies for inductive generalisation (2606.00838) and LAFP, latent action policy "
        "learning by flow matching instead of behaviour cloning, evaluated on imitation-learning tasks "
        "(2606.10517); borderline, accepted: parameterised diffusion policies steered in a learned behaviour "
        "manifold (2606.00336), the generalised action manifold that lets sparse demonstrations populate a VLA's "
        "action space (2606.00110) and XIPER, RL from expert videos of a visually different domain with a "
        "video-prediction reward (2606.03201; imitation from observation); rejected VLA and world-action-model "
        "architectures trained on demonstrations without an imitation-learning framing (one-step action generation "
        "2606.05737, TBD-VLA 2606.07895, FiberTune 2606.08653, Light-WAM 2606.08242, AURA 2606.02775, driving VLA "
        "DriveMA 2605.31271; hard near-misses), a path planner whose first stage is imitation-learned (FlexPath "
        "2606.10167; borderline), digital-twin reconstruction that supports policy learning (ManiSplat 2606.10645), "
        "egocentric camera orientation for learning from demonstrations (WristCompass 2605.30671), personal "
        "automation taught by demonstration (Syll 2606.07594; borderline), in-context 'demonstrations', distillation "
        "and 'imitation' of styles or humans in other senses and, from retrieval (nothing on topic beyond the "
        "lexical ones), distillation, RLHF and reward-learning papers"),
    "speaker-id": (
        "two concepts: who is speaking: speaker identity (recognition, verification, diarization, speaker "
        "conditioning or adaptation, voice cloning that keeps the speaker, speaker or voice-based person retrieval, "
        "speaker-group information in representations) is what a paper on speech models builds or studies; accepted "
        "KIT's cross-lingual voice cloning preserving the speaker's identity (2606.07240), speaker-group encoding in "
        "self-supervised speech models, including fine-tuning on speaker identification (2606.10654) and FiLM "
        "conditioning of a frozen ASR encoder on x-vectors of individual pathological speakers (2606.06211); "
        "borderline, accepted: query-adaptive audio-visual person retrieval by voice and face in broadcast archives "
        "(2606.05931; lexical only after the identity forms were widened with 'retriev' / 'person' before any "
        "measurement); rejected audio-visual active-speaker tracking as instance segmentation (AVTrack 2606.02724; "
        "borderline), conversational ASR corpora with speaker-disjoint splits and speaker-attributed WER "
        "(BEA-Dialogue+ 2605.31469; borderline), multi-speaker synthetic training data (2606.03957), speaker "
        "preservation as one metric of speech-translation benchmarks (2606.03241), face-induced bias of multimodal "
        "ASR (2605.30472), group emotion recognition without individuals (2606.07585), dyadic speech-motion and "
        "social avatars (2606.03874, 2606.05896, REACT 2606.07935), 'speaker' as native speakers or language users "
        "and, from retrieval (nothing on topic beyond the lexical ones), speech LLMs, full-duplex dialogue, speech "
        "tokenizers and unrelated language-model papers"),
    "autism": (
        "one concept: autism spectrum disorder (its screening, diagnosis, epidemiology or the processing and "
        "behaviour of autistic people) is what the paper studies; accepted ethnic disparities in ASD among toddlers "
        "(2606.01217), 3D temporal analysis of head pose and facial expression for ASD screening during VR attention "
        "tasks (2606.04836) and an ERP study of recursive locative processing in Mandarin-speaking children with "
        "autism (2606.05620); rejected 'ASD' as average surface distance (ROBUST-WT 2606.03069) or in dataset names "
        "(placenta accreta PASD 2606.00489, ML-SASD 2606.04888, DASD 2606.00628), other neurological and mental "
        "conditions (juvenile myoclonic epilepsy 2606.08404, depression 2606.00026 and 2606.10796, cognitive "
        "decline 2606.01237, dementia prediction 2606.10279, crisis detection 2606.10380, self-stigma 2606.08254) and, "
        "from retrieval (nothing on topic beyond the lexical ones), LLM reasoning, sycophancy and unrelated papers"),
}


def main() -> None:
    cands = json.loads((HERE / "candidates39.json").read_text(encoding="utf-8"))
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
