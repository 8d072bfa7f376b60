"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the forty-second group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive. The counts are of papers that match (in the whole slice, and among the papers of the
field the pattern was written for), not of papers on topic.

    python count42.py            # the patterns below
    python count42.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = {
    "cs.GT": [r"mechanism design|机制设计", r"bargain|讨价还价", r"coalition|联盟博弈|cooperative game",
              r"Stackelberg|斯塔克尔伯格", r"security game|安全博弈", r"mean[- ]field game|平均场博弈",
              r"congestion game|拥塞博弈", r"contract design|合同设计|principal-agent|委托代理",
              r"information design|Bayesian persuasion|信息设计", r"price of anarchy|无政府代价",
              r"evolutionary game|演化博弈", r"extensive[- ]form|扩展式", r"poker|德州扑克|imperfect[- ]information",
              r"correlated equilibri|相关均衡", r"potential game|势博弈", r"stable matching|稳定匹配",
              r"social choice|社会选择", r"peer prediction|同行预测", r"budget|预算", r"routing game|路由博弈",
              r"network game|网络博弈", r"tournament|锦标赛", r"game-theoretic|博弈论", r"strategyproof|策略证明|incentive compatib",
              r"cost sharing|成本分摊", r"bilevel|双层", r"school choice|择校", r"mediator|调解"],
    "cs.RO": [r"legged|locomotion|四足|腿足", r"grasp|抓取", r"motion planning|运动规划|path planning|路径规划",
              r"humanoid|人形机器人", r"dexterous|灵巧手", r"teleoperation|遥操作", r"soft robot|软体机器人",
              r"multi-robot|多机器人", r"tactile|触觉", r"quadrotor|drone|无人机|UAV", r"mobile manipulation|移动操作",
              r"collision avoidance|避障", r"model predictive control|模型预测控制", r"deformable|可变形",
              r"exoskeleton|外骨骼|prosthe|假肢", r"surgical robot|手术机器人", r"task planning|任务规划",
              r"human-robot interaction|人机交互|HRI", r"underwater|水下", r"swarm|集群", r"contact-rich|接触丰富",
              r"control barrier|safe control|安全控制", r"bimanual|双臂", r"navigation|导航", r"world model|世界模型",
              r"reward (shaping|design)|奖励设计", r"whole-body|全身控制", r"motion retarget|动作重定向"],
    "cs.GR": [r"mesh|网格", r"texture|纹理", r"NeRF|neural radiance", r"point cloud|点云", r"rendering|渲染",
              r"animation|动画", r"avatar|数字人|虚拟人", r"sketch|草图", r"font|字体|typograph", r"vector graphic|SVG|矢量图",
              r"layout|版式|布局", r"procedural|程序化", r"physics simulation|cloth|布料|fluid simulation",
              r"garment|服装", r"scene generation|场景生成", r"4D", r"relight|重光照", r"material|材质|BRDF",
              r"motion capture|动作捕捉", r"hair|头发", r"face reconstruction|人脸重建|head avatar", r"CAD",
              r"shape|形状", r"signed distance|SDF", r"visualization|可视化", r"interior|室内设计", r"poster|海报",
              r"color|颜色|色彩", r"image vectoriz|vectoriz"],
    "cs.CR": [r"malware|恶意软件", r"intrusion detection|入侵检测", r"phishing|钓鱼", r"vulnerabilit|漏洞",
              r"fuzz|模糊测试", r"side[- ]channel|侧信道", r"membership inference|成员推断",
              r"model (extraction|stealing)|模型窃取", r"penetration test|渗透测试|capture the flag|\bCTF\b",
              r"smart contract|智能合约", r"password|口令", r"authentication|认证", r"access control|访问控制",
              r"ransomware|勒索", r"\bCVE\b|exploit", r"software supply chain|供应链攻击", r"red[- ]team|红队",
              r"forensic|取证", r"spam|垃圾邮件", r"DDoS|denial of service|拒绝服务", r"threat intelligence|威胁情报",
              r"unlearnable|不可学习", r"adversarial example|对抗样本", r"copyright|版权", r"fingerprint|指纹",
              r"homomorphic|同态", r"zero-knowledge|零知识", r"secure aggregation|安全聚合", r"deanonymi|去匿名",
              r"code security|secure code|安全代码|漏洞检测", r"data extraction attack|training data extraction",
              r"model inversion|模型反演", r"privacy attack|attribute inference"],
    "cs.CL": [r"named entity|命名实体|NER\b", r"relation extraction|关系抽取", r"information extraction|信息抽取",
              r"coreference|共指", r"dependency pars|句法分析|parsing", r"grammatical error|语法纠错",
              r"readability|可读性", r"simplification|简化", r"paraphras|复述|改写", r"question generation|问题生成",
              r"dialogue state|对话状态", r"task-oriented dialog|任务型对话", r"clinical note|临床笔记|电子病历|EHR",
              r"long-context|长上下文", r"context compression|prompt compression|提示压缩", r"cross-lingual|跨语言",
              r"multilingual|多语言", r"morpholog|形态", r"lexical semantic|word sense|词义", r"metaphor|隐喻",
              r"humor|幽默", r"irony|sarcasm|讽刺", r"argument mining|论辩", r"keyphrase|关键词抽取",
              r"text classification|文本分类", r"data augmentation|数据增强", r"synthetic data|合成数据",
              r"curriculum|课程学习", r"counterfactual|反事实", r"emotion|情绪", r"persona|人设", r"query rewrit|查询改写",
              r"long-form|长文本生成", r"story|故事", r"poetry|诗", r"translation quality|质量评估|quality estimation",
              r"annotation|标注", r"knowledge graph completion|知识图谱补全", r"entity linking|实体链接",
              r"table|表格", r"math word|数学应用题", r"commonsense|常识", r"negation|否定", r"temporal reasoning|时间推理",
              r"legal|法律", r"medical QA|医学问答", r"conversational search|对话式搜索", r"clarif|澄清"],
    "cs.MM": [r"music|音乐", r"audio-visual|音视频|视听", r"video-to-audio|foley|音效生成", r"lip[- ]?sync|唇形",
              r"dance|舞蹈", r"sound source localization|声源定位", r"video quality|视频质量", r"streaming|流媒体",
              r"image aesthetic|美学", r"video summarization|视频摘要", r"video highlight|moment retrieval|片段检索",
              r"multimodal sentiment|多模态情感", r"multimodal fusion|多模态融合", r"image compression|图像压缩",
              r"point cloud compression|点云压缩", r"video coding|视频编码", r"audio generation|音频生成",
              r"image retrieval|图像检索", r"micro-video|短视频", r"emotion recognition|情感识别", r"haptic|触觉",
              r"spatial audio|空间音频", r"video captioning|视频描述", r"image forgery|图像篡改|forgery", r"watermark|水印",
              r"advertis|广告", r"live stream|直播", r"comic|漫画", r"misinformation|虚假信息"],
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
