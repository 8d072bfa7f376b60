"""Counts of candidate subjects (broad forms) in the slice, to choose the thirty-sixth group's subjects (blind36).
Prints, per subject, the papers matching any form overall and within the drawn category.

    python data/eval/results/session36-blind36/topics/count36.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

C = {
 "cs.HC": {
  "reliance/overreliance": ("overreliance", "over-reliance", "reliance", "依赖", "appropriate reliance"),
  "trust in AI": ("trust in AI", "trust calibration", "信任", "calibrated trust"),
  "explainable AI (XAI)": ("explainable AI", "XAI", "可解释人工智能", "可解释AI", "explanation"),
  "user study/usability": ("usability", "可用性", "user study", "用户研究"),
  "WiFi sensing": ("WiFi", "Wi-Fi", "CSI"),
  "cognitive load/workload": ("cognitive load", "workload", "认知负荷", "工作负荷", "NASA-TLX"),
  "personalization": ("personaliz", "个性化"),
  "co-creativity": ("co-creat", "共创", "协同创作"),
  "feedback on writing": ("feedback", "反馈"),
  "deliberation": ("deliberat", "审议"),
  "sonification/music interface": ("sonification", "可听化", "musical interface"),
  "eye tracking/gaze": ("eye tracking", "eye-tracking", "眼动", "gaze", "注视"),
  "accessibility/blind": ("blind and low vision", "visually impaired", "视障", "screen reader", "accessibility"),
  "conversational agents/chatbots": ("chatbot", "聊天机器人", "conversational agent", "对话代理"),
 },
 "cs.IT": {
  "RIS": ("reconfigurable intelligent surface", "RIS", "智能反射面", "可重构智能表面", "intelligent reflecting surface", "IRS"),
  "channel estimation": ("channel estimation", "信道估计"),
  "physical layer security": ("physical layer security", "physical-layer security", "物理层安全", "secrecy", "保密", "eavesdrop", "窃听"),
  "age of information": ("age of information", "信息年龄", "AoI"),
  "coded computing": ("coded computing", "编码计算", "distributed computing", "straggler"),
  "compressed sensing": ("compressed sensing", "压缩感知", "sparse recovery", "稀疏恢复"),
  "near-field": ("near-field", "近场"),
  "cell-free": ("cell-free", "去蜂窝", "无蜂窝"),
  "rate-distortion": ("rate-distortion", "率失真", "rate distortion"),
  "OFDM": ("OFDM", "正交频分"),
  "channel capacity": ("channel capacity", "信道容量", "capacity region", "容量域"),
  "mmWave/THz": ("millimeter wave", "mmWave", "毫米波", "terahertz", "THz", "太赫兹"),
  "edge inference/MEC": ("edge computing", "边缘计算", "MEC", "offloading", "卸载"),
  "wireless power": ("wireless power", "无线能量", "energy harvesting", "能量收集", "SWIPT"),
  "MIMO detection": ("MIMO detection", "MIMO检测", "detector"),
  "information bottleneck": ("information bottleneck", "信息瓶颈"),
  "entropy estimation/mutual info": ("mutual information", "互信息"),
 },
 "cs.CY": {
  "copyright": ("copyright", "版权", "intellectual property", "知识产权"),
  "academic integrity": ("academic integrity", "学术诚信", "plagiarism", "抄袭", "cheating", "作弊"),
  "energy/carbon of AI": ("carbon footprint", "碳足迹", "energy consumption", "能耗", "carbon emission", "碳排放"),
  "children/youth": ("children", "儿童", "adolescen", "青少年", "minors", "未成年"),
  "surveillance": ("surveillance", "监控", "facial recognition"),
  "AI literacy": ("AI literacy", "AI素养", "人工智能素养"),
  "insurance": ("insurance", "保险"),
  "public sector/e-gov": ("public sector", "e-government", "电子政务", "公共部门"),
  "algorithmic auditing": ("audit", "审计"),
  "healthcare disparities": ("health equity", "健康公平", "disparit"),
  "social media": ("social media", "社交媒体", "Twitter", "Reddit", "TikTok"),
  "digital divide": ("digital divide", "数字鸿沟"),
  "criminal justice": ("criminal", "刑事", "police", "警察", "recidivism"),
  "hiring": ("hiring", "recruit", "招聘", "résumé", "resume screening"),
  "misinformation": ("misinformation", "disinformation", "虚假信息", "错误信息"),
  "environmental/climate": ("climate", "气候"),
 },
 "cs.MM": {
  "highlight detection": ("highlight detection", "高光检测", "精彩片段", "highlight"),
  "image cropping/composition": ("cropping", "裁剪", "composition", "构图"),
  "aesthetics": ("aesthetic", "美学"),
  "video editing": ("video editing", "视频编辑"),
  "person retrieval": ("person retrieval", "行人检索", "person search"),
  "point cloud quality": ("point cloud quality", "点云质量"),
  "3D streaming": ("streaming", "流式"),
  "audio-visual": ("audio-visual", "audiovisual", "视听", "音视频"),
  "video RAG": ("video retrieval", "视频检索", "video RAG"),
 },
 "cs.AI": {
  "automated planning/PDDL": ("PDDL", "classical planning", "automated planning", "规划领域", "STRIPS"),
  "knowledge tracing": ("knowledge tracing", "知识追踪"),
  "ARC abstract reasoning": ("ARC-AGI", "Abstraction and Reasoning Corpus", "ARC ", "抽象推理"),
  "SAT/constraint": ("SAT solver", "constraint satisfaction", "约束满足", "SAT ", "MaxSAT", "SMT"),
  "answer set/logic programming": ("answer set", "回答集", "logic programming", "逻辑编程", "Prolog", "Datalog"),
  "ontology": ("ontology", "ontologies", "本体"),
  "MCTS": ("Monte Carlo tree search", "MCTS", "蒙特卡洛树搜索"),
  "curriculum learning": ("curriculum", "课程学习"),
  "reward models": ("reward model", "奖励模型"),
  "program synthesis": ("program synthesis", "程序合成"),
  "causal inference": ("causal inference", "因果推断", "treatment effect", "处理效应"),
  "LLM hallucination": ("hallucinat", "幻觉"),
  "LLM agents healthcare/clinical": ("clinical decision", "临床决策"),
  "AI for chemistry": ("chemistry", "化学", "chemical"),
  "agent benchmarks/evaluation": ("agent benchmark", "智能体基准"),
  "long-horizon planning": ("long-horizon", "长程", "长时程"),
  "knowledge graph completion": ("knowledge graph completion", "知识图谱补全", "link prediction", "链接预测"),
  "bayesian networks/probabilistic": ("Bayesian network", "贝叶斯网络", "probabilistic graphical", "概率图模型"),
  "multi-objective optimization": ("multi-objective", "多目标优化", "Pareto"),
  "evolutionary algorithms": ("evolutionary algorithm", "进化算法", "genetic algorithm", "遗传算法", "evolutionary search"),
  "recommender (non-gen)": ("recommender system", "推荐系统"),
  "AI for math discovery/conjectures": ("conjecture", "猜想"),
  "chess/game playing": ("chess", "国际象棋", "Go game", "围棋", "poker", "扑克"),
  "autoformalization": ("autoformaliz", "自动形式化"),
  "agentic commerce/payments": ("agentic commerce", "payment", "支付"),
  "counterfactual explanations": ("counterfactual explanation", "反事实解释"),
  "argumentation": ("argumentation", "论辩", "argument mining", "论证挖掘"),
  "LLM routing": ("LLM routing", "model routing", "router", "路由"),
  "prompt optimization": ("prompt optimization", "提示优化", "automatic prompt", "prompt engineering"),
  "time series anomaly": ("anomaly detection", "异常检测"),
 },
 "cs.MA": {
  "consensus": ("consensus", "共识"),
  "emergent communication/language": ("emergent communication", "emergent language", "涌现语言", "涌现通信"),
  "multi-agent path finding": ("path finding", "MAPF", "路径规划", "multi-robot"),
  "opinion dynamics": ("opinion dynamics", "观点动力学", "舆论动力学"),
  "swarm": ("swarm", "集群", "群体智能"),
  "agent economics/markets": ("agentic commerce", "agent economy", "智能体经济", "economic interaction"),
  "coordination benchmarks": ("coordination", "协调"),
  "task allocation": ("task allocation", "任务分配"),
  "satellite/constellation": ("satellite cluster", "constellation", "星座", "卫星集群"),
  "multi-agent planning": ("multi-agent planning", "多智能体规划"),
 },
}

papers = mt.load_slice()
texts = {pid: mt.text_of(r) for pid, r in papers.items()}
for cat, subjects in C.items():
    incat = {pid for pid, r in papers.items() if cat in r.get("categories", [])}
    print(f"== {cat} ({len(incat)} papers)")
    rows = []
    for name, forms in subjects.items():
        hits = [pid for pid, t in texts.items() if any(mt.has_form(t, f) for f in forms)]
        rows.append((name, len(hits), len([p for p in hits if p in incat])))
    for name, n, nc in sorted(rows, key=lambda x: -x[2]):
        print(f"   {name:34s} all {n:4d}  in {cat} {nc:3d}")
