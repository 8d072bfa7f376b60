"""Which technical nouns `themes._modifiers_zh` rules out in real digests (size 20, zh): cd CODE && PYTHONPATH=. python modwords.py"""
import os, sys
sys.path.insert(0, os.getcwd())
from assistant.chains.digest import themes, DigestRequest
from bench.digest_relevance import default_store, open_app
TECH = set("量化 蒸馏 压缩 分割 翻译 控制 合成 推荐 攻击 防御 扩散 渲染 跟踪 导航 抓取 摘要 问答 配准 标注 采样 对齐 隐私 因果 重建 实时 "
           "检测 检索 剪枝 微调 规划 编辑 定位 分类 聚类 排序 对话 融合 匹配 解码 越狱 幻觉 推理 水印 遗忘 生成 优化 加速 部署 预测 估计 "
           "感知 理解 识别 追踪 操控 仿真 模拟 评测 审计 验证 监控 诊断 治疗 分诊 标定 去噪 超分 补全 编码".split())
orig = themes._modifiers_zh
def spy(papers):
    out = orig(papers)
    print("   ruled out (technical):", sorted(out & TECH), "| all ruled out:", len(out))
    return out
themes._modifiers_zh = spy
app = open_app(default_store())
for t in sys.argv[1:]:
    print("==", t)
    d = app.digest(DigestRequest(topic=t, language="zh", since="2026-06-01", until="2026-06-10", max_papers=20, style="themed"), use_llm=False)
    print("   themes:", [x.name for x in d.themes])
