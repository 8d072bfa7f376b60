"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the forty-fifth group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive. The counts are of papers that match (in the whole slice, and among the papers of the
field the pattern was written for), not of papers on topic.

    python count45.py            # the patterns below
    python count45.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = {
    "cs.CV": [r"crowd counting|人群计数|object counting|计数", r"camouflag|伪装", r"optical flow|光流", r"re-identification|re-id\\b|ReID|重识别",
              r"video anomaly|视频异常", r"hand pose|hand-object|手物|手部", r"dataset distillation|数据集蒸馏", r"face recognition|人脸识别",
              r"salient object|显著性", r"few-shot|小样本", r"novel view synthesis|新视角合成", r"image forgery|manipulation detection|篡改|forgery",
              r"super-resolution|超分", r"vision transformer|\\bViT", r"point tracking|tracking any point|点跟踪", r"gaze|视线|注视",
              r"image matching|feature matching|特征匹配|keypoint", r"line drawing|sketch|草图", r"3D scene understanding|三维场景理解",
              r"continual learning|持续学习|incremental learning|增量学习", r"knowledge distillation|知识蒸馏", r"image retrieval|图像检索",
              r"object detection|目标检测", r"semantic segmentation|语义分割", r"pedestrian|行人", r"weather|雨|雾|haze|rain"],
    "cs.RO": [r"humanoid|人形机器人", r"dexterous|灵巧", r"legged|locomotion|四足|腿足|步态", r"grasp|抓取",
              r"tactile|触觉", r"teleoperation|遥操作", r"motion planning|运动规划|path planning|路径规划", r"multi-robot|多机器人",
              r"soft robot|软体机器人", r"quadrotor|无人机|UAV|drone", r"exoskeleton|外骨骼|prosthe|假肢",
              r"deformable|可变形|cloth|布料", r"mobile manipulation|移动操作", r"whole-body|全身",
              r"bimanual|双臂", r"model predictive control|模型预测控制|MPC\\b", r"surgical robot|手术机器人", r"reward model.*robot|robot.*reward",
              r"human-robot interaction|人机交互|HRI\\b", r"collision avoidance|避障|obstacle", r"assembly|装配", r"manipulation policy|diffusion policy|扩散策略"],
    "cs.AI": [r"PDDL|automated planning|classical planning|任务规划", r"answer set programming|ASP\\b|logic programming|逻辑编程",
              r"constraint satisfaction|SAT solv|SMT|约束满足", r"ontology|本体", r"knowledge graph completion|link prediction|知识图谱补全",
              r"argumentation|论证", r"causal discovery|因果发现", r"clinical decision|临床决策", r"knowledge tracing|知识追踪",
              r"puzzle|谜题|Sudoku|数独", r"chess|国际象棋|围棋|\\bGo\\b game", r"ARC-AGI|abstraction and reasoning|abstract reasoning|抽象推理",
              r"deep research|深度研究", r"reward model|奖励模型", r"benchmark contamination|saturat", r"symbolic regression|符号回归",
              r"spreadsheet|Excel|电子表格", r"travel planning|旅行规划|itinerary", r"scheduling|调度", r"web agent|网页智能体|browser agent",
              r"legal|法律", r"recipe|cooking|烹饪|菜谱", r"trust|信任", r"agent evaluation|智能体评测"],
    "cs.LG": [r"active learning|主动学习", r"Bayesian optimization|贝叶斯优化", r"neural ODE|neural operator|神经算子", r"offline RL|offline reinforcement|离线强化",
              r"model-based RL|model-based reinforcement", r"curriculum learning|课程学习", r"label noise|noisy label|噪声标签", r"class imbalance|imbalanced|长尾|long-tail",
              r"spiking|脉冲神经", r"neural architecture search|NAS\\b|架构搜索", r"hyperparameter|超参数", r"gradient compression|communication-efficient",
              r"grokking|顿悟", r"loss landscape|sharpness|损失景观", r"optimizer|Adam\\b|Muon|优化器", r"weight decay|权重衰减",
              r"kernel method|核方法|Gaussian process|高斯过程", r"contrastive learning|对比学习", r"physics-informed|PINN",
              r"anomaly detection|异常检测", r"recommend|推荐", r"low-rank|低秩", r"sparsity|稀疏", r"mode collapse|模式坍塌",
              r"in-context RL|meta-learning|元学习", r"energy-based|能量模型", r"variational autoencoder|VAE\\b|变分自编码", r"normalizing flow|标准化流"],
    "cs.MA": [r"swarm|群体智能|集群", r"multi-agent path finding|MAPF|路径规划", r"consensus|共识", r"opinion dynamics|观点动力学|意见动力学",
              r"agent-based model|agent-based simulation|ABM\\b|基于主体", r"coalition|联盟", r"negotiation|谈判|协商", r"emergent|涌现",
              r"task allocation|任务分配", r"traffic signal|交通信号", r"formation control|编队", r"multi-agent coordination|协调",
              r"cooperative driving|协同驾驶|V2X|车联网", r"ad hoc teamwork|zero-shot coordination", r"cooperative perception|协同感知", r"credit assignment|信用分配"],
    "cs.GT": [r"Stackelberg|斯塔克尔伯格", r"mean[- ]field game|平均场博弈", r"Bayesian persuasion|information design|信息设计|贝叶斯劝说",
              r"contract design|contract theory|principal[- ]agent|委托代理|合同设计|契约", r"coalition|联盟形成|合作博弈|cooperative game",
              r"bargaining|讨价还价|议价", r"security game|安全博弈", r"evolutionary game|演化博弈|replicator",
              r"extensive-form|poker|扑克|imperfect information|不完全信息", r"strategic classification|performative|策略性分类",
              r"correlated equilibri|相关均衡", r"best response|最优响应", r"zero-sum|零和", r"budget|预算", r"public good|公共物品",
              r"social choice|社会选择", r"cake cutting|envy-free|无嫉妒", r"revenue|收益最大化", r"prophet inequalit|secretary|在线选择", r"tournament|锦标赛"],
}


def main(patterns: dict[str, list[str]]) -> None:
    papers = mt.load_slice()
    texts = {pid: r["title"] + " " + r["summary"] + " " + str(r.get("AI", "")) for pid, r in papers.items()}
    for cat, pats in patterns.items():
        print("==", cat, sum(1 for r in papers.values() if cat in r.get("categories", [])))
        for pat in pats:
            rx = re.compile(pat, re.I)
            ids = [pid for pid, t in texts.items() if rx.search(t)]
            incat = [pid for pid in ids if cat in papers[pid].get("categories", [])]
            print(f"{len(ids):4d} {len(incat):4d}  {pat[:110]}")


if __name__ == "__main__":
    main({"args": sys.argv[1:]} if sys.argv[1:] else PATTERNS)
