"""Second round of counts (with the titles of the matches) for the thirty-first group's subjects."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

C = {
 "idiom": [("idiom", "成语", "习语", "惯用语", "俗语")],
 "ANN/vector search": [("nearest neighbor", "近邻搜索", "vector search", "向量检索", "vector database", "向量数据库", "ANN", "vector index", "向量索引", "HNSW", "product quantization")],
 "diversification": [("diversif", "多样化")],
 "e-commerce": [("e-commerce", "电商", "电子商务", "product search", "商品")],
 "no-regret": [("no-regret", "no-swap", "swap regret", "regret", "遗憾", "后悔"), ("game", "博弈", "auction", "拍卖", "equilibri", "均衡")],
 "learning dynamics games": [("learning dynamics", "gradient dynamics", "学习动态", "梯度动态", "no-regret", "best response", "最优响应", "fictitious play"), ("game", "博弈", "auction", "拍卖")],
 "cooperation game": [("cooperat", "合作"), ("game", "博弈")],
 "pricing": [("pricing", "定价")],
 "affordance": [("affordance", "可供性", "功能性分割", "functionality", "可操作性", "功能区域", "affordable")],
 "active perception": [("active perception", "主动感知", "active vision", "主动视觉", "active exploration", "主动探索", "next-best-view")],
 "thermal/infrared": [("thermal", "infrared", "热成像", "红外", "热红外")],
 "deception": [("decepti", "欺骗", "scheming", "sandbag", "sabotag", "lying", "撒谎", "谎言", "dishonest", "不诚实", "honesty", "诚实")],
 "AGI risk": [("superintelligen", "超级智能", "AGI", "existential", "生存风险", "catastrophic risk", "灾难性风险", "loss of control", "失控")],
 "pathological speech": [("pathological speech", "dysarthri", "构音障碍", "病理语音", "aphasi", "失语", "speech disorder", "言语障碍", "stutter", "口吃", "voice disorder", "嗓音", "Parkinson", "帕金森", "atypical speech")],
 "speech enhancement": [("speech enhancement", "语音增强", "speech separation", "语音分离", "noise suppression", "降噪", "speech denois")],
 "music": [("music", "音乐", "singing", "歌声", "歌唱", "melod", "旋律")],
 "movable antennas": [("rotatable antenna", "fluid antenna", "movable antenna", "flexible antenna", "pinching antenna", "可旋转天线", "流体天线", "可移动天线", "flexible coupler", "可重构天线", "reconfigurable antenna", "antenna position", "天线位置", "fluid index")],
 "wireless power transfer": [("power transfer", "energy transfer", "能量传输", "无线供能", "功率传输", "SWIPT", "energy harvesting", "能量收集", "无线能量", "无线输能", "能量与信息")],
 "DNA/nanopore": [("nanopore", "纳米孔")],
}
papers = mt.load_slice()
for k, forms in C.items():
    ids = mt.lexical(papers, forms)
    print(f"=== {k} {len(ids)}")
    if len(ids) <= 30:
        for i in ids:
            print("   ", i, papers[i]["title"][:100])
