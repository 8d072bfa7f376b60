"""Issue 16, session 43 (dev43a): a field named by its label while its papers name its domain (`field`). 森林监测 and
智慧能源 (session 42's blind groups) were empty: no candidate writes the compound, and the judged papers write
'forest disturbances' / 森林, 'energy management' / 能源. When the topic as written finds (almost) nothing, the
compound is read as its domain, which a paper must write as typed and in its sense; the topic check judges the
papers so found against the topic as typed, and the notes say the topic was read by its domain."""

from pathlib import Path

from assistant.chains.digest import DigestRequest, build_digest
from assistant.chains.digest.field import domain_part, writes_domain
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.topic_check import TopicCheck
from tests.chains.digest_cases import paper
from tests.chains.test_digest_routes_s39 import ScoreBook

DISTURBANCE = paper("2606.30001", "Reconstructing Forest Disturbances from Landsat Time Series",
                    "We map forest disturbances over four decades with a transformer.",
                    "本文利用四十年的卫星影像重建森林扰动历史。")
TREES = paper("2606.30002", "Tree Instance Segmentation in Point Clouds",
              "We segment individual trees in LiDAR point clouds of forests.",
              "本文提出森林点云中的单木实例分割方法。")
FAKE_NEWS = paper("2606.30003", "Detecting Generated Fake News with Linguistic Features",
                  "A random forest classifier on lexical features detects generated news.",
                  "本文使用随机森林分类器检测生成的假新闻。")
PAPERS = [DISTURBANCE, TREES, FAKE_NEWS]


def test_a_fields_label_names_its_domain():
    assert domain_part("森林监测") == "森林"
    assert domain_part("智慧能源") == "能源"
    assert domain_part("基础设施巡检") == "基础设施"
    assert domain_part("animal monitoring") == "animal"


def test_no_domain_where_the_label_is_no_field():
    assert domain_part("智能体") is None  # 智能 + one character: the agent, no field
    assert domain_part("智能体安全") is None  # 智能体 + 安全: no 智能 before a domain
    assert domain_part("随机森林") is None  # no AI word before, no task word after
    assert domain_part("runtime monitoring") is None  # 'runtime' is no narrow domain (in 1 % of papers or more)
    assert domain_part("smart contracts") is None  # 'smart X' in English is not read as a field


def test_the_domain_is_written_in_its_sense():
    """森林 of 随机森林 is a classifier's name (a row of the term table: 'random forest'), 能源 of 可能源于 no word."""
    assert writes_domain("森林", PaperText.of(DISTURBANCE))
    assert not writes_domain("森林", PaperText.of(FAKE_NEWS))
    energy = paper("2606.30004", "Memorised Facts in Chart Reading", "We test chart reading.",
                   "模型的高准确率可能源于事实记忆。")
    assert not writes_domain("能源", PaperText.of(energy))


def _digest(app, check, topic="森林监测"):
    app.store.ingest(PAPERS)
    return build_digest(DigestRequest(topic=topic, language="zh", max_papers=5), store=app.store,
                        retriever_factory=app.retriever, llm=None, embedder=app.embedder,
                        prompts_dir=Path(app.settings.prompts_dir), min_relevance=0.05, topic_check=check)


def test_a_compound_no_paper_writes_is_read_as_its_domain(mock_app):
    """No paper writes 森林监测: the two forest papers are listed, not the random-forest classifier, and the notes say
    the topic was read as 森林."""
    digest = _digest(mock_app, TopicCheck(model=ScoreBook({p.title: 0.95 for p in PAPERS})))
    assert sorted(p.id for p in digest.papers) == [DISTURBANCE.arxiv_id, TREES.arxiv_id]
    assert any("森林监测" in note and "「森林」" in note for note in digest.notes)


def test_the_check_judges_what_the_domain_finds(mock_app):
    """A forest paper that does not read as the topic as typed stays out: the domain only widens what is asked."""
    book = ScoreBook({DISTURBANCE.title: 0.95, TREES.title: 0.5, FAKE_NEWS.title: 0.95})
    assert [p.id for p in _digest(mock_app, TopicCheck(model=book)).papers] == [DISTURBANCE.arxiv_id]


def test_without_the_check_nothing_is_widened(mock_app):
    assert _digest(mock_app, None).papers == []
