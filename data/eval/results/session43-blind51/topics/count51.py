"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the fifty-first group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive. The counts are of papers that match (in the whole slice, and among the papers of the
field the pattern was written for), not of papers on topic.

    python count51.py            # the patterns below
    python count51.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = {
    "cs.LG": [r"spiking|脉冲神经", r"Kolmogorov-Arnold|KAN\b", r"neural ODE|neural differential|神经常微分", r"grokking",
              r"noisy label|label noise|噪声标签|标签噪声", r"active learning|主动学习", r"dataset distillation|dataset condensation|数据集蒸馏",
              r"offline reinforcement|offline RL|离线强化", r"model-based (RL|reinforcement)|基于模型的强化",
              r"Gaussian process|高斯过程", r"Bayesian neural|贝叶斯神经", r"optimizer|Muon\b|Adam\b|优化器",
              r"learning rate|学习率", r"pruning|剪枝", r"contrastive learning|对比学习", r"hypernetwork|超网络",
              r"graph transformer", r"anomaly detection|异常检测", r"time series (classification|anomaly|imputation)|时间序列(分类|异常|插补)",
              r"neural operator|神经算子|Fourier neural", r"mixed precision|FP8|FP4|low-precision training|低精度训练",
              r"data selection|data pruning|数据选择|数据筛选", r"reward model|奖励模型", r"policy gradient|策略梯度",
              r"exploration|探索", r"bandit|老虎机", r"knowledge graph embedding|link prediction|链接预测",
              r"recommend|推荐", r"physics-informed|物理信息", r"equivariant|等变", r"diffusion policy|扩散策略",
              r"catastrophic forgetting|灾难性遗忘", r"loss landscape|sharpness|平坦", r"generaliz.{0,20}bound|PAC-Bayes|泛化界",
              r"molecul|分子", r"single-cell|单细胞", r"EHR|electronic health|电子病历|电子健康"],
    "cs.RO": [r"humanoid|人形机器人", r"legged|quadruped|locomotion|四足|腿足", r"tactile|触觉", r"dexterous|灵巧手|灵巧",
              r"grasp|抓取", r"bimanual|双臂", r"deformable|cloth|可变形|布料", r"motion planning|运动规划|path planning|路径规划",
              r"human-robot|人机协作|人机交互", r"soft robot|软体机器人", r"manipulator|机械臂", r"exoskeleton|外骨骼|prosthe|假肢",
              r"surgical robot|手术机器人", r"underwater|水下", r"multi-robot|多机器人", r"task planning|任务规划",
              r"teleoperation|遥操作", r"reward.{0,20}robot|robot.{0,20}reward", r"model predictive control|MPC\b|模型预测控制",
              r"mobile manipulation|移动操作", r"warehouse|仓储|logistics|物流", r"agricultur.{0,20}robot|harvest"],
    "cs.GT": [r"Stackelberg|斯塔克尔伯格", r"mean[- ]field game|平均场博弈", r"contract (design|theory)|principal-agent|委托代理|契约",
              r"Bayesian persuasion|information design|信息设计|贝叶斯劝说", r"coalition|联盟", r"cooperative game|合作博弈",
              r"bargaining|讨价还价|议价", r"security game|安全博弈", r"extensive-form|扩展式", r"poker|德州扑克|扑克",
              r"zero-sum|零和", r"correlated equilibri|相关均衡", r"evolutionary game|演化博弈|进化博弈",
              r"tournament|锦标赛", r"crowdsourc|众包", r"peer prediction|同行预测", r"strategic classification|strategic (agent|behavio)",
              r"budget|预算", r"price of anarchy|无政府代价", r"mechanism design|机制设计", r"school choice|stable matching|稳定匹配",
              r"social choice|社会选择", r"Colonel Blotto|routing game", r"best response|最佳响应"],
    "cs.GR": [r"NeRF|neural radiance|神经辐射场", r"font|字体|typograph", r"sketch|草图|手绘", r"cloth|garment|服装|布料",
              r"hair|头发|毛发", r"terrain|地形", r"texture|纹理", r"fluid simulation|流体模拟|smoke", r"point cloud rendering",
              r"colori[sz]ation|上色", r"procedural|程序化", r"level of detail|LOD\b", r"ray tracing|光线追踪|path tracing",
              r"animation|动画", r"rigging|绑定|skinning|蒙皮", r"motion capture|动作捕捉|动捕", r"physics-based (simulation|animation)|物理仿真",
              r"material|BRDF|材质", r"relighting|重光照", r"scene (generation|synthesis)|场景生成", r"head avatar|face|人脸",
              r"visualization|可视化", r"3D printing|fabrication|3D打印", r"shape (analysis|correspondence)|形状",
              r"indoor scene|室内场景", r"layout|布局", r"SDF|signed distance|有向距离", r"video generation.{0,30}camera|camera control|相机控制"],
    "cs.IT": [r"channel estimation|信道估计", r"near-field|近场", r"age of information|AoI\b|信息年龄", r"OTFS|OFDM|正交",
              r"polar code|极化码|LDPC", r"physical layer security|物理层安全|secrecy|保密", r"compressed sensing|压缩感知|sparse recovery",
              r"LLM.{0,40}wireless|wireless.{0,40}(LLM|foundation model)|无线.{0,10}大模型", r"group testing|群测试",
              r"information bottleneck|信息瓶颈", r"entropy|熵", r"mutual information|互信息", r"coded computing|coded caching|编码缓存|编码计算",
              r"index modulation|modulation|调制", r"cell-free|无蜂窝", r"mmWave|millimeter|毫米波|THz|terahertz|太赫兹",
              r"channel (coding|model)|CSI\b|信道状态", r"over-the-air|空中计算", r"edge (computing|inference)|边缘计算|边缘推理",
              r"fading|衰落", r"radar|雷达", r"localization|positioning|定位", r"6G"],
    "cs.CE": [r"computational fluid|CFD\b|Navier|流体力学|湍流|turbul", r"digital twin|数字孪生", r"additive manufactur|3D print|增材制造",
              r"molecular dynamics|分子动力学", r"uncertainty quantification|不确定性量化", r"reduced[- ]order|降阶",
              r"neural operator|神经算子|DeepONet|Fourier neural", r"isogeometric|等几何", r"mesh generation|网格生成|meshing",
              r"structural (design|engineering|analysis)|结构设计|结构分析", r"portfolio|投资组合", r"option pricing|期权",
              r"credit|信用", r"inverse problem|反问题", r"PDE|偏微分方程", r"multiscale|多尺度", r"fracture|断裂|crack",
              r"heat transfer|传热|thermal", r"manufactur|制造", r"chemical (process|engineering)|化工", r"drug|药物",
              r"geoscien|seismic|地震|reservoir|油藏", r"engineering design|工程设计", r"CAD|计算机辅助设计"],
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
