"""Session 39 (dev39b; session38-lead NEXT.md item 6): a Chinese compound of a narrow subject and the kind of data it
ends in (高光谱图像, 热红外图像, 社交媒体文本) is the subject, with the kind named somewhere in the paper
(`topic_words.kind_of_data_tail`). Read as the subject and a required head 图像, the blind fortieth group's 高光谱图像
listed 1 of its 9 judged papers: hyperspectral papers write 'hyperspectral imaging / data / bands', not 'image' where
they say what they are about."""

from __future__ import annotations

from tests.chains.digest_cases import cover, on_topic, paper

BANDS = paper("2606.09101", "Adaptive Band Selection for Hyperspectral Classification",
              "Band selection reduces the cost of classification. We select informative bands with a learned score. "
              "Experiments on three benchmarks of airborne imaging show gains over prior selectors.",
              "本文提出一种高光谱分类的自适应波段选择方法，在三个基准上优于已有方法。")
SPECTRA = paper("2606.09102", "Hyperspectral Raman Spectra of Battery Electrolytes",
                "We measure vibrational spectra of electrolytes at 200 wavelengths.",
                "本文测量了电解质的高光谱拉曼光谱。")


def test_subject_with_the_data_kind_somewhere():
    concepts, covered = cover("高光谱图像", BANDS, SPECTRA)
    assert [c.label for c in concepts] == ["高光谱"] and "image" in concepts[0].context, concepts
    assert on_topic(concepts, covered[0])
    assert not covered[1].complete  # no image named anywhere


def test_broad_subject_keeps_the_data_kind_as_a_concept():
    """医学 is in over 1 % of papers at large: 医学图像 is not any medical paper that names an image once."""
    concepts, _ = cover("医学图像", BANDS)
    assert [c.label for c in concepts] == ["医学", "图像"]
