"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the fiftieth group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive. The counts are of papers that match (in the whole slice, and among the papers of the
field the pattern was written for), not of papers on topic.

    python count50.py            # the patterns below
    python count50.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = {
    "cs.CV": [r"re-identification|re-id\b|ReID|重识别", r"super-resolution|超分", r"optical flow|光流", r"camouflag|伪装",
              r"crowd|人群", r"shadow|阴影", r"low-light|低光|dehaz|去雾|derain|去雨", r"video object segmentation|视频目标分割",
              r"semi-supervised|半监督", r"weakly supervised|弱监督", r"frame interpolation|插帧", r"font|字体", r"sketch|草图",
              r"image retrieval|图像检索", r"handwrit|手写", r"pedestrian|行人", r"forgery|tamper|篡改|manipulation localization",
              r"novel view synthesis|新视角合成", r"semantic correspondence|dense correspondence", r"fish|underwater|水下",
              r"art\b|artwork|艺术|painting|绘画", r"x-ray|胸片", r"face recognition|人脸识别", r"image fusion|图像融合|infrared and visible",
              r"salient object|显著性", r"vision transformer|ViT\b", r"open-set|open set|开集", r"text-to-video|视频生成", r"style transfer|风格迁移",
              r"image matting|抠图", r"layout|版面|布局", r"remote sensing|遥感", r"3D scene understanding|三维场景理解", r"panoram|全景"],
    "cs.CR": [r"malware|恶意软件", r"phishing|钓鱼", r"vulnerabilit|漏洞", r"fuzz|模糊测试", r"intrusion detection|入侵检测",
              r"smart contract|智能合约", r"side-channel|侧信道", r"membership inference|成员推断", r"password|口令|密码",
              r"homomorphic|同态", r"penetration test|渗透测试|CTF\b|capture the flag", r"secure code|code security|insecure code|代码安全",
              r"fingerprint|指纹", r"model extraction|model stealing|模型窃取", r"zero-knowledge|零知识", r"trusted execution|TEE\b|enclave",
              r"access control|访问控制", r"spam|垃圾", r"scam|fraud|诈骗", r"threat intelligence|威胁情报", r"red team|红队",
              r"anomaly|异常", r"authentication|认证", r"software supply chain|dependenc|依赖", r"reverse engineering|逆向|binary|二进制",
              r"inference attack|推断攻击", r"federated.{0,30}attack|Byzantine|拜占庭", r"unlearnable|隐私泄露|data leakage|leak"],
    "cs.CY": [r"carbon emission|carbon footprint|energy footprint|能耗|AI.{0,20}energy|energy consumption", r"biosecurity|bioweapon|生物安全",
              r"exam|考试", r"children|儿童|minor|未成年|adolescen|teen|青少年", r"elderly|老年|older adult", r"copyright|版权", r"election|选举",
              r"surveillance|监控", r"open-source model|open weight|开源模型", r"academic integrity|cheating|作弊|plagiar|抄袭",
              r"AI literacy|AI素养|人工智能素养", r"climate|气候", r"gender|性别", r"public sector|government|政府|公共部门", r"legal|法律|court|法院",
              r"news|新闻|journalis", r"disinformation|propaganda|宣传", r"student|学生", r"healthcare|医疗", r"programming education|编程教育|CS1|introductory programming",
              r"audit|审计", r"transparency|透明", r"accountab|问责", r"creator|creative work|artist|艺术家"],
    "cs.GT": [r"Stackelberg|斯塔克尔伯格", r"security game|安全博弈", r"mechanism design|机制设计", r"contract|合约|契约", r"principal-agent|委托代理",
              r"mean-field game|平均场博弈", r"strategic classification|strategic behavior|策略性", r"tournament|锦标赛", r"evolutionary game|演化博弈",
              r"coalition|联盟|cooperative game|合作博弈", r"bargaining|讨价还价|议价", r"peer prediction|information elicitation|信息获取",
              r"extensive-form|poker|扑克|CFR|counterfactual regret", r"Bayesian persuasion|information design|信息设计", r"correlated equilibri|相关均衡",
              r"zero-sum|零和", r"potential game|势博弈", r"price of anarchy|无政府代价", r"budget|预算", r"cost sharing|成本分摊", r"Bayesian game|贝叶斯博弈",
              r"stable matching|稳定匹配", r"routing game|路由", r"recommendation.{0,30}strateg|content creator|创作者", r"Colonel Blotto|Blotto", r"mixed strateg|混合策略"],
    "cs.CL": [r"named entity|NER\b|命名实体", r"coreference|共指", r"question generation|问题生成", r"morpholog|形态", r"semantic parsing|语义解析",
              r"relation extraction|关系抽取", r"text simplification|文本简化|readability|可读性", r"keyphrase|关键词抽取", r"argument mining|论辩|argumentation",
              r"humor|幽默|joke|笑话", r"poetry|poem|诗", r"word sense|词义", r"negation|否定", r"pragmatic|语用", r"discourse|篇章|话语",
              r"Arabic|阿拉伯", r"classical Chinese|古文|文言", r"clinical (NLP|notes|text)|临床文本|电子病历|EHR", r"biomedical|生物医学",
              r"long-context|长上下文", r"multilingual|多语言", r"cross-lingual|跨语言", r"probing|探针", r"tokeniz|分词",
              r"lexical|词汇", r"syntax|syntactic|句法", r"paraphras|复述|改写", r"query|查询", r"reading comprehension|阅读理解", r"story|故事|narrative|叙事",
              r"knowledge graph|知识图谱", r"dialogue state|对话状态|task-oriented dialogue|任务型对话", r"Indic|Hindi|Bengali|印地", r"African|Swahili|非洲",
              r"data annotation|annotation|标注", r"style|风格", r"translationese|literary translation|文学翻译", r"emotion|情绪"],
    "cs.HC": [r"eye.?track|眼动|gaze|视线", r"user study|用户研究", r"older adult|老年", r"cognitive load|认知负荷", r"trust|信任",
              r"interface|界面", r"voice assistant|语音助手", r"reliance|over-reliance|overreliance|依赖", r"wearable|可穿戴", r"haptic|触觉",
              r"crowdsourc|众包", r"UX|user experience|用户体验", r"prototyp|原型", r"chatbot|聊天机器人", r"co-design|participatory|参与式",
              r"interview|访谈", r"annotation tool|标注工具", r"museum|博物馆", r"game design|游戏设计", r"music|音乐", r"sketching|草图",
              r"usability|可用性", r"mental model|心智模型", r"agency|自主性", r"notification|提醒", r"dashboard|仪表盘"],
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
