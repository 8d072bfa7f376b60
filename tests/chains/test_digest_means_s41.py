"""Session 41 (dev41c; session40-lead NEXT.md item 7, dev40c's 8244c7c retried): a one-concept topic's concept named
in an abstract focus sentence only inside a means phrase ('… using a Feed-Forward Gaussian Splatting encoder') is no
focus, as for the head of a topic of several concepts; the 'by' of a reason ('Motivated by their applications in
DNA-based storage systems') is no means phrase (`lexical.MEANS_RE`)."""

from __future__ import annotations

from tests.chains.digest_cases import cover, on_topic, paper

# 'feed-forward' only as the means of a per-scene optimised method (DSD-GS of the blind 38th group's topic)
MEANS = paper("2606.09203", "Dynamic-Static Decomposition for Dynamic Scene Reconstruction",
              "Dynamic scene reconstruction is hard. We propose a 3D dynamic reconstruction framework built upon a "
              "decomposition strategy using a feed-forward Gaussian splatting encoder and an optical flow model. "
              "Each scene is then optimised for ten minutes.")
ONE_PASS = paper("2606.09204", "Pose-Free Splats in One Pass",
                 "We propose a feed-forward 3D reconstruction model that predicts Gaussians from unposed images. "
                 "It needs no per-scene optimisation.")


def test_a_one_concept_topic_named_only_as_a_means_is_no_focus():
    concepts, covered = cover("feed-forward 3D reconstruction", ONE_PASS, MEANS)
    assert len(concepts) == 1
    assert on_topic(concepts, covered[0])
    assert covered[1].complete and not on_topic(concepts, covered[1])


# the judged burst-deletion-codes paper of 'DNA data storage' (2606.01245): the storage named once, as the reason
MOTIVATED = paper("2606.09205", "Upper Bounds on Multiple Burst-Deletion-Correcting Codes",
                  "Motivated by their applications in DNA-based data storage systems, codes capable of correcting "
                  "consecutive deletions have attracted significant attention. We derive upper bounds on the size of "
                  "such codes.")


def test_the_by_of_a_reason_is_no_means_phrase():
    concepts, covered = cover("DNA data storage", MOTIVATED)
    assert len(concepts) == 1
    assert on_topic(concepts, covered[0]), covered
