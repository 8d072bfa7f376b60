"""The thirty-fifth fresh group's labels (data/eval/TOPICS.md, 'Fresh topics, thirty-fifth group'): the confirmed papers
and the notes per topic, written after reading every proposed paper (candidates35.json: make_topics.py's lexical rule
and the hybrid top 50, from propose35.py; read with read35.py); rejected = proposed - confirmed. Prints the six
topics.jsonl lines.

    python data/eval/results/session35-blind35/topics/label35.py >> data/eval/topics.jsonl
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
import make_topics as mt  # noqa: E402

RELEVANT = {
    "social-dilemma": ["2605.31330", "2606.04359", "2606.05867", "2606.10330", "2606.10720"],
    "fer": ["2606.01069", "2606.05458", "2606.08612"],
    "isac": ["2605.31353", "2606.05262"],
    "speech-ssl": ["2606.10654", "2606.10675"],
    "pluralistic": ["2605.31021", "2606.00291", "2606.02547", "2606.03110", "2606.05985", "2606.06674", "2606.07877",
                    "2606.07988", "2606.09039", "2606.10569"],
    "prompt-injection": ["2606.05566", "2606.07808", "2606.07992"],
}

NOTES = {
    "social-dilemma": (
        "cooperation among self-interested agents in a social dilemma (public-goods, common-pool resource, donation "
        "or prisoner's-dilemma games, collective-action problems and races where individual and collective interest "
        "diverge) is what the paper studies: mechanisms that promote or sustain cooperation (reward and punishment, "
        "reputation, allocation rules, altruistic norms) or its emergence and failure; accepted welfare-optimal "
        "institutional reward of cooperators and punishment of defectors (2605.31330), COOPER, cooperation with "
        "emergent reputation learned by MARL in donation and coin games (2606.04359) and a learned social planner's "
        "allocation mechanism for cooperation in network common-pool resource games (2606.05867); borderline, "
        "accepted: altruistic versus overprotective trading norms in the public-goods and collective-action dilemma "
        "of sticker collecting (2606.10330) and, from retrieval, a Pigouvian regulator-matchmaker that fosters "
        "resource cooperation among participants of the AGI race (2606.10720); rejected the El Farol bar as a "
        "coordination game with a learning price-setting designer (2606.04753; borderline), a position paper calling "
        "for cooperative rather than solipsistic superintelligence with no dilemma studied (2606.03237; borderline), "
        "representational similarity and cooperation of LLM pairs in games not framed as dilemmas (2606.07818; "
        "borderline), 'ethical dilemmas' of autonomous driving (2606.06396; hard near-miss), cooperative "
        "common-interest games and benchmarks without a dilemma (CollabBench 2606.05793, SMAC-Talk 2606.04202, "
        "Overcooked human-AI collaboration 2606.08596), local coordination games (2606.01963), competition for "
        "resources (2606.06882), and, from retrieval, other game-theory, market and multi-agent papers."),
    "fer": (
        "one concept: recognising facial expressions or facial affect (expression or emotion classes, facial action "
        "units, micro-expressions) from face images or video is the paper's task; accepted a multiscale network with "
        "supervised contrastive learning for real-time facial emotion recognition (2606.01069) and a systematic "
        "review of deep facial expression recognition (2606.08612); borderline, accepted: detecting and classifying "
        "blink action units of horses as micro-expressions for equine affective state assessment (2606.05458); "
        "rejected facial expressions generated or animated rather than recognised (TokTalk 2605.31294, SAGE Gaussian "
        "avatars 2606.05912, speech-driven facial animation, OmniFaceRig, REACT facial reaction generation "
        "2606.07935; hard near-misses), facial-expression features used only as input to another classifier (ASD "
        "screening 2606.04836; borderline; deepfake detection ExpSpeech-Net 2606.05760), facial-region motion for "
        "Parkinson's disease video classification (2606.10088; borderline: hypomimia is the motivation, no "
        "expression is recognised), group emotion recognition that avoids faces on purpose (2606.07585; borderline), "
        "emotion recognition from text or speech (Korean diary images 2606.05816, sarcasm, TTS emotion control), face "
        "recognition, face aging and face retrieval, and, from retrieval, other face and emotion papers."),
    "isac": (
        "one concept: integrated sensing and communication (ISAC: one waveform, system or resource budget that both "
        "senses or localises targets and communicates, and the trade-off between the two) is what the paper "
        "studies; accepted the capacity-sensing region of ISAC with unknown random symbols and the role of time "
        "sharing (2605.31353) and optimal time allocation for X-band UAV-enabled integrated sensing and "
        "communications in vehicular networks (2606.05262); rejected communication papers without sensing (cell-free "
        "massive MIMO 2606.03912 and 2606.08017, polar codes 2605.30885, semantic communication in NTN 2606.05216, "
        "lossless image transmission 2606.06273), 'sensing' and 感知 as remote sensing or perception (collaborative "
        "perception INTACT 2606.04437, remote-sensing segmentation and super-resolution, driving datasets, thermal "
        "CLIP; hard near-misses), 'channel' and 'communication' in other senses (gait, federated fine-tuning, agent "
        "communication) and, from retrieval (nothing on topic: the Chinese query retrieves little), unrelated papers."),
    "speech-ssl": (
        "self-supervised speech models or their representations (wav2vec 2.0, HuBERT, WavLM, XLS-R, MMS and other "
        "speech SSL encoders, S3Ms) are what the paper analyses, probes or builds its method on; accepted speaker-"
        "group information encoded in self-supervised speech models across pretraining and fine-tuning states "
        "(2606.10654) and multilingual word-level forced alignment from MMS and self-supervised phoneme-boundary "
        "representations (2606.10675); rejected speech representations with no self-supervision named (InfoShield "
        "privacy-preserving speech representations 2606.05561; borderline; encoder entanglement in dual-output L2 "
        "ASR 2606.06065; borderline), semantic speech tokenizers (UniAudio-Token 2605.31521; borderline), speech "
        "LLM adaptation and decoding (SALSA steering 2606.00460, FiLM speaker conditioning 2606.06211, TRADE "
        "2606.08486, LaSR 2606.00507), visual speech recognition, co-speech gestures, Shapley attribution for "
        "text-audio MLLMs, self-supervised learning of images, CT, MRI or text (HQ-JEPA, CoralBay, SMI, JEPA+MLM; "
        "hard near-misses), 'hate speech' and 'representation' in other senses and, from retrieval (nothing on "
        "topic beyond the lexical ones), other speech and representation-learning papers."),
    "pluralistic": (
        "one concept: pluralistic alignment: aligning or evaluating AI systems (LLMs, reward models, leaderboards, "
        "agent societies) against a plurality of diverse, heterogeneous or conflicting human values and preferences "
        "rather than one aggregate target (value diversity, preference heterogeneity in RLHF and reward learning, "
        "minority preferences, distributional or within-culture pluralism) is what the paper studies; accepted a "
        "persona-based evaluation framework for pluralistic alignment (2605.31021), pluralistic leaderboards from "
        "social choice (2606.02547), coherence maximisation of in-context examples for pluralistic alignment "
        "(2606.03110), value diversity as a collective property of multicultural agent systems (2606.05985), mapping "
        "preference plurality in PRISM (2606.06674), entropy-controlled pluralistic alignment against an artificial "
        "hivemind (2606.09039) and preference-validity compression of plural human feedback in RLHF (2606.10569); "
        "borderline, accepted: the representation-rationalizability trade-off of turning heterogeneous annotators' "
        "preferences into one scalar reward (2606.00291), Pareto fairness for minority preference groups in "
        "personalized reward modeling (PAFO 2606.07988) and cultural norms versus personal preferences with "
        "within-culture pluralism (PACT 2606.07877); rejected personalization without plural values (PersonaEmp "
        "2606.00728, PARL 2605.31545, SenseJudge 2606.03189, re-centering humans 2606.06614, ZIPP 2606.08841), "
        "truth consistency across groups in personalized alignment (TriAlign 2606.01755; borderline), participatory "
        "modular AI systems (2606.07812; borderline), survey replication at the distributional level (2606.09013; "
        "borderline), annotator disagreement and perspectivism in hate speech and moderation (2605.31563, "
        "2606.06266, 2606.02911), moral uncertainty aggregation (2606.06972), cultural and curricular alignment "
        "without plurality (2606.04846, 2606.11009), multiwinner voting and proportional fairness (2605.30490, "
        "2606.11160, 2606.07285), 'pluralistic' face aging (DiverAge 2606.04881; hard near-miss), 'alignment' in "
        "other senses (modality, parameter, representation alignment) and, from retrieval, multilingual and safety "
        "alignment papers."),
    "prompt-injection": (
        "one concept: prompt injection (instructions placed in an LLM's input, directly or indirectly through "
        "retrieved content, tool outputs or error messages, that hijack what the model or agent does) or the model's "
        "robustness to such conflicting instructions is what the paper attacks, detects, defends against or "
        "evaluates; accepted GuardNet, ensembles of shallow networks for prompt-injection and jailbreak detection "
        "(2606.05566) and VATS, error-path injection through MCP error messages that triples indirect prompt "
        "injection success (2606.07992); borderline, accepted: diagnosing and repairing instruction-hierarchy "
        "failures of reasoning models when instructions from sources of different privilege conflict (2606.07808); "
        "rejected a hybrid adversarial defence with a prompt-injection set as one of several evaluations "
        "(2606.04612; borderline), feed curation that steers agent decisions without injected instructions "
        "(2606.00914; borderline), memory retrieval as a trust boundary (2606.06054; borderline), agent guardrails "
        "for untrusted content in general (TRIAD 2606.05805), token injection mid-generation against safety "
        "alignment (2606.04778; hard near-miss), misleading assertions under discourse-role labels (2606.04109), "
        "prompt injection named only as one risk of agentic AI (insurance 2606.05449, CER 2606.03777, MENTIS "
        "2606.01060), 'injection' of features, knowledge, noise, constraints or faults in other senses and, from "
        "retrieval (nothing on topic), diffusion-LM, prompt-optimisation and other LLM papers."),
}


def main() -> None:
    cands = json.loads((HERE / "candidates35.json").read_text(encoding="utf-8"))
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
