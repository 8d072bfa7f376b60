"""The twenty-eighth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, twenty-eighth group'): the confirmed
papers and the notes per topic, written after reading every proposed paper (candidates28.json: make_topics.py's lexical
rule and the hybrid top 50, from propose28.py); rejected = proposed - confirmed. Prints the six topics.jsonl lines.

    python data/eval/results/session32-blind28/topics/label28.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "essay-scoring": ["2606.02009", "2606.05564", "2606.06350", "2606.09830", "2606.10327"],
    "real2sim": ["2606.03994", "2606.07366", "2606.09967", "2606.10645"],
    "quant-trading": ["2605.31201", "2606.03704", "2606.06882", "2606.08285", "2606.08379", "2606.08450", "2606.08930",
                      "2606.10098", "2606.10412"],
    "conformal": ["2605.30641", "2606.00506", "2606.01850", "2606.02911", "2606.08831", "2606.08969"],
    "char-anim": ["2605.31120", "2605.31294", "2606.01518", "2606.05162", "2606.05912", "2606.06565", "2606.06685",
                  "2606.08043", "2606.10753", "2606.10988"],
    "img-inpaint": ["2606.03119", "2606.03216", "2606.10892"],
}

NOTES = {
    "essay-scoring": (
        "automatically scoring or grading free-text writing (essays, compositions, short written answers, statements) "
        "is the paper's task: automated essay scoring (AES) and automated short-answer / text scoring models, their "
        "training, validation and reviews; accepted the argument-based validation of French AES for language "
        "certification (2606.02009), a literature review of LLM-based automated scoring of Arabic text, short answers "
        "and essays (2606.09830) and sequential fine-tuning of LLaMA for AES on PERSUADE 2.0 (2606.10327); borderline, "
        "accepted: EDIT, training rubric-faithful LLM graders of student answers against mark schemes (2606.06350) and "
        "LLM rubric scoring of 1,200 students' statements of purpose for a research programme (2606.05564); rejected "
        "essay scoring as the test setting of a study of something else (early-token confidence in multi-agent "
        "debate on ASAP essays 2606.10307; borderline), feedback on essays rather than scores (FOXGLOVE 2606.06271; "
        "borderline), rubric-based scoring of teachers' classroom feedback (2606.05180; borderline), grading that is "
        "not of free text (handwritten intermediate results of paper exams 2606.08855, real students' math solutions "
        "RealMath-Eval 2606.10254, CS1 C++ programming assignments with BART 2606.03814; borderline for the first "
        "two), studies of how students write with LLMs (2606.00250) or of LLM-written essays (Argument Collapse "
        "2606.01736), AI-text detection (2606.04906), rubrics and LLM-as-judge evaluation of model outputs (PReMISE, "
        "QUBRIC, SVR, Eval-Skill, rubric surveys, clinical AI raters 2606.03198), 'grading' and 'rater' in other "
        "senses (AMD staging 2606.05379, rater feedback scores in driving) and, from retrieval (nothing on topic), "
        "translation-error labelling, personalised evaluation and other evaluation papers."),
    "real2sim": (
        "turning real-world observations (images, videos, dashcam footage, satellite imagery) into simulation-ready "
        "environments, assets or digital twins in which robots, embodied agents, drones or driving policies are "
        "simulated, trained or evaluated is what the paper does; accepted SimuScene, simulation-ready compositional "
        "3D scene reconstruction from a single image for robotic manipulation (2606.03994), Dash2Sim, closed-loop "
        "driving simulation from in-the-wild dashcam videos (2606.07366) and ManiSplat, controllable Gaussian digital "
        "twins reconstructed from monocular robot video for trajectory synthesis and policy learning (2606.10645); "
        "borderline, accepted: ABot-Earth 0.5, 3D environments generated from real satellite imagery as a simulation "
        "sandbox for closed-loop UAV navigation (2606.09967); rejected reconstructions coupled with physics "
        "simulation but no robot, agent or vehicle (dynamic mesh-Gaussian reconstructions for real-time physics "
        "2606.00444, physically plausible human-object interactions recovered in a physics simulator RePHO "
        "2606.05359; borderline for both), street-scene reconstruction and novel-view synthesis without simulation "
        "(SparseStreet's compression 2606.03909, borderline; StreetNVS 2606.01590, DSD-GS 2605.30863), learned "
        "generative simulators that do not reconstruct observed scenes (OmniDreams world model 2606.03159; "
        "borderline), generated rather than observed scenes (HomeWorld 2606.06390, borderline; HomeFlow 2606.01230), "
        "calibration of an urban traffic simulator without driving agents (2606.03823; borderline), 'digital twin' "
        "in other senses (UAV network resource management 2606.01324, AAS capability models 2606.02167, "
        "infrastructure inspection 2606.06375), sim-to-real and video-model evaluation of robot policies (Dream.exe "
        "2606.04811) and, from retrieval (nothing on topic), social simulation, scheduling and other simulation "
        "papers."),
    "quant-trading": (
        "making trading or investment decisions in financial markets, or predicting asset returns for them, is the "
        "paper's task: stock prediction and ranking, portfolio allocation and optimisation, trade execution, trading "
        "agents and systems, high-frequency trading; accepted RankGLU for cross-sectional stock prediction "
        "(2606.08930), TT-DAC-PS for optimal trade execution (2606.08379), a reproducibility audit of LLM-based "
        "trading systems (2606.08285), GIFT, LLM-designed states and rewards for PPO portfolio trading (2606.08450), "
        "DOSS, dynamic objective selection for stock recommendation and portfolio allocation (2606.03704) and "
        "market-feedback adaptive retrieval for news-driven residual-return prediction with portfolio evaluation "
        "(2605.31201); borderline, accepted: a unified financial framework with RL robo-advisory, high-frequency "
        "trading prediction and investment advice (2606.10412), variational quantum algorithms for dynamic portfolio "
        "optimisation (2606.10098) and a game-theoretic model of agents competing to acquire shares of an asset "
        "under price dynamics, learned from market feedback (2606.06882); rejected financial LLM agents and "
        "benchmarks that do not trade (InKH's memory harness 2606.01886, borderline; Hedge-Bench analyst tasks "
        "2606.03918, borderline), market and blockchain economics without a trading method (Polymarket-v1 trade "
        "data 2606.04217, borderline; MEV arbitrage search architectures 2606.00720, borderline; stablecoin "
        "contagion 2606.07442; firm-level crisis responses from A-share returns 2606.10297; block building, "
        "proof-of-stake reserves, AMM voting, data pricing), financial sentiment analysis and information extraction "
        "(2606.00062, 2606.08051), prediction-market mechanisms (Evidence Markets), the many quantization papers "
        "proposed because 量化 also means 'quantize' and 'quantify' (LLM, ViT, video-diffusion and embedding "
        "quantization), and, from retrieval (nothing on topic), auctions, bilateral trade and other economics "
        "papers."),
    "conformal": (
        "conformal prediction (split or adaptive conformal calibration, conformal risk control, conformalized "
        "quantile regression) is the method or the object of study: it gives the paper's coverage or risk "
        "guarantees or its measure of uncertainty; accepted a benchmark of quantized and sparse LLMs' uncertainty "
        "via conformal prediction (2606.01850), the Ghost Annotator, conformal prediction with annotator "
        "representations for human label variation (2606.02911), ITCR, inference-time conformal reasoning with "
        "factuality control (2606.08831) and CARE, conformal risk control for hallucination and omission flags in "
        "medical summaries (2606.08969); borderline, accepted: COFT, counterfactual decoding with split-conformal "
        "calibration of candidate token sets (2605.30641) and EnergyMamba, whose adaptive sequential conformalized "
        "quantile regression module is one of its two contributions (2606.00506); rejected conformal prediction as "
        "one filtering step of a clinical association study (MOAKS prediction 2606.05357; borderline) and as one of "
        "five fused uncertainty sources for deepfake detection (COF 2606.06666; borderline), uncertainty "
        "quantification and calibration without conformal methods (spatio-temporal memory UQ-DAAAM 2606.08277, "
        "CaliPPer 2606.07258, clustered self-assessment, ambiguity in error prediction, abstention, object "
        "detection UQ, PET/CT uncertainty), 'conformal' in other senses (curved conformal mesh adaptation "
        "2606.10763), finite-sample bounds elsewhere and, from retrieval (nothing on topic), forecasting, "
        "calibration and reasoning papers."),
    "char-anim": (
        "animating a 3D character or 3D object model (making a rigged mesh, avatar, 3D face or static 3D asset move) "
        "is what the paper does: rigging and skinning, skeletal animation of rigged shapes, 3D facial animation, "
        "expression-driven 3D avatars, physics-based character animation and animating given 3D objects; accepted "
        "AnimaSpark, feed-forward animation of arbitrary 3D objects (2606.10988), speech-driven 3D facial animation "
        "deployed in Unreal Engine (2606.10753), OmniFaceRig, automatic face rigging of 3D characters (2606.08043), "
        "RigPAPR, automatic rigging and skinning of neural point clouds (2606.06685), MotionDreamer, skeletal motion "
        "for 3D rigged shapes (2606.01518), TokTalk, real-time 3D facial animation from audio-LLM tokens "
        "(2605.31294) and SWIM, physically-based swimming character animation (2605.31120); borderline, accepted: "
        "SAGE, expression deformations for animatable Gaussian head avatars (2606.05912), AI level of detail for "
        "learned NPC motion models in games (2606.06565) and T2Mo, trajectory- and text-controlled motion of given "
        "3D shapes (2606.05162); rejected 2D character and human image animation (SCAIL-2 2606.10804, "
        "DirectAnimator 2606.06903, FreeAnimate 2606.06885; borderline for the first) and talking-head video "
        "evaluation (2606.01031), human motion generation and editing on skeletons without a character asset "
        "(KV-Control 2606.05624, text-based motion editing 2606.01014, pathological gait synthesis 2606.06048), 4D "
        "shape generation from scratch and deformable shape spaces (2606.01021, ARAPDiffusion 2606.06887; borderline "
        "for the first), shape editing and morphing (3DMorph 2606.07115), keyframe and vector-path reduction of 2D "
        "animation curves (bbsolver 2606.09741; borderline), avatar creation without animation (AvatarMix "
        "2606.03506, Splatshot 2606.01493, PHAF 2606.03420, PrismAvatar 2606.10550, facial hair capture "
        "2606.08041), contact dynamics from motion capture (2606.08133), dynamic scene reconstruction, 'motion' "
        "and 'character' in other senses and, from retrieval (nothing on topic), 3D generation, segmentation and "
        "role-playing papers."),
    "img-inpaint": (
        "filling masked, missing or extended regions of an image (inpainting, outpainting) with a diffusion or "
        "flow / bridge generative model is the paper's task or a main contribution; accepted Follow-Your-Preference++, "
        "preference alignment of diffusion inpainting models (2606.03216) and foreground-conditioned outpainting "
        "with customized concept embeddings (2606.10892); borderline, accepted: GuidedBridge, prior guidance for "
        "diffusion bridge models with a cascaded CFG-FMPG framework for image inpainting (2606.03119); rejected "
        "general generative frameworks for which inpainting is one capability (AsyncPatch Diffusion 2606.07079; "
        "borderline), inpainting of 3D Gaussian splatting scenes (2605.30987; borderline), GAN inpainting of "
        "micro-resistivity logging images (2606.10200; borderline, no diffusion), image editing and object insertion "
        "(controllability-fidelity study of diffusion editing 2606.09901, DIRECT 2606.06601, TextWand scene-text "
        "editing and erasing 2606.05730, AlbedoEdit video editing 2606.01362), restoration and super-resolution "
        "(VICR 2606.00704, GGT-100K, reflection separation 2606.04107), latent inpainting for video tokenisation "
        "(2606.06158), texture completion, scene completion of LiDAR or point clouds, '修复' and '补全' in other "
        "senses (code repair, autocomplete, infilling of diffusion language models) and, from retrieval (nothing "
        "on topic), other diffusion papers."),
}


def main() -> None:
    cands = json.loads((HERE / "candidates28.json").read_text(encoding="utf-8"))
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
