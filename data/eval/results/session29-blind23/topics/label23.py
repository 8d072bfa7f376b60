"""The twenty-third fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, twenty-third group'): the confirmed papers
and the notes per topic, written after reading every proposed paper (candidates23.json: make_topics.py's lexical rule and
the hybrid top 50, from propose23.py); rejected = proposed - confirmed. Prints the six topics.jsonl lines.

    python data/eval/results/session29-blind23/topics/label23.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "shapley": ["2606.01632", "2606.01963", "2606.05180", "2606.06325", "2606.07531", "2606.07533"],
    "llm-watermark": ["2605.30501", "2606.00613", "2606.06315"],
    "llm-creativity": ["2606.00875", "2606.01451", "2606.01811", "2606.04095", "2606.05532", "2606.07818"],
    "lidar": ["2605.30784", "2605.30983", "2605.31177", "2606.00153", "2606.00416", "2606.00688", "2606.02924",
              "2606.02979", "2606.03568", "2606.03915", "2606.03992", "2606.07233", "2606.07280", "2606.07626",
              "2606.08206", "2606.08744", "2606.09882", "2606.10019", "2606.10541"],
    "self-evolving": ["2605.30712", "2605.31365", "2606.00619", "2606.01041", "2606.01139", "2606.01314", "2606.01619",
                      "2606.01640", "2606.01779", "2606.01803", "2606.01993", "2606.02355", "2606.02372", "2606.02812",
                      "2606.03056", "2606.03083", "2606.03099", "2606.03108", "2606.03243", "2606.03544", "2606.03678",
                      "2606.03692", "2606.03841", "2606.04391", "2606.04465", "2606.04507", "2606.04536", "2606.04602",
                      "2606.04703", "2606.05513", "2606.05661", "2606.05684", "2606.05922", "2606.06079", "2606.06114",
                      "2606.06473", "2606.06741", "2606.06960", "2606.07436", "2606.08091", "2606.08106", "2606.08348",
                      "2606.08405", "2606.08755", "2606.09365", "2606.10316", "2606.10457", "2606.10917"],
    "flow-matching": ["2605.30705", "2605.31204", "2605.31294", "2605.31466", "2606.00078", "2606.00248", "2606.00782",
                      "2606.03911", "2606.04092", "2606.04108", "2606.04621", "2606.04737", "2606.05399", "2606.05758",
                      "2606.06147", "2606.06228", "2606.06278", "2606.06695", "2606.06828", "2606.07036", "2606.08670",
                      "2606.08672", "2606.10450", "2606.10517", "2606.11155"],
}

NOTES = {
    "shapley": (
        "Shapley values (or SHAP, their feature-attribution estimate) are the paper's method or object: computing, "
        "extending, evaluating or applying Shapley-value attribution or fair allocation as a central step of its "
        "contribution, in any field; accepted PatentXAI, graph-conditioned hierarchical Shapley attribution for patent "
        "valuation (2606.01632), data valuation of data products by a closed-form Shapley value of a cooperative "
        "attention game (2606.06325), mllm-shap, a Shapley-value explainability platform for text-audio MLLMs "
        "(2606.07531), the Shapley-value framework extended to multimodal multilingual models (2606.07533) and SHAP "
        "compared with LLM rationales for rubric-based teaching-quality scoring (2606.05180); borderline, accepted: "
        "amenability bounds for local coordination games proved with Shapley values of a mutual-information game "
        "(2606.01963, Shapley values as the proof's key tool); rejected SHAP as one of six XAI classes a rubric judges "
        "(2606.05461, standards-derived XAI admissibility for driving safety; borderline), other "
        "attribution methods without Shapley values (verbalized feature attributions 2606.01148, gradient attribution "
        "embeddings ABLE 2606.07524, C-LIME re-ranking for legal QA 2606.03728, causal tracing of MoE experts "
        "2606.03780), credit assignment in RL (SPADER, VEPO, PRPO, ACE-SQL, SD-GRPO, T2-GRPO, process rewards), "
        "marginal utility of skills (2606.08755), auctions and payments among agents (Economy of Minds 2606.02859), "
        "cooperative games without Shapley values (CollabBench 2606.05793), sampled approvals in multiwinner voting "
        "(2606.10446) and, from retrieval (nothing on topic beyond the six lexical ones), equilibria, data pricing, moral "
        "credences and other papers."),
    "llm-watermark": (
        "watermarking LLMs or their generated text is what the paper studies: embedding a detectable signal in an "
        "LLM's outputs (or weights) so that its text can later be attributed, detecting it, or attacking and removing "
        "it; accepted WASH, linear ensembles of several LLMs washing away six text watermarking schemes (2605.30501) "
        "and LUNA, linguistics-aware non-distortionary LLM watermarking (2606.00613); borderline, accepted: LLM "
        "self-recognition, a random sparse steering vector injected into the residual stream as a detectable "
        "fingerprint for attributing text to its LLM (2606.06315, a watermark in all but name); rejected passive "
        "identification of the source LLM without an embedded signal (READER 2606.10794, stylometric fingerprinting of "
        "peer LLMs 2606.09854; borderline), AI-generated text detection (AEyeDE 2606.00016), pretraining-data and "
        "membership detection (MC-PDD 2606.07996, LoRA-MINT 2606.06946, contamination detection 2606.03305), user "
        "biometrics from prompts (PromptPrint 2606.06755), steganographic encoding by LLM agents (MIRAGE 2606.10304, "
        "emergent languages 2605.31170), visible watermarks in AIGC video data (CoCoVideo 2606.00101), trajectory "
        "watermarking as a variable of a control-awareness benchmark (CIAware-Bench 2606.11063), provenance of 3DGS "
        "models (GaussTrace 2606.10612), 'provenance', 'signature', 'authorship', 'traceability' and 'copyright' in "
        "other senses and, from retrieval (nothing on topic beyond LUNA and WASH), other LLM papers."),
    "llm-creativity": (
        "the creativity of LLMs is what the paper studies: measuring, eliciting or improving the creative, original or "
        "divergent output of LLMs (creative writing, idea generation as creativity, novelty and diversity of creative "
        "output), or the creativity of people working with generative AI; accepted IDEAFix, creative defixation "
        "prompting and divergent thinking of LLMs (2606.00875), temperature-reshaped token distributions as a signal of "
        "LLM creativity (2606.01451), POLARIS, long-form creative story writing by small models (2606.04095) and "
        "metacognitive adaptation in AI-assisted creativity (2606.05532); borderline, accepted: Decan, measuring the "
        "diversity of creative outputs of AI and human writing (2606.01811) and representational similarity of LLM "
        "pairs raising cooperation but lowering novelty and creativity (2606.07818); rejected scientific idea "
        "generation (EvoGens 2605.30961, Graph2Idea 2606.09105, MASS deep research 2606.09198; borderline for the "
        "first), essay writing with limited LLM access where reduced creative expression is one finding (2606.00250; "
        "borderline), co-creative AI as a unit of analysis without LLMs (2606.00807; borderline), output diversity "
        "without creativity (specification-level diverse generation 2606.10302, distributional randomness "
        "UnpredictaBench 2606.06622, stance homogenization 2606.03032, value diversity 2606.05985, summary style "
        "homogenization 2606.08000), creative writing as one "
        "task of a post-training method (CoRP 2605.31494), creative edits, creative software and creative tools "
        "(TECCI, DeskCraft, AttentionBender, landscape generation), creative paper titles (2606.05085), Bloom's 'create' "
        "level (BloomBench 2606.05531), poetry translation (2606.02806), fanfiction jailbreaks (2606.04483), novelty in "
        "other senses (memory novelty gates, novel code tasks, novel visual references) and, from retrieval, other LLM "
        "behaviour papers."),
    "lidar": (
        "LiDAR data (point clouds or range views from a LiDAR sensor, alone or fused with other sensors) is what the "
        "paper's perception method or benchmark works on: detecting, segmenting, tracking, completing, localising, "
        "registering or recognising from LiDAR; accepted Vanilla ViT for automotive LiDAR point-cloud segmentation "
        "(2605.31177), ATLAS, adversarial LiDAR perception (2606.02924), learned NMS for LiDAR 3D detection "
        "(2606.03568), PatchScene and easy boosts for LiDAR semantic scene completion (2606.03915, 2606.03992), "
        "360-degree LiDAR perception in unstructured traffic (2606.07626), MB-Loc, LiDAR localisation (2606.08744), "
        "cross-modal LiDAR-camera gait recognition (TCFDNet 2605.30784, DiffCrossGait 2606.00153), Grace-BEV under LiDAR "
        "failure (2605.30983), 4D radar with LiDAR and camera in cooperative perception (2606.00416), shape-prior point "
        "cloud completion for fully sparse 3D detection in driving (2606.00688), LiDAR-based 3D pedestrian tracking with "
        "image re-identification (2606.07233) and SegmentAnyTreeV2, forest point clouds across LiDAR platforms "
        "(2606.08206); borderline, accepted: compact driving perception with LiDAR segmentation among its tasks "
        "(2606.02979), novel class discovery in point-cloud segmentation on SemanticKITTI and SemanticPOSS (2606.07280, "
        "no LiDAR word), WHU-Infra3D, panoramic and LiDAR benchmark of roadside infrastructure (2606.09882), "
        "correspondence-free point-cloud registration evaluated on LiDAR tracking (2606.10019) and glass reflection "
        "artifact removal in LiDAR point clouds (2606.10541); rejected LiDAR for other tasks (StreetNVS novel-view "
        "synthesis 2606.01590, extrinsic calibration 2605.31576, privileged training signal for navigation 2606.05506, "
        "LiDAR priors for a camera model LiAuto-GeoX 2606.05774, surface reconstruction 2606.04891; borderline for the "
        "last two), multimodal driving datasets and reasoning benchmarks (KITScenes 2606.02956, nuReasoning "
        "2605.31572; borderline for the first), multimodal occupancy or detection uncertainty where LiDAR is not named "
        "(UnsOcc 2606.03581, MC-GLM 2606.04656, INTACT 2606.04437; borderline), point clouds from other sources (object "
        "or CAD point clouds HOLA 2606.01334, P-RWKV 2606.10395, VT-3DAD 2606.04369, indoor RGB-D scenes GVC-Seg "
        "2606.08014, T-FunS3D 2606.05975, point-cloud action recognition SRENet 2606.03160, mine monitoring from "
        "colourised point clouds 2606.03460, quality assessment 2606.07938; borderline for the last three), camera-only "
        "driving perception (DAPETR, LFA, Seg2Track++, DroneDAR), SAR and radar without LiDAR (DarkVesselNet) and, from "
        "retrieval, other perception and LLM papers."),
    "self-evolving": (
        "an agent (LLM, MLLM or multi-agent system) that improves itself from its own experience is what the paper "
        "builds, trains, benchmarks or secures: it distils, stores and reuses lessons, skills, memory, prompts, tools "
        "or harness from its own trajectories and feedback (or updates its weights from them) so that it does better "
        "over time, presented as self-evolution, self-improvement or experience learning; accepted the papers that "
        "call themselves self-evolving or self-improving agents (SCALE 2605.31365, SkillSmith 2606.01314, OctoT2I "
        "2606.01803, MMG2Skill 2606.01993, Traj-Evolve 2606.02812, SkillDAG 2606.03056, PhotoCraft 2606.03099, MemoGen "
        "2606.03243, SkillPyramid 2606.03692, EvoDS 2606.03841, SePO 2606.04465, SCORE 2606.04507, TMEM 2606.04536, "
        "Parthenon Law 2606.04602, continual experience internalization 2606.04703, EpiEvolve 2606.05513, SkillComposer "
        "2606.06079, OpenSkill 2606.06741, Tree-of-Experience 2606.06960, Skill-3D 2606.07436, SkeMex 2606.09365, "
        "Trace2Policy 2606.10457), co-evolution of the agent with its harness, trainer or environment (HarnessForge "
        "2606.01779, EvoTrainer 2606.03108, Role-Agent 2606.10917, co-evolving skill generation and policy 2606.08755), "
        "experience learning (ExpGraph 2605.30712, ExpWeaver 2606.01041), harness optimisation from the agent's own "
        "rollouts (RHO 2606.05922), posterior-guided skill evolution (Bayesian-Agent 2606.08348), and the study of "
        "self-evolving agents (SAGE social versus self evolution 2606.03544, ANCHOR human oversight of self-evolving "
        "systems 2606.06114, PACE acceptance tests 2606.08106); borderline, accepted: MemPro, memory pipelines evolved "
        "from failure modes (2606.00619), SkillRevise (2606.01139), ReSkill (2606.01619), SIRI (2606.02355), COMAP "
        "(2606.02372), DeltaMem (2606.03083), online skill learning for web agents (2606.04391), CL-Bench, continual "
        "learning from experience (2606.05661), AdaMEM (2606.05684), VideoWeaver's skill evolution (2606.08091), TabClaw "
        "(2606.10316) and the agentic 'self-evolving' systems whose evolution is of their heuristics, solutions or "
        "controllers (MobEvolve 2606.01640, EvoDrive 2606.03678, MLEvolve 2606.06473, the fluid-control scientific agent "
        "2606.08405); rejected LLM-driven evolutionary search of programs not framed as the agent evolving (mechanism "
        "policy-as-code 2605.30680, tensor-network algorithms 2606.01975, symbolic regression 2606.04360, macro "
        "placement 2606.08904, FAMOU game strategies 2606.10389, EvoPool annotation code 2606.01617, feature-engineering "
        "self-evolution tree FEST 2606.08800, Lean4Agent's LeanEvolve 2606.06523), agent memory without self-improvement "
        "(SAGE novelty gate 2605.30711, TaskMem, DMF, SegTreeMem, AdMem, SaliMory, memory conflict resolution, Momento, "
        "LifeSide), self-evolution as one module of a larger system (AutoSci 2605.31468, DetAS-X 2605.31174, ANDES "
        "2606.01279, TimeClaw 2606.05404, AgentTrust 2606.08539; borderline), LM self-evolution without an agent "
        "(2606.01075, from retrieval; borderline), continual RL fine-tuning of GUI agents (GUI-AC 2606.10522; "
        "borderline), agents developing other agents (Meta-Agent Challenge 2606.04455), evolving multi-agent workflows "
        "as one compared condition (BenchAgent 2606.05670), long-term life simulation (Agentopia 2606.07513), reflective "
        "prompt evolution of a synthetic-user model (PerceptUI 2606.05697), 'evolution' and 'experience' in other senses "
        "(world customisation, evolving LLM landscape, reputation in MARL, economic agents, the evolution of a field in "
        "agent benchmarks and surveys: Workflow-GYM 2606.11042, AARRI-Bench 2606.07462, NovelAPIBench 2606.03657, the "
        "survey of AI for mathematical reasoning 2606.08728, soul computing 2606.10413; DR-rubric 2606.01091, ATOM "
        "molecular optimisation 2606.00008, StepFinder failure attribution 2606.03467, validator selection 2606.08282, "
        "insurance of agentic AI 2606.05449) and, from retrieval, other agent papers."),
    "flow-matching": (
        "flow matching (conditional, rectified, Riemannian, geodesic or mean flow) is the generative method the paper "
        "proposes, trains, steers, samples, distils or analyses as the core of its contribution, in any field; "
        "accepted the models trained by flow matching (residual latent flow 2605.30705, FREUD rectified-flow "
        "nowcasting 2605.31204, TokTalk 2605.31294, VolFill 2605.31466, geodesic flow matching for SSPs 2606.00248, "
        "FlowOVD 2606.00782, ByG unpaired editing 2606.03911, MeshFlow 2606.04621, UniPixie 2606.05399, DRIFT 2606.05758, "
        "WorldFly 2606.06147, geodesic flow matching for blind restoration 2606.06278, the S23DR winning solution "
        "2606.06695, STREAM 2606.07036, WaveDiT 2606.08670, LAFP 2606.10517), flow matching's own training, prior and "
        "sampling (task-aware Flow Matching for compressed-sensing masks 2606.00078, OT flow matching by design "
        "2606.04092, mean flow distillation 2606.11155, few-step rectified-flow and MeanFlow models as lossy "
        "compression 2606.10450, AdaGRPO for flow-based GRPO 2606.06828) and methods acting on a pretrained flow "
        "model's velocities (SymTRELLIS 2606.04108, PILA 2606.04737, SAM-Flow 2606.06228); borderline, accepted: "
        "SpanLift, learned solvers for diffusion and flow ODEs (2606.08672); rejected flow matching as one auxiliary "
        "component (SANA-Streaming's cycle regularisation 2605.30409, FMRFusion's refinement 2606.07985, FoA-SR's "
        "adapter loss 2606.10275, Edit-R2's RL over a flow-matching generator 2606.05950; borderline), velocity "
        "inversion used only to probe a video model (2606.05328; borderline), one-step action generation for VLAs "
        "that names no flow matching (2606.05737; borderline), flow-based T2I diversity (DAVE 2606.06813), normalizing "
        "flows (NF-CoT 2606.06447, PureLight 2606.04319, FlowTime's flow-based priors 2606.01352), diffusion models, "
        "few-step distillation and continuous denoising without flow matching (Wan2.2 compression 2606.00658, "
        "Qwen-Image-Flash 2606.03746, DSL-LLaDA 2606.01024, Lip Forcing 2606.11180, RhymeFlow 2606.06309, diffusion "
        "splitting 2606.06477, gen-PPL 2606.08417), optimal transport without flows (BO layouts, 3D QA, dataset "
        "condensation, VLM ensembling, Morse-Smale comparison, clinical aligners, radiology evaluation), optical flow "
        "(DSD-GS 2605.30863), origin-destination, blood and fluid flows and, from retrieval, other papers."),
}


def main() -> None:
    cands = json.loads((HERE / "candidates23.json").read_text(encoding="utf-8"))
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
