"""The thirty-seventh fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, thirty-seventh group'): the confirmed
papers and the notes per topic, written after reading every proposed paper (candidates37.json: make_topics.py's lexical
rule and the hybrid top 50, from propose37.py; read with read37.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session36-blind37/topics/label37.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "agent-economy": ["2605.31445", "2606.02859", "2606.03030", "2606.05043", "2606.08267", "2606.08790",
                      "2606.09039"],
    "stego-covert": ["2605.31170", "2606.01197", "2606.09931", "2606.10304", "2606.10374", "2606.10939"],
    "domain-gen": ["2606.00014", "2606.00606", "2606.00891", "2606.01678", "2606.05506", "2606.05846", "2606.07368",
                   "2606.11131"],
    "social-media": ["2605.31170", "2606.00026", "2606.00193", "2606.01298", "2606.01958", "2606.04274", "2606.04450",
                     "2606.05256", "2606.06022", "2606.07219", "2606.07522", "2606.08307", "2606.11018"],
    "topo-opt": ["2606.05487", "2606.06135", "2606.10509"],
    "channel-capacity": ["2605.31353", "2605.31549", "2606.00406", "2606.00978", "2606.05412", "2606.06770",
                         "2606.06808", "2606.07216", "2606.07277", "2606.07409", "2606.08463", "2606.10374"],
}

NOTES = {
    "agent-economy": (
        "AI (LLM or autonomous) agents acting as economic actors (they trade, bargain, bid, pay, clear transactions or "
        "are matched in markets, with each other or with people), and the economy, market or commerce protocol they "
        "form is what the paper builds, studies or evaluates; accepted Economy of Minds, a decentralised multi-agent "
        "system coordinated by auctions, payments and wealth (2606.02859), matching mechanisms in LLM-agent markets "
        "(2606.03030), RAILS, a verification-native clearing protocol for agentic commerce (2606.08790) and the "
        "behavioural-protocol framework against an artificial hivemind in autonomous agent economies (Agent Economics "
        "2606.09039); borderline, accepted: honesty and credulity of LLM buyer and seller agents bargaining over "
        "trades (2605.31445; a negotiation game, but the agents trade for profit), Strabo, declarative interaction "
        "protocols implementing the checkout part of the Universal Commerce Protocol for AI agents (2606.05043) and, from retrieval only, an autonomy-qualified "
        "second welfare theorem for post-AGI economies whose autonomous participants self-modify (2606.08267; "
        "theory, no agents built); "
        "rejected learning pricing algorithms and algorithmic collusion in classical markets (domination-avoiding "
        "agents 2606.01275, oblivious demand models 2606.05363; borderline, hard near-misses), competition for "
        "resources under price dynamics (2606.06882; borderline), the El Farol bar with a pricing designer "
        "(2606.04753), multi-round bidding games (DNQ 2606.06480), MEV arbitrage bots on blockchains (2606.00720; "
        "borderline), LLM trading systems and financial agents (2606.08285, 2606.01886, 2606.08450), insurance of "
        "agentic AI (2606.05449, CER 2606.03777), e-commerce and customer-service agents that do not transact as "
        "economic actors (Customer-Agent 2606.07995, QueryAgent-R1 2606.05671, transaction agents 2606.10315, "
        "Nubank support 2606.08867), 'economically valuable' agent benchmarks (Agents' Last Exam 2606.05405), "
        "business world models (2606.10044), agent-based models of people trading (sticker economics 2606.10330), "
        "auctions, bilateral trade, contracts and prediction markets without AI agents (2606.01142, 2606.02050, "
        "2606.04890, 2606.06125, 2606.06151, 2606.07434, 2606.04217), blockchain economics (2606.06700, 2606.08282), "
        "reputation-weighted voting among agents (2606.00007), 'agent' and 'market' in other senses and, from "
        "retrieval, AGI and the limits of value production (2606.05715), an economic view of reasoning budgets "
        "(2606.03092), economic news corpora and other agent papers"),
    "stego-covert": (
        "one concept: hiding that information is conveyed: steganography and steganalysis, covert communication "
        "(low probability of detection, covertness against a detector), covert channels and hidden encodings by which "
        "agents leak or exchange information undetected, is what the paper studies; accepted PENet+, lightweight "
        "image steganalysis (2606.10939), MIRAGE, an encoding subspace by which LLM agents covertly encode and "
        "exfiltrate data, monitored in the activations (2606.10304) and a unified algebraic framework of secrecy and "
        "covertness in information-theoretic security (2606.10374); borderline, accepted: covert, undetectable "
        "cooperative mitigation against learning-based reactive jammers (2606.01197; covertness is one of its two "
        "analysed properties), the strategic confinement problem, covert low-capacity channels between strategic "
        "agents (2606.09931) and emergent languages of LLM agents on Moltbook invented to evade oversight, with "
        "steganographic protocols (2605.31170); rejected LLM watermarking and watermark removal (LUNA 2606.00613, "
        "WASH 2605.30501; hard near-misses: provenance marks, not hidden messages), subliminal learning of traits "
        "through innocuous data (2606.00831, 2606.00995; hard near-misses, nothing is hidden on purpose), "
        "obfuscation of reasoning in consistency training (2606.02211), 'covert' as undisclosed AI accounts "
        "(2606.05256) or covert manipulation (CogManip 2606.06099), cryptographic redaction and encryption "
        "(HERALD 2606.03399), secure aggregation (2606.10780), obfuscation attacks on prompts (2606.01441), "
        "side-channel and 'hidden' in other senses and, from retrieval (nothing on topic beyond the lexical ones), "
        "information-maximising feedback communication (2606.09698), semantic and multi-agent communication and "
        "unrelated papers"),
    "domain-gen": (
        "one concept: domain generalisation: a model trained on source domains is made or tested to generalise to "
        "unseen target domains (sites, scanners, datasets, language pairs, generators) without adapting to target "
        "data, or the cross-domain generalisation gap is what the paper studies; accepted MMDG-Bench, a benchmark "
        "of multimodal domain generalisation (2606.00891), UniPET, PET denoising across dose-reduction factors with "
        "a domain-generalisation style alignment network (2606.11131) and the MIDOG 2025 challenge of mitosis "
        "detection generalising across tumour types, scanners and tissue regions (2606.07368); borderline, accepted: "
        "FiSeR, transferable representations for synthetic-image detectors under domain shift, evaluated on unseen "
        "datasets (2606.00606), DOPA, demonstration retrieval with OOD proxies for an inaccessible target domain "
        "(2606.00014), code-switching ASR generalised to unseen language pairs through model merging and domain "
        "generalisation methods (2606.05846) and why self-harm prediction models fail to generalise across "
        "hospitals (2606.01678) and, from retrieval only, privileged-sensor contrastive pretraining for PointGoal "
        "navigation policies that transfer to unseen scenes under appearance and semantic shifts (2606.05506); "
        "rejected domain adaptation with target data or priors (cross-device gland "
        "segmentation TopoPult-SSL 2606.05347; borderline; OSTB 2606.08126, XSSR 2606.04301, turbulence "
        "segmentation 2606.00522, domain-adapted LLMs and domain pretraining 2605.30415, 2606.03250, 2606.07521), "
        "test-time adaptation and training (DOME 2606.07646, U-TTT 2606.11032; hard near-misses), domain-incremental "
        "learning (2605.31108), the EgoCross challenge solved per target domain with a support set (2606.00829; "
        "borderline), multi-domain generalist counting (Count Anything 2605.30846; borderline), cross-domain "
        "presentation-attack detection on ID cards (2606.06966; borderline), generalisable deepfake and AI-image "
        "detection without a domain framing (2606.00098, 2606.07660, 2606.06666, 2606.08634), cross-dataset "
        "evaluation as one result (FCUS-rPPG 2606.03050, crop segmentation 2606.00676, wildfire dataset 2606.10174, "
        "SegmentAnyTreeV2 2606.08206), OOD detection (KLIP 2605.31596, GP-Adapter 2606.07102), sim-to-real "
        "(lunar rover 2606.10602), 'distribution shift' of training data (consistency training, diffusion LMs, "
        "contamination detection) and 'cross-domain' or 'multi-domain' in other senses and, from retrieval, "
        "zero-shot floorplan localisation (2606.04788), voting, alignment and unrelated papers"),
    "social-media": (
        "social media and online-community text (posts, comments, tweets, forum threads) is what the paper analyses: "
        "it classifies, detects, annotates or measures that content (mental health, misinformation, stance, "
        "attitudes, values, slang, bot content); accepted depression indicators in Reddit posts (2606.00026), BOUTEF, "
        "a North African fake-news corpus with user comments analysed for themes, rhetoric and engagement "
        "(2606.00193), misinformation-response classification of Reddit comments (2606.04274), construction "
        "workers' safety attitudes measured in Reddit discourse (2606.04450), the persuasive tactics of covert LLM "
        "accounts' comments on r/ChangeMyView (2606.05256), stance detection on social media (2606.06022), "
        "detection of AI-generated social-bot content (2606.07219), community-specific slang detection in "
        "subreddits (2606.07522), mental-health discourse in Arabic X communities (2606.08307) and human values in "
        "social-media texts by calibrated LLM annotation (2606.11018); borderline, accepted: hate speech versus "
        "reclaimed language for the MultiPRIDE shared task (2606.01298; social-network posts), TaDaS, economists' "
        "sentiment towards AI from 1.3 million forum posts (2606.01958) and emergent languages in Moltbook posts of "
        "LLM agents, classified into three kinds (2605.31170; a social network of agents); rejected social media "
        "as a data source for something else (RedditPersona adaptation 2606.06027, BenSyc sycophancy benchmark "
        "2606.10061, ZIPP personas 2606.08841, synthetic dialogue 2606.07893, Replika conversations "
        "AICompanionBench 2606.04867; borderline), simulation of online stance (2606.06443; borderline), "
        "multimodal and video user content (CASTER community resonance 2606.01897, VidMsg 2606.03635, meme intent "
        "2606.03604; hard near-misses), a conceptual framework for AI discourse with no data (VET 2606.01929; "
        "borderline), public debate essays (2606.01736), annotation in general (2606.00467), feed curation for "
        "agents (2606.00914) and 'forum', 'posts' or 'social network' in other senses and, from retrieval "
        "(nothing on topic beyond the lexical ones), memes and short videos (sexism 2606.05997, Nepali memes "
        "2606.08770), news framing and news reporting (2606.03761, 2606.06812), AI-generated fake news "
        "(2606.04199), perspectivist annotation (2606.07123), text-analysis methods for social science "
        "(2606.03029), agent social simulations (2606.03137, 2606.07513) and other NLP papers"),
    "topo-opt": (
        "one concept: topology optimisation (density-based / SIMP, level-set or shape and topology optimisation of "
        "where material goes in a design domain) is the paper's method or object; accepted VITO, vascular geometry "
        "and blood flow recovered from CTA sinograms by inverse topology optimisation (2606.05487) and the origin "
        "and localisation of checkerboarding under SIMP penalisation (2606.10509); borderline, accepted: a hybrid "
        "fictitious-domain immersed-boundary RANS solver built to remove remeshing from CFD-based topology "
        "optimisation (2606.06135; topology optimisation is its stated application, not its experiment); rejected "
        "text-to-microstructure inverse design by diffusion (2606.08150; hard near-miss), lattice-structure "
        "modelling (2606.06500), motor design optimisation by agents (IPMSM 2606.09037), level sets and 'topology' "
        "in other senses (stone degradation 2606.02583, ODE identifiability 2606.00115, mesh topology 2606.00444, "
        "graph structure optimisation 2606.08491) and, from retrieval (nothing on topic), Bayesian, constrained "
        "and LLM optimisation, mesh reconstruction and other 'optimization' papers"),
    "channel-capacity": (
        "one concept: the capacity of a channel in the information-theoretic sense (capacity, capacity region, "
        "secrecy capacity, achievable information rates with converses, degrees of freedom) is what the paper "
        "derives, bounds or characterises, for communication, storage or quantum channels; accepted the "
        "capacity-sensing region of ISAC with random signals (2605.31353), capacity-region bounds and sum-rate "
        "capacity of a dual-function MiLAC (2605.31549), capacity-power functions of quantum simultaneous "
        "information and power transfer (2606.00406), the channel capacity of rank-modulated composite DNA coding "
        "(2606.00978), entanglement-assisted Shannon-capacity gains of classical multiple access channels "
        "(2606.05412), information rates of noisy nanopore duplication channels (2606.06808), capacity of the "
        "synthesis-sequencing channel for DNA storage (2606.07216), rate loss of classical-quantum channels and "
        "quantum broadcast channels (2606.07409) and the secrecy capacity in the equation-asymmetry framework "
        "(2606.10374); borderline, accepted: the degrees of freedom of over-the-air computation in a 2x2 MIMO "
        "network (2606.06770), the capacity region of information-theoretic secure aggregation (2606.07277; a "
        "capacity of communication and randomness resources) and ergodic capacity and DoF of Maxwellian stochastic "
        "LoS MIMO channel models (2606.08463); rejected spectral efficiency, sum rates and DoF used as design "
        "quantities (cell-free massive MIMO 2606.08017 and 2606.03912, FIM 2606.06845, rotatable and fluid "
        "antennas 2606.03035, 2606.04537, 2606.02193, MIMO coded caching 2606.01353), capacity-aware polar codes "
        "(2605.30885), finite-blocklength lossy JSCC (2606.07933), Shannon-type entropy inequalities and entropy "
        "estimation (2606.05729, 2606.01218; hard near-misses), the confinement problem's leakage capacity "
        "(2606.09931), compression limits (2606.09922, 2606.10450), and 'capacity' as model, memory, draft or "
        "oversight capacity and 'Shannon' in other senses and, from retrieval (nothing on topic beyond the "
        "lexical ones), information-maximising feedback communication with posterior matching (2606.09698; "
        "borderline), QKD channel models and reconciliation (2606.04247, 2606.02323), wireless channel modelling "
        "(2606.05993) and unrelated papers"),
}


def main() -> None:
    cands = json.loads((HERE / "candidates37.json").read_text(encoding="utf-8"))
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
