"""The twenty-seventh fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, twenty-seventh group'): the confirmed
papers and the notes per topic, written after reading every proposed paper (candidates27.json: make_topics.py's lexical
rule and the hybrid top 50, from propose27.py); rejected = proposed - confirmed. Prints the six topics.jsonl lines.

    python data/eval/results/session31-blind27/topics/label27.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "incentive-mech": ["2605.30680", "2605.31330", "2606.00007", "2606.02859", "2606.03030", "2606.04753", "2606.04959",
                       "2606.05048", "2606.05867", "2606.06125", "2606.06151", "2606.06633", "2606.07434", "2606.08621",
                       "2606.10720"],
    "tokenization": ["2605.30813", "2606.04552", "2606.06738", "2606.08562"],
    "har": ["2605.31589", "2606.00174", "2606.00260", "2606.02789", "2606.02974", "2606.03160", "2606.03490", "2606.03610",
            "2606.07431"],
    "satcom": ["2606.02193", "2606.04849", "2606.05216", "2606.06307"],
    "rl-image-gen": ["2606.00204", "2606.00583", "2606.05950", "2606.06060", "2606.06113", "2606.06828", "2606.11188"],
    "visual-slam": ["2605.31419", "2606.03989", "2606.05035", "2606.08284"],
}

NOTES = {
    "incentive-mech": (
        "designing, learning or analysing an incentive mechanism for several self-interested agents is what the paper "
        "does: rewards and punishments, taxes, payments and prices, contracts, allocation, matching or aggregation "
        "rules meant to steer what strategic agents (people, firms, LLM agents, AI developers) do towards a "
        "system-level goal (welfare, cooperation, truthfulness, coordination, efficiency); accepted healthcare "
        "mechanisms synthesised as policy programs under strategic provider response in a multi-agent simulator "
        "(2605.30680), welfare-optimal institutional reward and punishment in populations (2605.31330), Economy of "
        "Minds, an LLM multi-agent system coordinated by auctions, payments and wealth (2606.02859), matching "
        "mechanisms in LLM-agent markets (2606.03030), the El Farol bar as a learning mechanism designer with dynamic "
        "pricing (2606.04753), non-obvious manipulability in group activity selection (2606.05048), a learned social "
        "planner's allocation mechanism for cooperation in network common-pool resource games (2606.05867), "
        "uniform-price resource allocation mechanisms between the Kelly mechanism and first-price auctions "
        "(2606.06151), Evidence Markets, a prediction-market mechanism rewarding evidence (2606.07434), strategyproof "
        "facility location mechanisms (2606.08621) and a Pigouvian regulator-matchmaker mechanism for the AGI race "
        "(2606.10720); borderline, accepted: deliberative curation for multi-agent knowledge bases with "
        "reputation-weighted voting and graduated sanctions (2606.00007), the fairness / strategy-proofness "
        "impossibility for liquidity providers' vote aggregation in automated market makers (2606.04959), online "
        "contract design for a principal facing hidden agent types (2606.06125) and competing intermediated auctions "
        "in Ethereum block building (2606.06633); rejected equilibrium analysis without a mechanism designed or "
        "compared (price of decentralization in block building 2606.01874, economics of proof-of-useful-work "
        "2606.06700, equilibrium computation for Arctic auctions 2606.09631, N-player binary games 2606.06625; "
        "borderline for the first two), a bounty-tournament incentive as one part of a benchmark (KINA 2606.05104; "
        "borderline), a position paper on cooperative superintelligence (2606.03237), game-theoretic RL for "
        "prioritisation (GARL 2606.05002), reward design and reward shaping for training one RL or LLM agent (TriAlign "
        "2606.01755, TRUST 2606.06976, GIFT 2606.08450, LongTraceRL, SCORE), LLM multi-agent collaboration, "
        "orchestration and communication without incentives (CollabSim 2606.06399, Crayotter, Scaling Participation "
        "2606.07812) and, from retrieval (nothing on topic beyond the lexical ones), other multi-agent and agent papers."),
    "tokenization": (
        "how text is cut into tokens for a language model is what the paper studies or builds: tokenization "
        "algorithms (BPE and its variants), tokenizer or vocabulary design and adaptation, learnable tokenization of "
        "sequences for language-model-style foundation models, and how models compose subword tokens into words; "
        "accepted Incremental BPE tokenization (2605.30813); borderline, accepted: learnable dynamic tokenization in "
        "a genomic foundation model (LDARNet 2606.04552, DNA sequences, not text), modular adaptation of a pretrained "
        "LM to a low-resource language by replacing its tokens and freezing their embeddings (2606.06738) and the "
        "mechanics of detokenization in Llama2 and eleven other families (Inside the LLM Word Factory 2606.08562); "
        "rejected visual, video, motion and 3D tokenizers (ChannelTok 2606.04461, "
        "HiTokSR 2606.01157, adaptive video tokenisation 2606.06158, ARM's visual tokenizer 2606.11188, "
        "KV-Control motion tokens, VaViT point-cloud tokenizer), speech tokenizers for audio LLMs (UniAudio-Token "
        "2605.31521; borderline), papers where tokenization is one factor or one compared option (domain vocabulary "
        "adaptation among three strategies in ChristBERT 2606.03250, borderline; tokenizer fertility as one driver of "
        "multilingual sycophancy 2606.08451; vocabulary mismatch handled inside a watermark-removal ensemble WASH "
        "2605.30501; tokenizer-agnostic alignment in ABLE 2606.07524), models that merely use BPE (PortBERT "
        "2606.02100), n-gram embedding modules (Tensorized Engram 2606.08347), 'vocabulary' and 'token' in other "
        "senses (open-vocabulary detection and segmentation, token pruning, token boosting for language confusion "
        "2606.08994, tokenized real-world assets) and, from retrieval (nothing on topic), linguistics, diffusion "
        "language model and multilingual papers."),
    "har": (
        "recognising what people are doing (activities, actions, gestures, human-object interactions) from sensor or "
        "visual data is the paper's task: human activity recognition from WiFi, smart-home sensors, EMG or event "
        "cameras, and action recognition from video, skeletons, point-cloud sequences or trajectories; accepted "
        "LastAct, streaming smart-home activity recognition (2606.00260), WISE-HAR, WiFi-based human activity "
        "recognition (2606.02974), SRENet, point-cloud action recognition (2606.03160), TrAction, action recognition "
        "from sparse trajectories (2606.03490) and SkelHCC, skeleton-based one-shot action recognition (2606.03610); "
        "borderline, accepted: co-speech gesture recognition in the wild (GRW, 2605.31589), EMG hand-action "
        "understanding as EMG-text retrieval (MyoSem 2606.00174), diagnosing human-object interaction detectors for "
        "analysing trainees' behaviour (2606.02789) and open-source smart glasses demonstrated on event-based hand "
        "gesture recognition (OpenGlass 2606.07431); rejected general methods with action recognition as one task "
        "(domain-incremental test-time training 2605.31108, MMDG-Bench 2606.00891, FS-DVS dynamic vision sensing "
        "2606.06856; borderline for the first two), human motion tracking and pose estimation (inertial Ultra "
        "Diffusion Poser 2606.02153, DisPOSE 2606.07419, IMPose 2606.04480), pathological gait synthesis for gait "
        "classification (2606.06048), motion generation and editing, character animation, egocentric video QA and "
        "procedural assistance (SuperMemory-VQA, EgoProactive 2606.04970, hand trajectories for NLQ 2606.02962), "
        "vehicle-crash IMU data (VZCrash 2606.06074), smart-home LLM agents (MiCU, HomeFlow, SMH-Bench), 'HAR' in "
        "other senses (IR-HARQ) and, from retrieval (nothing on topic), personalization, dialogue and safety papers."),
    "satcom": (
        "communication over satellites or other non-terrestrial platforms is the paper's problem: satellite links, "
        "LEO constellations, non-terrestrial networks (NTN) and high-altitude platform networks (transmission, "
        "spectrum, beams, coverage); accepted rotatable-antenna LEO satellite communication with boresight alignment "
        "and beam tracking (2606.02193), dynamic FDD spectrum sharing in LEO non-terrestrial networks (2606.04849) and "
        "a survey of semantic communication in non-terrestrial networks (2606.05216); borderline, accepted: coverage "
        "and energy efficiency of patrol-based high-altitude platform (HAPs) networks (2606.06307, stratospheric, not "
        "satellites); rejected on-board satellite computing for Earth observation (in-sensor computing 2606.01271, "
        "methane detection 2606.03675; borderline for the first), resource management of an Earth-observation "
        "satellite cluster (HADT 2605.31023), satellite imagery analysis (bathymetry 2606.02764, flood mapping "
        "2606.07780, RPC-GS 2606.06690, ABot-Earth 2606.09967, cross-view localization 2606.10166), UAV communication "
        "and sensing (UAV ISAC 2606.05262, UAV wireless power transfer 2606.00668), other wireless topics without "
        "satellites (rotatable antennas with NOMA 2606.03035, semantic-communication reliability 2606.01284, flexible "
        "couplers, over-the-air computation) and, from retrieval, multi-agent 'communication' and other papers."),
    "rl-image-gen": (
        "reinforcement learning (policy-gradient methods such as GRPO or REINFORCE, or reward-driven preference "
        "optimisation) trains or fine-tunes part of an image generation or image editing pipeline against rewards "
        "computed on the generated images, and this is central to the paper; accepted VRPO, GRPO for generative "
        "representation alignment in diffusion transformers (2606.00583), Edit-R2, RL post-training of unified models "
        "for multi-turn image editing (2606.05950) and AdaGRPO for flow-based GRPO (2606.06828); borderline, "
        "accepted: ReCache, caching schedules of image and video diffusion models learned by REINFORCE with a "
        "generation-quality reward (2606.06060), structured defect grounding turned into BoxFlow-GRPO spatial "
        "rewards for T2I alignment (2606.06113), APE, small prompt-enhancer agents post-trained with task-aware "
        "rewards for image generation and editing (2606.00204) and ARM, a unified autoregressive model whose RL stage "
        "optimises text-to-image and editing objectives (2606.11188); rejected RL for image-adjacent tasks that are "
        "not generation (ShotCrop cropping 2606.05635, IEA tool-based retouching 2606.08016, preference-optimised "
        "real-world super-resolution FoA-SR 2606.10275; borderline for the last two), image generation without RL "
        "(ByG unpaired editing 2606.03911, FaithRewriter 2606.08492, OctoT2I routing 2606.01803, MemoGen, VPE, "
        "E2V-Bench 2605.31212, AdaTok), RL for language, vision-language reasoning, knowledge graphs or control "
        "(GRiD 2605.30747, FOCUS 2605.31145, 2606.10400, PRPO, reward models for theorem proving) and, from retrieval "
        "(nothing on topic beyond the lexical ones), other generation and RL papers."),
    "visual-slam": (
        "estimating a moving camera's trajectory from a visual stream while building or using a map is what the "
        "paper does: visual SLAM, visual(-inertial) odometry and online visual mapping with pose tracking; accepted "
        "Triangle Splatting SLAM, RGB-D SLAM with a differentiable triangle map (2605.31419), PixVOD, "
        "pixel-distributed direct visual odometry on focal-plane sensor-processors (2606.03989) and Anchor3R, "
        "streaming reconstruction for long-horizon online visual mapping with relative-pose measurements, loop "
        "closure and motion averaging (2606.05035); borderline, accepted: G2G, relative pose between two image "
        "groups for cross-sequence relocalization and multi-camera rig odometry (2606.08284); rejected two-view and "
        "feed-forward reconstruction with poses (BA-T two-view bundle adjustment 2606.03287, FreeStreamGS online "
        "novel-view synthesis 2606.03254, metric scale from satellite images 2606.08205, C4G, Envision4D; borderline "
        "for the first two), a deformable colonoscopy reconstruction dataset benchmarking pose estimation (C3VD-DEFCOL "
        "2606.07891; borderline), single-image or LiDAR localization and place recognition (Z-FLoc 2606.04788, "
        "MB-Loc 2606.08744, grayscale VPR 2606.00936, urban-village geolocalization 2605.30714), camera-LiDAR "
        "calibration by bundle adjustment (2605.31576), structure from motion as one step of a UAV BRDF workflow "
        "(2606.10350), 3D Gaussian splatting and its initialisation, spatial-reasoning benchmarks for MLLMs, "
        "'mapping' in other senses (remote-sensing, vector, semantic and knowledge mapping) and, from retrieval "
        "(nothing on topic), other geometry and vision-language papers."),
}


def main() -> None:
    cands = json.loads((HERE / "candidates27.json").read_text(encoding="utf-8"))
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
