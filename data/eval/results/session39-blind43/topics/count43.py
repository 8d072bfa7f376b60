"""Counts of candidate subjects in the slice (titles, English abstracts and the whole 'AI' field of the Chinese
records), as the forty-third group used them to pick its subjects before labelling: one regular expression per
candidate, case-insensitive. The counts are of papers that match (in the whole slice, and among the papers of the
field the pattern was written for), not of papers on topic.

    python count43.py            # the patterns below
    python count43.py 'REGEX' ...
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

PATTERNS = {
    "cs.RO": [r"humanoid|人形机器人", r"dexterous|灵巧手|灵巧操作", r"legged|locomotion|四足|腿足", r"grasp|抓取",
              r"tactile|触觉", r"teleoperation|遥操作", r"motion planning|运动规划", r"multi-robot|多机器人",
              r"soft robot|软体机器人", r"quadrotor|无人机|UAV|drone", r"exoskeleton|外骨骼|prosthe|假肢",
              r"deformable|可变形物体|cloth|布料", r"mobile manipulation|移动操作", r"whole-body|全身控制",
              r"bimanual|双臂", r"navigation|导航", r"model predictive control|模型预测控制", r"surgical robot|手术机器人"],
    "cs.CV": [r"re-identification|re-id|重识别", r"crowd counting|人群计数", r"camouflag|伪装", r"super-resolution|超分",
              r"salient object|显著性", r"optical flow|光流", r"video object segmentation|视频目标分割",
              r"referring (expression|segmentation)|指代", r"face recognition|人脸识别", r"dataset distillation|数据集蒸馏",
              r"low-light|低光", r"hand pose|手部姿态|hand-object|手物", r"avatar|数字人|虚拟人",
              r"few-shot|小样本", r"semantic segmentation|语义分割", r"vision transformer|ViT", r"video anomaly|视频异常",
              r"image forgery|manipulation detection|篡改", r"novel view synthesis|新视角合成", r"text-to-image|文生图"],
    "cs.GT": [r"Stackelberg|斯塔克尔伯格", r"mean[- ]field game|平均场博弈", r"Bayesian persuasion|information design|信息设计|贝叶斯劝说",
              r"contract design|contract theory|principal[- ]agent|委托代理|合同设计|契约", r"coalition|联盟形成|合作博弈|cooperative game",
              r"congestion game|routing game|拥塞博弈", r"price of anarchy|无政府代价", r"bargaining|讨价还价|议价",
              r"security game|安全博弈", r"evolutionary game|演化博弈", r"extensive-form|poker|扑克|imperfect information|不完全信息",
              r"potential game|势博弈", r"strategic classification|strategic agents|策略性", r"regret|遗憾", r"zero-sum|零和",
              r"mechanism design|机制设计", r"correlated equilibri|相关均衡", r"best response|最优响应"],
    "eess.AS": [r"speech enhancement|语音增强|denois|降噪", r"music generation|音乐生成|text-to-music", r"music|音乐",
                r"audio codec|speech codec|neural codec|编解码器|音频编码", r"sound event|声音事件", r"audio caption|音频描述",
                r"speech separation|source separation|语音分离|源分离", r"voice conversion|声音转换|音色转换",
                r"spoofing|anti-spoofing|audio deepfake|伪造语音", r"spatial audio|空间音频|binaural|双耳",
                r"singing|歌声|歌唱", r"audio language model|audio LLM|音频大模型|音频语言模型", r"keyword spotting|关键词检测",
                r"speech tokeniz|语音分词|discrete speech|离散语音"],
    "cs.CL": [r"named entity|命名实体|NER\b", r"relation extraction|关系抽取", r"information extraction|信息抽取",
              r"grammatical error|语法纠错", r"text simplification|文本简化", r"coreference|共指", r"argument mining|论辩",
              r"prompt optimi|automatic prompt|提示优化|提示词优化", r"synthetic data|合成数据", r"long[- ]context|长上下文",
              r"question generation|问题生成", r"semantic parsing|语义解析", r"morpholog|形态", r"word sense|词义",
              r"reading comprehension|阅读理解", r"lexical|词汇", r"query rewrit|查询改写|query expansion",
              r"pretraining data|data curation|data selection|数据选择|数据筛选", r"clinical note|临床", r"emotional support|情感支持",
              r"humor|幽默", r"sarcasm|讽刺", r"poetry|诗歌", r"dialogue state|对话状态"],
    "cs.MM": [r"music|音乐", r"video-to-audio|foley|音效生成|音效", r"image aesthetic|aesthetic|美学", r"video summarization|视频摘要",
              r"streaming|流媒体", r"haptic|触觉", r"micro-video|短视频", r"multimodal fusion|多模态融合",
              r"dance|舞蹈", r"audio-visual|视听|音视频", r"image retrieval|图像检索", r"sound source|声源",
              r"video quality|视频质量", r"emotion recognition|情感识别", r"lyrics|歌词"],
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
