"""Counts of candidate subjects (broad forms) in the slice, to choose the thirty-first group's subjects."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

C = {
 # cs.IR
 "query rewriting": [("query rewrit", "查询重写", "query expansion", "查询扩展", "query reformulat", "查询改写")],
 "conversational search": [("conversational search", "对话式搜索", "conversational retrieval", "对话检索")],
 "CTR/seq rec": [("click-through", "CTR", "点击率", "sequential recommend", "序列推荐")],
 "web search engine": [("search engine", "搜索引擎", "web search", "网络搜索")],
 "person retrieval/reid": [("person retrieval", "re-identification", "ReID", "Re-ID", "重识别", "行人检索")],
 "layout/doc parsing": [("layout detection", "document parsing", "文档解析", "版面", "layout analysis")],
 "table QA": [("table question", "tabular question", "表格问答", "table retrieval", "表格检索")],
 "RAG attack": [("poison", "投毒", "manipulation attack", "操纵攻击"), ("retrieval-augmented", "RAG", "检索增强")],
 "temporal/freshness": [("temporal retrieval", "freshness", "时效", "stale", "过时")],
 "shape retrieval": [("shape retrieval", "3D retrieval", "形状检索")],
 "competitive search / SEO": [("competitive search", "search engine optimization", "SEO", "generative engine optimization", "GEO", "生成式引擎优化")],
 # cs.GT
 "cooperation/social dilemma": [("cooperat", "合作"), ("dilemma", "困境", "public goods", "公共物品", "common-pool", "公共池", "reputation", "声誉", "punish", "惩罚", "altruis", "利他", "El Farol", "evolutionary game", "演化博弈")],
 "algorithmic collusion": [("collusion", "collude", "共谋", "合谋")],
 "matching markets": [("matching market", "stable matching", "稳定匹配", "matching mechanism", "匹配机制", "school choice", "Gale-Shapley", "deferred acceptance")],
 "facility location": [("facility location", "facility assignment", "设施选址", "设施分配")],
 "contract design": [("contract design", "contract theory", "合同设计", "契约设计", "principal-agent", "委托代理")],
 "information design": [("information design", "Bayesian persuasion", "信息设计", "贝叶斯劝说", "signaling scheme")],
 "congestion games": [("congestion game", "拥堵博弈", "拥塞博弈", "Wardrop", "routing game", "potential game", "势博弈")],
 "market equilibrium": [("competitive equilibri", "market equilibri", "Hylland", "Fisher market", "竞争均衡", "市场均衡")],
 "bilateral trade": [("bilateral trade", "双边贸易", "双边交易")],
 "no-regret learning in games": [("no-regret", "no-swap-regret", "无悔", "regret minimi", "遗憾最小化")],
 "pricing": [("pricing", "定价")],
 # cs.IT
 "movable/fluid/rotatable antennas": [("rotatable antenna", "fluid antenna", "movable antenna", "flexible antenna", "pinching antenna", "可旋转天线", "流体天线", "可移动天线", "flexible coupler", "可重构天线", "reconfigurable antenna")],
 "ISAC": [("integrated sensing and communication", "ISAC", "通感一体化", "感知与通信一体化", "通信感知一体化", "joint sensing", "sensing and communication")],
 "wireless power transfer": [("power transfer", "energy transfer", "能量传输", "无线供能", "功率传输", "SWIPT", "energy harvesting", "能量收集", "输能")],
 "cell-free/massive MIMO": [("cell-free", "无蜂窝", "massive MIMO", "大规模MIMO")],
 "RIS/metasurface": [("intelligent surface", "RIS", "IRS", "metasurface", "超表面", "智能反射面")],
 "NOMA/multiple access": [("NOMA", "multiple access", "多址")],
 "channel modeling": [("channel model", "信道建模", "信道模型")],
 "QKD": [("QKD", "quantum key distribution", "量子密钥分发")],
 "secure aggregation": [("secure aggregation", "安全聚合")],
 "locally repairable codes": [("locally repairable", "locally recoverable", "局部修复码", "本地可修复", "LRC")],
 "coded caching": [("coded caching", "编码缓存")],
 "deep unfolding": [("deep unfolding", "深度展开", "algorithm unrolling", "unrolled")],
 "jamming": [("jamm", "干扰攻击", "jammer")],
 "lossless compression/entropy coding": [("lossless compression", "无损压缩", "entropy coding", "熵编码", "text compression", "文本压缩")],
 # cs.RO
 "point cloud registration": [("point cloud registration", "点云配准", "registration")],
 "humanoid": [("humanoid", "人形机器人", "类人机器人")],
 "grasping": [("grasp", "抓取")],
 "HRI": [("human-robot", "人机协作", "人-机器人", "人机交互")],
 "legged locomotion": [("locomotion", "legged", "quadruped", "四足", "足式")],
 "dexterous": [("dexterous", "灵巧")],
 "drone detection/distance": [("drone", "无人机")],
 "BEV": [("BEV", "bird's-eye", "鸟瞰")],
 "fisheye": [("fisheye", "鱼眼")],
 "thermal/infrared": [("thermal", "infrared", "热成像", "红外")],
 "pedestrian": [("pedestrian", "行人")],
 "object pose": [("6D pose", "6-DoF", "object pose", "物体位姿", "位姿估计", "pose estimation")],
 "floorplan": [("floorplan", "floor plan", "平面图")],
 "industrial inspection CAD": [("CAD", "industrial", "工业")],
 "action chunking/diffusion policy": [("diffusion policy", "扩散策略", "action chunk", "动作块")],
 # cs.CY
 "fairness ML": [("fairness", "公平"), ("demographic", "人口统计", "gender", "性别", "race", "种族", "skin tone", "肤色")],
 "biosecurity": [("biosecurity", "生物安全", "bioweapon", "生物武器", "dual-use", "双重用途", "biological threat", "pathogen", "病原")],
 "environmental/climate": [("climate", "气候", "environmental", "环境态度", "sustainab", "可持续", "carbon", "碳排放", "能耗")],
 "social media analysis": [("social media", "社交媒体", "Twitter", "Reddit", "推特")],
 "AI sabotage/deception": [("sabotage", "破坏", "deceptive", "deception", "欺骗", "scheming")],
 "pluralistic values": [("pluralis", "多元", "value diversity", "价值多样"), ("value", "价值", "preference", "偏好")],
 "urban traffic": [("traffic", "交通")],
 "journalism": [("journalis", "新闻", "news")],
 "political": [("political", "政治", "election", "选举", "polariz", "极化")],
 "AGI race / existential": [("superintelligence", "超级智能", "AGI", "existential risk", "生存风险", "catastrophic risk")],
 "medical triage (used)": [("triage", "分诊")],
 # eess.AS
 "pathological speech": [("pathological speech", "dysarthri", "构音障碍", "病理语音", "aphasi", "失语", "speech disorder", "言语障碍", "stutter", "口吃")],
 "speaker verification/diarization": [("speaker verification", "speaker recognition", "说话人验证", "说话人识别", "diarization", "说话人日志", "speaker identification")],
 "music": [("music", "音乐", "song", "歌曲", "singing", "歌唱")],
 "audio generation": [("audio generation", "音频生成", "sound generation", "text-to-audio", "声音生成", "sound effect")],
 "speech enhancement/separation": [("speech enhancement", "语音增强", "speech separation", "语音分离", "denois", "去噪")],
 "forced alignment": [("forced alignment", "强制对齐")],
 "full-duplex": [("full-duplex", "全双工")],
 "sound event / audio classification": [("sound event", "声音事件", "audio classification", "音频分类", "acoustic scene", "声学场景", "audio event")],
 "second language learner speech": [("second language", "L2", "第二语言", "non-native", "非母语")],
 "paralinguistic": [("paralinguistic", "副语言", "prosody", "韵律", "非语言")],
 "omni models": [("omni", "全模态")],
 "audio LLM / LALM": [("audio language model", "large audio", "LALM", "音频语言模型", "音频大模型", "speech LLM", "SpeechLLM", "语音大模型", "speech language model")],
 "spoken language understanding": [("spoken language understanding", "口语理解", "SLU")],
}
papers = mt.load_slice()
for k, forms in C.items():
    print(f"{k:40s} {len(mt.lexical(papers, forms)):4d}")
