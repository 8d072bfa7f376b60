"""The fortieth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, fortieth group'): the confirmed papers and
the notes per topic, written after reading every proposed paper (candidates40.json: make_topics.py's lexical rule and
the hybrid top 50, from propose40.py; read with read40.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session38-blind40/topics/label40.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "latent-reasoning": ["2605.30587", "2606.00507", "2606.00562", "2606.01243", "2606.01287", "2606.02871",
                         "2606.03741", "2606.04627", "2606.05315", "2606.05753", "2606.05769", "2606.05859",
                         "2606.06252", "2606.06447", "2606.07720"],
    "collusion": ["2606.01275", "2606.05363"],
    "hyperspectral": ["2606.03675", "2606.03806", "2606.04710", "2606.05759", "2606.06359", "2606.06684", "2606.08324",
                      "2606.10350", "2606.10373"],
    "video-editing": ["2605.30409", "2606.01362", "2606.01399", "2606.02919", "2606.03168", "2606.03911", "2606.05665",
                      "2606.05981", "2606.06042", "2606.07636", "2606.08260", "2606.08415", "2606.08514"],
    "efficient-attn": ["2605.30519", "2605.31057", "2606.00024", "2606.00746", "2606.01294", "2606.04511", "2606.05999",
                       "2606.06453", "2606.06467", "2606.08327", "2606.08511", "2606.08804", "2606.10395", "2606.10537",
                       "2606.10650", "2606.11052"],
    "mimo": ["2606.01353", "2606.03311", "2606.03912", "2606.05246", "2606.06770", "2606.06845", "2606.06982",
             "2606.08017", "2606.08463"],
}

NOTES = {
    "latent-reasoning": (
        "reasoning carried out in hidden states or continuous latent tokens (continuous thought, latent CoT, implicit "
        "CoT, latent visual reasoning), instead of or interleaved with a written chain of thought, is the paper's "
        "method or object of study, in a language, vision-language or speech LLM or a reasoning model; accepted "
        "ReGuLaR, relation-grounded latent reasoning for LVLMs (2605.30587), LaSR, latent reasoning periods for "
        "context-aware speech recognition in speech LLMs (2606.00507), DeepLatent, parallel latent visual reasoning "
        "(2606.00562), an interpretability-guided intervention on latent reasoning vectors (2606.01243), mechanistic "
        "diagnostics of latent visual reasoning (2606.01287), ALAR, adaptive switching between latent reasoning and "
        "explicit CoT for agents (2606.02871), MIRAGE, mobile agents with continuous latent reasoning (2606.04627), "
        "LoRi, low-rank distillation for implicit CoT (2606.05315), Cosine Misleads, latents of latent visual "
        "reasoning are bypassed (2606.05753), Future-L1, interleaved latent visual reasoning for video event "
        "prediction (2606.05769), TARPO, token-wise switching between discrete and latent reasoning (2606.05859), "
        "ReLAT, test-time reconstruction for latent reasoning (2606.06252), NF-CoT, latent reasoning with normalizing "
        "flows (2606.06447) and AGCLR, persistent memory for continuous latent reasoning (CoCoNuT, 2606.07720); "
        "borderline, accepted: subgoal persistence in the Hierarchical Reasoning Model, latent reasoning in a "
        "recurrent reasoning model rather than an LLM (2606.03741); rejected latent communication between agents "
        "(survey 2606.05711; borderline) and cross-model activation transfer of reasoning state (2606.03280; "
        "borderline), implicit (non-thinking) versus explicit reasoning for translation QE (RIEQE 2605.31378; "
        "borderline: 'implicit' means answering without a chain), implicit 3D reasoning through an anchor token in a "
        "VLA (3DThinkVLA 2606.04436; borderline), latent memory and latent RAG (ElasticMem 2605.30690, ExpWeaver "
        "2606.01041, 2606.10572), steering, probing and interpretability of hidden states (Latent Reward Steering "
        "2606.00726, 2606.02907, 2606.06188, DeLask 2606.00819, TriLens 2606.01033), overthinking control (DyCon "
        "2606.07108), explicit CoT interventions (EA-CoT 2606.04474) and 'latent' or 'hidden state' in other senses "
        "and, from retrieval (nothing on topic beyond the lexical ones but ReLAT), LLM reasoning papers of every "
        "other kind"),
    "collusion": (
        "one concept: algorithmic collusion: pricing or learning algorithms (or AI agents) that sustain "
        "supra-competitive outcomes without an explicit agreement, its emergence, conditions or prevention, is "
        "what the paper studies; accepted domination-avoiding learning agents that provably cannot collude in price "
        "competition (2606.01275) and whether demand models should incorporate competitor prices, oblivious "
        "learning and algorithmic collusion (2606.05363); rejected colluding agents as one test condition of a "
        "misalignment monitor (Arbiter 2606.10747; borderline), T-colluding users in information-theoretic secure "
        "aggregation (2606.07277, 2606.10780: another sense), 'tacit' knowledge of experts (2606.04321, 2606.10457) "
        "and, from retrieval (nothing on topic beyond the lexical ones), fair division, congestion games, "
        "information design, contract design, auctions, coding theory and unrelated papers"),
    "hyperspectral": (
        "one concept: hyperspectral (or multispectral) images, many spectral bands per pixel, are the paper's object "
        "and their spectral dimension matters (classification, band selection, unmixing, spectral reconstruction or "
        "super-resolution, atmospheric compensation, detection from spectra, datasets); accepted TeX-1500, a paired "
        "LWIR hyperspectral dataset for temperature-emissivity-texture decomposition (2606.03806), DE-CFFN, "
        "hyperspectral image classification (2606.04710), PGU-Net, blind cross-sensor spectral super-resolution "
        "(2606.05759), band selection for hyperspectral classification (2606.06684), atmospheric compensation in "
        "standoff LWIR hyperspectral imaging (2606.08324), onboard methane detection from hyperspectral satellite "
        "imagery with band selection (2606.03675) and PF-Trans, spectral reconstruction from snapshot broadband filter "
        "arrays (2606.10373); borderline, accepted: rice disease mapping from UAV multispectral imagery with "
        "multispectral / vegetation-index input configurations (2606.06359) and multi-angular reflectance anisotropy "
        "of ten bands from UAV multispectral imagery (2606.10350); rejected remote-sensing tasks where Sentinel-2 or "
        "Landsat multispectral imagery is only the input (EuroCrops crop segmentation 2606.00676, satellite-derived "
        "bathymetry 2606.02764, forest disturbance 2606.07249, dark vessel detection 2606.00445; borderline), "
        "multi-sensor remote-sensing models and retrieval (Earth-OneVision 2606.10819, CR-JEPA 2606.00706, HQ-JEPA "
        "2605.31068), 'spectral' change detection on RGB datasets (CSI-Net 2606.10328), RGB-infrared fusion and "
        "detection (2606.01173, FMRFusion 2606.07985), near-infrared as one scene class (wildfire 2606.10174) and "
        "'spectral' in other senses (spectral graph, frequency, Fisher information, spectrum sharing) and, from "
        "retrieval (nothing on topic beyond the lexical ones), remote sensing, medical imaging and image generation "
        "papers"),
    "video-editing": (
        "one concept: video editing: an existing video is changed (content, objects, appearance, lighting, style, "
        "background, worn items, audio) by instruction, text, reference or mask, or footage is cut and assembled, "
        "and that editing, its model, data or benchmark is what the paper contributes; accepted SANA-Streaming, "
        "real-time streaming video editing (2605.30409), AlbedoEdit, instance-level insertion, removal and texture "
        "editing (2606.01362), PAI-Studio, cinematic background replacement with foreground relighting "
        "(2606.01399), Pixel Cube, portrait video relighting (2606.02919), JAVEDIT, joint audio-visual "
        "instruction-guided video editing (2606.03168), ByG, unpaired image and video editing with flow matching "
        "(2606.03911), V2V-Bench, editing tasks on source videos (2606.05665), LoomVideo and TIDE, unified video "
        "generation and editing (2606.06042, 2606.08260), Crayotter, agentic long-form video editing of footage "
        "(2606.07636) and CoVEBench, complex-instruction video editing (2606.08415); borderline, accepted: "
        "video-rate streaming stylization with an edit diffusion model (2606.05981) and OmniTryOn, putting wearables "
        "on people in a video (2606.08514); rejected explicit time control of a video generator (2606.10183; "
        "borderline), 3D caches for camera and motion control of generation (Real2SAM2Real 2606.00299), network "
        "bending of video DiTs (2606.06497), video dynamics editing as one application of optimal-control generation "
        "(OptiWorld 2606.00499), character animation (SCAIL-2 2606.10804), composed video retrieval with edit text "
        "(2606.00910, 2606.01113), video restoration and super-resolution (2605.30431), manipulation detection "
        "(2606.07090, EVID-Bench 2606.04098), image, 3D, multi-view, motion and knowledge editing (TECCI 2606.01213, "
        "GeM-NR 2606.05142, 3DMorph 2606.07115, 2606.01014, OmniME 2605.30969, UniKE 2606.00477) and world models "
        "and, from retrieval (nothing on topic beyond the lexical ones), video generation, video understanding and "
        "knowledge-editing papers"),
    "efficient-attn": (
        "one concept: efficient attention: attention made cheaper than full quadratic softmax attention (sparse, "
        "block-sparse, linear, delta-rule, sliding-window or RWKV-style attention, attention skipping or early "
        "termination, their kernels and serving) is the paper's method or object of study, in any model; accepted "
        "LVSA, training-free block-sparse attention for long video diffusion (2605.31057), ART, run-time "
        "termination of KV-block access in the attention kernel (2606.00024), C-GSPN, near-linear 2D spatial "
        "propagation replacing attention in vision encoders (2606.00746), a curvature-conditioned query for linear "
        "attention (2606.01294), SparDA, sparse decoupled attention for long-context inference (2606.04511), Vortex, "
        "sparse attention serving (2606.06453), cross-layer sparse attention with shared routing (2606.06467), "
        "V-Skip, block-wise skipping of visual self-attention in MLLMs (2606.08511), Q-Delta, a query-aware delta rule "
        "(2606.08804), P-RWKV for point clouds (2606.10395), Prefilling-dLLM, sparse chunk prefilling with its "
        "attention kernel (2606.10537), Dynamic Linear Attention (2606.10650) and attention amnesia of hybrid linear "
        "attention LLMs after CoT fine-tuning (2606.11052); borderline, accepted: OmniMem, per-head sparse KV "
        "retrieval over the history of autoregressive video generation (2605.30519), ATT-CR, O(N) triangular "
        "attention for cloud removal (2606.05999) and CHIAR-Former, routing tokens to cheap DCT / RBF mixers or full "
        "attention (2606.08327); rejected block-sparse attention as one of three parts of a world-model accelerator "
        "(Light Interaction 2605.31158; borderline) or of a model's technical report (Keye-VL-2.0 2606.10651, Mellum2 "
        "2605.31268; borderline), KV-cache compression, reuse and eviction (StateKV 2605.31598, HACK++ 2606.08302, "
        "LazyAttention 2606.04302; borderline), SSM-attention score fusion without a cheaper attention (SISA "
        "2606.02332), Mamba and other state-space backbones in applications (Zamba2-VL 2606.00390, EnergyMamba, "
        "3DSAMba, DINO-GFSA, ReConFuse, CHASMBrain, SFMambaNet, RegNetMamba-2, PC-MambaSDE, LDARNet, a Mamba query "
        "projector 2606.04719), Mamba interpretability and compression (2606.00930, DF-SSM 2606.10932), token "
        "pruning and merging (RAPID 2606.08156, AVEX-Prune 2606.10533), denoising-step skipping (RhymeFlow "
        "2606.06309), attention variants that are not cheaper (Depth-Attention 2606.05014, BoV 2606.02780, "
        "Belief2-Attention 2606.00077) and 'quadratic', 'sliding window' or 'state space' in other senses and, from "
        "retrieval (on topic beyond the lexical ones: ART and CHIAR-Former), other attention, reasoning and agent "
        "papers"),
    "mimo": (
        "one concept: MIMO: a multiple-input multiple-output (or multi-user MISO) wireless system is the paper's "
        "object: massive and cell-free MIMO, MIMO detection, precoding and beamforming over a multi-antenna base "
        "station, MIMO channel models, capacity or degrees of freedom; accepted low-subpacketization MIMO coded "
        "caching (2606.01353), detection for single-RF MIMO-OFDM (2606.03311), sparse antenna activation in "
        "cell-free massive MIMO (2606.03912), deep unfolding for joint beamforming and scheduling in multi-cell MIMO "
        "(2606.05246), degrees of freedom of over-the-air computation over a 2x2 MIMO Gaussian network (2606.06770), "
        "fluid antennas against asynchronous reception in cell-free massive MIMO (2606.08017) and Maxwellian random "
        "field models for stochastic LoS MIMO channels (2606.08463); borderline, accepted: weighted sum-rate of a "
        "flexible-intelligent-metasurface-assisted multicell MU-MISO system (2606.06845) and end-to-end mutual "
        "information optimization over linear Gaussian networks covering MIMO precoding (2606.06982); rejected "
        "analog-domain beamforming with a MiLAC (2605.31549; borderline), beam focusing of modular XL-arrays "
        "(2606.01096; borderline), rotatable, fluid and flexible-coupler antennas with NOMA, satellites or energy "
        "transfer (2606.02193, 2606.03035, 2606.05600, 2606.04537, 2606.08829), environment-division multiple access "
        "(2606.07025), optical IRS codebooks for VLC (2606.08774), WiFi sensing (2606.02974), MIMO controller "
        "tuning in process control (2606.11015: another sense) and 'antenna', 'uplink' or 'degrees of freedom' in "
        "other senses and, from retrieval (nothing on topic beyond the lexical ones; below the wireless papers "
        "'MIMO systems' retrieves multi-agent and memory systems), agent, memory and other 'systems' papers"),
}


def main() -> None:
    cands = json.loads((HERE / "candidates40.json").read_text(encoding="utf-8"))
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
