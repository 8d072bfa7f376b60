"""Counts of candidate subjects (broad forms) in the slice, to choose the twenty-seventh group's subjects."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

C = {
 # cs.MA
 "cooperation": [("cooperat", "合作", "协作")],
 "consensus": [("consensus", "共识")],
 "agentic commerce/economy": [("agentic commerce", "economic interaction", "agent economy", "marketplace", "市场", "商业")],
 "mechanism design": [("mechanism design", "机制设计", "incentive", "激励")],
 "emergent language": [("emergent language", "涌现语言", "emergent communication")],
 "coordination": [("coordinat", "协调")],
 "LLM agent benchmark multi": [("multi-agent", "多智能体")],
 # cs.CL
 "summarization": [("summariz", "摘要")],
 "NER/IE": [("named entity", "命名实体", "information extraction", "信息抽取", "relation extraction", "关系抽取")],
 "tokenization": [("tokeniz", "分词", "tokenizer")],
 "dialect": [("dialect", "方言")],
 "GEC": [("grammatical error", "语法错误", "grammar correction")],
 "long-context": [("long-context", "long context", "长上下文")],
 "pretraining data": [("pretraining data", "预训练数据", "data mixture", "数据配比", "data curation")],
 "query rewriting": [("query rewrit", "查询重写", "query expansion")],
 "prompt compression": [("prompt compression", "提示压缩", "context compression", "上下文压缩")],
 "prompt optimization": [("prompt optimization", "提示优化", "automatic prompt", "prompt engineering", "提示工程")],
 "LLM hallucination detection": [("hallucination detection", "幻觉检测")],
 "multilingual reasoning": [("multilingual", "多语言", "cross-lingual", "跨语言")],
 "sign language": [("sign language", "手语")],
 "poetry/literature": [("poetry", "诗", "literary", "文学", "novel", "小说")],
 "chinese classical": [("classical Chinese", "古汉语", "文言", "ancient Chinese")],
 "essay scoring": [("essay scoring", "作文评分", "automated scoring", "自动评分", "essay")],
 "clinical notes NLP": [("clinical note", "临床笔记", "discharge summar", "病历")],
 "recsys conversational": [("conversational recommend", "对话推荐")],
 "emotional support": [("emotional support", "情感支持", "empath", "共情")],
 "humor/sarcasm": [("humor", "幽默", "sarcas", "讽刺", "irony")],
 # cs.HC
 "reliance/trust": [("overreliance", "over-reliance", "reliance", "依赖", "trust in AI", "appropriate trust", "信任")],
 "HAR": [("activity recognition", "活动识别", "行为识别", "WiFi sensing", "wearable", "可穿戴")],
 "AR/VR": [("augmented reality", "virtual reality", "增强现实", "虚拟现实", "mixed reality", "VR ", "XR")],
 "personalization": [("personaliz", "个性化")],
 "explanation user": [("user study", "用户研究")],
 "accessibility": [("blind", "visually impaired", "视障", "deaf", "聋")],
 "game AI": [("video game", "游戏")],
 "creativity support": [("co-creative", "创意", "creative support")],
 # cs.IT
 "ISAC": [("integrated sensing and communication", "ISAC", "通感一体化", "感知与通信一体化", "sensing and communication")],
 "movable antenna": [("fluid antenna", "movable antenna", "rotatable antenna", "可旋转天线", "流体天线", "可移动天线", "pinching antenna")],
 "RIS": [("reconfigurable intelligent surface", "RIS", "intelligent reflecting surface", "IRS", "metasurface", "超表面", "智能反射面")],
 "massive MIMO": [("massive MIMO", "cell-free", "大规模MIMO", "无蜂窝")],
 "NOMA": [("NOMA", "non-orthogonal multiple access", "非正交多址")],
 "satellite/NTN": [("satellite", "卫星", "non-terrestrial", "NTN", "LEO")],
 "channel estimation": [("channel estimation", "信道估计", "channel model", "信道建模")],
 "wireless power": [("wireless power", "无线能量", "energy transfer", "SWIPT", "能量传输")],
 "QKD": [("quantum key distribution", "QKD", "量子密钥")],
 "coded caching": [("coded caching", "编码缓存")],
 "secure aggregation": [("secure aggregation", "安全聚合")],
 "entropy inequality/Fisher": [("entropy inequalit", "Fisher information", "费希尔信息", "熵不等式", "Blahut")],
 "compression text lossless": [("lossless compression", "无损压缩", "text compression", "文本压缩")],
 # cs.MM
 "image aesthetics/cropping": [("aesthetic", "美学", "cropping", "裁剪", "composition")],
 "video editing": [("video editing", "视频编辑")],
 "audio-visual": [("audio-visual", "音视频", "视听")],
 "point cloud quality": [("point cloud quality", "点云质量")],
 "3D streaming": [("streaming", "流式")],
 "video RAG": [("video retrieval", "视频检索", "video RAG", "video retrieval-augmented")],
 "person retrieval/re-id": [("person retrieval", "re-identification", "ReID", "re-id", "行人重识别", "重识别")],
 "highlight": [("highlight detection", "高光", "moment retrieval", "时刻检索")],
 "stance": [("stance", "立场")],
 "digital humans": [("digital human", "数字人", "avatar", "虚拟人")],
 "cardiac": [("cardiac", "心脏", "心血管", "ECG", "心电")],
 # cs.RO
 "SLAM": [("SLAM", "simultaneous localization", "同时定位与建图", "odometry", "里程计")],
 "grasping": [("grasp", "抓取")],
 "humanoid": [("humanoid", "人形机器人")],
 "legged locomotion": [("locomotion", "legged", "quadruped", "四足", "运动控制")],
 "deformable": [("deformable object", "cloth", "布料", "衣物", "可变形物体")],
 "HRI": [("human-robot", "人机交互", "人机协作")],
 "drone": [("drone", "UAV", "无人机", "quadrotor")],
 "point cloud registration": [("point cloud registration", "点云配准", "registration", "配准")],
 "robot policy eval": [("policy evaluation", "策略评估")],
 "spacecraft/space": [("spacecraft", "航天器", "space robot", "orbit")],
 "object goal navigation": [("object goal", "instance goal", "ObjectNav", "目标导航")],
 "3D scene graph/affordance": [("affordance", "可供性", "functionality")],
 "3D detection BEV": [("BEV", "鸟瞰")],
 "pose estimation 6D": [("6D pose", "6-DoF", "object pose", "位姿估计")],
}
papers = mt.load_slice()
for k, forms in C.items():
    print(f"{k:40s} {len(mt.lexical(papers, forms)):4d}")
