"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the thirty-eighth group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive. The counts are of papers that match, not of papers on topic.

    python count38.py            # the patterns below
    python count38.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = [
    # cs.CV
    r"person re-identification|re-ID|行人重识别|重识别", r"crowd counting|人群计数|object counting|计数",
    r"optical flow|光流", r"camouflaged|伪装目标", r"sign language|手语", r"hand[- ]object|hand pose|手部|手势",
    r"video object segmentation|视频目标分割", r"face recognition|人脸识别", r"referring (expression|segmentation)|指代分割",
    r"point cloud (completion|registration)|点云(补全|配准)", r"shadow|阴影", r"few-shot segmentation|小样本分割",
    r"vector graphic|SVG|矢量图", r"super-resolution|超分辨率", r"low-light|低光照", r"video frame interpolation|插帧",
    r"novel view synthesis|新视角合成", r"open-vocabulary segmentation|开放词汇分割", r"salient object|显著性",
    r"image matting|抠图", r"lane detection|车道线", r"font|字体", r"image forgery|篡改检测|manipulation localization",
    # cs.MM
    r"music|音乐", r"audio-visual|音视频|视听", r"video-to-audio|foley|音效生成", r"lip[- ]?sync|唇形",
    r"dance|舞蹈", r"sound source localization|声源定位", r"video quality|视频质量", r"streaming|流媒体",
    r"image aesthetic|美学", r"video summarization|视频摘要", r"video highlight|moment retrieval|片段检索",
    # cs.LG
    r"active learning|主动学习", r"curriculum learning|课程学习", r"knowledge tracing|知识追踪",
    r"symbolic regression|符号回归", r"Bayesian optimi[sz]ation|贝叶斯优化", r"neural ODE|neural differential",
    r"contrastive learning|对比学习", r"dataset distillation|数据集蒸馏|data distillation",
    r"imbalanced|class imbalance|长尾|long-tail", r"causal discovery|因果发现", r"spiking neural|脉冲神经网络|SNN",
    r"grokking", r"loss landscape|损失景观", r"network pruning|剪枝", r"low-rank|低秩", r"Gaussian process|高斯过程",
    r"kernel method|核方法", r"label noise|noisy label|噪声标签", r"offline reinforcement|离线强化学习",
    r"multi-armed bandit|bandit|老虎机", r"hyperparameter|超参数", r"neural architecture search|架构搜索",
    r"positional encoding|位置编码", r"mechanistic interpret|机制可解释", r"double descent", r"weight decay",
    r"second-order optimi|optimizer|优化器", r"muon\b|Adam\b", r"graph transformer", r"physics-informed",
    r"anomaly detection|异常检测", r"clustering|聚类", r"recommend|推荐", r"data attribution|influence function|影响函数",
    r"energy-based model|能量模型", r"normalizing flow|标准化流", r"variational autoencoder|VAE|变分自编码",
    # cs.RO
    r"legged|locomotion|四足|腿足|行走", r"grasp|抓取", r"motion planning|运动规划|路径规划|path planning",
    r"humanoid|人形机器人", r"dexterous|灵巧手", r"teleoperation|遥操作", r"soft robot|软体机器人",
    r"multi-robot|多机器人", r"imitation learning|模仿学习", r"tactile|触觉", r"quadrotor|drone|无人机",
    r"mobile manipulation|移动操作", r"navigation|导航", r"collision avoidance|避障", r"inverse kinematics|逆运动学",
    r"model predictive control|MPC|模型预测控制", r"reward model.*robot", r"deformable|可变形",
    # cs.CR
    r"malware|恶意软件", r"intrusion detection|入侵检测", r"phishing|钓鱼", r"vulnerabilit|漏洞",
    r"fuzz|模糊测试", r"side[- ]channel|侧信道", r"homomorphic|同态加密", r"membership inference|成员推断",
    r"penetration test|渗透测试|CTF|capture the flag", r"smart contract|智能合约", r"password|口令|密码",
    r"adversarial example|对抗样本", r"model (extraction|stealing)|模型窃取", r"zero-knowledge|零知识",
    r"secure multi-party|多方安全计算|MPC", r"trusted execution|TEE|可信执行", r"cyber ?security|网络安全",
    r"authentication|认证", r"anonymi|匿名", r"spam|垃圾", r"access control|访问控制",
    # cs.GT
    r"stable matching|matching market|匹配市场|稳定匹配", r"Stackelberg|斯塔克尔伯格", r"coalition|联盟",
    r"bargaining|讨价还价|议价", r"contract (theory|design)|契约", r"congestion game|routing game|拥塞博弈",
    r"mean[- ]field game|平均场博弈", r"security game|安全博弈", r"price of anarchy|无政府代价",
    r"extensive-form|counterfactual regret|CFR|扑克|poker", r"information design|Bayesian persuasion|信息设计",
    r"correlated equilibri|相关均衡", r"potential game|势博弈", r"cooperative game|合作博弈",
    r"Colonel Blotto|tournament|锦标赛", r"school choice|two-sided", r"public good|公共物品", r"bilateral trade",
    r"principal-agent|委托代理", r"matching|匹配", r"evolutionary game|演化博弈", r"zero-sum|零和",
    r"strategic classification|strategic agents|策略性", r"peer prediction|信息激发|elicitation",
]


def main(patterns: list[str]) -> None:
    papers = mt.load_slice()
    texts = {pid: r["title"] + " " + r["summary"] + " " + str(r.get("AI", "")) for pid, r in papers.items()}
    for pat in patterns:
        rx = re.compile(pat, re.I)
        ids = [pid for pid, t in texts.items() if rx.search(t)]
        print(f"{len(ids):4d}  {pat[:110]}")


if __name__ == "__main__":
    main(sys.argv[1:] or PATTERNS)
