"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the thirty-fifth group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive unless it holds Chinese. The counts are of papers that match, not of papers on topic.

    python count35.py            # the patterns below
    python count35.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = [
    # cs.GT
    r"social dilemma|public goods game|evolution of cooperation|合作演化|社会困境|公共物品",
    r"cooperat.{0,40}(dilemma|game|punish|reputation)|(dilemma|punish|reputation).{0,40}cooperat|合作",
    r"stable matching|matching market|two-sided market", r"Stackelberg", r"bargain", r"mean[- ]field game",
    r"congestion game|price of anarchy", r"bilateral trade|双边交易", r"contract design|contract theory|契约|合同设计",
    r"market equilibri|competitive equilibri|市场均衡", r"influence maximization|影响力最大化",
    # cs.CV
    r"facial expression|expression recognition|micro-expression|表情识别|面部表情|人脸表情|微表情|facial affect|action unit",
    r"referring (expression|segmentation)|visual grounding|指代", r"hand[- ]object|hand pose|手部|手势",
    r"person re-identification|re-ID|行人重识别|重识别", r"crowd counting|人群计数", r"optical flow|光流",
    r"camouflaged|伪装目标", r"super-resolution|超分辨率", r"face recognition|人脸识别", r"sign language|手语",
    r"tamper|forgery|篡改|伪造定位", r"video object segmentation|视频目标分割",
    # cs.IT
    r"integrated sensing|ISAC|sensing and communication|感知与通信|通感|通信感知",
    r"reconfigurable intelligent surface|\bRIS\b|智能反射面|可重构智能表面", r"channel estimation|信道估计",
    r"age of information", r"NOMA|non-orthogonal multiple access|非正交多址", r"MIMO", r"massive MIMO|cell-free|无蜂窝",
    r"wireless power transfer|SWIPT|energy transfer|无线能量传输|无线供能", r"rate-distortion|率失真",
    r"channel capacity|capacity region|信道容量", r"secrecy|physical layer security|物理层安全|窃听|jamm|干扰攻击",
    r"over-the-air computation|空中计算", r"polar code|极化码", r"coded caching|编码缓存",
    # eess.AS
    r"wav2vec|HuBERT|WavLM|XLS-R|\bS3M|self-supervised speech|SSL speech|speech foundation model|self-supervised (speech|audio)|speech representation|语音表征|自监督语音|语音自监督|语音表示",
    r"speaker (identi|verif|recogn|embed|diariz)|diariz|voice (identity|biometric)|说话人(识别|验证|日志|身份|嵌入)|声纹",
    r"speech LLM|SpeechLLM|speech[- ]aware LLM|speech language model|spoken language model|语音大模型|语音语言模型|语音大语言模型|large audio language|audio LLM|音频大语言模型",
    r"forced alignment|强制对齐", r"dysarthri|pathological speech|构音障碍", r"voice conversion|声音转换|语音转换",
    r"audio codec|speech codec|speech tokeni|语音编解码|语音分词", r"text-to-audio|audio generation|sound generation|音频生成",
    r"speech enhancement|语音增强|speech separation|语音分离", r"accent|口音",
    # cs.CY
    r"pluralistic|多元价值|多元对齐|value plural", r"cultural alignment|文化对齐",
    r"carbon footprint|energy consumption|energy use|能耗|碳排放|green AI|environmental (impact|cost|footprint)",
    r"insurance|保险", r"traffic simulation|交通仿真|traffic flow|交通流", r"biosecurity|生物安全",
    r"content moderation|内容审核",
    # cs.CR
    r"prompt injection|提示注入|injection attack|注入攻击|indirect injection", r"phishing|smishing|钓鱼",
    r"membership inference|成员推断", r"adversarial example|对抗样本|adversarial attack", r"smart contract|智能合约",
    r"malware|恶意软件", r"quantum key distribution|QKD|量子密钥", r"authoriz|access control|permission|权限|授权",
]


def main(patterns: list[str]) -> None:
    papers = mt.load_slice()
    texts = {pid: r["title"] + " " + r["summary"] + " " + str(r.get("AI", "")) for pid, r in papers.items()}
    for pat in patterns:
        rx = re.compile(pat, 0 if re.search(r"[\u4e00-\u9fff]", pat) else re.I)
        ids = [pid for pid, t in texts.items() if rx.search(t)]
        print(f"{len(ids):4d}  {pat[:110]}")


if __name__ == "__main__":
    main(sys.argv[1:] or PATTERNS)
