"""Session 40 (dev40a; session39-lead NEXT.md items 5-7): a Chinese compound of a narrow subject and a kind of data is
the subject with the kind named somewhere (`topic_words.kind_of_data_tail`), also when the kind is a word no entry
holds (超声影像, the blind forty-third group, empty while its papers write 'ultrasound' and 超声图像), and the
subject, which then carries the topic alone, must be written by the paper (`narrow.subject_written`): not inside a
longer Chinese word (雷达 of 激光雷达) and not only near it in the embedder (古籍文本: session 39's review, finding 3)."""

from __future__ import annotations

from assistant.chains.digest.concept import Concept
from assistant.chains.digest.lexical import PaperText
from assistant.chains.digest.narrow import covers_narrow, subject_written
from tests.chains.digest_cases import cover, on_topic, paper

CAROTID = paper("2606.10378", "FSS-Net: Wavelet Attention for Carotid Artery Ultrasound Segmentation",
                "We segment carotid plaques in ultrasound images with a frequency-spatial network.",
                "本文提出FSS-Net，用于颈动脉超声图像中的斑块分割。")
REMOTE = paper("2606.00001", "Change Detection in Remote Sensing Imagery",
               "We detect land-cover change from remote sensing data with a siamese network.",
               "本文提出了一种遥感影像变化检测方法。")


def test_a_kind_word_no_entry_holds_ends_the_compound():
    concepts, covered = cover("超声影像", CAROTID)
    assert [c.label for c in concepts] == ["超声"] and concepts[0].kind_subject, concepts
    assert "image" in concepts[0].context and on_topic(concepts, covered[0])


def test_a_broad_subject_keeps_the_kind_as_a_concept():
    concepts, covered = cover("遥感影像", REMOTE)
    assert [c.label for c in concepts] == ["遥感"] and "imagery" in concepts[0].context, concepts
    assert [c.label for c in cover("医学影像", REMOTE)[0]] != ["医学"]  # not any medical paper naming an image
    assert [c.label for c in cover("遥感数据", REMOTE)[0]] == ["遥感数据"]  # (数据: not a kind of data here)


RADAR = Concept(label="雷达", forms=("雷达",), learned=("radar",), context=("图像", "image"), kind_subject=True)
LIDAR = PaperText.of(paper("2605.31177", "Vanilla ViT for Automotive Point Cloud Semantic Segmentation",
                           "A plain transformer segments point clouds from automotive sensors.",
                           "本文将标准ViT用于车载激光雷达点云语义分割。"))
SAR = PaperText.of(paper("2606.04528", "Neural Collapse for Few-Shot SAR Image Classification",
                         "Synthetic aperture radar images are classified from few examples.",
                         "本文研究合成孔径雷达图像的小样本分类。"))


def test_the_subject_is_written_as_a_word_of_its_own():
    assert not subject_written(RADAR, LIDAR, "tldr")  # 雷达 inside 激光雷达
    assert subject_written(RADAR, SAR, "abstract")
    assert not covers_narrow([RADAR], SAR, {"雷达": "dense"})  # the embedder alone
    assert subject_written(Concept(label="雷达", forms=("雷达",)), LIDAR, "tldr")  # any other concept: as before
