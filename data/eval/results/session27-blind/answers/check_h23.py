"""Score answers written by hand (right and wrong) against the h23- questions with the scorer's judge().

Written before any run (session 27). From the repo root:
    PYTHONPATH=. .venv/bin/python data/eval/results/session27-blind/answers/check_h23.py
"""
import json
from pathlib import Path

from assistant.eval.answers import EvalQuestion, judge

QUESTIONS = Path(__file__).resolve().parents[3] / "questions.jsonl"
qs = {q["id"]: EvalQuestion.model_validate(q) for q in
      (json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines()
       if line.startswith('{"id": "h23-'))}
# (id, answer text, cited ids, expected verdict)
CASES = [
 ("h23-l-pride-privileged", "PRIDE leverages privileged information, such as expert psychological annotations or future event summaries, which is available only during training [1]. A multi-source attention mechanism directs the student to integrate it [1].", ["2606.23124"], True),
 ("h23-l-pride-privileged", "PRIDE 利用特权信息（训练时可用、推理时不可用）[1]，并通过多源注意力机制使学生模型整合这些信息 [1]。", ["2606.23124"], True),
 ("h23-l-pride-privileged", "It uses expert psychological annotations available only in training [1]; a dual-alignment loss integrates them [1].", ["2606.23124"], False),
 ("h23-l-verbalr3-parts", "Verbal-R3 由生成器和文本重排序器两部分组成 [1]，并通过相关性引导的测试时缩放进一步优化推理 [1]。", ["2605.01399"], True),
 ("h23-l-verbalr3-parts", "Verbal-R3 consists of a Generator and a Verbal Reranker, and its inference is refined by relevance-guided test-time scaling [1].", ["2605.01399"], True),
 ("h23-l-verbalr3-parts", "Verbal-R3 由生成器和文本重排序器组成 [1]，推理过程通过迭代检索优化 [1]。", ["2605.01399"], False),
 ("h23-l-cme-mirage", "It defines the mirage intensity, a dimensionless ratio [1], and proves existence with the Kakutani-Glicksberg-Fan fixed-point theorem [1].", ["2606.03636"], True),
 ("h23-l-cme-mirage", "It defines the mirage intensity [1] and uses Brouwer's fixed-point theorem [1].", ["2606.03636"], False),
 ("h23-n-thermal-grid", "对于10μm×10μm的RVE，使用50×50网格 [1]。", ["2605.00399"], True),
 ("h23-n-thermal-grid", "It uses 50 by 50 grids with 10 micron by 10 micron RVEs [1].", ["2605.00399"], True),
 ("h23-n-thermal-grid", "对于10微米的RVE，使用100×100网格 [1]。", ["2605.00399"], False),
 ("h23-n-thermal-grid", "The maps use 100 by 100 grids with 10 micron RVEs on a 1 mm by 1 mm die [1].", ["2605.00399"], False),
 ("h23-n-sexdet-recall", "The best model reaches an overall patient-level accuracy of 95.65%, recall of 92.86%, F1-score of 94.36%, and precision of 97.22% [1].", ["2606.22515"], True),
 ("h23-n-sexdet-recall", "Its best model reaches a recall of 95.65% [1].", ["2606.22515"], False),
 ("h23-n-sexdet-recall", "最佳模型的召回率为97.22% [1]。", ["2606.22515"], False),
 ("h23-n-cot-pretrained", "Under line shuffling, the pretrained-only variant keeps 78.67% accuracy, versus 78.00% for the instruction-tuned one [1].", ["2605.07307"], True),
 ("h23-n-cot-pretrained", "The pretrained-only variant keeps 78.00% accuracy under line shuffling [1].", ["2605.07307"], False),
 ("h23-n-cot-pretrained", "Line-level shuffling reduces accuracy by less than 0.5 pp [1].", ["2605.07307"], False),
 ("h23-n-cot-pretrained", "The pretrained-only variant keeps 83% accuracy [1].", ["2605.07307"], False),
 ("h23-n-dcd-params", "该方法最多只调优0.22%的模型参数 [1]。", ["2606.24161"], True),
 ("h23-n-dcd-params", "It tunes at most 0.22% of the model parameters [1].", ["2606.24161"], True),
 ("h23-n-dcd-params", "该方法最多调优2.2%的模型参数 [1]。", ["2606.24161"], False),
 ("h23-n-xlingual-languages", "The benchmarks cover 17 typologically diverse languages [1].", ["2606.24579"], True),
 ("h23-n-xlingual-languages", "覆盖17种类型多样的语言 [1]。", ["2606.24579"], True),
 ("h23-n-xlingual-languages", "The benchmarks cover four languages [1].", ["2606.24579"], False),
 ("h23-f-eerloss-reduction", "重新训练KVC获胜架构后，相对EER降低约30% [1]。", ["2606.24586"], True),
 ("h23-f-eerloss-reduction", "It achieves a relative EER reduction of up to approx. 30\\% [1].", ["2606.24586"], True),
 ("h23-f-eerloss-reduction", "相对EER降低了约18.5% [1]。", ["2606.24586"], False),
 ("h23-t-echo-dinov3", "With a frozen lightweight decoder, DINOv3 reaches Dice 0.906 and EF MAE 9.65 [1].", ["2606.22943"], True),
 ("h23-t-echo-dinov3", "DINOv3从启发式提取的Dice 0.684/EF MAE 13.01提升至冻结轻量解码器的Dice 0.906/EF MAE 9.65 [1]。", ["2606.22943"], True),
 ("h23-t-echo-dinov3", "DINOv3 with a frozen lightweight decoder reaches Dice 0.915 and EF MAE 9.72 [1].", ["2606.22943"], False),
 ("h23-t-echo-dinov3", "It reaches Dice 0.902 and EF MAE 8.74 [1].", ["2606.22943"], False),
 ("h23-t-echo-dinov3", "It reaches Dice 0.906 and EF MAE 8.74 [1].", ["2606.22943"], False),
 ("h23-x-derm-classes", "在 ISIC MILK10k 上，直接进行11类分类，平均类别敏感度为0.525 [1]。", ["2606.13135"], True),
 ("h23-x-derm-classes", "On ISIC MILK10k, direct 11-class classification yields mean-class sensitivity 0.525 [1].", ["2606.13135"], True),
 ("h23-x-derm-classes", "论文采用单阶段4类分类（良性、MEL、SCC、BCC）[1]。", ["2606.13135"], False),
 ("h23-x-derm-classes", "在MILK10k上共分为10类 [1]。", ["2606.13135"], False),
 ("h23-x-geonature-capability", "DeepSeek V3.2 以低11倍的成本提供了 Claude 93% 的能力 [1]。", ["2606.12821"], True),
 ("h23-x-geonature-capability", "DeepSeek V3.2 offers 93% of Claude's capability at 11x lower cost ($0.011/case) [1].", ["2606.12821"], True),
 ("h23-x-geonature-capability", "DeepSeek V3.2 以56.3%紧随 Claude 的60.8%，提供了 Claude 能力的约56.3% [1]。", ["2606.12821"], False),
 ("h23-c-pride-eerloss", "PRIDE's dual-alignment loss combines reversed Kullback-Leibler divergence and maximum mean discrepancy [1]; EERLoss is evaluated on keystroke dynamics verification [2].", ["2606.23124", "2606.24586"], True),
 ("h23-c-pride-eerloss", "PRIDE 的双对齐损失结合反向KL散度和最大均值差异 [1]；EERLoss 在击键动态验证上评估 [2]。", ["2606.23124", "2606.24586"], True),
 ("h23-c-pride-eerloss", "PRIDE combines KL divergence and MMD [1]; EERLoss is evaluated on face verification [2].", ["2606.23124", "2606.24586"], False),
 ("h23-c-pride-eerloss", "PRIDE combines KL divergence and MMD and EERLoss uses keystroke dynamics [1].", ["2606.23124"], False),
 ("h23-c-verbalr3-cot", "Verbal-R3 的文本重排序器还返回文本注释（Verbal Annotations）[1]；那篇论文的干预流水线包含移除、掩码、洗牌和噪声注入 [2]。", ["2605.01399", "2605.07307"], True),
 ("h23-c-verbalr3-cot", "Verbal-R3 的重排序器返回文本注释 [1]；干预包括洗牌和移除 [2]。", ["2605.01399", "2605.07307"], False),
 ("h23-m-verbalr3-em", "论文没有报告 Verbal-R3 的精确匹配（EM）分数，只说它在复杂问答基准上达到最先进性能 [1]。", ["2605.01399"], True),
 ("h23-m-verbalr3-em", "Verbal-R3 的精确匹配（EM）分数为 11.0% [1]。", ["2605.01399"], False),
 ("h23-m-verbalr3-em", "Verbal-R3 在复杂问答基准上达到最先进性能，EM 为 45.2 [1]。", ["2605.01399"], False),
 ("h23-u-quake-magnitude", "None of the papers estimates earthquake magnitude from seismic waveforms.", [], True),
 ("h23-u-quake-magnitude", "The echocardiography paper reaches an EF MAE of 9.65 [1].", ["2606.22943"], False),
]
bad = 0
for qid, text, cited, want in CASES:
    q = qs[qid]
    j = judge(q, text, answered=True, refused=False, error=None, cited=cited)
    ok = j["correct"] == want
    bad += not ok
    print(("ok  " if ok else "BAD ") + f"{qid} want={want} got={j['correct']} facts={len(j['facts_hit'])}/{len(q.expected_facts)} numbers={[ (n['status'], n['stated']) for n in j['numbers']]} declined={j['declined']} :: {text[:70]}")
print("mismatches:", bad)
