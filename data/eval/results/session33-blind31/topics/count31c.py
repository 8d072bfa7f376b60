"""Third round of counts (with the titles of the matches) for the thirty-first group's subjects."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
import make_topics as mt  # noqa: E402

C = {
 "paralinguistic": [("paralinguistic", "副语言", "prosod", "韵律", "speaker age", "vocal", "non-verbal", "nonverbal", "非语言")],
 "forced alignment": [("forced alignment", "强制对齐", "speech-text alignment", "语音文本对齐", "word-level alignment", "word alignment", "时间戳", "timestamp")],
 "synthetic data ASR": [("synthetic", "合成", "generated"), ("ASR", "speech recognition", "语音识别")],
 "atypical speech": [("pathological", "病理", "dysarthr", "构音", "elderly speech", "child speech", "儿童语音", "atypical speech", "impaired speech", "speech impairment", "言语障碍", "aphasi", "失语", "stutter", "口吃")],
 "speaker": [("speaker", "说话人")],
 "audio deepfake/spoof": [("spoof", "欺骗检测", "anti-spoofing", "audio deepfake", "语音伪造", "fake audio", "伪造语音")],
 "honesty/deception": [("decepti", "deceive", "欺骗", "scheming", "sabotag", "dishonest", "honest", "诚实", "lie ", "lies", "谎")],
 "superintelligence/AGI": [("superintelligen", "超级智能", "AGI", "artificial general intelligence", "通用人工智能", "power-seeking", "shutdown", "instrumental convergence", "existential risk", "存在性风险", "生存风险")],
 "multiword/idiom": [("idiom", "成语", "习语", "惯用语", "俗语", "multiword expression", "多词表达", "figurative", "比喻", "metaphor", "隐喻")],
}
papers = mt.load_slice()
for k, forms in C.items():
    ids = mt.lexical(papers, forms)
    print(f"=== {k} {len(ids)}")
    if len(ids) <= 40:
        for i in ids:
            print("   ", i, papers[i]["title"][:100])
