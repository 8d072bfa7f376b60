"""Issue 16, session 38: a short digest's 'only N' note says which shorter names of its rarest concept the candidates
write instead of the name typed ("No candidate writes 'speaker verification'; 5 write 'speaker'" / 没有候选论文写出
「率失真理论」；2 篇写出「率失真」), from the candidates selection already read: no retrieval, no LLM."""

from assistant.chains.digest import DigestRequest, build_digest
from assistant.chains.digest.candidate_terms import label_runs
from assistant.types import ChineseSummary, Paper


def paper(arxiv_id, title, abstract, tldr="") -> Paper:
    return Paper(arxiv_id=arxiv_id, title=title, authors=["A. Author"], categories=["cs.SD"], dates=["2026-06-02"],
                 abstract=abstract, summary=ChineseSummary(tldr=tldr), summary_usable=bool(tldr))


SPEAKERS = [
    paper("2606.10001", "Speaker Verification with Short Utterances", "We study speaker verification on short clips."),
    *[paper(f"2606.1000{n}", f"Speaker Diarization {n}", f"We segment meetings by speaker, setting {n}.")
      for n in range(2, 6)],
    paper("2606.10006", "Formal Verification of Controllers", "We apply formal verification to controllers."),
    paper("2606.10007", "Speech Recognition for Meetings", "We transcribe meetings with a speech recognizer."),
]

RATE_DISTORTION = [
    paper(f"2606.2000{n}", f"Learned Image Codec {n}", f"We train a learned image codec, variant {n}.",
          tldr=f"本文优化图像压缩的率失真性能，变体{n}。") for n in range(1, 4)
] + [paper("2606.20004", "Denoising Audio", "We remove distortion from audio.", tldr="本文去除音频失真。")]


def _digest(app, topic, lang):
    return build_digest(DigestRequest(topic=topic, language=lang, max_papers=8), store=app.store,
                        retriever_factory=app.retriever, llm=None, embedder=app.embedder,
                        prompts_dir=app.settings.prompts_dir, min_relevance=0.05)


def test_a_labels_shorter_names_are_runs_of_its_words():
    assert label_runs("speaker verification") == ["speaker", "verification"]
    assert label_runs("theory of mind") == ["theory", "mind"]  # (no run begins or ends with a stop word)
    assert "率失真" in label_runs("率失真理论") and "率失真理论" not in label_runs("率失真理论")
    assert label_runs("steganography") == []


def test_the_note_names_what_the_candidates_write_instead_of_a_rare_name(mock_app):
    mock_app.store.ingest(SPEAKERS)
    digest = _digest(mock_app, "speaker verification", "en")
    assert len(digest.papers) < 8 and digest.notes[0].startswith("Only ")
    written = digest.concept_written["speaker verification"]
    assert written["speaker verification"] == 1 and written["speaker"] == 5 and written["verification"] == 2
    assert list(written) == ["speaker verification", "speaker", "verification"]  # the label's order
    assert "1 candidate writes 'speaker verification'; 5 write 'speaker', 2 write 'verification'." in digest.notes[0]


def test_the_zh_note_says_none_writes_the_name_and_how_many_write_its_part(mock_app):
    mock_app.store.ingest(RATE_DISTORTION)
    digest = _digest(mock_app, "率失真理论", "zh")
    assert digest.notes and digest.notes[0].startswith("只有 ")
    written = digest.concept_written["率失真理论"]
    assert written["率失真理论"] == 0 and written["率失真"] == 3
    assert "失真" not in written  # inside 率失真, which is shown
    assert "没有候选论文写出「率失真理论」；3 篇写出「率失真」" in digest.notes[0]


def test_no_addition_when_the_name_is_not_rare_or_only_broad_words_are_written(mock_app):
    mock_app.store.ingest(SPEAKERS + [paper(f"2606.3000{n}", f"Speaker Verification at Scale {n}",
                                            f"Speaker verification for call centres, setting {n}.") for n in range(1, 4)])
    digest = _digest(mock_app, "speaker verification", "en")  # four candidates write it: not rare
    assert digest.notes[0].startswith("Only ") and digest.concept_written == {}
    learning = [paper(f"2606.4000{n}", f"Learning in Games {n}", f"We study learning dynamics in games {n}.",
                      tldr=f"本文研究博弈中的学习动力学{n}。") for n in range(1, 5)]
    mock_app.store.ingest(learning)
    digest = _digest(mock_app, "无悔学习", "zh")  # 学习 is in a fifth of papers at large: no name to retype with
    assert "学习" not in digest.concept_written.get("无悔学习", {})


def test_no_shorter_name_no_addition(mock_app):
    mock_app.store.ingest(SPEAKERS)
    digest = _digest(mock_app, "diarization", "en")  # one word: nothing shorter to name
    assert digest.concept_written == {}
    assert all("write" not in n.split(";")[-1] for n in digest.notes)
