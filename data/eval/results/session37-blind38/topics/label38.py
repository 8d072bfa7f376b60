"""The thirty-eighth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, thirty-eighth group'): the confirmed
papers and the notes per topic, written after reading every proposed paper (candidates38.json: make_topics.py's lexical
rule and the hybrid top 50, from propose38.py; read with read38.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session37-blind38/topics/label38.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "ar-image-gen": ["2605.30904", "2606.00310", "2606.01503", "2606.04457", "2606.04461", "2606.05703", "2606.06078",
                     "2606.07185", "2606.08302", "2606.10492", "2606.11096", "2606.11188"],
    "streaming-video": ["2605.31075", "2606.00620", "2606.03890", "2606.06891", "2606.06991", "2606.07577",
                        "2606.07639", "2606.07669", "2606.08615"],
    "pos-enc": ["2606.00124", "2606.04302", "2606.06160", "2606.08680", "2606.10902"],
    "affordance": ["2606.05975", "2606.06292"],
    "crypto": ["2606.02323", "2606.03399", "2606.04247", "2606.05433", "2606.07277", "2606.10374", "2606.10780"],
    "matching-markets": ["2606.00951", "2606.03030", "2606.05905", "2606.06317"],
}

NOTES = {
    "ar-image-gen": (
        "images are generated autoregressively (next-token, next-scale / VAR or masked-token prediction over visual "
        "tokens, alone or inside a unified model), and that generation, its speed, its compression or the visual "
        "tokenizer built for it is what the paper contributes; accepted LD-Pruning for efficient visual "
        "autoregressive generation (2606.00310), visual prompt engineering, a unified model that first generates "
        "semantic tokens autoregressively and then image tokens (2606.04457), ChannelTok, a flexible-length tokenizer "
        "for variable-length autoregressive image generation (2606.04461), parallel Jacobi decoding for fast "
        "autoregressive image generation (2606.05703), knowledge distillation for visual autoregressive models "
        "(VarKD 2606.06078), AdaTok, a self-budgeting 1D image tokenizer evaluated in autoregressive generation "
        "(2606.07185), HACK++, KV-cache compression for VAR models (2606.08302), PathRelax, speculative Jacobi "
        "decoding for autoregressive text-to-image (2606.10492), IDEAL, a discrete representation autoencoder with "
        "a state-of-the-art gFID for autoregressive image generation (2606.11096) and ARM, a 7B next-token model "
        "that unifies image understanding, generation and editing (2606.11188); borderline, accepted: MergeTok, a "
        "tokenizer unifying continuous and discrete (VQ) tokens for generators of both kinds (2605.30904) and the "
        "limits of token reduction when training unified autoregressive vision-language models that generate images "
        "(2606.01503); rejected autoregressive video generation and world models (OmniMem 2605.30519, Robust Dreamer "
        "2605.30855, Video-Mirai 2606.03971, AAD-1 2606.03972, DSA 2606.04432, BioVid 2606.08674, BiWM 2606.10135, "
        "FadeMem 2606.10671, Next Forcing 2606.11187, StreamForce 2606.07508, OmniDreams 2606.03159; hard near-misses: "
        "video, mostly causal diffusion), VQ token prediction for super-resolution (HiTokSR 2606.01157; borderline), "
        "autoregressive mesh generation (MeshWeaver 2606.04688), diffusion image generators compared with "
        "autoregressive ones (MIND 2606.00094, UniCanvas 2606.04264, AsyncPatch 2606.07079), video tokenization "
        "(2606.06158), knowledge editing in unified models (UniKE 2606.00477), autoregressive language models, "
        "diffusion language models, visual token compression in VLMs and 'autoregressive' or 'tokenizer' in other "
        "senses and, from retrieval (nothing on topic beyond the lexical ones), diffusion text-to-image work, "
        "generated-image detection, image restoration and other image-generation papers"),
    "streaming-video": (
        "video understanding on a stream: a model, system or benchmark that perceives, answers, narrates or "
        "remembers while the video arrives (online, real-time, streaming video LLMs and their memory), not offline "
        "long-video understanding or video generation; accepted FlowNar, streaming narration of long videos "
        "(2606.00620), OVO-S-Bench, streaming spatial intelligence of MLLMs (2606.03890), Stream3D-VLM, online 3D "
        "spatial understanding from streaming video (2606.06891), LyraV, streaming video-language synchrony for "
        "online video understanding (2606.06991), OmniMem, memory compression for streaming audio-visual LLMs "
        "(2606.07577), MOSS-Video-Preview, real-time video understanding with perception parallel to generation "
        "(2606.07639) and Streaming Harness, data, system and benchmark for streaming video in the wild "
        "(2606.08615); borderline, accepted: TaskMem, a learned memorisation policy for multimodal agents evaluated "
        "on video benchmarks reformulated as streaming (2605.31075) and MemoVAD, streaming video anomaly detection "
        "on edge devices with selective VLM calls (2606.07669); rejected long-video understanding that only "
        "mentions streaming (StateKV 2605.31598; borderline), online micro-gesture recognition by an adapter "
        "(2606.07355; borderline), real-time safety interventions from egocentric video (VLESA 2606.03954; "
        "borderline), long-horizon memory benchmarks (SuperMemory-VQA 2606.00825, M3Eval 2606.05008), per-frame "
        "real-time detection pipelines (licence plates 2606.04684, threats 2606.05708, facial emotion 2606.01069, "
        "video text spotting 2606.07161), learning from video streams (domain-incremental TTT 2605.31108, BabyCL "
        "2606.05115), streaming video generation and editing (SANA-Streaming 2605.30409, StreamForce 2606.07508, "
        "streaming stylization 2606.05981, Lip Forcing 2606.11180, world models), streaming text and speech "
        "LLMs (ProactiveLLM 2606.00523) and 'real-time' or 'online' in other senses and, from retrieval (nothing on "
        "topic beyond the lexical ones), offline long-video and video-QA benchmarks, video agents and video "
        "diffusion papers"),
    "pos-enc": (
        "one concept: positional encoding (absolute, relative or rotary position embeddings, their design, analysis "
        "or adaptation) is the paper's method or object of study, in any model; accepted how positional encodings "
        "anchor spatial structure in vision transformers (2606.00124), LazyAttention, deferred positional encoding "
        "for position-independent KV reuse in RAG (2606.04302), where absolute position comes from in RoPE "
        "decoder-only transformers (2606.06160) and DAPETR, a learnable distortion-aware positional encoding for "
        "BEV detection with mixed pinhole-fisheye cameras (2606.08680); borderline, accepted: Pose-ICL, whose core "
        "mechanism is a surface-anchored position embedding (2606.10902); rejected papers where a positional "
        "encoding or RoPE variant is one component among several (TextWand ORPE 2606.05730, OmniTryOn STC-RoPE "
        "2606.08514, HarmoView Jump-RoPE 2606.10839, LoomVideo negative temporal RoPE 2606.06042, StreetNVS "
        "ray-level positional encoding 2606.01590, FontFusion 2606.06066; borderline), word order through the "
        "text encoder's position embedding as one finding about text-to-image models (2606.03715; borderline), "
        "detokenization depth that depends on the positional-encoding type (2606.08562; borderline), positional "
        "bias of MLLMs and position effects in prompts (2606.04596, RAMPART 2606.04628), position-aware entropy "
        "(PAEC 2606.08543), sinusoidal implicit networks (JA-SIREN 2606.06671; hard near-miss), coordinate tokens "
        "(MetaPoint 2606.05031), location representations (OSMGraphCLIP 2606.08046) and 'position' or "
        "'extrapolation' in other senses and, from retrieval (nothing on topic), coding theory, compression and "
        "other encoder papers"),
    "affordance": (
        "one concept: affordance: where and how an object or a scene can be acted on (functional parts, interaction "
        "regions, grasp points, action possibilities) is what the paper learns, grounds, segments or predicts; "
        "accepted T-FunS3D, task-driven open-vocabulary 3D functionality segmentation of the functional object "
        "components a robot acts on (2606.05975); borderline, accepted: grasping points extracted from cloth "
        "wrinkles and keypoints for bimanual cloth manipulation (2606.06292); rejected short-term object-interaction "
        "anticipation, which forecasts the camera wearer's next contact (FROST-STA 2606.00694; borderline), "
        "brick assembly with affordance-rich demonstrations as one training signal (Brick-Composer 2606.05445; "
        "borderline), affordance as one benchmark gain of assistive video reasoning (Pause and Think 2606.00616), "
        "articulated object parts discovered by a world model (2606.00439; borderline), human-object interaction "
        "detection, reconstruction and retrieval (2606.02789, RePHO 2606.05359, 2606.05489), manipulation "
        "predicates under degradation (2606.08121), interactive scene generation (HomeWorld 2606.06390), "
        "manipulation trajectories from video (ManiSplat 2606.10645), contact dynamics of human motion (GraCE "
        "2606.08133) and 'functionality' or 'affordance' in other senses and, from retrieval (nothing on topic), "
        "'learning' papers of every kind"),
    "crypto": (
        "one concept: cryptography: encryption, cryptographic protocols and primitives, key distribution, secure "
        "aggregation and computation, signatures, zero-knowledge proofs or information-theoretic secrecy is the "
        "paper's method or object; accepted multidimensional reconciliation in continuous-variable QKD "
        "(2606.02323), an effective Pauli-channel model for passive-user loop-back QKD (2606.04247), HERALD, "
        "selective token-level cryptographic redaction of clinical text for LLMs (2606.03399), zero-knowledge "
        "verification of frontier AI training (2606.05433), the capacity region of information-theoretic secure "
        "aggregation with key distribution (2606.07277) and secure aggregation with top-K sparsification in "
        "decentralised federated learning (2606.10780); borderline, accepted: the equation-asymmetry framework "
        "unifying secrecy and covertness in information-theoretic security (2606.10374); rejected cryptographic "
        "signatures as one part of a publishing framework (Traxia 2606.08256; borderline), copy-detection-pattern "
        "authentication of prints (2605.31292; borderline), differential privacy and private learning (2606.02050, "
        "2606.07175 privacy control of MLLMs), LLM watermarking (LUNA 2606.00613), "
        "proof-of-useful-work economics (2606.06700), quantum search and quantum codes (CARVE-Q 2606.06531, "
        "quantum LRCs 2606.06736, 2606.09522), obfuscation attacks and obfuscation in training (2606.01441, "
        "2606.02211), hashing and 'key', 'cipher' or 'authentication' in other senses and, from retrieval (nothing "
        "on topic beyond the lexical ones), error-correcting codes, DNA codes and other coding-theory papers, "
        "subliminal learning and unrelated papers"),
    "matching-markets": (
        "one concept: matching markets: agents matched or assigned to each other or to items by their preferences "
        "(two-sided or one-sided matching, stable matching, assignment mechanisms and pseudo-market equilibria "
        "for assignment) is what the paper studies or designs; accepted matching mechanisms (deferred acceptance, "
        "TTC) in LLM-agent markets (2606.03030) and the hardness and a constant approximation of "
        "Hylland-Zeckhauser equilibria, the pseudo-market for one-sided assignment (2606.00951, 2606.06317); "
        "borderline, accepted: metric facility assignment of agents from ordinal and approval preferences "
        "(2606.05905); rejected reciprocal matchmaking as the application of a profiling method (NBQ / QuickMatch "
        "2606.00809; borderline), a regulator-matchmaker mechanism for the AGI race (2606.10720; borderline), "
        "resource allocation and fair division mechanisms (uniform-price allocation 2606.06151, dynamic "
        "multi-resource fairness 2606.10472, common-pool resources 2606.05867), the El Farol bar (2606.04753), "
        "automated market makers (2606.04959), bipartite matching in evaluation metrics and vision (2605.31094, "
        "2606.10107, 2606.07907, 2606.07419), labor-market alignment of curricula (2606.01982) and 'matching' "
        "or 'assignment' in other senses and, from retrieval (nothing on topic beyond the lexical ones), auctions, "
        "bilateral trade, prediction markets, evidence markets, data pricing, algorithmic collusion, blockchain "
        "markets and financial papers"),
}


def main() -> None:
    cands = json.loads((HERE / "candidates38.json").read_text(encoding="utf-8"))
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
