"""Score answers written by hand (right and wrong) against the h24- questions with the scorer's judge().

Written before any run (session 28). From the repo root:
    PYTHONPATH=. .venv/bin/python data/eval/results/session28-blind/answers/check_h24.py
"""
import json
import sys
from pathlib import Path

from assistant.eval.answers import EvalQuestion, judge

QUESTIONS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[3] / "questions.jsonl"
qs = {q["id"]: EvalQuestion.model_validate(q) for q in
      (json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines()
       if line.startswith('{"id": "h24-'))}
# (id, answer text, cited ids, expected verdict)
CASES = [
 ("h24-l-samatcher-covis", "SAMatcher is built upon the Segment Anything Model (SAM) [1]. It first predicts co-visible region masks and bounding boxes as structured priors for correspondence estimation [1].", ["2606.03406"], True),
 ("h24-l-samatcher-covis", "SAMatcher 基于 SAM 模型构建，先预测共可见区域掩码和边界框作为结构化先验 [1]。", ["2606.03406"], True),
 ("h24-l-samatcher-covis", "SAMatcher is built upon DINOv2 and first predicts co-visible region masks and bounding boxes [1].", ["2606.03406"], False),
 ("h24-l-samatcher-covis", "SAMatcher is built upon the Segment Anything Model and first predicts keypoint heatmaps [1].", ["2606.03406"], False),
 ("h24-l-samatcher-covis", "SAMatcher is built upon the Segment Anything Model (SAM) and predicts co-visible region masks and bounding boxes [1].", ["2606.21446"], False),
 ("h24-l-sdba-components", "SDBA 由两个组件构成：跨模态协同适配器和邻域互学习模块 [1]。", ["2606.21446"], True),
 ("h24-l-sdba-components", "SDBA comprises the cross-modal synergistic adapter and the neighborhood mutual learning module [1].", ["2606.21446"], True),
 ("h24-l-sdba-components", "SDBA 由 GET 和 TextGCD 两个分支组成 [1]。", ["2606.21446"], False),
 ("h24-l-sdba-components", "SDBA 包含跨模态协同适配器和双向KL散度损失 [1]。", ["2606.21446"], False),
 ("h24-l-implicit-depth", "In sufficiently deep models with a bidirectional prefix mask, implicit reasoning approaches explicit CoT performance, though CoT remains necessary for depth extrapolation [1].", ["2605.04330"], True),
 ("h24-l-implicit-depth", "在足够深的双向前缀掩码模型中隐式推理接近显式CoT，但CoT在深度外推中仍然必要 [1]。", ["2605.04330"], True),
 ("h24-l-implicit-depth", "With a causal mask implicit reasoning matches CoT, but CoT remains necessary for wider problems [1].", ["2605.04330"], False),
 ("h24-l-implicit-depth", "With a bidirectional prefix mask it matches CoT, but CoT is needed for new graph topologies [1].", ["2605.04330"], False),
 ("h24-n-spoof-mobilenet", "MobileNetV2 以 92% 的准确率表现最佳 [1]。", ["2606.11505"], True),
 ("h24-n-spoof-mobilenet", "MobileNetV2 achieves 92% accuracy [1].", ["2606.11505"], True),
 ("h24-n-spoof-mobilenet", "MobileNetV2 的准确率为 121% [1]。", ["2606.11505"], False),
 ("h24-n-spoof-mobilenet", "MobileNetV2 的准确率为 95% [1]。", ["2606.11505"], False),
 ("h24-n-spoof-mobilenet", "MobileNetV2 达到了较高的准确率 [1]。", ["2606.11505"], False),
 ("h24-n-cocoinpaint-images", "COCO-Inpaint contains 258,266 inpainted images [1].", ["2504.18361"], True),
 ("h24-n-cocoinpaint-images", "它包含258,266张修复图像 [1]。", ["2504.18361"], True),
 ("h24-n-cocoinpaint-images", "它包含约25.8万张修复图像 [1]。", ["2504.18361"], True),
 ("h24-n-cocoinpaint-images", "COCO-Inpaint contains 6 inpainted images per model [1].", ["2504.18361"], False),
 ("h24-n-cocoinpaint-images", "COCO-Inpaint contains 285,266 inpainted images [1].", ["2504.18361"], False),
 ("h24-n-nanda-params", "Nanda has 10 billion parameters [1].", ["2504.06011"], True),
 ("h24-n-nanda-params", "Nanda 有 10B 参数 [1]。", ["2504.06011"], True),
 ("h24-n-nanda-params", "Nanda 有 100亿参数 [1]。", ["2504.06011"], True),
 ("h24-n-nanda-params", "Nanda has 8B parameters, as it is built on Llama-3-8B [1].", ["2504.06011"], False),
 ("h24-n-nanda-params", "Nanda is built upon Llama-3-8B [1].", ["2504.06011"], False),
 ("h24-n-rain-pathvi", "路径VI的RRD评分为0.46 [1]。", ["2606.11989"], True),
 ("h24-n-rain-pathvi", "路径IV（11.54±0.31 mm/h, RRD=0.43）和路径VI（8.28±0.34 mm/h, RRD=0.46）表现更均衡 [1]。", ["2606.11989"], True),
 ("h24-n-rain-pathvi", "Path VI has 8.28 +/- 0.34 mm/h, RRD = 0.46 [1].", ["2606.11989"], True),
 ("h24-n-rain-pathvi", "路径VI的RRD评分为0.43 [1]。", ["2606.11989"], False),
 ("h24-n-rain-pathvi", "路径VI的等效降雨强度为8.28 mm/h [1]。", ["2606.11989"], False),
 ("h24-n-hema-recall", "Factual recall accuracy increases from 41% to 87% [1].", ["2504.16754"], True),
 ("h24-n-hema-recall", "事实回忆准确率提升至87% [1]。", ["2504.16754"], True),
 ("h24-n-hema-recall", "Factual recall accuracy reaches 41% [1].", ["2504.16754"], False),
 ("h24-n-hema-recall", "HEMA reduces retrieval latency by 34% with minimal recall loss [1].", ["2504.16754"], False),
 ("h24-f-sgpo-gain", "在 Qwen2.5-7B-Instruct 上，SGPO 的平均得分比最强基线高 2.2 分 [1]。", ["2606.24064"], True),
 ("h24-f-sgpo-gain", "It improves the average score by 2.2 points over the strongest baseline [1].", ["2606.24064"], True),
 ("h24-f-sgpo-gain", "在 Qwen2.5-7B-Instruct 上，平均得分比最强基线高 4 分 [1]。", ["2606.24064"], False),
 ("h24-f-sgpo-gain", "它在四个数学基准上一致优于基线 [1]。", ["2606.24064"], False),
 ("h24-t-regmixd-proxy", "RegMix-D surpasses RegMix with only 128 proxy models, which is 25% of RegMix's proxy compute budget [1].", ["2606.18663"], True),
 ("h24-t-regmixd-proxy", "It surpasses RegMix even with only 128 proxy models (25% of RegMix's proxy compute budget) [1].", ["2606.18663"], True),
 ("h24-t-regmixd-proxy", "仅用128个代理模型（RegMix 25%的代理计算预算）即可超越RegMix [1]。", ["2606.18663"], True),
 ("h24-t-regmixd-proxy", "It surpasses RegMix with 13 proxy models, using 25% of the compute budget [1].", ["2606.18663"], False),
 ("h24-t-regmixd-proxy", "It surpasses RegMix with 128 proxy models, using 50% of the compute budget [1].", ["2606.18663"], False),
 ("h24-t-regmixd-proxy", "It uses a 1B model trained on 25B tokens of the Pile [1].", ["2606.18663"], False),
 ("h24-x-spacevllm-instances", "Uni-STG 数据集包含 480K 个实例，覆盖三个任务 [1]。", ["2503.13983"], True),
 ("h24-x-spacevllm-instances", "Uni-STG 数据集共有48万个实例 [1]。", ["2503.13983"], True),
 ("h24-x-spacevllm-instances", "The Uni-STG dataset comprises 480K instances across three tasks [1].", ["2503.13983"], True),
 ("h24-x-spacevllm-instances", "Uni-STG 数据集包含11个基准的实例 [1]。", ["2503.13983"], False),
 ("h24-x-spacevllm-instances", "Uni-STG 数据集包含 3 个任务共 48K 个实例 [1]。", ["2503.13983"], False),
 ("h24-x-openmibood-methods", "OpenMIBOOD 在这些基准上评估了24种事后方法 [1]。", ["2503.16247"], True),
 ("h24-x-openmibood-methods", "We evaluate 24 post-hoc methods across these benchmarks [1].", ["2503.16247"], True),
 ("h24-x-openmibood-methods", "OpenMIBOOD 涵盖14个数据集，评估了14种方法 [1]。", ["2503.16247"], False),
 ("h24-x-openmibood-methods", "OpenMIBOOD 包含三个基准，涵盖14个数据集 [1]。", ["2503.16247"], False),  # from the Chinese fields: missing
 ("h24-c-samatcher-sdba", "SAMatcher jointly optimizes them through mask learning, box regression and mask-box consistency constraints [1]; SDBA uses bidirectional KL divergence [2].", ["2606.03406", "2606.21446"], True),
 ("h24-c-samatcher-sdba", "SAMatcher 通过掩码学习、边界框回归和掩码-框一致性约束联合优化 [1]；SDBA 使用双向KL散度 [2]。", ["2606.03406", "2606.21446"], True),
 ("h24-c-samatcher-sdba", "SAMatcher uses a contrastive loss [1]; SDBA uses bidirectional KL divergence [2].", ["2606.03406", "2606.21446"], False),
 ("h24-c-samatcher-sdba", "SAMatcher uses box regression [1]; SDBA uses the Wasserstein distance [2].", ["2606.03406", "2606.21446"], False),
 ("h24-c-samatcher-sdba", "SAMatcher uses box regression and SDBA uses KL divergence [1].", ["2606.03406"], False),
 ("h24-c-sgpo-implicit", "SGPO 用 token 级前向 KL 目标迁移策略引导带来的分布偏移 [1]；那篇论文研究 Horn 子句上的隐式演绎推理 [2]。", ["2606.24064", "2605.04330"], True),
 ("h24-c-sgpo-implicit", "SGPO uses a token-level forward-KL objective [1]; the other paper studies reasoning over Horn clauses [2].", ["2606.24064", "2605.04330"], True),
 ("h24-c-sgpo-implicit", "SGPO 用反向KL散度 [1]；那篇论文研究 Horn 子句 [2]。", ["2606.24064", "2605.04330"], False),
 ("h24-c-sgpo-implicit", "SGPO 用前向KL目标 [1]；那篇论文研究一阶逻辑子句 [2]。", ["2606.24064", "2605.04330"], False),
 ("h24-m-samatcher-auc", "论文没有报告 SAMatcher 的位姿估计 AUC，只说它在挑战性基准上显著优于现有匹配流程 [1]。", ["2606.03406"], True),
 ("h24-m-samatcher-auc", "SAMatcher 的位姿估计 AUC 为 0.908 [1]。", ["2606.03406"], False),
 ("h24-m-samatcher-auc", "SAMatcher 在大视角变化下显著优于现有方法，AUC@5° 提升 21.22% [1]。", ["2606.03406"], False),
 # known limits (verdicts as the scorer gives them, not as a reader would)
 ("h24-n-rain-pathvi", "路径VI的RRD为0.43，路径IV的RRD为0.46 [1]。", ["2606.11989"], True),  # limit: the slot does not know the path
 ("h24-n-rain-pathvi", "路径VI的RRD为0.43而路径IV的RRD为0.46 [1]。", ["2606.11989"], True),  # limit: 0.46 anywhere in the sentence
 ("h24-n-nanda-params", "Llama-3-Nanda-10B-Chat is built on Llama-3-8B [1].", ["2504.06011"], True),  # limit: the full name's 10B is read as the value
 ("h24-n-hema-recall", "Factual recall accuracy drops from 87% to 41% [1].", ["2504.16754"], True),  # limit: 87% anywhere in the clause
 ("h24-t-regmixd-proxy", "It needs 25% of the proxy models (128 of RegMix's budget) [1].", ["2606.18663"], True),  # limit
 ("h24-u-solar-flare", "None of the papers forecasts solar flares from magnetogram images.", [], True),
 ("h24-u-solar-flare", "NOT_FOUND", [], True),
 ("h24-u-solar-flare", "SOLAR forecasts solar flares with a TSS of 0.64 [1].", ["2605.20189"], False),
]
bad = 0
for qid, text, cited, want in CASES:
    q = qs[qid]
    j = judge(q, text, answered=True, refused=False, error=None, cited=cited)
    ok = j["correct"] == want
    bad += not ok
    print(("ok  " if ok else "BAD ") + f"{qid} want={want} got={j['correct']} facts={len(j['facts_hit'])}/{len(q.expected_facts)} numbers={[ (n['status'], n['stated']) for n in j['numbers']]} declined={j['declined']} :: {text[:70]}")
print("cases:", len(CASES), "mismatches:", bad)
