"""Score answers written by hand (right and wrong) against the d28- questions with the scorer's judge().

Written before any run (session 28). From the repo root:
    PYTHONPATH=. .venv/bin/python data/eval/results/session28-answers/check_d28.py [QUESTIONS]
"""
import json
import sys
from pathlib import Path

from assistant.eval.answers import EvalQuestion, judge

QUESTIONS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "questions.jsonl"
qs = {q["id"]: EvalQuestion.model_validate(q) for q in
      (json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines()
       if line.startswith('{"id": "d28-'))}
# (id, answer text, cited ids, expected verdict)
CASES = [
 ("d28-n-raev2-gfid", "RAEv2 reaches a gFID of 1.06 on ImageNet-256 in just 80 epochs [1].", ["2605.18324"], True),
 ("d28-n-raev2-gfid", "RAEv2 在 ImageNet-256 上 80 轮达到 1.06 gFID [1]。", ["2605.18324"], True),
 ("d28-n-raev2-gfid", "RAEv2 reaches a gFID of 2.17 after 80 epochs [1].", ["2605.18324"], False),
 ("d28-n-raev2-gfid", "RAEv2 reaches a gFID of 1.06 after 35 epochs [1].", ["2605.18324"], False),
 ("d28-n-raev2-gfid", "RAEv2 reaches a gFID of 1.06 [1].", ["2605.18324"], False),
 ("d28-l-raev2-layers", "它把表示定义为编码器最后k层表示之和 [1]。", ["2605.18324"], True),
 ("d28-l-raev2-layers", "The representation is defined as the sum of the last k encoder layers [1].", ["2605.18324"], True),
 ("d28-l-raev2-layers", "它使用预训练视觉编码器代替VAE [1]。", ["2605.18324"], False),
 ("d28-l-homediffusion-data", "It builds a dataset of multi-angle images of furniture and indoor scenes [1], and performs cross-attention between the reference details and the noise latents [1].", ["2606.29828"], True),
 ("d28-l-homediffusion-data", "Its dataset has multi-view furniture images [1]; details are concatenated with the latents [1].", ["2606.29828"], False),
 ("d28-n-urdummlu-size", "UrduMMLU 包含 26,431 道乌尔都语多选题，覆盖 26 个科目 [1]。", ["2606.07167"], True),
 ("d28-n-urdummlu-size", "UrduMMLU 包含 26,431 道多选题，覆盖 5 个科目 [1]。", ["2606.07167"], False),
 ("d28-n-urdummlu-size", "UrduMMLU 包含 30 道多选题，覆盖 26 个科目 [1]。", ["2606.07167"], False),
 ("d28-n-urdummlu-trail", "The strongest open-source model trails by 7.79 and 8.92 points [1].", ["2606.07167"], True),
 ("d28-n-urdummlu-trail", "It trails by 7.79 points under English prompts [1].", ["2606.07167"], True),
 ("d28-n-urdummlu-trail", "It trails by 25 to 40 points [1].", ["2606.07167"], False),
 ("d28-x-guixplore-tasks", "GUI-Xplore 还包含五个层次化结构的下游任务 [1]。", ["2503.17709"], True),
 ("d28-x-guixplore-tasks", "GUI-Xplore 包含 5 个下游任务 [1]。", ["2503.17709"], True),
 ("d28-x-guixplore-tasks", "GUI-Xplore 包含三个下游任务 [1]。", ["2503.17709"], False),
 ("d28-l-semece-estimators", "It studies Sem$_1$-ECE, the same-sample self-consistency score, and Sem$_2$-ECE, a held-out variant that separates answer selection from confidence evaluation [1].", ["2605.08432"], True),
 ("d28-l-semece-estimators", "It studies Sem1-ECE and Sem2-ECE [1].", ["2605.08432"], False),
 ("d28-n-xssr-samples", "XSSR 在 Chest X-ray 上只用 22 个标注样本就达到全数据性能的 99.3% [1]。", ["2606.04301"], True),
 ("d28-n-xssr-samples", "XSSR 只用 5% 的标注样本 [1]。", ["2606.04301"], False),
 ("d28-n-pad-bpcer", "DeiT-S maintains a BPCER of 2.89% on the zero-shot Central Asian subjects [1].", ["2606.18510"], True),
 ("d28-n-pad-bpcer", "DeiT-S keeps a BPCER of 10.44% on zero-shot Central Asian subjects [1].", ["2606.18510"], False),
 ("d28-n-phantom-size", "PhantomBench 包含超过6万个不存在的术语和实体，共评估了21个模型 [1]。", ["2606.11105"], True),
 ("d28-n-phantom-size", "PhantomBench contains more than 60K non-existent terms and entities and evaluates 21 models [1].", ["2606.11105"], True),
 ("d28-n-phantom-size", "PhantomBench 包含 86.7% 的术语，评估了 21 个模型 [1]。", ["2606.11105"], False),
 ("d28-m-phantom-gpt4o", "NOT_FOUND", [], True),
 ("d28-m-phantom-gpt4o", "GPT-4o reaches an abstention rate of 86.7% [1].", ["2606.11105"], False),
 ("d28-l-cog-schemas", "CoG represents KG schemas as Python classes [1] and is evaluated on WebQSP, CWQ and GrailQA [1].", ["2606.03705"], True),
 ("d28-l-cog-schemas", "CoG represents KG schemas as Python classes [1] and is evaluated on WebQSP [1].", ["2606.03705"], False),
 ("d28-c-urdu-phantom", "UrduMMLU contains 26,431 MCQs and evaluates 30 LLMs [1]; PhantomBench contains more than 60K non-existent terms and evaluates 21 models [2].", ["2606.07167", "2606.11105"], True),
 ("d28-c-urdu-phantom", "UrduMMLU contains 26,431 MCQs [1]; PhantomBench evaluates 21 models [2].", ["2606.07167", "2606.11105"], False),
 ("d28-u-ris-underwater", "NOT_FOUND", [], True),
 ("d28-u-ris-underwater", "The reconfigurable antenna survey reports a bit error rate of 10% [1].", ["2606.12139"], False),
]
bad = 0
for qid, text, cited, expected in CASES:
    refused = text == "NOT_FOUND"
    verdict = judge(qs[qid], text, answered=not refused, refused=refused, error=None, cited=cited)
    ok = bool(verdict["correct"]) == expected
    bad += not ok
    if not ok:
        print("MISMATCH", qid, expected, "|", text[:90], "|", verdict)
print(f"{len(CASES)} cases, {bad} mismatches")
